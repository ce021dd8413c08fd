"""Counts tied to their predicate across a comma: asides, verbs in a list, one more conjunct.

Modules: ``extraction.counts``, ``predicates``.
"""

from __future__ import annotations

import pytest
from extract_helpers import claims


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # a verb before each count wins over the next verb read as a participle
        (
            "The rebels said they killed 7 guards, wounded 4 and seized a checkpoint.",
            [("killed", "7"), ("wounded", "4"), ("seized", "a checkpoint")],
        ),
        # an aside between commas does not cut a count from its participle
        ("The army said 80 fighters, most of them foreigners, died.", [("killed", "80")]),
        # an article after "and" is one more of what the participle says
        (
            "Officials said three soldiers and a civilian were killed.",
            [("killed", "three"), ("killed", "a civilian")],
        ),
        (
            "The rebels said two posts and a barracks were captured.",
            [("seized", "two"), ("seized", "a barracks")],
        ),
        ("Officials said three soldiers or a civilian were killed.", [("killed", "three")]),
        # a subset without commas between a count and its participle
        (
            "Officials said 16 people including 3 children were killed.",
            [("killed", "16"), ("killed", "3")],
        ),
        # a council speaks as any institution does
        ("The council said 6 women have also lost their lives.", [("killed", "6")]),
    ],
)
def test_counts_keep_their_predicate_across_commas(sentence, expected):
    assert [(r[1], r[2]) for r in claims(sentence)] == expected

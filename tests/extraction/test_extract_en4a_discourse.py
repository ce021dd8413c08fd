"""Definite descriptions of fresh English wire pages (issue 13, en4a): "the general", "the
colonel" stand for the officer named before with the rank abbreviated without a point or
hyphenated ("Maj Gen Rasool", "Brig-Gen Kyaw", "Lt-Col Bako").

Short dispatches invented in the style of the pages.
"""

from __future__ import annotations

import pytest
from extract_helpers import claims

A = "asserts"


def sources(text: str) -> list[tuple]:
    """(source_raw, claim_type, value, stance) of each numeric candidate."""
    return [(c[0], c[1], c[2], c[4]) for c in claims(text) if c[2] is not None]


RANK_ABBREVIATED = [
    (
        "Brig-Gen Aung Min of the KNLA said 30 soldiers were killed. The general said his "
        "forces lost five fighters.",
        [
            ("Brig-Gen Aung Min of the KNLA", "killed", "30", A),
            ("Brig-Gen Aung Min of the KNLA", "killed", "five", A),
        ],
    ),
    (
        "Maj Gen Ali Hassan said one attacker was killed. Eight soldiers died in the ambush, "
        "said the general.",
        [("Maj Gen Ali Hassan", "killed", "one", A), ("Maj Gen Ali Hassan", "killed", "Eight", A)],
    ),
    (
        "Lt-Col Musa Bako said 14 insurgents were killed. The colonel said two soldiers were "
        "wounded.",
        [("Lt-Col Musa Bako", "killed", "14", A), ("Lt-Col Musa Bako", "wounded", "two", A)],
    ),
]


@pytest.mark.parametrize(("text", "rows"), RANK_ABBREVIATED, ids=range(len(RANK_ABBREVIATED)))
def test_the_rank_stands_for_the_officer_named_with_it_abbreviated(text, rows):
    assert sources(text) == rows


def test_a_rank_word_inside_another_word_is_no_abbreviation():
    # "Genevieve" holds "Gen" but names no general: "the general" stays unresolved
    text = "Genevieve Sow said 12 people were hurt. The general said three soldiers died."
    assert ("Genevieve Sow", "killed", "three", A) not in sources(text)

"""Number forms a count is written with: scales, hundreds counted by a vague word, "and".

Modules: ``extraction.number_forms``, ``lexicon.numbers``.
"""

from __future__ import annotations

import pytest

import claimtrack as ct
from claimtrack.extraction.counts import find_counts
from claimtrack.extraction.sentences import shadow


@pytest.mark.parametrize(
    ("sentence", "value", "figures"),
    [
        ("Several hundred villagers fled.", "Several hundred", (300, None, 900)),
        ("A few hundred villagers fled.", "A few hundred", (200, None, 500)),
        ("Quelques centaines de villageois ont fui.", "Quelques centaines", (200, None, 500)),
        ("Quelques dizaines de gardes ont été tués.", "Quelques dizaines", (20, None, 50)),
        ("A hundred and twenty guards were killed.", "A hundred and twenty", (120, 120, 120)),
        ("About 1.5 million villagers were displaced.", "About 1.5 million", (None, 1.5e6, None)),
        ("Près d'1,5 million de villageois ont fui.", "Près d'1,5 million", (None, 1.5e6, None)),
        ("Over 2 million villagers fled.", "Over 2 million", (2e6, 2e6, None)),
        ("Deux millions de villageois ont fui.", "Deux millions", (2e6, 2e6, 2e6)),
    ],
)
def test_a_count_is_read_whole(sentence, value, figures):
    (found,) = find_counts(shadow(sentence), sentence)
    assert found.value == value
    low, best, high, _ = ct.parse_quantity(found.value)
    got = tuple(None if x != x else x for x in (low, best, high))
    assert got == figures

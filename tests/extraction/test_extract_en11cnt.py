"""Round 11, English counts read from real reporting: a count tied to its predicate where
the predicate is a deed an accuser names ("accused the rebels of killing 12 villagers",
"claims of killing 11 soldiers"), not a deed someone is punished for. Invented sentences.

Modules: ``count_rules``, ``lexicon/speech``.
"""

from __future__ import annotations

import pytest
from extract_helpers import claims

A, D = "asserts", "denies"


def _rows(text: str) -> list[tuple]:
    """(source, claim type, value, stance) of each claim with a figure."""
    return [(r[0], r[1], r[2], r[4]) for r in claims(text) if r[2] is not None]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # the accuser asserts the deed's count
        ("The army accused the rebels of killing 12 villagers.",
         [("The army", "killed", "12", A)]),
        ("The governor accused the militia of abducting 40 students, a spokesman said.",
         [("The governor", "captured", "40", A)]),
        ("The rebels were accused of killing 12 villagers, the army said.",
         [("the army", "killed", "12", A)]),
        ("Kano police accused bandits of having kidnapped 25 farmers.",
         [("Kano police", "captured", "25", A)]),
        ("The council has accused the paramilitary group of killing as many as 272 people.",
         [("The council", "killed", "as many as 272", A)]),
        ("The army said the rebels were responsible for killing 30 civilians.",
         [("The army", "killed", "30", A)]),
        # a claim noun's deed: denied with the claim, asserted by its owner
        ("The army has denied the rebels' claims of killing 11 soldiers.",
         [("the rebels", "killed", "11", A), ("The army", "killed", "11", D)]),
        ("The ministry denied the militant claims of killing at least 15 policemen.",
         [("The ministry", "killed", "at least 15", D)]),
        ("The police rejected reports of killing 9 protesters, a spokesman said.",
         [("The police", "killed", "9", D)]),
    ],
)  # fmt: skip
def test_the_deed_an_accuser_names_is_counted(sentence, expected):
    assert _rows(sentence) == expected


@pytest.mark.parametrize(
    "sentence",
    [
        # near misses: what someone is punished or tried for is no count
        "The two men were jailed for killing 12 farmers, the court said.",
        "A court sentenced him for killing three guards, the police said.",
        "The soldier was convicted of killing 4 civilians, the army said.",
        "He was arrested on charges of killing two policemen, the police said.",
    ],
)
def test_a_deed_punished_is_no_count(sentence):
    assert _rows(sentence) == []

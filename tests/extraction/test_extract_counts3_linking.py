"""Counts linked to their predicate across a second noun of the same subject ("about 27
police and Levies personnel and three civilians were killed"), and one person or building
named by an article right after a verb of harm ("killed the imam", "burned a clinic"), on
invented English sentences.

Modules: ``counts``, ``named_things``.
"""

from __future__ import annotations

import pytest
from extract_helpers import claims


def _typed(sentence: str) -> set[tuple[str, str | None]]:
    return {(r[1], r[2]) for r in claims(sentence)}


@pytest.mark.parametrize(
    ("sentence", "claim"),
    [
        (
            "Officials said about 40 police and Frontier Corps personnel and two herders were"
            " feared killed.",
            ("killed", "about 40"),
        ),
        (
            "Some 12 soldiers and militia volunteers and three civilians were wounded, the mayor"
            " said.",
            ("wounded", "Some 12"),
        ),
        (
            "The raiders burned the church and killed the pastor, police said.",
            ("killed", "the pastor"),
        ),
        (
            "The raiders burned the church and killed the pastor, police said.",
            ("destroyed", "the church"),
        ),
        ("Officials said the gunmen torched a clinic near the market.", ("destroyed", "a clinic")),
        ("The rebels abducted the mayor of the town, a resident said.", ("captured", "the mayor")),
        # one of the count's own, named by a possessive after "including"
        (
            "Gunmen killed two guards and captured 11 others including their commanding"
            " officer, police sources said.",
            ("captured", "their commanding officer"),
        ),
        ("The army said it killed 20 rebels, including their leader.", ("killed", "their leader")),
        # one person coordinated before a count shares the count's participle
        ("Police said a guard and two herders were wounded.", ("wounded", "a guard")),
        # a figure given by "updating the casualties"
        (
            "The clash had left at least 7 people dead and 12 others wounded, a military"
            " official updated the casualties on Friday.",
            ("wounded", "12"),
        ),
    ],
)
def test_counts3_linked(sentence, claim):
    assert claim in _typed(sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        "The army said it killed the commanders of the unit.",
        "The army said the commander was in the town.",
    ],
)
def test_counts3_no_definite_person(sentence):
    assert not [r for r in claims(sentence) if r[2] and r[2].lower().startswith("the ")]

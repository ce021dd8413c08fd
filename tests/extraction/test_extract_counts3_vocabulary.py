"""Counts read with the right claim type and counts no longer lost, on invented English
sentences in the style of wire copy: people taken are captured, places stormed or besieged
are attacked, people shot down are killed, hedged passives ("were said to be wounded"),
one more object after a count ("and a commander", "along with five civilians"), counts of
one named by their head noun ("a rebel camp" is a camp), and counts with a clause of their
own that no list carries ("11 soldiers managed to escape").

Modules: ``count_rules``, ``count_objects``, ``predicates``, ``singulars``, ``named_things``,
``lexicon/claims.csv``.
"""

from __future__ import annotations

import pytest
from extract_helpers import claims


def _typed(sentence: str) -> set[tuple[str, str | None]]:
    return {(r[1], r[2]) for r in claims(sentence)}


@pytest.mark.parametrize(
    ("sentence", "claim"),
    [
        # people taken or seized are captured, not seized
        ("The raiders also took nine soldiers, a district officer said.", ("captured", "nine")),
        (
            "But the gunmen seized six women and three children as they left, the mayor said.",
            ("captured", "three"),
        ),
        ("The gunmen seized six women as they left, the mayor said.", ("captured", "six")),
        # places stormed or besieged are attacked
        ("The militia stormed four hamlets overnight, the governor said.", ("attacked", "four")),
        (
            "Some 200 fighters besieged about six villages, residents said.",
            ("attacked", "about six"),
        ),
        ("The rebels targeted five checkpoints, the army said.", ("attacked", "five")),
        # the attacking force counted in an aside
        (
            "The raiders, who numbered about 90, stormed the depot, police said.",
            ("attackers", "about 90"),
        ),
        # places recaptured or retaken are held again
        ("Government troops retook four villages, the ministry said.", ("controls", "four")),
        ("The army said it had recaptured two towns.", ("controls", "two")),
        # people held in custody are captured
        ("The police said 7 suspects were in custody.", ("captured", "7")),
        # a part of what a verb took, with no count of the whole
        (
            "Troops seized a large cache of arms, including 35 rifles, the army said.",
            ("seized", "35"),
        ),
        # people shot down are killed, aircraft are destroyed
        ("The mayor said gunmen shot down a farmer near the well.", ("killed", "a farmer")),
        ("The army said it downed a drone and two helicopters.", ("destroyed", "two")),
        # hedged passives
        ("Five soldiers were said to be wounded, the army said.", ("wounded", "Five")),
        ("Twelve guards were reported to have been abducted, police said.", ("captured", "Twelve")),
        # one more object or subject after a count
        ("The army said it killed 31 insurgents and a commander.", ("killed", "a commander")),
        ("Three police were killed along with five civilians, the army said.", ("killed", "five")),
        # one thing named by its head noun
        ("Troops captured a rebel camp near the river, the army said.", ("seized", "a rebel camp")),
        (
            "Troops overran a jungle encampment, the spokesman said.",
            ("seized", "a jungle encampment"),
        ),
        (
            "Police said gunmen burned a clinic while a police truck was also damaged.",
            ("damaged", "a police truck"),
        ),
    ],
)
def test_counts3_claim_found(sentence, claim):
    assert claim in _typed(sentence)


@pytest.mark.parametrize(
    ("sentence", "value"),
    [
        # a count with a clause of its own is no list item, no subset of the count before it
        (
            "Nine soldiers were killed in the ambush, 14 soldiers managed to escape, police said.",
            "14",
        ),
        (
            "The rebels also took eight guards, but three of them could escape, police said.",
            "three",
        ),
    ],
)
def test_counts3_own_clause_no_count(sentence, value):
    assert value not in {r[2] for r in claims(sentence)}


@pytest.mark.parametrize(
    ("sentence", "claim"),
    [
        ("The rebels stormed eight villages, the governor said.", ("seized", "eight")),
        ("The mayor said gunmen shot down a farmer near the well.", ("destroyed", "a farmer")),
        ("Troops captured a rebel camp near the river, the army said.", ("captured", "a rebel")),
    ],
)
def test_counts3_claim_not_found(sentence, claim):
    assert claim not in _typed(sentence)


def test_counts3_went_missing_subject():
    rows = claims("Three guards went missing after the raid, a police source said.")
    assert [(r[1], r[2], r[3]) for r in rows] == [("missing", "Three", "guards")]

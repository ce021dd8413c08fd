"""Which claim type a predicate without a count gives (issue 13, en4c): denials of what
befell places and things, fighting said in other words, positions held, a presence, heavy
shelling, support received.

Invented sentences of the kinds fresh English wire pages use, with look-alikes that claim
nothing of the kind.
"""

from __future__ import annotations

import pytest
from extract_helpers import claims

A, D = "asserts", "denies"


def kinds(text: str) -> set[tuple[str, str, str]]:
    """(source_raw, claim_type, stance) of each candidate."""
    return {(c[0], c[1], c[4]) for c in claims(text)}


# A denial takes the type of the predicate it denies, across a list of what was taken.
DENIED_PREDICATES = [
    (
        "The police chief denied reports that a patrol was ambushed near the river.",
        ("The police chief", "attacked", D),
    ),
    (
        "The army spokesman denied that any villages, weapons or soldiers had been captured.",
        ("The army spokesman", "captured", D),
    ),
    (
        "The governor denied that the depot had been looted.",
        ("The governor", "seized", D),
    ),
    (
        "The militia spokesman denied that the bridge was destroyed.",
        ("The militia spokesman", "destroyed", D),
    ),
]


@pytest.mark.parametrize(("text", "want"), DENIED_PREDICATES, ids=range(len(DENIED_PREDICATES)))
def test_a_denial_takes_the_type_of_what_it_denies(text, want):
    assert want in kinds(text)


def test_a_denial_saying_something_else_happened_keeps_the_general_denial():
    got = kinds("The army denied the report, saying the men had been tortured.")
    assert ("The army", "captured", D) not in got


# Fighting said in other words than the table's clash words.
FIGHTING = [
    "The spokesman confirmed there was fighting near the border post.",
    "A local chief said a fierce battle took place outside the town.",
    "Witnesses said government troops battled the rebels for hours.",
]


@pytest.mark.parametrize("text", FIGHTING, ids=range(len(FIGHTING)))
def test_fighting_in_other_words(text):
    assert any(k == "fighting" and s == A for _, k, s in kinds(text))


NOT_FIGHTING = [
    "The army said the battle for the city ended on Monday.",
    "The minister said the government is battling to contain the insurgency.",
]


@pytest.mark.parametrize("text", NOT_FIGHTING, ids=range(len(NOT_FIGHTING)))
def test_a_battle_referred_to_or_a_struggle_is_no_fighting(text):
    assert not any(k == "fighting" for _, k, _s in kinds(text))


# Positions held are control; a heavy presence of forces is presence.
HELD_AND_PRESENT = [
    ("The rebel commander said his men were holding their positions.", "controls"),
    ("The militia said it held its ground despite the assault.", "controls"),
    ("A reporter in the town reported a heavy military presence.", "present"),
    ("Security sources said the army had set up temporary bases in the district.", "present"),
]


@pytest.mark.parametrize(("text", "kind"), HELD_AND_PRESENT, ids=range(len(HELD_AND_PRESENT)))
def test_positions_held_and_a_presence(text, kind):
    assert any(k == kind and s == A for _, k, s in kinds(text))


# Heavy shelling is a claim even where the sentence names no known place.
SHELLING = [
    "The commander said the rebels held out in spite of heavy shelling.",
    "Residents said the hills were shelled overnight.",
]


@pytest.mark.parametrize("text", SHELLING, ids=range(len(SHELLING)))
def test_heavy_shelling_without_a_place(text):
    assert any(k == "shelling" and s == A for _, k, s in kinds(text))


# Support received from another force is an alliance.
ALLIANCE = [
    "The government said the rebels were receiving support from foreign troops.",
    "The minister said the insurgents and their allies were regrouping.",
]


@pytest.mark.parametrize("text", ALLIANCE, ids=range(len(ALLIANCE)))
def test_support_received_is_an_alliance(text):
    assert any(k == "alliance" and s == A for _, k, s in kinds(text))


def test_a_surname_after_an_inverted_source_is_the_person():
    text = (
        '"Several fighters were killed," said Colonel Musa Bello. Bello also denied that a '
        "convoy was ambushed. He said three soldiers were injured."
    )
    got = {(c[0], c[1]) for c in claims(text)}
    assert ("Colonel Musa Bello", "wounded") in got
    assert not any(source.startswith("said") for source, _ in got)

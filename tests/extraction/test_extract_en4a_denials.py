"""Denials of a figure by calling it too high (issue 13, en4a): "the toll of 28 was
exaggerated", "the number given was too high", "the figure was overstated" deny the
figure; a toll that is only large ("the toll was very high") asserts.

Sentences invented in the style of fresh wire pages.
"""

from __future__ import annotations

import warnings

import pytest

import claimtrack as ct

A, D = "asserts", "denies"


def rows(text: str) -> list[tuple]:
    """(source_raw, claim_type, figure, stance) of each candidate, the figure being the
    parsed value or, for a toll denied by reference, the figure it denies."""
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        df = ct.extract(text)
    out = []
    for r in df.itertuples():
        figure = r.value if isinstance(r.value, str) else r.value_best
        figure = None if figure != figure else figure  # NaN: no figure
        out.append((r.source_raw, r.claim_type, figure, r.stance))
    return out


CALLED_TOO_HIGH = [
    (
        "The army said 28 rebels were killed. The rebel commander said the toll of 28 was "
        "exaggerated.",
        ("The rebel commander", "killed", "28", D),
    ),
    (
        "Officials said 60 people died in the shelling. The opposition said the number "
        "given was far too high.",
        ("The opposition", "killed", 60.0, D),
    ),
    (
        "The ministry said 14 fighters were killed. The militia said the figure of 14 was "
        "overstated.",
        ("The militia", "killed", 14.0, D),
    ),
]


@pytest.mark.parametrize(("text", "row"), CALLED_TOO_HIGH, ids=range(len(CALLED_TOO_HIGH)))
def test_a_figure_called_too_high_is_denied(text, row):
    assert rows(text)[-1] == row


def test_a_toll_only_called_large_is_asserted():
    text = "The spokesman said the toll was very high, with 40 dead and 70 wounded."
    assert rows(text) == [
        ("The spokesman", "killed", "40", A),
        ("The spokesman", "wounded", "70", A),
    ]


def test_a_denial_beside_a_quantity_number_denies_no_toll():
    # "a larger number of fighters" is a quantity, not the toll another source gave
    text = (
        "Residents said 13 people died. The army denied any gains by the rebels, saying it "
        "had killed a larger number of rebel fighters."
    )
    assert ("The army", "killed", 13.0, D) not in rows(text)


# "The army denied the claim.": a general denial of the sentence right before denies its
# count (one kind of count, from another source), and carries its figure.
DENIED_BY_REFERENCE = [
    (
        "The rebels said they killed 40 soldiers. The army denied the claim.",
        ("The army", "killed", 40.0, D),
    ),
    (
        "The group said it had captured 15 soldiers. The military dismissed the reports as "
        "propaganda.",
        ("The military", "captured", 15.0, D),
    ),
    ("Residents said 20 people were killed. The army denied it.", ("The army", "killed", 20.0, D)),
]


@pytest.mark.parametrize(("text", "row"), DENIED_BY_REFERENCE, ids=range(len(DENIED_BY_REFERENCE)))
def test_a_denied_claim_carries_the_count_of_the_sentence_before(text, row):
    assert rows(text)[-1] == row


# Counts of two kinds before, or a denial of something else: a general denial stays one.
STAYS_GENERAL = [
    "The rebels said they killed 40 soldiers and wounded 12. The army denied the claim.",
    "The rebels said they killed 40 soldiers. The army denied any wrongdoing.",
]


@pytest.mark.parametrize("text", STAYS_GENERAL, ids=range(len(STAYS_GENERAL)))
def test_an_unclear_reference_stays_a_general_denial(text):
    assert rows(text)[-1] == ("The army", "denied", None, D)


# A part in the event denied is a denial of responsibility, not of the attack or a toll.
DISOWNED = [
    "The militia denied responsibility for the attack.",
    "The coalition denied any involvement in the strike.",
    "The group denied carrying out the bombing.",
]


@pytest.mark.parametrize("text", DISOWNED, ids=range(len(DISOWNED)))
def test_a_part_denied_is_responsibility_denied(text):
    assert [(r[1], r[3]) for r in rows(text)] == [("responsibility", D)]


def test_a_part_denied_after_a_toll_leaves_the_toll_to_its_source():
    text = "Residents said 20 people were killed in the raid, but the army denied any role."
    assert rows(text) == [
        ("Residents", "killed", "20", A),
        ("the army", "responsibility", None, D),
    ]


# What befell people, denied in an active clause: a denial of that harm, with no figure
# taken from another source.
DENIED_HARM_ACTIVE = [
    (
        "The health minister said 13 civilians were killed. The coalition denied its air "
        "strike had killed civilians.",
        ("The coalition", "killed", None, D),
    ),
    ("The army denies air strike killed civilians.", ("The army", "killed", None, D)),
    (
        "The army denied its shelling had wounded any children.",
        ("The army", "wounded", None, D),
    ),
]


@pytest.mark.parametrize(("text", "row"), DENIED_HARM_ACTIVE, ids=range(len(DENIED_HARM_ACTIVE)))
def test_harm_denied_in_an_active_clause(text, row):
    assert rows(text)[-1] == row


# A bare denial after what was said: a headline's "; Kyiv denies", a sentence's "The army
# denied." deny the count before them.
BARE_DENIAL = [
    (
        "Moscow says it killed 300 Ukrainian soldiers; Kyiv denies",
        ("Kyiv", "killed", "300", D),
    ),
    ("Rebels say 40 soldiers killed -- army denies", ("army", "killed", "40", D)),
    ("The rebels said 25 soldiers died. The army denied.", ("The army", "killed", 25.0, D)),
]


@pytest.mark.parametrize(("text", "row"), BARE_DENIAL, ids=range(len(BARE_DENIAL)))
def test_a_bare_denial_denies_the_count_before_it(text, row):
    assert rows(text)[-1] == row

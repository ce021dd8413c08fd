"""Frames that name a figure's source by its count (issue 13, en3): "By its count, …",
"…, by the army's tally", "According to their figures, …".

Sentences invented in the style of fresh wire pages, with look-alikes that name no one.
"""

from __future__ import annotations

import pytest
from extract_helpers import claims

A, D = "asserts", "denies"


def sources(text: str) -> list[tuple]:
    """(source_raw, claim_type, value, stance) of each numeric candidate."""
    return [(c[0], c[1], c[2], c[4]) for c in claims(text) if c[2] is not None]


BY_ITS_COUNT = [
    # a possessive pronoun: the source named before
    (
        "The Kivu army said the raids were repelled. By its count, at least 80 rebels died, "
        "while only five soldiers were killed.",
        [("The Kivu army", "killed", "at least 80", A), ("The Kivu army", "killed", "five", A)],
    ),
    (
        "The rebels said they held the town. According to their figures, 35 soldiers were killed.",
        [("The rebels", "killed", "35", A)],
    ),
    # the owner of the count, after what it counts
    ("At least 60 rebels died, by the army's count.", [("the army", "killed", "At least 60", A)]),
    (
        "Some 14 villagers were killed, by the Red Cross's tally.",
        [("the Red Cross", "killed", "Some 14", A)],
    ),
]


@pytest.mark.parametrize(("text", "rows"), BY_ITS_COUNT, ids=range(len(BY_ITS_COUNT)))
def test_the_owner_of_a_count_is_its_source(text, rows):
    assert sources(text) == rows


# The outlet's own count names no source: nothing is attributed.
OWN_COUNT = [
    "By our count, 41 people were killed in the raids.",
    "By one count, 41 people were killed in the raids.",
]


@pytest.mark.parametrize("text", OWN_COUNT, ids=range(len(OWN_COUNT)))
def test_the_outlets_own_count_names_no_source(text):
    assert sources(text) == []


# "Its spokeswoman", "Their spokesman, Name": a role of the body named before speaks for it.
POSSESSIVE_ROLE = [
    (
        "The Red Cross said 40 people were wounded. Its spokeswoman, Anna Berg, said 12 "
        "children were wounded.",
        [("The Red Cross", "wounded", "40", A), ("The Red Cross", "wounded", "12", A)],
    ),
    (
        "The Tana rebels said 6 fighters died. Their spokesman said 20 soldiers were killed.",
        [("The Tana rebels", "killed", "6", A), ("The Tana rebels", "killed", "20", A)],
    ),
    # no body named before: the role stays as written
    (
        "Commander Ali Sow said 6 rebels died. Its spokesman said 20 soldiers were killed.",
        [("Commander Ali Sow", "killed", "6", A), ("Its spokesman", "killed", "20", A)],
    ),
]


@pytest.mark.parametrize(("text", "rows"), POSSESSIVE_ROLE, ids=range(len(POSSESSIVE_ROLE)))
def test_a_possessive_role_speaks_for_the_body_before(text, rows):
    assert sources(text) == rows


# "X dismissed that figure": a denial of the figure another source gave before.
THAT_FIGURE = [
    "Rebels said they killed 25 soldiers. Major Omar Diallo dismissed that figure.",
    "Rebels said they killed 25 soldiers. Major Omar Diallo rejected the figure as propaganda.",
]


@pytest.mark.parametrize("text", THAT_FIGURE, ids=range(len(THAT_FIGURE)))
def test_that_figure_is_a_toll_denied(text):
    rows = [(c[0], c[1], c[4]) for c in claims(text)]
    assert ("Major Omar Diallo", "killed", D) in rows


# "X was quoted by Xinhua as saying …": X speaks; the agency that quotes only relays.
QUOTED_BY = [
    (
        "Omar Sani, a spokesman for the health ministry, was quoted by Xinhua as saying that "
        "31 people were wounded.",
        [("the health ministry", "wounded", "31", A)],
    ),
    (
        "The governor was quoted by local media as saying 12 villagers were killed.",
        [("The governor", "killed", "12", A)],
    ),
    # the active form: the one quoted speaks
    (
        "Xinhua quoted a police officer as saying 7 people died.",
        [("a police officer", "killed", "7", A)],
    ),
]


@pytest.mark.parametrize(("text", "rows"), QUOTED_BY, ids=range(len(QUOTED_BY)))
def test_the_one_quoted_speaks_not_the_agency(text, rows):
    assert sources(text) == rows


# "The monitor added", "the watchdog said": the body named before; a "whose" clause
# describes a source as a "who" clause does.
DESCRIBED_SOURCES = [
    (
        "The Observatory, which relies on a network of sources, said 45 fighters were killed. "
        "The monitor added that 12 civilians died.",
        [("The Observatory", "killed", "45", A), ("The Observatory", "killed", "12", A)],
    ),
    (
        "Ahmed Ali, a farmer whose house was destroyed, said 8 people were killed.",
        [("Ahmed Ali, a farmer whose house was destroyed", "killed", "8", A)],
    ),
    (
        "Residents whose homes were burned said 20 people died.",
        [("Residents whose homes were burned", "killed", "20", A)],
    ),
]


@pytest.mark.parametrize(("text", "rows"), DESCRIBED_SOURCES, ids=range(len(DESCRIBED_SOURCES)))
def test_a_described_source_is_found(text, rows):
    assert sources(text) == rows

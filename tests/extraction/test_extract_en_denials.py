"""English denials of a claim named as a noun, and who owns it (issue 13, clauses).

The sentences are invented.
"""

from __future__ import annotations

import pytest
from extract_helpers import claims


@pytest.mark.parametrize(
    ("text", "owner", "denier"),
    [
        ("The army rejected the rebels' claim that 60 soldiers had been captured.", "the rebels",
         "The army"),
        ("The ministry disputed the group's figure of 40 dead.", "the group", "The ministry"),
        ("Police dismissed the militia's claims that 12 officers were killed.", "the militia",
         "Police"),
    ],
)  # fmt: skip
def test_the_owner_of_a_denied_claim_asserts_it(text, owner, denier):
    voices = {(r[0], r[4]) for r in claims(text) if r[2]}
    assert voices == {(owner, "asserts"), (denier, "denies")}


def test_a_claim_noun_with_no_figure_after_it_has_no_owner():
    # "denied the army's count, saying …": the figures after the comma are the denier's
    rows = claims("The rebels denied the army's count, saying only one fighter was killed.")
    assert {(r[0], r[4]) for r in rows if r[2]} == {("The rebels", "asserts")}


@pytest.mark.parametrize(
    "text",
    [
        "The RSF said it had captured 200 soldiers, but the army dismissed the claim.",
        "The RSF said it had captured 200 soldiers, but the army denied it.",
        "The RSF said it had captured 200 soldiers, but the army rejected these reports.",
    ],
)
def test_a_denial_of_the_claim_before_denies_its_figures(text):
    rows = {(r[0], r[2], r[4]) for r in claims(text) if r[2]}
    assert rows == {("The RSF", "200", "asserts"), ("the army", "200", "denies")}


def test_a_denial_with_its_own_clause_denies_what_follows():
    rows = claims("The army denied that 30 civilians were killed.")
    assert [(r[0], r[2], r[4]) for r in rows] == [("The army", "30", "denies")]

"""Denials of what befell people, on invented sentences: what a denial is about when it
names no toll, and vehicles named by digits ("4×4") that are no count."""

from __future__ import annotations

import pytest
from extract_helpers import claims


@pytest.mark.parametrize(
    ("sentence", "claim_type"),
    [
        # the death of anyone denied: a denial of the dead
        ("The defence ministry denied the death of any pilot.", "killed"),
        ("Le ministère a démenti la mort de tout casque bleu.", "killed"),
        # what befell people, in the clause the denial is about
        ("The governor denied that any prisoners were executed.", "killed"),
        ("The police denied that students were detained.", "captured"),
        ("Le préfet a démenti que des enseignants aient été blessés.", "wounded"),
    ],
)
def test_a_denial_names_what_befell_people(sentence, claim_type):
    assert (claim_type, "denies") in {(r[1], r[4]) for r in claims(sentence)}


def test_an_account_denied_without_a_measure_stays_a_general_denial():
    assert [(r[1], r[4]) for r in claims("The militia denied the governor's account.")] == [
        ("denied", "denies")
    ]


@pytest.mark.parametrize(
    "sentence",
    [
        "Customs said they seized eleven 4×4 vehicles.",
        "Les assaillants ont emporté trois 4×4 et un camion, selon la gendarmerie.",
    ],
)
def test_digits_joined_by_a_times_sign_are_no_count(sentence):
    assert "4" not in {r[2] for r in claims(sentence)}
    assert {r[1] for r in claims(sentence)} == {"seized"}


def test_a_denial_of_harm_is_given_no_toll_another_source_stated():
    text = (
        "The health office said 310 people were killed this year. "
        "The militia denied that any nurses were killed in the raid."
    )
    denial = [r for r in claims(text) if r[4] == "denies"]
    assert [(r[0], r[1], r[2]) for r in denial] == [("The militia", "killed", None)]


def test_what_a_source_says_after_its_denial_is_not_what_it_denies():
    sentence = "Neighbours disputed that version, saying the driver was beaten to death."
    assert [(r[1], r[4]) for r in claims(sentence)] == [("denied", "denies")]

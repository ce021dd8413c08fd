"""Round 18, French counts and claim words: general causes read from pages, each tested on
invented sentences of different wording (never a page's sentence).

- a place said to be "sous (son) contrôle" is controlled (not "la situation est sous
  contrôle", nor "sous contrôle judiciaire").
"""

from __future__ import annotations

import pytest

import claimtrack as ct


def claims(text: str) -> set[tuple]:
    """(source as written, claim type, value as written, stance) of each claim."""
    frame = ct.extract(text)
    return {
        (r.source_raw, r.claim_type, None if r.value != r.value else r.value, r.stance)
        for r in frame.itertuples()
    }


def types(text: str) -> set[str]:
    return {c[1] for c in claims(text)}


@pytest.mark.parametrize(
    "text",
    [
        "Selon le gouverneur, la localité est de nouveau sous contrôle.",
        "« Le camp est désormais sous notre contrôle », a assuré un porte-parole rebelle.",
        "L'armée affirme que la ville est repassée sous son contrôle mardi.",
    ],
)
def test_a_place_under_control_is_controlled(text):
    assert "controls" in types(text)


@pytest.mark.parametrize(
    "text",
    [
        "Selon le préfet, la situation est sous contrôle.",
        "Le suspect a été placé sous contrôle judiciaire, selon le parquet.",
    ],
)
def test_a_situation_or_a_suspect_under_control_is_no_control(text):
    assert "controls" not in types(text)


@pytest.mark.parametrize(
    "text",
    [
        "Neuf gendarmes ont péri lors d'une embuscade contre une patrouille, selon la police.",
        "Selon l'armée, six soldats ont été blessés dans une attaque jihadiste contre un poste.",
        "Trois civils ont été tués par des rebelles qui ont attaqué lundi un village, selon "
        "un élu local.",
    ],
)
def test_the_attack_people_were_harmed_in_is_their_setting(text):
    assert "attacked" not in {c[1] for c in claims(text) if c[2] is not None}


@pytest.mark.parametrize(
    "text",
    [
        "Des hommes armés ont attaqué un poste de gendarmerie mardi, selon la police.",
        "Selon l'armée, des rebelles ont attaqué une patrouille et tué deux soldats.",
    ],
)
def test_a_target_struck_outside_a_setting_is_attacked(text):
    assert "attacked" in types(text)

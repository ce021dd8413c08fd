"""Round 18, French counts and claim words: general causes read from pages, each tested on
invented sentences of different wording (never a page's sentence).

- a place said to be "sous (son) contrôle" is controlled (not "la situation est sous
  contrôle", nor "sous contrôle judiciaire");
- a definite or possessive target attacked ("le camp a été attaqué") carries no figure;
  an indefinite one ("un poste a été attaqué") counts one;
- "une importante quantité de", "une grande partie de", "un grand nombre de" are vague
  quantities, not one.
"""

from __future__ import annotations

import pytest

import claimtrack as ct
from claimtrack.normalize.quantities import parse_quantity


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
        "La caserne de Kadi a été prise pour cible dans la nuit, selon un officier.",
        "« Les assaillants ont visé leur position vers 4 heures », a indiqué un élu.",
        "Selon la police, le commissariat de la ville a été la cible d'une attaque lundi.",
    ],
)
def test_a_definite_target_attacked_has_no_figure(text):
    attacked = [c for c in claims(text) if c[1] == "attacked"]
    assert attacked
    assert all(c[2] is None for c in attacked)


@pytest.mark.parametrize(
    "text",
    [
        "Selon un officier, une position de l'armée a été attaquée dans la nuit.",
        "Une source locale a indiqué qu'une patrouille avait été prise à partie mardi.",
    ],
)
def test_an_indefinite_target_attacked_counts_one(text):
    assert any(c[1] == "attacked" and c[2] for c in claims(text))


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("Selon la police, les bandits ont volé une grande quantité de bétail.", "seized"),
        (
            "Un élu a indiqué que les rebelles ont incendié une grande partie du marché.",
            "destroyed",
        ),
        ("Selon l'ONU, un grand nombre de civils ont été tués mardi.", "killed"),
    ],
)
def test_a_large_quantity_is_vague_not_one(text, kind):
    found = [c for c in claims(text) if c[1] == kind]
    assert found
    assert all(parse_quantity(c[2])[3] == "vague" for c in found)

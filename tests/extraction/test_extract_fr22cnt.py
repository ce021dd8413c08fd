"""Round 22, French counts and claim types the rules read wrong or not at all. Invented
sentences.

- A part of one named right after its whole's noun with no comma ("sept morts dont un
  policier", "six morts dont une femme") counts one, as it did after a comma; a part
  with a verb of its own ("dont un a été libéré") and a relative "dont" after a count
  ("les 40 assaillants dont un témoin a décrit l'arrivée") count no one.
- A toll that changed, "de N à M" after a verb of change ("est passé de 12 à 19 morts",
  "a grimpé de 30 à 52", "le nombre de morts est passé de 12 à 19"): M is the toll now and
  N the earlier toll, both the source's; a plain range ("de 12 à 19 personnes ont été
  tuées", "entre 12 et 19") stays one range.
- A toll named by "le bilan des X" that rose ("est monté à", "a grimpé à"): what X says
  gives its type ("le bilan des soldats tués est monté à 38": killed; "des blessés":
  wounded; "des déplacés": displaced); "le nombre de soldats a augmenté à 300" is no toll.
- People who "souffrent de blessures" (or "de brûlures") are wounded, not a count of the
  dead listed after them ("9 personnes ont été tuées et 20 souffrent de blessures");
  "souffrent de malnutrition" is no claim.
"""

from __future__ import annotations

import pytest
from extract_helpers import claims, figure

A = "asserts"


def _rows(text: str) -> set[tuple]:
    """(claim_type, figure, stance) of each claim."""
    return {(t, figure(v), st) for _, t, v, _, st in claims(text)}


ONE_PART = [
    "Le colonel Amadou Traoré a également avancé un bilan de sept morts dont un policier.",
    "Selon la police, l'attaque a fait six morts dont une femme.",
    "Selon le préfet, l'embuscade a fait 14 blessés dont un enfant.",
]


@pytest.mark.parametrize("text", ONE_PART)
def test_one_part_right_after_its_whole_counts_one(text: str) -> None:
    rows = _rows(text)
    assert any(f == 1.0 and st == A for _, f, st in rows)


def test_one_part_after_a_comma_still_counts_one() -> None:
    rows = _rows("Selon la police, l'attaque a fait six morts, dont un enfant.")
    assert ("killed", 1.0, A) in rows


@pytest.mark.parametrize(
    "text",
    [
        "Selon la police, 12 otages dont un a été libéré hier sont toujours détenus.",
        "Selon l'armée, les 40 assaillants dont un témoin a décrit l'arrivée ont été tués.",
        "Selon l'armée, 23 soldats dont un officier ont été blessés.",
    ],
)
def test_dont_with_a_verb_of_its_own_counts_no_one(text: str) -> None:
    assert not any(f == 1.0 for _, f, _ in _rows(text))


CHANGED = [
    ("Le bilan de l'embuscade est passé de 12 à 19 morts, selon la Croix-Rouge.", 12, 19),
    ("Selon la police, le bilan a grimpé de 30 à 52 morts.", 30, 52),
    ("Selon la Croix-Rouge, le nombre de morts est passé de 12 à 19.", 12, 19),
    ("Le nombre de morts est passé de 8 à 11, a indiqué le maire.", 8, 11),
]


@pytest.mark.parametrize(("text", "before", "now"), CHANGED)
def test_changed_toll_gives_now_and_earlier(text: str, before: int, now: int) -> None:
    rows = _rows(text)
    assert ("killed", float(now), A) in rows
    assert ("killed", float(before), A) in rows
    assert len([r for r in rows if r[0] == "killed"]) == 2


@pytest.mark.parametrize(
    "text",
    [
        "Selon la police, de 12 à 19 personnes ont été tuées.",
        "Selon la police, entre 12 et 19 personnes ont été tuées.",
    ],
)
def test_plain_range_stays_one_claim(text: str) -> None:
    rows = [c for c in claims(text) if c[1] == "killed"]
    assert len(rows) == 1


@pytest.mark.parametrize(
    ("text", "count"),
    [
        ("Selon la police, 20 personnes souffrent de blessures graves.", 20.0),
        ("Selon la police, deux civils souffrant de brûlures ont été hospitalisés.", 2.0),
    ],
)
def test_suffering_wounds_is_wounded(text: str, count: float) -> None:
    assert ("wounded", count, A) in _rows(text)


def test_suffering_wounds_after_a_toll_is_no_death() -> None:
    rows = _rows(
        "« Au total 9 personnes ont été tuées (sans compter les kamikazes), et 20 souffrent "
        "de blessures », a déclaré le gouverneur."
    )
    assert ("killed", 9.0, A) in rows
    assert ("wounded", 20.0, A) in rows
    assert ("killed", 20.0, A) not in rows


def test_suffering_other_than_wounds_is_no_claim() -> None:
    assert not _rows("Selon l'ONU, 300 enfants souffrent de malnutrition.")


ROSE = [
    ("Le bilan des soldats tués est monté à 38, a reconnu le ministre.", "killed", 38.0),
    ("Le bilan des morts est monté à 38, a reconnu le ministre.", "killed", 38.0),
    ("Selon la police, le bilan des blessés a grimpé à 52.", "wounded", 52.0),
    ("Selon l'ONU, le bilan des déplacés est monté à 3000.", "displaced", 3000.0),
]


@pytest.mark.parametrize(("text", "kind", "count"), ROSE)
def test_toll_of_what_rose(text: str, kind: str, count: float) -> None:
    assert _rows(text) == {(kind, count, A)}


def test_number_of_forces_that_grew_is_no_toll() -> None:
    assert not _rows("Selon l'armée, le nombre de soldats a augmenté à 300 dans la région.")

"""Round 21, French counts and claim types the rules read wrong or not at all. Invented
sentences.

- Air strikes counted by their noun are shelling, as strikes that hit already were: "trois
  raids aériens", "deux frappes contre un marché", "quatre bombardements", bare "raids"
  where the sentence names aircraft ("l'aviation a mené deux autres raids"); no target
  attacked is read beside them. Near misses: raids on the ground ("les rebelles ont mené
  deux raids contre des villages": attacks), strikes as the setting of a toll ("tués dans
  deux frappes") or already told of ("les deux frappes").
- Munitions counted, then counted again by "autres" ("cinq missiles ont touché l'hôpital
  et deux autres ont touché l'école"): the same munitions, shelling. Near miss: people
  ("cinq soldats ont été tués et deux autres blessés" stay wounded).
- A count of one after a verb that "sans" negates is none ("sans perdre un seul soldat",
  "sans avoir perdu un seul homme"), and "sans perdre aucun soldat" is read; "un soldat a
  été tué" and "a perdu un soldat" stay one.
- "une vingtaine de morts et de blessés": a vague count's "de" before the paired nouns
  still counts casualties; "morts et 30 blessés" stay apart.
- The place a verb of fleeing takes is no count of people displaced ("ces combattants
  avaient fui à bord de trois véhicules un camp militaire": no displaced one); people
  counted who fled ("300 familles ont fui la localité") stay displaced.
"""

from __future__ import annotations

import pytest
from extract_helpers import claims, figure

A = "asserts"


def _rows(text: str) -> set[tuple]:
    """(claim_type, figure, stance) of each claim."""
    return {(t, figure(v), st) for _, t, v, _, st in claims(text)}


STRIKES = [
    ("Selon l'armée, l'aviation a mené trois raids aériens sur le camp.", 3.0),
    ("Selon le préfet, le dépôt a été touché par deux raids aériens.", 2.0),
    ("Le gouverneur a fait état de quatre frappes contre un marché.", 4.0),
    ("Selon le gouverneur, l'aviation a mené deux autres raids sur la ville.", 2.0),
    ("D'après des témoins, cinq bombardements ont visé le quartier mardi.", 5.0),
]


@pytest.mark.parametrize(("text", "count"), STRIKES)
def test_air_strikes_counted_are_shelling(text: str, count: float) -> None:
    rows = _rows(text)
    assert ("shelling", count, A) in rows
    assert not any(t == "attacked" and f == count for t, f, _ in rows)


def test_strikes_of_the_air_leave_no_target_attacked() -> None:
    rows = _rows("Selon le gouverneur, l'aviation a mené deux autres raids sur la ville.")
    assert not any(t == "attacked" for t, _, _ in rows)


NOT_STRIKES = [
    ("Selon le gouverneur, les rebelles ont mené deux raids contre des villages.", "attacked"),
    ("Selon la police, 12 soldats ont été tués dans deux frappes aériennes.", "killed"),
    ("Selon la police, les deux frappes ont fait 12 morts.", "killed"),
]


@pytest.mark.parametrize(("text", "kind"), NOT_STRIKES)
def test_no_strikes_counted(text: str, kind: str) -> None:
    rows = _rows(text)
    assert not any(t == "shelling" for t, _, _ in rows)
    assert any(t == kind for t, _, _ in rows)


def test_other_rounds_are_the_same_munitions() -> None:
    text = (
        "La police a déclaré que cinq missiles avaient touché un hôpital et deux autres "
        "avaient touché une école."
    )
    assert {("shelling", 5.0, A), ("shelling", 2.0, A)} <= _rows(text)


def test_other_people_are_no_rounds() -> None:
    rows = _rows("Selon la police, cinq soldats ont été tués et deux autres ont été blessés.")
    assert ("wounded", 2.0, A) in rows
    assert not any(t == "shelling" for t, _, _ in rows)


NONE_WITHOUT = [
    "Selon l'armée, les soldats ont repoussé l'assaut sans perdre un seul soldat.",
    "L'armée affirme avoir repoussé l'attaque sans avoir perdu un seul homme.",
    "L'armée affirme avoir repoussé l'attaque sans perdre aucun soldat.",
]


@pytest.mark.parametrize("text", NONE_WITHOUT)
def test_one_after_a_verb_sans_negates_is_none(text: str) -> None:
    rows = _rows(text)
    assert ("killed", 0.0, A) in rows
    assert ("killed", 1.0, A) not in rows


@pytest.mark.parametrize(
    "text",
    [
        "Selon l'armée, les rebelles ont tué un seul soldat.",
        "L'armée affirme avoir perdu un seul soldat.",
    ],
)
def test_one_without_sans_stays_one(text: str) -> None:
    assert ("killed", 1.0, A) in _rows(text)


@pytest.mark.parametrize(
    "text",
    [
        "Le maire a parlé d'une vingtaine de morts et de blessés.",
        "Selon le maire, l'attaque a fait des dizaines de morts et de blessés.",
    ],
)
def test_dead_and_wounded_after_de_are_casualties(text: str) -> None:
    rows = _rows(text)
    assert any(t == "casualties" for t, _, _ in rows)
    assert not any(t in ("killed", "wounded") for t, _, _ in rows)


def test_dead_and_counted_wounded_stay_apart() -> None:
    rows = _rows("Selon le maire, l'attaque a fait une vingtaine de morts et 30 blessés.")
    assert {("killed", 20.0, A), ("wounded", 30.0, A)} <= rows


def test_a_place_fled_is_no_count_of_displaced() -> None:
    text = (
        "« Ces combattants avaient fui à bord de deux camions un camp militaire des "
        "rebelles », a expliqué le chef."
    )
    assert not any(t == "displaced" for t, _, _ in _rows(text))


def test_people_who_fled_stay_displaced() -> None:
    assert ("displaced", 300.0, A) in _rows("Selon le préfet, 300 familles ont fui la localité.")

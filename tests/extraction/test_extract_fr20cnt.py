"""Round 20, French counts and claim types the rules read wrong or not at all. Invented
sentences.

- Munitions counted as they are fired, with no target after "sur": a passive or a
  participle of firing after them ("une trentaine d'obus ont été tirés", "trois bombes ont
  été larguées", "douze roquettes lancées depuis …"), or a verb of launching before them
  ("a lancé 12 roquettes contre le camp", "a largué deux bombes"): shelling. Near misses:
  soldiers "lancés à la poursuite", attacks launched (attacks), shots fired in the air.
- "s'emparer du camp", "des camps": the "du" and "des" of "s'emparer" are "de" and an
  article, so one thing seized (or some, in the plural), as "de la base" already was; a
  reflexive verb negated ("ne se sont pas emparés de …") denies its count.
- Losses of equipment are no toll of people: "de lourdes pertes matérielles" (no
  casualties; "matérielles et humaines" stays one).
- Members of an armed group after a noun of attack are its force: "l'attaque de dizaines
  de membres de Boko Haram" (attackers, not an attack on them); members of a family are not.
- One unit "prise dans « une embuscade »": the ambush quoted from a statement is still one
  unit attacked; "une embuscade tendue aux forces …" is an attack as "à" and "contre" were.
- A range with one end in words, the other in digits, after "de": "de quatre à 15 tués"
  (4 to 15, not 15); after a verb of change ("est passé de cinq à 17") the toll is still 17.
- "au moins" between the counted noun and its verb: "trente civils au moins ont été tués"
  (at least 30 killed).
- Ransacked or vandalised things are damaged ("12 boutiques ont été saccagées", "ont
  vandalisé trois écoles").
- A toll noun moved somewhere keeps its toll: "35 blessés ont été acheminés vers l'hôpital"
  (wounded; soldiers "acheminés" stay present).
"""

from __future__ import annotations

import pytest
from extract_helpers import claims, figure

A, D = "asserts", "denies"


def _rows(text: str) -> set[tuple]:
    """(claim_type, figure, stance) of each claim."""
    return {(t, figure(v), st) for _, t, v, _, st in claims(text)}


FIRED = [
    ("Selon la police, une vingtaine d'obus ont été tirés dans la nuit.", 20.0),
    ("D'après le préfet, 14 obus de mortier ont été tirés mardi.", 14.0),
    ("Selon des témoins, trois bombes ont été larguées près de l'école.", 3.0),
    ("D'après l'armée, douze roquettes lancées depuis la colline ont touché le dépôt.", 12.0),
    ("Selon la police, les insurgés ont lancé 9 roquettes contre la caserne.", 9.0),
    ("D'après le préfet, l'aviation a largué jeudi quatre bombes sur la colline.", 4.0),
]


@pytest.mark.parametrize(("text", "count"), FIRED)
def test_munitions_fired_are_shelling(text: str, count: float) -> None:
    assert ("shelling", count, A) in _rows(text)


NOT_FIRED = [
    "Selon la police, 12 gendarmes ont été lancés à la poursuite des ravisseurs.",
    "D'après le préfet, les gendarmes ont tiré 30 balles en l'air.",
]


@pytest.mark.parametrize("text", NOT_FIRED)
def test_people_sent_or_shots_in_the_air_are_no_shelling(text: str) -> None:
    assert not any(t == "shelling" for t, _, _ in _rows(text))


def test_attacks_launched_stay_attacks() -> None:
    rows = _rows("Selon la police, les insurgés ont lancé trois attaques contre la ville.")
    assert ("attacked", 3.0, A) in rows
    assert not any(t == "shelling" for t, _, _ in rows)


@pytest.mark.parametrize(
    "text",
    [
        "Selon la police, les insurgés se sont emparés du poste de douane mardi.",
        "D'après le préfet, des hommes armés s'étaient emparés du camp de Kadi.",
    ],
)
def test_one_place_seized_after_du(text: str) -> None:
    assert ("seized", 1.0, A) in _rows(text)


def test_places_seized_after_des_are_some() -> None:
    rows = _rows("Selon la police, les insurgés se sont emparés des postes de la frontière.")
    assert ("seized", None, A) in rows


def test_a_partitive_du_after_another_verb_is_no_count() -> None:
    assert not any(t == "seized" for t, _, _ in _rows("Selon la police, ils ont saisi du bétail."))


@pytest.mark.parametrize(
    ("text", "count"),
    [
        ("Selon la police, les insurgés ne se sont pas emparés du poste.", 1.0),
        ("D'après le préfet, les insurgés ne se sont pas emparés de sept camions.", 7.0),
    ],
)
def test_a_negated_reflexive_verb_denies(text: str, count: float) -> None:
    assert ("seized", count, D) in _rows(text)


def test_not_less_than_stays_asserted() -> None:
    rows = _rows("Selon la police, les insurgés n'ont tué pas moins de 12 villageois.")
    assert ("killed", 12.0, A) in rows


@pytest.mark.parametrize(
    "text",
    [
        "Selon le préfet, la gendarmerie a subi de lourdes pertes matérielles.",
        "D'après l'armée, l'ennemi a subi de lourdes pertes matérielles dans la nuit.",
    ],
)
def test_material_losses_are_no_casualties(text: str) -> None:
    assert not any(t == "casualties" for t, _, _ in _rows(text))


@pytest.mark.parametrize(
    "text",
    [
        "Selon le préfet, la gendarmerie a subi de lourdes pertes matérielles et humaines.",
        "D'après l'armée, l'ennemi a subi de lourdes pertes.",
    ],
)
def test_losses_of_men_stay_casualties(text: str) -> None:
    assert any(t == "casualties" for t, _, _ in _rows(text))


@pytest.mark.parametrize(
    ("text", "count"),
    [
        ("Selon le préfet, l'attaque de dizaines de membres de la secte a fait 9 morts.", None),
        ("D'après la police, l'attaque de 80 membres du groupe armé a fait 9 morts.", 80.0),
        ("Selon la police, l'attaque menée par 60 membres de l'EI a fait 9 morts.", 60.0),
    ],
)
def test_members_of_an_armed_group_after_an_attack_are_attackers(text: str, count) -> None:
    rows = _rows(text)
    assert any(t == "attackers" and (count is None or v == count) for t, v, _ in rows)
    assert not any(t == "attacked" for t, _, _ in rows)
    assert ("killed", 9.0, A) in rows


def test_members_of_a_family_are_no_attackers() -> None:
    rows = _rows("Selon la police, l'attaque a tué 9 membres d'une même famille.")
    assert ("killed", 9.0, A) in rows
    assert not any(t == "attackers" for t, _, _ in rows)


@pytest.mark.parametrize(
    "text",
    [
        "Selon le préfet, une patrouille a été prise dans « une embuscade » près du fleuve.",
        "D'après l'armée, une compagnie a été prise dans «une embuscade complexe» mardi.",
    ],
)
def test_one_unit_in_a_quoted_ambush_is_attacked(text: str) -> None:
    assert ("attacked", 1.0, A) in _rows(text)


def test_an_ambush_laid_for_forces_is_an_attack() -> None:
    text = "Le groupe affirme qu'il s'agissait d'une embuscade tendue aux forces de sécurité."
    assert any(t == "attacked" for t, _, _ in _rows(text))


def _values(text: str) -> set[tuple]:
    return {(t, v) for _, t, v, _, _ in claims(text)}


def test_a_range_in_words_and_digits_keeps_both_ends() -> None:
    assert ("killed", "de quatre à 15") in _values(
        "Selon le préfet, l'attaque a fait de quatre à 15 tués."
    )
    assert ("killed", "de 6 à douze") in _values(
        "Selon le préfet, l'attaque a fait de 6 à douze morts."
    )


def test_a_toll_that_changed_keeps_its_new_figure() -> None:
    rows = _rows("Selon le préfet, le bilan est passé de cinq à 17 morts.")
    assert ("killed", 17.0, A) in rows


@pytest.mark.parametrize(
    ("text", "kind", "value"),
    [
        (
            "Selon le préfet, trente villageois au moins ont été tués mardi.",
            "killed",
            "au moins trente",
        ),
        ("D'après l'armée, 30 soldats au moins ont été blessés.", "wounded", "au moins 30"),
    ],
)
def test_a_bound_between_noun_and_verb(text: str, kind: str, value: str) -> None:
    assert (kind, value) in _values(text)


@pytest.mark.parametrize(
    "text",
    [
        "Selon le préfet, 12 boutiques ont été saccagées par les manifestants armés.",
        "D'après la police, les assaillants ont vandalisé 12 écoles.",
    ],
)
def test_ransacked_things_are_damaged(text: str) -> None:
    assert ("damaged", 12.0, A) in _rows(text)


def test_wounded_taken_to_hospital_stay_wounded() -> None:
    rows = _rows("Selon le préfet, 35 blessés ont été acheminés vers l'hôpital régional.")
    assert ("wounded", 35.0, A) in rows
    assert not any(t == "present" for t, _, _ in rows)


def test_troops_sent_stay_present() -> None:
    assert ("present", 300.0, A) in _rows(
        "Selon le préfet, 300 soldats ont été acheminés vers Kadi."
    )

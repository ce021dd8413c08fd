"""Round 21, French numeric claims the rules did not read at all (recall). Invented
sentences.

- A figure of the dead and the wounded together, said after it, is of casualties: "une
  vingtaine de personnes si on compte les soldats morts, blessés et disparus", "30
  victimes, morts et blessés confondus", "40 victimes en comptant les morts et les
  blessés". Near misses: "30 soldats tués, y compris un officier" (the dead), "12 morts et
  30 blessés" (two counts).
- A count's own participle that heads a list ("douze morts, blessés et disparus", "12
  dead, wounded or missing") is casualties, not the wounded and the missing. Near miss:
  "12 tués, dont trois enfants" (the dead, and a part of them).
- Newspapers speak: "Les journaux évoquent …", "selon le quotidien X". Near miss: a
  newspaper that is no voice ("Le journal de 20 heures a été annulé": nothing).
- A toll confirmed by reference with "le nombre" or "le total" ("Le nombre a été confirmé
  par X", "Le nombre de morts a été confirmé par X") is X's claim of the figure given
  before, as "Ce bilan a été confirmé par X" already was. Near miss: "un grand nombre de
  civils" is no toll named.
- A force counted in a relative after it ("les assaillants, qui étaient au nombre de huit",
  "les terroristes », qui étaient au nombre de huit") is the attackers; "les soldats tués,
  qui sont au nombre de douze" the dead. Near miss: "les otages, qui étaient au nombre de
  douze, ont été libérés" (no longer held: nothing).
- A count in words right after a whole date, its day first, is a count ("a fait mardi 3
  février huit victimes", "on 3 March three soldiers were killed"). Near misses: a day or
  a year after its month ("on March 3", "en février 2024") stay dates.
- A source noun with two adjectives joined and no determiner ("a appris l'AFP de sources
  médicale et militaire") is one source, as it was with one ("des sources locales et
  militaires"). Near miss: two bodies ("selon l'armée et les rebelles": two sources).
"""

from __future__ import annotations

import warnings

import pytest
from extract_helpers import claims, figure

import claimtrack as ct

A = "asserts"


def _rows(text: str) -> set[tuple]:
    """(claim_type, figure, stance) of each claim."""
    return {(t, figure(v), st) for _, t, v, _, st in claims(text)}


TOGETHER = [
    "« On peut parler d'une vingtaine de personnes si on compte les soldats morts, blessés "
    "et disparus », a dit le préfet.",
    "Selon le maire, l'attaque a fait une vingtaine de victimes, morts et blessés confondus.",
    "Selon le maire, l'attaque a fait 20 victimes en comptant les morts et les blessés.",
    "Selon un médecin, il y a une vingtaine de morts, blessés et disparus.",
    "D'après l'armée, l'embuscade a fait 20 morts, blessés ou disparus.",
]


@pytest.mark.parametrize("text", TOGETHER)
def test_dead_and_wounded_together_are_casualties(text: str) -> None:
    rows = _rows(text)
    assert ("casualties", 20.0, A) in rows
    assert not any(t in ("killed", "wounded", "missing") for t, _, _ in rows)


def test_casualties_listed_in_english() -> None:
    assert _rows("Police said 12 dead, wounded or missing were reported.") == {
        ("casualties", 12.0, A)
    }


NOT_TOGETHER = [
    ("Selon le maire, 30 soldats ont été tués, y compris un officier.", {"killed"}),
    ("Selon le maire, l'attaque a fait 12 morts et 30 blessés.", {"killed", "wounded"}),
    ("Selon le maire, 12 tués, dont trois enfants, ont été enterrés.", {"killed"}),
]


@pytest.mark.parametrize(("text", "kinds"), NOT_TOGETHER)
def test_not_counted_together(text: str, kinds: set[str]) -> None:
    assert {t for t, _, _ in _rows(text)} == kinds


def test_newspapers_speak() -> None:
    got = claims("Les journaux évoquent des bilans de 11 à 13 morts.")
    assert [(s, t) for s, t, *_ in got] == [("Les journaux", "killed")]
    got = claims("Selon le quotidien Le Soir, 12 soldats ont été tués.")
    assert [(s, t, figure(v)) for s, t, v, *_ in got] == [("le quotidien Le Soir", "killed", 12.0)]


def test_a_newspaper_that_is_no_voice() -> None:
    assert claims("Le journal de 20 heures a été annulé.") == []


def _confirmed(text: str) -> list[tuple]:
    """(source, claim type, value_best, rule) of the claims by reference."""
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        raw = ct.extract(text, "t-1")
    raw = raw[raw["rule"].str.endswith("by reference")]
    return list(zip(raw["source_raw"], raw["claim_type"], raw["value_best"], strict=True))


BEFORE = "Des responsables ont déclaré que cinq soldats étaient morts. "
CONFIRMED = [
    "Le nombre a été confirmé par un officier, qui a aussi accusé les rebelles.",
    "Le nombre de morts a été confirmé par un officier.",
    "Le total a été confirmé par un officier.",
]


@pytest.mark.parametrize("text", CONFIRMED)
def test_number_confirmed_by_a_source(text: str) -> None:
    assert _confirmed(BEFORE + text) == [("un officier", "killed", 5.0)]


def test_a_large_number_is_no_toll_named() -> None:
    assert claims("Un grand nombre de civils a été confirmé par l'ONU.") == []


def test_attackers_counted_in_a_relative() -> None:
    rows = _rows("Selon la police, les assaillants, qui étaient au nombre de huit, ont attaqué.")
    assert ("attackers", 8.0, A) in rows
    text = (
        "« L'attaque est terminée avec la mort de tous les terroristes », qui étaient au "
        "nombre de huit, a ajouté le gouverneur."
    )
    assert ("attackers", 8.0, A) in _rows(text)
    assert ("attackers", 100.0, A) in _rows(
        "The attackers, who were about 100, stormed the base, police said."
    )


def test_dead_counted_in_a_relative() -> None:
    rows = _rows("Selon la police, les soldats tués, qui sont au nombre de douze, sont enterrés.")
    assert ("killed", 12.0, A) in rows


def test_captives_freed_counted_in_a_relative() -> None:
    rows = _rows("Selon la police, les otages, qui étaient au nombre de douze, ont été libérés.")
    assert not any(t == "captured" for t, _, _ in rows)


def test_a_count_in_words_after_a_whole_date() -> None:
    text = "Selon la police, l'attaque a fait mardi 3 février huit victimes civiles."
    assert ("killed", 8.0, A) in _rows(text)
    assert ("killed", 3.0, A) in _rows("Police said that on 3 March three soldiers were killed.")


def test_a_day_or_year_after_its_month_is_no_count() -> None:
    assert _rows("Police said the attack on March 3 killed 12.") == {("killed", 12.0, A)}
    rows = _rows("Selon la police, l'attaque de février 2024 a fait 12 morts.")
    assert rows == {("killed", 12.0, A)}


def test_two_adjectives_joined_without_determiner_are_one_source() -> None:
    got = claims("Une attaque a fait huit morts, a appris l'AFP de sources médicale et militaire.")
    assert [s for s, *_ in got] == ["sources médicale et militaire"]
    got = claims("Une attaque a fait huit morts, selon l'armée et les rebelles.")
    assert sorted(s for s, *_ in got) == ["l'armée", "les rebelles"]

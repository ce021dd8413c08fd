"""Round 19, French counts the rules did not read. Invented sentences.

- Seizure, in its family of verbs: "occupé", "conquis", "pris" (passive), "envahi",
  "se rendre maître de", "mettre la main sur", "faire main basse sur", "tomber entre les
  mains de"; one thing named by its determiner counts one ("la caserne a été occupée").
  Near misses: "occupés à patrouiller", "pris la fuite", "pris part", "pris en otage"
  (captured) keep their own reading.
"""

from __future__ import annotations

import pytest
from extract_helpers import claims, figure

A = "asserts"


def _rows(text: str) -> set[tuple]:
    """(claim_type, figure, stance) of each claim with a figure."""
    return {(t, figure(v), st) for _, t, v, _, st in claims(text) if v is not None}


SEIZED_ONE = [
    "Selon la police, la caserne a été brièvement occupée par les insurgés.",
    "D'après le préfet, le poste a été occupé pendant deux heures par des hommes armés.",
    "Selon la police, la caserne a été prise par les insurgés.",
    "D'après le préfet, le camp a été conquis par des hommes armés.",
    "Selon des témoins, les insurgés se sont rendus maîtres de la caserne.",
    "D'après le préfet, des hommes armés s'étaient rendus maîtres de la localité dimanche.",
    "Selon la police, les insurgés ont conquis la ville samedi.",
]


@pytest.mark.parametrize("text", SEIZED_ONE)
def test_one_thing_seized_by_any_verb_of_seizure(text: str) -> None:
    assert ("seized", 1.0, A) in _rows(text)


SEIZED_COUNTED = [
    "Selon la police, les insurgés ont mis la main sur cinq camions.",
    "D'après le préfet, des hommes armés ont fait main basse sur cinq véhicules.",
    "Selon la police, cinq villages ont été pris par les insurgés.",
    "D'après le préfet, cinq localités sont tombées entre les mains des insurgés.",
    "Selon la police, cinq postes ont été occupés par des hommes armés.",
    "D'après le préfet, les insurgés ont conquis cinq villages.",
]


@pytest.mark.parametrize("text", SEIZED_COUNTED)
def test_things_counted_seized_by_any_verb_of_seizure(text: str) -> None:
    assert ("seized", 5.0, A) in _rows(text)


NOT_SEIZED = [
    "Selon la police, cinq soldats ont pris la fuite.",
    "Selon la police, cinq soldats occupés à patrouiller ont été blessés.",
    "Selon la police, cinq soldats ont été pris en otage.",
]


@pytest.mark.parametrize("text", NOT_SEIZED)
def test_taking_flight_busy_or_hostage_is_no_seizure(text: str) -> None:
    assert not any(t == "seized" for t, _, _ in _rows(text))


# A phrase row is tried before a shorter row of its first word, whatever that row's guard
# of words that may not follow: "pris à partie" is an attack, never a seizure or a capture.
ATTACKED_NOT_TAKEN = [
    "Selon la police, cinq postes ont été pris à partie par des hommes armés.",
    "D'après le préfet, cinq soldats ont été pris à partie près du pont.",
]


@pytest.mark.parametrize("text", ATTACKED_NOT_TAKEN)
def test_a_phrase_row_wins_over_its_first_word(text: str) -> None:
    assert not any(t in ("seized", "captured") for t, _, _ in _rows(text))


# A number after "N°", "numéro", "route", "nationale", "km", "PK" names, it does not count,
# in any case ("la Nationale N°4", "la route n° 7", "au km 12").
LABELS = [
    "« Un rebelle a été capturé sur la Nationale N°4 où l'ennemi a fui », a ajouté le colonel.",
    "« Un rebelle a été capturé près de la route 7 où les civils ont fui », a dit le colonel.",
    "Selon la police, un rebelle a été capturé au km 12 où les habitants avaient fui.",
    "Selon la police, un rebelle a été capturé au numéro 12 où les habitants avaient fui.",
]


@pytest.mark.parametrize("text", LABELS)
def test_a_number_after_a_label_word_is_no_count(text: str) -> None:
    rows = _rows(text)
    assert ("captured", 1.0, A) in rows
    assert not any(t == "displaced" for t, _, _ in rows)


@pytest.mark.parametrize(
    "text",
    [
        "Trois mesures ont été prises par le gouvernement, a indiqué le ministre.",
        "Selon le préfet, deux décisions ont été prises lundi pour sécuriser la ville.",
        "D'après l'armée, quatre dispositions ont été prises autour du camp.",
    ],
)
def test_steps_taken_are_no_seizure(text: str) -> None:
    assert not any(t == "seized" for t, _, _ in _rows(text))


def test_places_taken_still_are() -> None:
    text = "Deux villages ont été pris par les rebelles, a annoncé l'armée."
    assert ("seized", 2, A) in _rows(text)

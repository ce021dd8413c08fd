"""Round 22, French precision: phrases read as sources that are none, and the claims they
took, each tested on invented sentences (never a page's sentence).

- an impersonal "Il" before "impossible / possible / difficile de" and a reporting verb
  ("Il était impossible de confirmer …", "Il n'a pas été possible de vérifier …") names
  no one: the outlet says what it could not check; a toll in it stays with whoever gave
  it ("le bilan « d'au moins 50 » morts avancé par X": X's, its figure in quotation marks
  or not);
- a claim named as a noun after a closing verb ("…,a affirmé la mort d'au moins un civil",
  "a confirmé le décès de …") is what was said, never an inverted subject: the subject
  before the verb speaks, its comma glued to the verb or not.
"""

from __future__ import annotations

import pytest
from extract_helpers import rows

A, D = "asserts", "denies"


def sources(text: str) -> set[str]:
    return {r[0] for r in rows(text)}


# --- an impersonal "Il" is no source ------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Il était impossible de vérifier de source indépendante ces 14 morts.",
        "Il n'a pas été possible de confirmer les 30 blessés évoqués dans la région.",
        "Il est difficile de confirmer ce chiffre de 200 déplacés.",
    ],
)
def test_impersonal_il_is_no_source(text: str) -> None:
    assert not {s for s in sources(text) if s.lower() == "il"}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Il était impossible de vérifier le bilan « d'au moins 40 » morts avancé par le "
            "préfet de la région à la radio nationale.",
            ("le préfet de la région", "killed", "au moins 40", A),
        ),
        (
            'Il était impossible de confirmer le bilan "de 25" morts donné par les rebelles.',
            ("les rebelles", "killed", "25", A),
        ),
        (
            "Il était difficile de vérifier le bilan de 60 morts avancé par le gouverneur.",
            ("le gouverneur", "killed", "60", A),
        ),
    ],
)
def test_toll_in_an_impersonal_sentence_is_its_givers(text: str, expected: tuple) -> None:
    assert expected in rows(text)


def test_a_named_subject_that_could_not_confirm_still_reads() -> None:
    # not impersonal: a subject who confirms speaks ("n'a pas été en mesure" is not touched)
    assert ("Le maire", "killed", "neuf", A) in rows("Le maire a confirmé neuf morts.")


# --- a claim named as a noun is no inverted subject -----------------------------------------


@pytest.mark.parametrize(
    ("text", "source"),
    [
        (
            "Le commandant de la gendarmerie de Kadi, cité par la radio,a confirmé la mort "
            "d'au moins deux civils.",
            "Le commandant de la gendarmerie de Kadi",
        ),
        (
            "Le maire de la commune, joint par téléphone,a annoncé le décès de trois soldats.",
            "Le maire de la commune",
        ),
    ],
)
def test_claim_noun_after_a_glued_comma_is_what_was_said(text: str, source: str) -> None:
    found = rows(text)
    assert found
    assert all(r[0] == source for r in found)
    assert not any(r[0].lower().startswith(("la mort", "le décès")) for r in found)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "« Onze soldats ont été tués », a confirmé le porte-parole de l'armée.",
            ("le porte-parole de l'armée", "killed", "Onze", A),
        ),
        ("Huit civils ont été tués, a indiqué la police.", ("la police", "killed", "Huit", A)),
    ],
)
def test_inverted_subjects_still_speak(text: str, expected: tuple) -> None:
    assert expected in rows(text)

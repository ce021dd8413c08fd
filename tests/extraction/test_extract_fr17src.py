"""Round 17, French attribution read off real reporting (invented sentences, names, places
and figures): the source, claim type, figure and stance of each claim."""

from __future__ import annotations

import pytest

from tests.extraction.extract_helpers import claims

A = "asserts"
D = "denies"


def _got(text: str) -> set[tuple]:
    return {(src, kind, value, stance) for src, kind, value, _, stance in claims(text)}


# A head source is the part before its auxiliary, whatever adverbial stands between the
# auxiliary and the participle: "a dans un premier temps", "a d'abord", "a lui aussi".
AUXILIARY_GAP = [
    (
        "La préfecture a dans un premier temps évoqué un bilan de 7 morts.",
        {("La préfecture", "killed", "7", A)},
    ),
    (
        "Le gouverneur avait d'abord annoncé 15 blessés.",
        {("Le gouverneur", "wounded", "15", A)},
    ),
    (
        "Les secouristes ont dans la soirée de dimanche fait état de 23 morts.",
        {("Les secouristes", "killed", "23", A)},
    ),
    (
        "Le porte-parole de la police a lui aussi évoqué 9 morts.",
        {("Le porte-parole de la police", "killed", "9", A)},
    ),
]
# "ayant" before the claim's participle is no part of who claims it.
HAVING_CLAIMED = [
    (
        "Un groupe armé ayant revendiqué l'attaque a affirmé avoir tué 8 soldats.",
        {("Un groupe armé", "killed", "8", A), ("Un groupe armé", "responsibility", None, A)},
    ),
]
# A relative's own auxiliary is no end of the subject; an "à" is no auxiliary.
NOT_AUXILIARY_GAP = [
    (
        "Un élu qui a requis l'anonymat a évoqué 11 morts.",
        {("Un élu qui a requis l'anonymat", "killed", "11", A)},
    ),
]


@pytest.mark.parametrize(("text", "expected"), AUXILIARY_GAP + HAVING_CLAIMED + NOT_AUXILIARY_GAP)
def test_french_sources_round17(text: str, expected: set[tuple]) -> None:
    assert _got(text) == expected


# An inverted source ends where a clause joined by "et que" begins: "des chiffres réfutés
# par X et qu'il était impossible de vérifier" is X's denial.
DENIED_THEN_CLAUSE = [
    (
        "La police a annoncé 40 morts, des chiffres réfutés par les rebelles et qu'il était "
        "impossible de confirmer.",
        {("La police", "killed", "40", A), ("les rebelles", "killed", "40", D)},
    ),
]
# A conjunct that opens with a preposition goes on with the complement before it: one
# source, not two ("des sources au sein de la police et d'une milice").
OF_CONJUNCT = [
    (
        "Des sources au sein de la police et d'une milice locale ont affirmé que 6 civils "
        "avaient été tués.",
        {("Des sources au sein de la police et d'une milice locale", "killed", "6", A)},
    ),
    (
        "Des habitants et des élus ont affirmé que 6 civils avaient été tués.",
        {("Des habitants", "killed", "6", A), ("des élus", "killed", "6", A)},
    ),
]
# "elle" after a plural source stands for the latest single source that agrees with it,
# never a toll ("Le bilan …"): none, and it stays as written.
ONE_AFTER_MANY = [
    (
        "Le bilan des gendarmes tués reste flou. Certaines sources parlaient de 4 morts. "
        "Selon elle, 9 gendarmes ont été tués.",
        {("Certaines sources", "killed", "4", A), ("elle", "killed", "9", A)},
    ),
    (
        "La gendarmerie a publié un communiqué. Certaines sources parlaient de 4 morts. "
        "Selon elle, 9 gendarmes ont été tués.",
        {("Certaines sources", "killed", "4", A), ("La gendarmerie", "killed", "9", A)},
    ),
]


@pytest.mark.parametrize(("text", "expected"), DENIED_THEN_CLAUSE + OF_CONJUNCT + ONE_AFTER_MANY)
def test_french_source_extents_round17(text: str, expected: set[tuple]) -> None:
    assert _got(text) == expected


# A quotation that opens a sentence with no source goes on with the source before it, when
# that one's words held a quotation too, whatever its frame ("Selon X, … « … ». « … »").
QUOTE_GOES_ON = [
    (
        'Selon la gendarmerie, l\'opération a permis de tuer "14 assaillants". "Une '
        'vingtaine de motos ont également été saisies" sur les fuyards.',
        {
            ("la gendarmerie", "killed", "14", A),
            ("la gendarmerie", "seized", "Une vingtaine", A),
        },
    ),
]


@pytest.mark.parametrize(("text", "expected"), QUOTE_GOES_ON)
def test_french_quote_goes_on_round17(text: str, expected: set[tuple]) -> None:
    assert _got(text) == expected


# A claim noun after a denial verb is what is denied, with or without its owner: the
# subject before the verb denies ("X dément cette déclaration"), never the noun (and, since
# round 19, it denies the claim just before by its type, as "denied the claim" does).
CLAIM_NOUN_DENIED = [
    (
        "Les rebelles affirment avoir pris la ville. Le colonel Ali Bako, porte-parole de "
        "l'armée, dément cette déclaration.",
        {("Les rebelles", "seized", "la ville", A), ("l'armée", "seized", None, D)},
    ),
]


@pytest.mark.parametrize(("text", "expected"), CLAIM_NOUN_DENIED)
def test_french_claim_noun_denied_round17(text: str, expected: set[tuple]) -> None:
    assert _got(text) == expected

"""Round 21, French precision: sources and stances the rules got wrong, each tested on
invented sentences of different wording (never a page's sentence).

- a reporting verb under a restrictive negation ("X ne parle que de 12 morts", "X n'a
  fait état que de 12 morts", "X, eux, ne font état que de …", "X n'a évoqué que trois
  blessés", "X n'a fait état d'aucun mort") is X's assertion: the clitic "ne"/"n'" is
  part of the verb, never of the source; a plain negation ("ne confirme pas") still
  reports nothing;
- a relative "qui (ne) parlent (que) de N morts" right after the agent of a passive
  denial ("un bilan démenti par X, qui ne parlent que de 12 morts") is X's own figure,
  asserted, while X denies what came before;
- "contredit par X" (and "contradicted by X") is the passive of a denial, as "démenti par
  X" is: "Ce bilan est contredit par X" is X's denial;
- "les services" ("les services de sécurité", "de santé") is a source noun.
"""

from __future__ import annotations

import pytest
from extract_helpers import rows

A, D = "asserts", "denies"


# --- a restrictive negation: "ne … que" -----------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Le préfet de la région ne parle que de neuf morts.",
            ("Le préfet de la région", "killed", "neuf", A),
        ),
        (
            "La gendarmerie n'a fait état que de 14 blessés après l'embuscade.",
            ("La gendarmerie", "wounded", "14", A),
        ),
        (
            "Les autorités locales, elles, ne font état que de 7 morts à Dori.",
            ("Les autorités locales", "killed", "7", A),
        ),
        (
            "Le maire de la commune n'a évoqué que deux civils tués.",
            ("Le maire de la commune", "killed", "deux", A),
        ),
        (
            "Le gouverneur n'a fait état d'aucun mort parmi les civils.",
            ("Le gouverneur", "killed", "aucun", A),
        ),
    ],
)
def test_restrictive_negation_is_the_speakers_assertion(text: str, expected: tuple) -> None:
    assert expected in rows(text)
    assert not any(r[0].endswith((" n'", " ne")) for r in rows(text))


@pytest.mark.parametrize(
    "text",
    [
        "Le ministère ne confirme pas le bilan de 30 morts.",
        "L'état-major n'a pas confirmé que 30 soldats ont été tués.",
    ],
)
def test_plain_negation_reports_nothing(text: str) -> None:
    assert not any(r[0].startswith(("Le ministère", "L'état-major")) for r in rows(text))


def test_relative_after_a_passive_denial_is_the_agents_own_figure() -> None:
    text = (
        "Selon l'armée, 60 assaillants ont été tués, un chiffre démenti par les insurgés, "
        "qui ne parlent que de trois morts."
    )
    got = rows(text)
    assert ("les insurgés", "killed", "trois", A) in got
    assert ("les insurgés", "killed", "trois", D) not in got
    assert ("les insurgés", "killed", "60", D) in got


# --- "contredit par X": a passive denial ------------------------------------------------------


def test_contradicted_by_is_a_denial() -> None:
    text = "Trente villageois ont péri, selon des élus locaux. Ce bilan est contredit par l'armée."
    assert ("l'armée", "killed", None, D) in rows(text)


def test_contradicted_by_then_its_own_figure() -> None:
    text = (
        "Une radio locale parle de 40 morts. Ce bilan est contredit par les services de "
        "santé de la province, qui ne parlent que de 22 morts."
    )
    assert ("les services de santé de la province", "killed", "22", A) in rows(text)


def test_the_verb_contredire_with_an_object_is_no_passive() -> None:
    # an active "contredit" with an object and no "par" stays a frame of its subject
    text = "Le ministre contredit les affirmations des rebelles."
    assert not any(r[1] == "killed" and r[2] is not None for r in rows(text))


# --- "les services" as a source --------------------------------------------------------------


def test_services_speak() -> None:
    text = "Les services de sécurité ont fait état de 12 morts dans l'attaque du poste."
    assert ("Les services de sécurité", "killed", "12", A) in rows(text)

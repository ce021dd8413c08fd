"""Round 21, French attribution: general causes read from pages, each tested on invented
sentences of different wording (never a page's sentence).

- a claim of responsibility in a bare participle ("une embuscade revendiquée par X",
  "l'attentat, revendiqué samedi par X, …") is the claimant's, whoever tells the rest of the
  sentence ("selon des sources sécuritaires", "a-t-on appris de …"); the toll around it stays
  with that voice, and with no voice it is the outlet's (the claimant takes no count); an
  active "X a revendiqué par ailleurs …" is X's own head frame, not a participle;
- a stressed pronoun between the auxiliary and the participle ("X, un commandant de Y,
  avait lui annoncé …", "ont eux aussi affirmé") is no part of the source, which keeps its
  apposition; a clitic before the auxiliary ("lui a dit") is no stressed pronoun;
- a role's body after a typeset apostrophe ("un commandant d’une milice") is the body
  without its "d’", as after a straight one;
- a role with a possessive ("Leur porte-parole, X", "son porte-parole") speaks for the
  latest body named that agrees with the possessive in number (not merely the last
  source: "leur" a plural body, "son" a singular one).
"""

from __future__ import annotations

import pytest
from extract_helpers import rows

import claimtrack as ct

A, D = "asserts", "denies"


# --- the claimant of a bare participle "revendiqué par X" --------------------------------


@pytest.mark.parametrize(
    ("text", "claimant", "teller", "figure"),
    [
        (
            "Quatorze gendarmes ont péri dans une embuscade revendiquée par le Front du "
            "Macina, selon des sources sécuritaires.",
            "le Front du Macina",
            "des sources sécuritaires",
            "Quatorze",
        ),
        (
            "Un attentat-suicide revendiqué par le groupe Ansarul Islam a fait au moins neuf "
            "morts sur le marché de Kona, a-t-on appris de sources hospitalières.",
            "le groupe Ansarul Islam",
            "sources hospitalières",
            "au moins neuf",
        ),
        (
            "L'attaque du poste de Dori, revendiquée jeudi par l'Etat islamique, a fait 23 "
            "morts, a indiqué le gouverneur.",
            "l'Etat islamique",
            "le gouverneur",
            "23",
        ),
    ],
)
def test_a_bare_participle_claim_is_the_claimants(
    text: str, claimant: str, teller: str, figure: str
) -> None:
    got = rows(text)
    assert (claimant, "responsibility", None, A) in got
    assert not any(r[1] == "responsibility" and r[0] == teller for r in got)
    assert any(r[0] == teller and r[2] == figure for r in got)  # the toll stays the teller's
    assert not any(r[0] == claimant and r[2] == figure for r in got)


def test_a_head_goes_on_past_a_claimant() -> None:
    got = rows(
        "Le préfet a affirmé que 12 soldats avaient été tués dans une embuscade revendiquée "
        "par le Front du Macina et que 20 civils avaient été blessés."
    )
    assert ("Le préfet", "wounded", "20", A) in got
    assert ("le Front du Macina", "responsibility", None, A) in got


def test_with_no_voice_the_claimant_takes_no_toll() -> None:
    got = rows("Douze villageois ont été tués dans une attaque revendiquée par le Front du Macina.")
    assert {r[1] for r in got if r[0] == "le Front du Macina"} == {"responsibility"}


@pytest.mark.parametrize(
    "text",
    [
        # an active claim: the subject's own frame
        "Le Front du Macina a revendiqué par ailleurs la prise de deux camions.",
        # a full passive stays a passive
        "L'embuscade a été revendiquée par le Front du Macina, a affirmé le préfet.",
    ],
)
def test_no_bare_participle_there(text: str) -> None:
    got = rows(text)
    assert not any(r for r in ct.extract(text).itertuples() if r.rule.startswith("claimant"))
    assert any(r[0] == "le Front du Macina" or r[0] == "Le Front du Macina" for r in got)


# --- a stressed pronoun after the auxiliary -------------------------------------------------


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "Ali Sow, un commandant de la milice, joint par téléphone, avait lui annoncé un "
            "bilan de 9 villageois tués.",
            "Ali Sow, un commandant de la milice",
        ),
        (
            "Le porte-parole de la police, le commissaire Ali Sow, a lui affirmé que 9 "
            "villageois ont été tués.",
            "Le porte-parole de la police, le commissaire Ali Sow",
        ),
    ],
)
def test_a_stressed_pronoun_after_the_auxiliary_is_no_source(text: str, speaker: str) -> None:
    frame = ct.extract(text)
    assert list(frame["speaker"]) == [speaker]
    assert list(frame["value"]) == ["9"]


def test_a_stressed_plural_pronoun_keeps_its_subject() -> None:
    got = rows("Les habitants ont eux aussi affirmé que 9 villageois ont été tués.")
    assert got == [("Les habitants", "killed", "9", A)]


def test_a_clitic_before_the_auxiliary_is_no_stressed_pronoun() -> None:
    got = rows("Le maire lui a dit que 9 villageois ont été tués.")
    assert got == [("Le maire", "killed", "9", A)]


# --- a typeset apostrophe before a role's body ------------------------------------------


@pytest.mark.parametrize("apostrophe", ["'", "’"])
def test_a_roles_body_after_either_apostrophe(apostrophe: str) -> None:
    frame = ct.extract(
        f"Ali Sow, un commandant d{apostrophe}une milice locale, a annoncé que 9 villageois "
        "ont été tués."
    )
    assert list(frame["source_raw"]) == ["une milice locale"]


# --- a role with a possessive ------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "body", "speaker"),
    [
        (
            "Les rebelles du Front du Macina ont revendiqué l'embuscade. L'armée a annoncé 12 "
            "morts. Leur porte-parole, Ali Sow, a affirmé que 40 soldats ont été tués.",
            "Les rebelles du Front du Macina",
            "Leur porte-parole, Ali Sow",
        ),
        (
            "Les rebelles ont revendiqué l'embuscade. La gendarmerie a annoncé 12 morts. Son "
            "porte-parole, le capitaine Ali Sow, a ajouté que 4 civils ont été tués.",
            "La gendarmerie",
            "Son porte-parole, le capitaine Ali Sow",
        ),
    ],
)
def test_a_possessive_role_speaks_for_the_body_that_agrees(
    text: str, body: str, speaker: str
) -> None:
    frame = ct.extract(text)
    last = frame[frame["speaker"] == speaker]
    assert list(last["source_raw"]) == [body]


def test_a_possessive_with_no_body_before_stays_as_written() -> None:
    got = rows("Leur porte-parole a affirmé que 40 soldats ont été tués.")
    assert [r[0] for r in got] == ["Leur porte-parole"]

"""Round 20, French attribution: general causes read from pages, each tested on invented
sentences of different wording (never a page's sentence).

- a claim of responsibility in the passive ("…, dont une a été revendiquée par X", "…, a été
  revendiquée par X, a affirmé Y") is the claimant's, whoever tells the rest of the sentence;
  the figures around it stay with the voice that tells them;
- the French auxiliary after an agent's comma ("…par X, a affirmé Y") is no English "a" of
  an apposition ("X, a farmer"): the agent ends at the comma;
- an affiliation after a body's name or its description ("X (ACR), la principale alliance
  du Sahel, liée à Y, a revendiqué", "X, the main alliance, linked to Y, said") is no part
  of the source: the name speaks, not the description;
- a pronoun after a sentence whose subject is a figure or a document someone gave ("Le
  bilan donné par l'ONG est plus lourd. Selon elle, …", "Le rapport du gouvernement …. Selon
  lui, …") stands for who gave it; a figure with no one behind it ("le bilan de l'attaque")
  gives the pronoun nothing;
- an account called unfounded with a negation ("… ne sont pas fondées", "n'est nullement
  fondé", "dénuées de tout fondement") denies the count inside it, as "… sont fausses" does;
- the other side's account called propaganda by what it does ("Ils font de la propagande",
  "they are spreading lies") is a denial with no figure, as "C'est de la propagande" is.
"""

from __future__ import annotations

import pytest
from extract_helpers import rows

from claimtrack.extraction.french_discourse import figure_owner

A, D = "asserts", "denies"


# --- the claimant of a passive claim of responsibility ---------------------------------


@pytest.mark.parametrize(
    ("text", "claimant", "teller", "figure"),
    [
        (
            "Un bilan de la gendarmerie fait état de onze civils tués dans trois attaques, "
            "dont deux ont été revendiquées par le groupe Ansarul Islam.",
            "le groupe Ansarul Islam",
            "Un bilan de la gendarmerie",
            "onze",
        ),
        (
            "L'embuscade, qui a fait 14 morts, a été revendiquée par le Front du Macina, a "
            "affirmé le préfet.",
            "le Front du Macina",
            "le préfet",
            "14",
        ),
        (
            "The governor said 9 people died in the bombing, which was claimed by the "
            "Pakistani Taliban.",
            "the Pakistani Taliban",
            "The governor",
            "9",
        ),
    ],
)
def test_a_passive_claim_of_responsibility_is_the_claimants(
    text: str, claimant: str, teller: str, figure: str
) -> None:
    got = rows(text)
    assert (claimant, "responsibility", None, A) in got
    assert not any(r[1] == "responsibility" and r[0] == teller for r in got)
    assert any(r[0] == teller and r[2] == figure for r in got)  # the toll stays the teller's


def test_an_active_claim_inside_a_voice_stays_as_before() -> None:
    # (no passive: who claims is the subject, read by the claim frame)
    got = rows("Le groupe Ansarul Islam a revendiqué l'attaque de Kona, selon le préfet.")
    assert {r[0] for r in got if r[1] == "responsibility"} <= {
        "Le groupe Ansarul Islam",
        "le préfet",
    }


def test_the_agent_ends_at_the_comma_before_a_french_auxiliary() -> None:
    got = rows("L'attaque a été revendiquée par le groupe armé, a indiqué le gouverneur.")
    assert ("le groupe armé", "responsibility", None, A) in got


def test_an_english_apposition_after_a_comma_still_describes() -> None:
    # "a farmer" after the comma is what the witness is, not an auxiliary
    got = rows("Twelve people died, according to a witness, a farmer.")
    assert {r[0] for r in got} == {"a witness"}


# --- an affiliation after a name is no source --------------------------------------------


@pytest.mark.parametrize(
    ("text", "source"),
    [
        (
            "Le Front de libération du Macina (FLM), la principale alliance rebelle de la "
            "région, liée à Al-Qaïda, a revendiqué l'attaque.",
            "Le Front de libération du Macina (FLM)",
        ),
        (
            "Le Front de libération du Macina, le principal groupe armé, affilié à l'EI, a "
            "affirmé avoir tué 12 soldats.",
            "Le Front de libération du Macina",
        ),
        (
            "The Macina Liberation Front, the main rebel alliance, linked to al-Qaeda, said "
            "it killed 12 soldiers.",
            "The Macina Liberation Front",
        ),
        ("Le FLM, proche d'Al-Qaïda, a affirmé avoir tué 12 soldats.", "Le FLM"),
    ],
)
def test_an_affiliation_after_a_name_is_no_source(text: str, source: str) -> None:
    assert {r[0] for r in rows(text)} == {source}


def test_a_source_close_to_a_body_keeps_its_words() -> None:
    # no comma: "proche des services" is what the source is
    text = "Une source proche des services de sécurité a affirmé que 12 soldats ont été tués."
    assert {r[0] for r in rows(text)} == {"Une source proche des services de sécurité"}


# --- a pronoun after a figure someone gave ------------------------------------------------


@pytest.mark.parametrize(
    ("phrase", "pronoun", "owner"),
    [
        ("le bilan donné par l'ONG locale", "elle", "l'ONG locale"),
        ("les chiffres avancés mardi par les rebelles", "ils", "les rebelles"),
        ("le rapport du gouvernement", "il", "le gouvernement"),
        ("Le communiqué de la police", "elle", "la police"),
        ("le bilan de l'armée", "il", None),  # "il" is not the army
        ("le bilan de l'attaque", "elle", None),  # an attack gives no figure
        ("le bilan des morts", "ils", None),
    ],
)
def test_who_gave_a_figure(phrase: str, pronoun: str, owner: str | None) -> None:
    assert figure_owner(phrase, pronoun) == owner


def test_selon_elle_after_a_figure_given_by_a_body() -> None:
    text = (
        "Des témoins parlaient de trois morts. Mais le bilan donné par l'ONG locale est plus "
        "lourd. Selon elle, cinq gardes et sept soldats ont été tués."
    )
    got = rows(text)
    assert ("l'ONG locale", "killed", "sept", A) in got
    assert not any(r[0] == "elle" for r in got)


def test_a_pronoun_after_a_figure_with_no_author_stays_unresolved() -> None:
    got = rows("Le bilan de l'attaque est lourd. Selon elle, sept soldats ont été tués.")
    assert not any(r[0] == "Le bilan de l'attaque" for r in got)


# --- an account called unfounded ---------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "« Les récits sur le massacre de plus de 80 villageois ne sont pas fondés », a "
        "déclaré le colonel Ali Sow.",
        "Le ministre a affirmé que les informations faisant état de 80 morts n'étaient "
        "nullement fondées.",
        "Le bilan de 80 morts est dénué de tout fondement, a dit le gouverneur.",
    ],
)
def test_an_account_called_unfounded_denies_its_count(text: str) -> None:
    got = rows(text)
    assert any(r[1] == "killed" and "80" in str(r[2]) and r[3] == D for r in got)
    assert not any(r[1] == "killed" and r[3] == A for r in got)


def test_fears_called_founded_deny_nothing() -> None:
    got = rows("Les craintes étaient fondées : 30 civils ont été tués, a dit le maire.")
    assert ("le maire", "killed", "30", A) in got


# --- the other side's account called propaganda by what it does ---------------------------


@pytest.mark.parametrize(
    ("text", "denier"),
    [
        (
            "« Ils font comme toujours de la propagande. Nous ne répondrons pas », a déclaré "
            "un responsable du ministère de la Défense.",
            "un responsable du ministère de la Défense",
        ),
        (
            'The rebels claimed 40 kills. "The rebels are spreading lies," an officer said.',
            "an officer",
        ),
    ],
)
def test_propaganda_told_by_what_the_other_side_does_is_a_denial(text: str, denier: str) -> None:
    assert (denier, "denied", None, D) in rows(text)


def test_propaganda_told_by_no_source_denies_nothing() -> None:
    text = "Le groupe fait de la propagande sur les réseaux sociaux depuis des années."
    assert not any(r[1] == "denied" for r in rows(text))

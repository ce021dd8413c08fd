"""French subject pronouns across sentences, and the reporting verbs' forms that open a
parse. Every sentence here is invented."""

from __future__ import annotations

import pytest
from extract_helpers import claims

from claimtrack.extraction.french_discourse import antecedent
from claimtrack.extraction.french_sources import SPEAKING
from claimtrack.extraction.sentences import shadow, split_sentences


@pytest.mark.parametrize(
    ("text", "pronoun", "expected"),
    [
        ("Le maire de la commune s'est rendu sur place.", "il", "Le maire de la commune"),
        ("La ministre a visité les blessés à l'hôpital.", "elle", "La ministre"),
        ("Des habitants ont fui vers la ville voisine.", "ils", "Des habitants"),
        ("Le GSIM a publié une vidéo montrant des corps.", "il", "Le GSIM"),  # an acronym
        # a role and its name, either order, stay together
        (
            "Le porte-parole du mouvement, Ali Koné, a qualifié ce bilan de mensonge.",
            "il",
            "Le porte-parole du mouvement, Ali Koné",
        ),
        (
            "Ali Koné, porte-parole du mouvement, a qualifié ce bilan de mensonge.",
            "il",
            "Ali Koné, porte-parole du mouvement",
        ),
    ],
)
def test_a_pronoun_stands_for_the_subject_before_it(text, pronoun, expected):
    assert antecedent(split_sentences(text)[0], pronoun) == expected


@pytest.mark.parametrize(
    ("text", "pronoun"),
    [
        ("L'armée a démenti ces informations.", "il"),  # gender
        ("Les soldats ont quitté la base.", "il"),  # number
        ("Le bilan reste incertain.", "il"),  # no one who speaks
        ("Le village a été attaqué à l'aube.", "il"),  # a passive subject undergoes
    ],
)
def test_a_pronoun_that_does_not_agree_or_cannot_speak_keeps_the_last_source(text, pronoun):
    assert antecedent(split_sentences(text)[0], pronoun) is None


def test_the_pronoun_after_a_sentence_without_a_source_is_its_subject():
    text = (
        "L'armée a affirmé avoir tué 20 assaillants. Le porte-parole du mouvement, Ali Koné,"
        " a qualifié ce bilan de mensonge. « Nous n'avons perdu que deux hommes », a-t-il"
        " déclaré."
    )
    rows = {(r[1], r[2]): r[0] for r in claims(text, lang="fr")}
    assert rows[("killed", "20")] == "L'armée"
    assert rows[("killed", "deux")] == "le mouvement"


def test_a_pronoun_keeps_the_last_source_when_the_subject_before_cannot_speak():
    text = (
        "Le gouverneur a annoncé la mort de 12 soldats. Le bilan reste provisoire. Il a"
        " ajouté que 5 assaillants avaient été tués."
    )
    sources = {r[0] for r in claims(text, lang="fr") if r[2] in ("12", "5")}
    assert sources == {"Le gouverneur"}


@pytest.mark.parametrize(
    "form", ["a-t-on appris", "ont reconnu", "dit-il", "avait déclaré", "selon", "D'après"]
)
def test_every_form_of_a_reporting_verb_opens_a_parse(form):
    assert SPEAKING.search(shadow(form))

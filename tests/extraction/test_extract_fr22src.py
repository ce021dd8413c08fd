"""Round 22, French sources and attribution: general causes read from pages, each tested on
invented sentences of different wording (never a page's sentence).

- a source phrase ends before a clause of its own that follows the speaker with no comma:
  a participle of speech ("…», a affirmé le ministre précisant : « … »") or a conjunction
  ("… alors que …", "… tandis que …", "… avant de …", "… lorsque …", "… sans …"); a
  relative clause stays in the phrase ("Des habitants qui ont fui quand …");
- a clause "que …" after an inverted verb and its listener is what was said, never the
  inverted subject ("…, ont confié à Reuters qu'au moins huit soldats …"); a subject set
  off by a stray comma before such a verb is its source ("D'autres sources, qui …, ont
  confié à X que …"), its determiner "D'" kept;
- a count's aside ", dont trois enfants," before an inverted verb is no relative clause
  of a subject before it: "…, dont trois enfants, a fait savoir X" is X's toll;
- one service speaks as the services do ("le service d'Etat pour les urgences a fait
  savoir …");
- a document's participle with no comma speaks for its author, the claimant before it:
  "X a revendiqué l'attaque dans un message sur Telegram affirmant que …" is X's, not the
  object's ("l'attaque dans un message sur Telegram" is no source).
"""

from __future__ import annotations

import pytest
from extract_helpers import rows

A = "asserts"


# --- a clause after the speaker is no part of the source ------------------------------


@pytest.mark.parametrize(
    ("text", "source", "figure"),
    [
        (
            "« Neuf gendarmes ont été tués », a déclaré le gouverneur précisant : « la "
            "situation est sous contrôle ».",
            "le gouverneur",
            "Neuf",
        ),
        (
            "« Il y a au moins 14 morts », a indiqué un élu local alors que des témoins "
            "évoquaient un bilan plus lourd.",
            "un élu local",
            "au moins 14",
        ),
        (
            "« Il y a 31 blessés », a confié un infirmier tandis que les secours "
            "arrivaient sur place.",
            "un infirmier",
            "31",
        ),
        (
            "« Sept soldats ont péri », a assuré le porte-parole avant de quitter la salle.",
            "le porte-parole",
            "Sept",
        ),
        (
            "« Douze villageois ont été tués », a raconté un témoin lorsque les journalistes "
            "l'ont interrogé.",
            "un témoin",
            "Douze",
        ),
    ],
)
def test_clause_after_the_speaker_is_cut(text: str, source: str, figure: str) -> None:
    found = rows(text)
    assert found
    assert all(r[0] == source for r in found), found
    assert any(r[2] == figure for r in found), found


def test_a_relative_clause_stays_in_the_source() -> None:
    text = (
        "Des habitants qui ont fui quand les rebelles sont arrivés ont affirmé que 15 civils "
        "ont été tués."
    )
    assert rows(text) == [("Des habitants qui ont fui", "killed", "15", A)]


def test_a_comma_before_the_participle_was_read_already() -> None:
    text = "« Il y a 15 morts », a affirmé le préfet, soulignant que les combats continuent."
    assert [r[0] for r in rows(text)] == ["le préfet"]


# --- what was said after a listener is no inverted subject ----------------------------


def test_a_que_clause_after_the_listener_is_no_source() -> None:
    text = (
        "D'autres sources sécuritaires qui ont requis l'anonymat, ont aussi confié à RFI "
        "qu'au moins onze policiers avaient été tués."
    )
    found = rows(text)
    assert (
        "D'autres sources sécuritaires qui ont requis l'anonymat",
        "killed",
        "au moins onze",
        A,
    ) in found
    assert not any(r[0].lower().startswith("qu") for r in found), found


def test_an_inverted_source_after_its_listener_still_speaks() -> None:
    text = "Dix-huit civils sont morts, a affirmé à RFI un notable de la ville."
    assert [r[0] for r in rows(text)] == ["un notable de la ville"]


# --- a count's aside before an inverted verb ----------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Les bombardements ont fait vingt morts dans le quartier, dont quatre enfants, a fait "
        "savoir la protection civile.",
        "Les frappes ont fait vingt morts dans le quartier, dont une femme et ses deux filles, "
        "a indiqué la protection civile.",
    ],
)
def test_a_count_aside_is_no_relative(text: str) -> None:
    found = rows(text)
    assert ("la protection civile", "killed", "vingt", A) in found, found


def test_a_relative_of_the_subject_still_closes_it() -> None:
    # "dont le frère a été tué" is the mayor's relative: the mayor is the head source
    text = "Le maire, dont le frère a été tué, a affirmé que 12 civils sont morts."
    assert rows(text) == [("Le maire", "killed", "12", A)]


# --- one service speaks ---------------------------------------------------------------------


def test_a_service_speaks() -> None:
    text = (
        "Par ailleurs, le service national des urgences a fait savoir plus tôt que 30 "
        "personnes ont été tuées."
    )
    assert rows(text) == [("le service national des urgences", "killed", "30", A)]


def test_a_service_that_is_no_subject_speaks_for_nothing() -> None:
    text = "Douze soldats en service ont été tués lundi dans une embuscade."
    assert all(r[0] != "service" for r in rows(text))


# --- a document's participle speaks for its author -------------------------------------


@pytest.mark.parametrize(
    ("text", "source", "figure"),
    [
        (
            "Le chef des rebelles, Ali Sow, a revendiqué l'embuscade dans un message sur "
            "Telegram affirmant que « 17 gendarmes ont été tués ».",
            "Le chef des rebelles",
            "17",
        ),
        (
            "Le mouvement a revendiqué l'attaque dans un communiqué précisant que neuf soldats "
            "ont été tués.",
            "Le mouvement",
            "neuf",
        ),
    ],
)
def test_a_document_participle_is_its_authors(text: str, source: str, figure: str) -> None:
    found = rows(text)
    assert (source, "killed", figure, A) in found, found
    assert (source, "responsibility", None, A) in found, found
    assert not any("dans un" in r[0] for r in found), found


def test_a_document_without_a_participle_speaks_for_nothing() -> None:
    assert rows("Le maire a lu un communiqué à la radio nationale.") == []


def test_a_statement_claiming_the_attack_is_its_publishers_claim() -> None:
    # "revendiquant" after the document: the publisher's claim of responsibility
    found = rows("Le mouvement a publié un communiqué revendiquant l'embuscade de la veille.")
    assert [r[:2] for r in found] == [("Le mouvement", "responsibility")], found

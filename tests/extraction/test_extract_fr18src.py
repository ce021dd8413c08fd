"""Round 18, French attribution: general causes of who speaks. Invented sentences only.

- An opening "selon X" closed by an outlet that relays it ("…, a rapporté l'AFP",
  "…, Reuters reported"): X speaks, the outlet only relays; a toll without author ("selon
  un bilan provisoire") or a closing voice that does not relay keeps the closing voice.
- A source phrase with a role and a person in apposition may be long ("Selon le
  commandant de la zone militaire de la région de X, le colonel Y, …").
"""

from __future__ import annotations

import pytest
from extract_helpers import claims

A = "asserts"


def _rows(text: str) -> set[tuple]:
    """(source_raw, claim_type, value, stance) of each claim with a figure."""
    return {(s, t, v, st) for s, t, v, _, st in claims(text) if v is not None}


@pytest.mark.parametrize(
    ("text", "source", "value"),
    [
        (
            "Selon le préfet de Kona, « neuf villageois ont été tués », a rapporté l'AFP.",
            "le préfet de Kona",
            "neuf",
        ),
        (
            "D'après un élu local, onze civils ont été tués à Kona, rapporte Reuters.",
            "un élu local",
            "onze",
        ),
        (
            "According to the district governor, 14 villagers were killed in Kona, AP reported.",
            "the district governor",
            "14",
        ),
        (
            "Lundi, selon un médecin de l'hôpital, sept civils ont été tués, écrit le journal.",
            "un médecin de l'hôpital",
            "sept",
        ),
    ],
)
def test_opening_according_closed_by_a_relay(text: str, source: str, value: str) -> None:
    assert {(s, v) for s, t, v, st in _rows(text) if t == "killed"} == {(source, value)}


def test_authorless_toll_or_other_voice_keeps_the_closing_source() -> None:
    text = "Selon un bilan provisoire, neuf soldats ont été tués, a rapporté une source militaire."
    assert ("une source militaire", "killed", "neuf", A) in _rows(text)
    text = "Selon un élu local, neuf soldats ont été tués, a démenti l'armée."
    assert all(s != "un élu local" or st == A for s, _, _, st in _rows(text))


@pytest.mark.parametrize(
    ("text", "source"),
    [
        (
            "Selon le commandant de la zone militaire de la région de Kona au Mali, le colonel "
            "Issa Traoré, « douze soldats ont été tués ».",
            "le commandant de la zone militaire de la région de Kona au Mali",
        ),
        (
            "D'après le directeur de l'hôpital régional de la ville de Kona au nord du Mali, "
            "le docteur Ali Maïga, douze blessés ont été admis.",
            "le directeur de l'hôpital régional de la ville de Kona au nord du Mali",
        ),
    ],
)
def test_long_role_then_person_in_apposition(text: str, source: str) -> None:
    got = {s for s, _, _, _ in _rows(text)}
    assert got
    assert all(s.startswith(source) for s in got)


# One noun with two adjectives joined by "et" is one source, not two.
@pytest.mark.parametrize(
    ("text", "source"),
    [
        (
            "Des sources sécuritaires et militaires ont affirmé que neuf soldats ont été tués.",
            "Des sources sécuritaires et militaires",
        ),
        (
            "Neuf civils ont été tués à Kona, ont indiqué des témoins locaux et humanitaires.",
            "des témoins locaux et humanitaires",
        ),
    ],
)
def test_adjectives_joined_are_one_source(text: str, source: str) -> None:
    assert {s for s, _, _, _ in _rows(text)} == {source}


def test_two_nouns_joined_stay_two_sources() -> None:
    text = "Des habitants et des militaires ont affirmé que neuf soldats ont été tués."
    assert {s for s, _, _, _ in _rows(text)} == {"Des habitants", "des militaires"}


# An adverb or pronoun between the auxiliary and a verb of posting or telling.
@pytest.mark.parametrize(
    ("text", "source"),
    [
        ("Les gendarmes avaient déjà tweeté un bilan de six morts à Kona.", "Les gendarmes"),
        ("Le préfet a lui aussi signalé que six civils ont été tués à Kona.", "Le préfet"),
        ("L'armée aurait initialement communiqué que six soldats ont été tués.", "L'armée"),
    ],
)
def test_gap_before_posting_verbs(text: str, source: str) -> None:
    assert {s for s, _, _, _ in _rows(text)} == {source}


@pytest.mark.parametrize(
    ("phrase", "key"),
    [
        ("le ministre délégué à la Défense", "ML:defence"),
        ("la ministre chargée de la Santé", "ML:health"),
        ("le ministre délégué à l'Intérieur", "ML:interior"),
        ("le ministre chargé des Armées", "ML:defence"),
        ("le ministre de la Communication", "ML:government"),
    ],
)
def test_minister_delegate_or_in_charge_names_the_ministry(phrase: str, key: str) -> None:
    from claimtrack.extraction.institutions import institution

    assert institution(phrase, "ML") == key


# A verb of saying in the infinitive after a verb of aspect or intent.
@pytest.mark.parametrize(
    ("text", "source"),
    [
        ("Le préfet a commencé par faire état de onze morts à Kona.", "Le préfet"),
        ("Les autorités ont fini par reconnaître la mort de onze gendarmes.", "Les autorités"),
        ("La gendarmerie a tenu à préciser que onze gendarmes ont été tués.", "La gendarmerie"),
        (
            "Le ministère s'est empressé d'affirmer que onze assaillants ont été tués.",
            "Le ministère",
        ),
    ],
)
def test_saying_after_a_verb_of_aspect(text: str, source: str) -> None:
    assert {s for s, _, _, _ in _rows(text)} == {source}


# "Se disant X" calls oneself X: no verb of saying; an attack condemned with its toll is
# the condemner's account of it.
@pytest.mark.parametrize(
    ("text", "source"),
    [
        (
            "Se disant indigné, le préfet de Kona a condamné une attaque ayant fait onze morts.",
            "le préfet de Kona",
        ),
        (
            "Se déclarant choquée, la ministre a dénoncé l'attentat qui a tué onze civils.",
            "la ministre",
        ),
        (
            "La Minusma a condamné l'embuscade qui a coûté la vie à onze casques bleus.",
            "La Minusma",
        ),
    ],
)
def test_condemned_attack_and_se_disant(text: str, source: str) -> None:
    got = _rows(text)
    assert got
    assert {s for s, _, _, _ in got} == {source}


# "ce groupe", "ce mouvement": the group named before, not the last source (its officials).
@pytest.mark.parametrize(
    "text",
    [
        "Le Front du Macina a revendiqué l'attaque, selon ses cadres. "
        "Ce groupe a annoncé un bilan de onze soldats tués.",
        "L'embuscade a été revendiquée par le Mouvement pour le salut du Sahel. "
        "L'armée a démenti. Ce mouvement armé affirme avoir tué onze soldats.",
    ],
)
def test_this_group_is_the_group_named_before(text: str) -> None:
    got = {s for s, t, _, _ in _rows(text) if t == "killed"}
    assert len(got) == 1
    assert next(iter(got)).lower().startswith(("le front", "le mouvement"))


# A toll whose adjective names its author speaks, in any tense of "faire état"; one
# without an author ("un bilan provisoire") still does not.
@pytest.mark.parametrize(
    ("text", "source"),
    [
        (
            "Le premier bilan gouvernemental faisait état de onze gendarmes tués.",
            "Le premier bilan gouvernemental",
        ),
        ("Un bilan militaire avait fait état de onze assaillants tués.", "Un bilan militaire"),
        ("Les témoins faisaient état de onze civils tués à Kona.", "Les témoins"),
    ],
)
def test_authored_toll_and_imperfect_faire_etat(text: str, source: str) -> None:
    assert {s for s, _, _, _ in _rows(text)} == {source}


def test_authorless_toll_speaks_for_no_one() -> None:
    assert not _rows("Un bilan provisoire faisait état de onze gendarmes tués.")

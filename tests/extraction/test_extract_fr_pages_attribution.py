"""French attribution and casualty forms of real reporting, on invented sentences (every
sentence written for this file, none from the corpus or a news page): who speaks after an
inverted verb with an adverb, which actor an anonymous or regional source is, and the
death words of military communiqués ("tombés", "a succombé", "a permis de neutraliser")."""

from __future__ import annotations

import warnings

import pandas as pd
import pytest

import claimtrack as ct
from claimtrack.extraction.actors import guess_actors
from claimtrack.extraction.institutions import institution


def _claims(text: str) -> list[tuple[str, str, str]]:
    """(source as given, claim type, value) of every claim extracted from ``text``."""
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        df = ct.extract(text, "fr-pages-test")
    rows = zip(df["source_raw"], df["claim_type"], df["value"], strict=True)
    return [(s, t, str(v)) for s, t, v in rows]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "tomber" of soldiers in a toll is to die, in all its forms and tenses
        (
            "Le bilan fait état de 12 gendarmes tombés et de trois blessés, selon l'armée.",
            [("l'armée", "killed", "12"), ("l'armée", "wounded", "trois")],
        ),
        (
            "Le préfet a annoncé que 26 miliciens étaient tombés pendant les combats.",
            [("Le préfet", "killed", "26")],
        ),
        (
            "Quatre policiers sont tombés au combat, selon la police.",
            [("la police", "killed", "Quatre")],
        ),
        # … but falling into an ambush or into someone's hands is no death (a place that fell
        # is seized)
        ("Onze soldats sont tombés dans une embuscade près de Dori, selon l'armée.", []),
        (
            "La ville de Mora est tombée aux mains des insurgés, selon des habitants.",
            [("des habitants", "seized", "La ville")],
        ),
        # dying of one's wounds
        (
            "Deux gardes ont succombé à leurs blessures, a indiqué le ministère.",
            [("le ministère", "killed", "Deux")],
        ),
        # "la riposte a permis de neutraliser N": the army's kill count
        (
            "« La riposte a permis de neutraliser une vingtaine de combattants », a indiqué "
            "une source sécuritaire.",
            [("une source sécuritaire", "killed", "une vingtaine")],
        ),
        (
            "L'opération a permis de tuer 14 assaillants, selon l'armée.",
            [("l'armée", "killed", "14")],
        ),
        # an adverb between the inverted verb and its source is not the source
        (
            "« Sept militaires ont été tués », affirme encore l'état-major.",
            [("l'état-major", "killed", "Sept")],
        ),
        (
            "« Trois civils ont été blessés », a précisé également le gouverneur de la région.",
            [("le gouverneur de la région", "wounded", "Trois")],
        ),
        # "on" is no one: "indique-t-on de source militaire", "a-t-on indiqué de source …"
        (
            "Six soldats ont été tués, indique-t-on de source militaire.",
            [("source militaire", "killed", "Six")],
        ),
        (
            "Neuf civils ont été blessés, a-t-on précisé de source hospitalière.",
            [("source hospitalière", "wounded", "Neuf")],
        ),
        # when a communiqué came out is no part of who issued it
        (
            "Un communiqué de la police publié lundi fait état de 5 agents blessés.",
            [("la police", "wounded", "5")],
        ),
        # "…, de source sécuritaire", "De sources concordantes, …": the source is the "source"
        (
            "Au moins 7 gendarmes ont été tués, de source sécuritaire.",
            [("source sécuritaire", "killed", "Au moins 7")],
        ),
        (
            "De sources concordantes, 22 villageois ont été tués à Kiri.",
            [("sources concordantes", "killed", "22")],
        ),
        # who was told is no source, "auprès de l'AFP" as "à l'AFP"
        (
            "« Nous avons perdu quatre hommes », a reconnu auprès de l'AFP un officier.",
            [("un officier", "killed", "quatre")],
        ),
        # an adverb inside the compound tense of a reporting verb
        (
            "« 35 civils ont été tués », a toutefois affirmé le maire.",
            [("le maire", "killed", "35")],
        ),
        (
            "L'armée a formellement démenti avoir perdu 18 soldats.",
            [("L'armée", "killed", "18")],
        ),
        # wounded "in both camps": the camps are not counted
        (
            "Les combats ont fait six morts et plusieurs blessés dans les deux camps, selon une "
            "source militaire.",
            [
                ("une source militaire", "killed", "six"),
                ("une source militaire", "wounded", "plusieurs"),
            ],
        ),
    ],
)
def test_french_forms_give_their_claims_and_sources(text: str, expected: list) -> None:
    assert _claims(text) == expected


def test_a_denial_after_an_adverb_denies_the_toll_it_names() -> None:
    text = (
        "Selon l'ONU, 140 rebelles ont été tués. Le porte-parole des rebelles, Jean Kolo, "
        "a aussitôt démenti le bilan de l'ONU."
    )
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        df = ct.extract(text, "fr-pages-test")
    denied = df[df["stance"] == "denies"]
    assert denied[["claim_type", "value_best"]].values.tolist() == [["killed", 140.0]]


def test_a_pronoun_after_an_ironic_speaker_stands_for_him() -> None:
    text = (
        "« Nous n'avons perdu que deux hommes », a déclaré le colonel Paul Ndeko, porte-parole "
        "de l'armée. « Leur bilan est une fable », a ironisé le commandant Issa Garba. "
        "La veille, il avait assuré que 70 soldats avaient été tués."
    )
    assert ("le commandant Issa Garba", "killed", "70") in _claims(text)


@pytest.mark.parametrize(
    "name",
    [
        "une source sécuritaire",
        "des sources sécuritaires",
        "plusieurs sources sécuritaires",
        "une autre source sécuritaire",
        "une deuxième source des services de sécurité",
    ],
)
def test_anonymous_security_sources_are_one_actor_in_any_incident(name: str) -> None:
    # singular or plural, first or second: the same anonymous actor, in Burkina Faso too
    assert guess_actors(pd.Series([name]), "BF").iloc[0] == "security_sources"


@pytest.mark.parametrize(
    ("phrase", "country", "key"),
    [
        # a region's governor, in French and in English, with the region before in English
        ("le gouverneur du Sud-Kivu, Marc Ilunga", "CD", "CD:governor"),
        ("le gouvernorat de Kaya", "BF", "BF:governor"),
        ("South Kivu governor (Marc Ilunga)", "CD", "CD:governor"),
        ("Kaya governorate", "BF", "BF:governor"),
    ],
)
def test_governors_are_state_institutions(phrase: str, country: str, key: str) -> None:
    assert institution(phrase, country) == key


def test_a_governor_is_not_the_government() -> None:
    assert institution("le gouvernement", "CD") == "CD:government"
    assert institution("le gouverneur", "CD") == "CD:governor"


def test_the_same_source_is_the_latest_source_so_called() -> None:
    # "la même source", "cette source", "ces mêmes sources": the last source called a
    # source, past a ministry that spoke in between; a source speaks for each figure
    text = (
        "Selon une source sécuritaire, 16 soldats ont été tués à Gorom. "
        "Le ministère a annoncé trois blessés. "
        "La même source a indiqué que 25 assaillants avaient été neutralisés. "
        "Ces mêmes sources font état de deux civils tués."
    )
    assert _claims(text) == [
        ("une source sécuritaire", "killed", "16"),
        ("Le ministère", "wounded", "trois"),
        ("une source sécuritaire", "killed", "25"),
        ("une source sécuritaire", "killed", "deux"),
    ]


def test_the_same_source_with_no_source_so_called_before_is_the_last_one() -> None:
    text = "L'armée a annoncé 9 morts. La même source a fait état de 4 blessés."
    assert ("L'armée", "wounded", "4") in _claims(text)


def test_the_same_source_with_no_source_before_stays_as_written() -> None:
    text = "Des combats ont eu lieu. La même source a fait état de 4 blessés."
    assert ("La même source", "wounded", "4") in _claims(text)


@pytest.mark.parametrize(
    "denial",
    [
        "ce que dément l'armée",
        "ce qu'a démenti l'armée",
        "une information démentie par l'armée",
        "un bilan contesté par l'armée",
    ],
)
def test_a_denial_after_a_claim_gives_both_voices(denial: str) -> None:
    text = f"Les rebelles affirment avoir abattu 27 soldats, {denial}."
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        df = ct.extract(text, "fr-pages-test")
    # a denied figure is its value, or the value of the toll it names (value_best)
    figures = [
        str(v) if isinstance(v, str) else str(int(b))
        for v, b in zip(df["value"], df["value_best"], strict=True)
    ]
    got = list(zip(df["source_raw"], df["claim_type"], figures, df["stance"], strict=True))
    assert got == [
        ("Les rebelles", "killed", "27", "asserts"),
        ("l'armée", "killed", "27", "denies"),
    ]


@pytest.mark.parametrize(
    ("text", "source", "speaker"),
    [
        # a titled name, then a qualified role: the group speaks, the whole is the speaker
        (
            "« Nous avons tué onze soldats », a déclaré à l'AFP le lieutenant-colonel Eric "
            "Moba, porte-parole militaire du FLN.",
            "le FLN",
            "le lieutenant-colonel Eric Moba, porte-parole militaire du FLN",
        ),
        (
            "Le général Omar Sy, chef d'état-major de l'armée, a affirmé que 12 soldats "
            "avaient été tués.",
            "l'armée",
            "Le général Omar Sy, chef d'état-major de l'armée",
        ),
    ],
)
def test_a_titled_spokesman_speaks_for_his_institution(
    text: str, source: str, speaker: str
) -> None:
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        df = ct.extract(text, "fr-pages-test")
    assert df[["source_raw", "speaker"]].values.tolist() == [[source, speaker]]

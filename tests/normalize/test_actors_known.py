"""Well-known conflict actors: their French and English names are one actor, an acronym
that names two actors resolves only within its country, and "the army" of a war between
states is nobody's until the text says whose."""

from __future__ import annotations

import warnings
from collections import defaultdict

import pandas as pd
import pytest

from claimtrack.extraction.actors import guess_actors
from claimtrack.normalize.actors import _aliases, _key, alias_index, resolve_actors


def _resolve(names: list[str], country: str = "") -> list[str | None]:
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        out = resolve_actors(pd.Series(names), country=pd.Series([country] * len(names)))
    return [s if k else None for s, k in zip(out["source"], out["known"], strict=True)]


@pytest.mark.parametrize(
    ("names", "country", "actor"),
    [
        (["FARDC", "Forces armées de la RDC", "DRC army", "armée congolaise"], "CD", "fardc"),
        (["M23", "Mouvement du 23 mars", "March 23 Movement", "AFC/M23"], "", "m23"),
        (["Forces démocratiques alliées", "Allied Democratic Forces", "ADF"], "CD", "adf_drc"),
        (["Forces démocratiques de libération du Rwanda", "FDLR"], "", "fdlr"),
        (["Armée nationale tchadienne", "Chadian army", "l'armée tchadienne"], "", "td_army"),
        (["armée nigérienne", "Nigerien army", "Forces armées nigériennes"], "", "ne_army"),
        (["armée nigériane", "Nigerian army", "Nigeria's army"], "", "ng_army"),
        (["État islamique", "Etat islamique", "Islamic State", "l'EI"], "", "islamic_state"),
        (["Etat islamique en Afrique de l'Ouest", "ISWAP", "Iswap"], "", "iswap"),
        (["État islamique au Grand Sahara", "EIGS", "ISSP"], "", "is_sahel"),
        (["Boko Haram", "le groupe jihadiste Boko Haram"], "", "boko_haram"),
        (["Front de libération de l'Azawad", "Azawad Liberation Front", "FLA"], "", "fla"),
        (["Coalition des patriotes pour le changement", "CPC"], "CF", "cpc_car"),
        (["Forces armées centrafricaines", "FACA", "Central African army"], "", "faca"),
        (["Forces de soutien rapide", "FSR", "Rapid Support Forces", "RSF"], "", "rsf"),
        (["le Hezbollah", "Hezbollah libanais", "Lebanese Hezbollah"], "", "hezbollah"),
        (["rebelles houthis", "Houthi rebels", "Ansar Allah"], "", "houthis"),
        (["Police nationale d'Haïti", "PNH", "Haitian National Police"], "", "pnh"),
        (["shebab", "Shebab", "al-Shabaab"], "", "al_shabaab"),
        (["groupe Wagner", "Wagner Group", "Africa Corps"], "", "wagner"),
        (["Moscou", "Moscow", "la Russie"], "", "ru_gov"),
        (["Kiev", "Kyiv", "gouvernement ukrainien"], "", "ua_gov"),
    ],
)
def test_french_and_english_names_are_one_actor(names, country, actor):
    assert _resolve(names, country) == [actor] * len(names)


@pytest.mark.parametrize(
    ("name", "country", "actor"),
    [
        # "ADF": the Allied Democratic Forces in Congo, the Ambazonia Defence Forces in Cameroon
        ("ADF", "CD", "adf_drc"),
        ("ADF", "CM", "ambazonia_adf"),
        ("ADF", "ML", None),
        # "FDS": the defence and security forces of Burkina or Niger, Syria's SDF in French
        ("FDS", "BF", "bf_army"),
        ("FDS", "NE", "ne_army"),
        ("FDS", "SY", "sdf"),
        ("FDS", "", None),
        # short words that are also common words name an actor only within its country
        ("FACT", "TD", "fact_chad"),
        ("FACT", "", None),
        ("ANT", "", None),
    ],
)
def test_an_acronym_of_two_actors_resolves_within_its_country(name, country, actor):
    assert _resolve([name], country) == [actor]


@pytest.mark.parametrize("country", ["UA", "LB"])
def test_the_army_of_a_war_between_states_is_nobodys(country):
    # A Ukrainian or Lebanese story speaks of the other side's army as "l'armée" too.
    assert _resolve(["l'armée", "the army"], country) == [None, None]


@pytest.mark.parametrize(
    ("country", "actor"),
    [("CD", "fardc"), ("TD", "td_army"), ("NE", "ne_army"), ("NG", "ng_army"), ("CM", "cm_army")],
)
def test_the_army_of_a_civil_war_is_the_countrys(country, actor):
    assert _resolve(["l'armée", "the army"], country) == [actor, actor]


def test_a_group_inside_a_phrase_is_found_by_its_longest_name():
    names = pd.Series(
        [
            "des combattants de l'Etat islamique en Afrique de l'Ouest",
            "le groupe djihadiste État islamique",
            "Gilbert Ngoy, président de la société civile de Beni",
            "les rebelles du M23",
        ]
    )
    assert guess_actors(names, "CD").tolist() == ["iswap", "islamic_state", "civil_society", "m23"]


def test_an_alias_names_one_actor_and_a_context_word_one_actor_per_country():
    table, _ = alias_index()
    plain: dict[str, set[str]] = defaultdict(set)
    context: dict[tuple[str, str], set[str]] = defaultdict(set)
    for actor, row in table.iterrows():
        for alias in [row["name"], actor, *_aliases(row["aliases"])]:
            plain[_key(alias)].add(actor)
        for alias in _aliases(row["context_aliases"]):
            context[(_key(alias), row["country"])].add(actor)
    assert {k: v for k, v in plain.items() if len(v) > 1} == {}
    assert {k: v for k, v in context.items() if len(v) > 1} == {}


@pytest.mark.parametrize("country", ["LB", "NG", "TD"])
def test_a_countrys_military_sources_are_anonymous_security_sources(country):
    # "Lebanese military sources" and "des sources militaires libanaises" are one source,
    # not the army speaking: "X military" names the army only where it is the whole name.
    names = pd.Series(
        [
            "Lebanese military sources",
            "des sources militaires libanaises",
            "Nigerian military sources",
        ]
    )
    assert guess_actors(names, country).tolist() == ["security_sources"] * 3


def test_known_actors_are_what_resolve_actors_knows() -> None:
    from claimtrack.normalize.actors import known_actors

    names = ["JNIM", "the army", "Malian army", "a neighbour", "", "FAMa", "l'armée", "ADF"]
    for country in (None, "ML", "BF", "CD"):
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            out = resolve_actors(pd.Series(names), country=pd.Series([country or ""] * 8))
        expected = [a if k else None for a, k in zip(out["source"], out["known"], strict=True)]
        assert known_actors(names, country) == expected

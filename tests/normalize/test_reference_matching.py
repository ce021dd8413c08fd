"""Actors, places, subjects and dates: the reference matchers on their own."""

from __future__ import annotations

import warnings

import pandas as pd
import pytest

from claimtrack.normalize.actors import UnknownActorWarning, resolve_actors
from claimtrack.normalize.dates import parse_date, parse_dates
from claimtrack.normalize.places import match_places
from claimtrack.normalize.subjects import canonical_subjects


@pytest.mark.parametrize(
    ("name", "actor"),
    [
        ("Mali’s armed forces", "fama"),
        ("FAMa", "fama"),
        ("the army’s official statement", "fama"),
        ("Jama’at Nusrat al-Islam wal-Muslimin (JNIM)", "jnim"),
        ("Groupe de soutien à l'islam et aux musulmans", "jnim"),
        ("GSIM", "jnim"),
        ("Les autorités maliennes", "mali_gov"),
        ("Another resident", "residents"),
    ],
)
def test_aliases_resolve(name, actor):
    # Read in the Mali incident's context, as the bundled file is.
    mali = {"country": pd.Series(["ML"]), "parties": pd.Series(["mali_state;jnim"])}
    assert resolve_actors(pd.Series([name]), **mali)["source"].item() == actor


@pytest.mark.parametrize(
    ("name", "actor"),
    [
        ("Taleban", "taliban"),  # a spelling variant still resolves
        ("le gouvernement malien", "mali_gov"),
        # two letters from Mali's government and army, and another country's bodies
        ("le gouvernement somalien", None),
        ("l'armée somalienne", None),
    ],
)
def test_a_spelling_match_never_changes_the_country(name, actor):
    somalia = {"country": pd.Series(["SO"])}
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", UnknownActorWarning)
        out = resolve_actors(pd.Series([name]), **somalia)
    assert (out["source"].item() if out["known"].item() else None) == actor


def test_stated_source_type_wins_and_unknown_is_kept():
    names = pd.Series(["a tribal elder", "FAMa"])
    types = pd.Series(["local_official", None])
    with pytest.warns(UnknownActorWarning, match="tribal elder"):
        out = resolve_actors(names, types)
    assert out["source_type"].tolist() == ["local_official", "state_military"]
    assert out["side"].tolist() == ["independent", "mali_state"]
    assert out["source"].tolist() == ["a_tribal_elder", "fama"]


def test_places_fold_accents_and_keep_unmatched_raw():
    names = pd.Series(["SANDARÉ", "Lere", "Lee", "Kayes", ""])
    out = match_places(names, pd.Series(["ML"] * 5))
    assert out["place_id"].iloc[0] == "ml-sandare"
    # no forced match below the cutoff
    assert out["match_method"].iloc[2] == "unmatched"
    assert out["location"].iloc[2] == "Lee"
    assert out["match_method"].iloc[4] == "none"
    assert out["geo_precision"].iloc[3] == "town"


def test_places_match_within_the_country_only():
    out = match_places(pd.Series(["Kayes", "Kayes"]), pd.Series(["ML", "SN"]))
    mali, senegal = out.to_dict("records")
    assert mali["country_code"] == "ML"
    assert mali["match_method"] == "exact"
    # Senegal has no Kayes: never the Malian one, whatever the fuzzy step finds there.
    assert senegal["place_id"] != mali["place_id"]
    assert senegal["country_code"] == "SN"


def test_subjects_merge_listed_aliases_only():
    out = canonical_subjects(
        pd.Series(
            ["militants", "assailants", "the enemy", "military barracks", "military positions"]
        )
    )
    assert out.tolist() == [
        "fighters",
        "fighters",
        "fighters",
        "military barracks",
        "military positions",
    ]


@pytest.mark.parametrize(
    "text",
    ["2025-07-01", "1 July 2025", "July 1, 2025", "1er juillet 2025", "Tuesday, 1 July 2025"],
)
def test_dates(text):
    assert parse_date(text) == pd.Timestamp(2025, 7, 1)


def test_bad_date_names_the_accepted_forms():
    out = parse_dates(pd.Series(["next week", None]))
    assert "1er juillet 2025" in out["error"].iloc[0]
    assert pd.isna(out["date"].iloc[1])

"""Comparing sources: the Mali reading, each status on hand-made frames, and the edge cases."""

from __future__ import annotations

import numpy as np
import pandas as pd
import pytest
from conftest import MALI_ID

import claimtrack as ct
from claimtrack.comparison import NothingToCompare
from claimtrack.normalize.quantities import parse_quantity
from claimtrack.schema import TIDY_COLUMNS, validate_tidy

SOURCES = {
    "army": ("Army", "state_military", "state"),
    "ministry": ("Ministry", "government", "state"),
    "group": ("The Group", "armed_group", "group"),
    "residents": ("Residents", "eyewitness", "independent"),
    "official": ("Local official", "local_official", "independent"),
    "blogger": ("A blogger", "unknown", "unknown"),
}


def tidy_of(*claims: tuple, incident: str = "inc-1") -> pd.DataFrame:
    """Tidy rows from (source, claim_type, subject, value, [stance], [place]) tuples."""
    rows = []
    for i, claim in enumerate(claims):
        source, claim_type, subject, value, *rest = claim
        stance = rest[0] if rest else "asserts"
        place = rest[1] if len(rest) > 1 else None
        name, source_type, side = SOURCES[source]
        low, best, high, qualifier = (
            parse_quantity(value) if value else (np.nan,) * 3 + ("unspecified",)
        )
        row = dict.fromkeys(TIDY_COLUMNS)
        row.update(
            incident_id=incident,
            statement_id=f"{source}-{i}",
            claim_id=f"{incident}/{source}-{i}.0.0",
            source=source,
            source_raw=name,
            source_name=name,
            source_type=source_type,
            side=side,
            published_at=pd.Timestamp("2025-07-02"),
            claim_type=claim_type,
            subject=subject,
            value_text=value,
            value_low=low,
            value_best=best,
            value_high=high,
            qualifier=qualifier,
            location=place,
            location_raw=place,
            place_id=f"p-{place.lower()}" if place else None,
            match_method="exact" if place else "none",
            stance=stance,
            quote=f"{name} said so.",
            origin=f"test.yaml:{i}",
        )
        rows.append(row)
    return validate_tidy(pd.DataFrame(rows, columns=list(TIDY_COLUMNS)))


def status_of(tidy: pd.DataFrame, claim_type: str, subject: str) -> pd.Series:
    d = ct.discrepancies(ct.measures(tidy))
    return d[(d["claim_type"] == claim_type) & (d["subject"] == subject)].iloc[0]


# ------------------------------------------------------------------------ the Mali reading


@pytest.fixture(scope="module")
def mali_result(mali):
    tidy, _ = mali
    return ct.compare(tidy)


def test_compare_returns_every_table(mali_result):
    assert set(mali_result) == {
        "measures",
        "discrepancies",
        "source_pairs",
        "place_sets",
        "place_summary",
        "place_overlap",
    }
    d = mali_result["discrepancies"]
    assert d["measure_id"].is_unique
    assert set(d["incident_id"]) == {MALI_ID}


def test_the_armys_80_fighters_stand_alone_and_jnim_gives_no_figure(mali_result):
    d = mali_result["discrepancies"].set_index(["claim_type", "subject"])
    killed = d.loc[("killed", "fighters")]
    assert killed["status"] == "unanswered"
    assert (killed["sources"], killed["max_best"], killed["n_independent"]) == ("fama", 80, 0)
    assert killed["silent_parties"] == "jnim"
    assert np.isnan(killed["spread_ratio"])


def test_jnims_three_barracks_are_not_answered_by_the_army(mali_result):
    d = mali_result["discrepancies"].set_index(["claim_type", "subject"])
    barracks = d.loc[("seized", "military barracks")]
    assert barracks["status"] == "unanswered"
    assert (barracks["sources"], barracks["max_best"]) == ("jnim", 3)
    assert barracks["silent_parties"] == "mali_state"


def test_jnims_attack_on_military_posts_is_answered_by_the_armys_attacks(mali_result):
    # The army speaks of the attacks (in seven towns), JNIM of attacking military posts:
    # one event, so the posts are no longer "unanswered" with "FAMa does not address it".
    d = mali_result["discrepancies"]
    incident_level = d[(d["claim_type"] == "attacked") & d["place"].isna()]
    posts = incident_level.set_index("subject").loc["military posts"]
    assert (posts["status"], posts["family"], posts["answered_by"]) == (
        "corroborated",
        "targets",
        "fama",
    )
    assert pd.isna(posts["silent_parties"])
    towns = incident_level.set_index("subject").loc["towns"]
    assert (towns["status"], towns["answered_by"], towns["max_best"]) == ("corroborated", "jnim", 7)
    sentences = ct.summarize(mali_result)
    assert not any("military posts" in s and "does not address" in s for s in sentences)


def test_seized_materiel_does_not_answer_seized_barracks(mali_result):
    d = mali_result["discrepancies"].set_index(["claim_type", "subject"])
    assert pd.isna(d.loc[("seized", "military barracks"), "answered_by"])
    assert d.loc[("seized", "weapons"), "status"] == "unanswered"


def test_the_seven_towns_place_by_place(mali_result):
    d = mali_result["discrepancies"]
    towns = d[(d["claim_type"] == "attacked") & d["place"].notna()].set_index("location")
    assert len(towns) == 7
    status = towns["status"].to_dict()
    # Nioro / Nioro du Sahel, Sandare / Sandere, Gogui / Gogoui: the politician confirms.
    for town in ("Nioro", "Sandaré", "Gogui"):
        assert status[town] == "corroborated", town
        assert "local_politician" in towns.loc[town, "sources"]
    assert status["Kayes"] == "corroborated"
    assert towns.loc["Kayes", "sources"] == "fama; residents"
    # The rest rest on the army alone while JNIM speaks elsewhere in the incident: unanswered.
    for town in ("Diboli", "Molodo", "Niono"):
        assert status[town] == "unanswered", town
        assert towns.loc[town, "sources"] == "fama"


def test_place_sets_collapse_spellings_and_measure_overlap(mali_result):
    sets = mali_result["place_sets"]
    politician = sets[sets["source"] == "local_politician"].set_index("location")
    assert politician.loc["Nioro", "spellings"] == "Nioro"
    summary = mali_result["place_summary"]
    attacked = summary[summary["claim_type"] == "attacked"].set_index("location")
    assert attacked.loc["Nioro", "spellings"] == "Nioro; Nioro du Sahel"
    assert attacked.loc["Gogui", "spellings"] == "Gogoui; Gogui"
    assert set(attacked[attacked["only_side"] == "mali_state"].index) == {
        "Diboli",
        "Molodo",
        "Niono",
    }
    overlap = mali_result["place_overlap"].set_index(["claim_type", "source_a", "source_b"])
    army_politician = overlap.loc[("attacked", "local_politician", "fama")]
    assert (army_politician["n_both"], army_politician["n_a"], army_politician["n_b"]) == (3, 3, 7)
    assert army_politician["jaccard"] == pytest.approx(3 / 7)
    assert army_politician["only_b"] == "Diboli; Kayes; Molodo; Niono"


def test_summary_sentences_name_the_sources_from_the_data(mali_result):
    sentences = ct.summarize(mali_result)
    assert sentences[0] == (
        "The figure of 80 fighters killed given by Malian Armed Forces (FAMa) is not confirmed "
        "by any independent source; JNIM (GSIM) gives no figure."
    )
    barracks = next(s for s in sentences if "barracks" in s)
    assert "given by JNIM (GSIM)" in barracks
    assert "Malian Armed Forces (FAMa) give no figure" in (barracks)
    attacked = next(s for s in sentences if "say were attacked" in s)
    assert "4 are confirmed" in attacked
    assert "(Diboli, Molodo, Niono)" in attacked


# ------------------------------------------------------------------ statuses, hand-made


def test_corroborated_by_an_independent_source():
    tidy = tidy_of(
        ("army", "killed", "civilians", "10"),
        ("residents", "killed", "civilians", "at least 8"),
        ("group", "attacked", "town", None),
    )
    row = status_of(tidy, "killed", "civilians")
    assert row["status"] == "corroborated"
    assert (row["n_independent"], bool(row["ranges_overlap"])) == (1, True)
    assert row["spread_ratio"] == pytest.approx(10 / 8)


def test_the_other_party_confirming_corroborates():
    tidy = tidy_of(("army", "killed", "soldiers", "5"), ("group", "killed", "soldiers", "five"))
    assert status_of(tidy, "killed", "soldiers")["status"] == "corroborated"


def test_a_source_of_the_claimants_side_does_not_corroborate():
    tidy = tidy_of(
        ("army", "killed", "fighters", "80"),
        ("ministry", "killed", "fighters", "80"),
        ("group", "attacked", "town", None),
    )
    row = status_of(tidy, "killed", "fighters")
    assert row["status"] == "unanswered"
    assert (row["n_sources"], row["silent_parties"]) == (2, "group")


def test_contested_when_figures_do_not_overlap():
    tidy = tidy_of(("army", "killed", "fighters", "80"), ("group", "killed", "fighters", "12"))
    row = status_of(tidy, "killed", "fighters")
    assert row["status"] == "contested"
    assert row["spread_ratio"] == pytest.approx(80 / 12)
    assert not row["ranges_overlap"]
    pairs = ct.source_pairs(ct.measures(tidy))
    assert pairs[["source_a", "source_b", "value_a", "value_b"]].values.tolist() == [
        ["group", "army", 12.0, 80.0]
    ]
    assert pairs["difference"].item() == -68
    assert not pairs["overlap"].item()
    assert "Sources disagree" in ct.summarize(ct.compare(tidy))[0]


def test_approximate_and_open_ended_figures_are_not_a_conflict():
    tidy = tidy_of(
        ("army", "killed", "fighters", "about 20"), ("residents", "killed", "fighters", "22")
    )
    assert status_of(tidy, "killed", "fighters")["status"] == "corroborated"
    tidy = tidy_of(
        ("army", "killed", "fighters", "more than 100"),
        ("residents", "killed", "fighters", "hundreds"),
    )
    assert status_of(tidy, "killed", "fighters")["ranges_overlap"]


def test_denied():
    tidy = tidy_of(
        ("group", "seized", "military barracks", "three"),
        ("army", "seized", "military barracks", None, "denies"),
    )
    row = status_of(tidy, "seized", "military barracks")
    assert row["status"] == "denied"
    assert "denies" in ct.summarize(ct.compare(tidy))[0]


def test_single_source_and_unknown_sources_corroborate_nothing():
    tidy = tidy_of(
        ("residents", "wounded", "civilians", "4"),
        ("army", "killed", "fighters", "9"),
        ("blogger", "killed", "fighters", "9"),
    )
    assert status_of(tidy, "wounded", "civilians")["status"] == "single_source"
    # Only one party speaks in this incident: nobody is silent, so not "unanswered".
    killed = status_of(tidy, "killed", "fighters")
    assert killed["status"] == "single_source"
    assert pd.isna(killed["silent_parties"])


def test_a_source_stating_a_measure_twice_is_one_row():
    tidy = tidy_of(
        ("army", "killed", "fighters", "80"),
        ("army", "killed", "fighters", "at least 100"),
        ("group", "killed", "fighters", "100"),
    )
    m = ct.measures(tidy)
    army = m[m["source"] == "army"].iloc[0]
    assert (army["n_claims"], army["value_low"], army["value_best"]) == (2, 80, 100)
    assert np.isnan(army["value_high"])
    assert army["value_text"] == "at least 100"
    assert army["claim_ids"].count(";") == 1
    assert status_of(tidy, "killed", "fighters")["status"] == "corroborated"


def test_places_are_measures_and_sets():
    tidy = tidy_of(
        ("army", "attacked", "towns", None, "asserts", "Kayes"),
        ("army", "attacked", "towns", None, "asserts", "Nioro"),
        ("group", "attacked", "towns", None, "asserts", "Nioro"),
        ("official", "attacked", "towns", None, "asserts", "Kita"),
    )
    d = ct.discrepancies(ct.measures(tidy)).set_index("location")["status"].to_dict()
    assert d == {"Kayes": "unanswered", "Nioro": "corroborated", "Kita": "single_source"}
    summary = ct.place_summary(ct.place_sets(tidy)).set_index("location")
    assert summary.loc["Kita", "only_side"] == "independent"
    assert pd.isna(summary.loc["Nioro", "only_side"])


# ------------------------------------------------------------------------ edge cases


def test_an_empty_frame_is_refused_in_a_sentence():
    empty = tidy_of(("army", "killed", "fighters", "1")).iloc[0:0]
    for call in (ct.compare, ct.measures, ct.place_sets):
        with pytest.raises(ValueError, match="No claims to compare: the tidy frame is empty"):
            call(empty)
    with pytest.raises(NothingToCompare, match="measures frame is empty"):
        ct.discrepancies(ct.measures(tidy_of(("army", "killed", "fighters", "1"))).iloc[0:0])


def test_a_single_source_incident_gives_typed_empty_pairs_and_says_so():
    tidy = tidy_of(
        ("army", "killed", "fighters", "80"),
        ("army", "attacked", "towns", None, "asserts", "Kayes"),
    )
    result = ct.compare(tidy)
    assert set(result["discrepancies"]["status"]) == {"single_source"}
    pairs = result["source_pairs"]
    assert pairs.empty
    assert "value_a" in pairs.columns
    assert pairs["value_a"].dtype == float
    assert result["place_overlap"].empty
    assert "jaccard" in result["place_overlap"].columns
    sentences = ct.summarize(result)
    assert sentences[0].startswith("Only Army reports 80 fighters killed")


def test_wrong_frame_names_the_missing_columns():
    with pytest.raises(ValueError, match="lacks the column"):
        ct.discrepancies(pd.DataFrame({"x": [1]}))


def test_frames_joined_from_several_loads_compare_like_each_alone(mali):
    # pd.concat leaves pyarrow strings in several chunks: compare crashed on them.
    tidy, _ = mali
    both = pd.concat([tidy, tidy.assign(incident_id="other-incident")], ignore_index=True)
    alone = ct.compare(tidy)["discrepancies"]
    joined = ct.compare(both)["discrepancies"]
    mine = joined[joined["incident_id"] == MALI_ID].reset_index(drop=True)
    pd.testing.assert_frame_equal(mine, alone.reset_index(drop=True), check_dtype=False)
    assert (joined["incident_id"] == "other-incident").sum() == len(alone)

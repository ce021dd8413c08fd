"""The bundled Mali incident: every claim of the article, true to its source, normalized."""

from __future__ import annotations

import yaml
from conftest import MALI, MALI_ID, corpus_file


def test_every_quote_source_and_place_is_verbatim_in_the_article():
    text = corpus_file("mali-coordinated-attacks.txt").read_text()
    doc = yaml.safe_load(MALI.read_text())
    assert doc["incident"]["id"] == MALI_ID
    for statement in doc["statements"]:
        assert statement["quote"] in text, statement["id"]
        assert statement["source"] in text, statement["id"]
        assert statement["document"] in {d["id"] for d in doc["documents"]}
        for claim in statement["claims"]:
            for place in claim.get("locations", []):
                assert place in text
            if claim.get("value"):
                assert claim["value"] in statement["quote"]


def test_nothing_rejected_and_ids_stable(mali):
    import claimtrack as ct

    tidy, rejects = mali
    assert rejects.empty, rejects["reason"].tolist()
    again, _ = ct.load(MALI)
    assert again["claim_id"].tolist() == tidy["claim_id"].tolist()
    assert tidy["claim_id"].is_unique


def test_the_armys_figures(mali):
    tidy, _ = mali
    killed = tidy[tidy["claim_type"] == "killed"]
    assert len(killed) == 1
    row = killed.iloc[0]
    assert (row["source"], row["subject"], row["value_best"], row["qualifier"]) == (
        "fama",
        "fighters",
        80,
        "exact",
    )
    assert row["speaker"]
    assert "Dembele" in row["speaker"]
    assert row["channel"] == "video bulletin"
    seized = tidy[(tidy["claim_type"] == "seized") & (tidy["source"] == "fama")]
    assert set(seized["subject"]) == {"weapons", "motorbikes", "vehicles"}
    losses = tidy[tidy["value_text"] == "significant losses"].iloc[0]
    assert losses["qualifier"] == "vague"
    assert losses["subject"] == "fighters"


def test_jnims_claims(mali):
    tidy, _ = mali
    jnim = tidy[tidy["source"] == "jnim"]
    assert set(jnim["side"]) == {"jnim"}
    assert set(jnim["source_type"]) == {"armed_group"}
    barracks = jnim[jnim["subject"] == "military barracks"].iloc[0]
    assert (barracks["claim_type"], barracks["value_best"]) == ("seized", 3)
    positions = jnim[jnim["subject"] == "military positions"].iloc[0]
    assert (positions["claim_type"], positions["qualifier"]) == ("controls", "vague")
    assert "responsibility" in set(jnim["claim_type"])


def test_seven_towns_resolve_to_seven_places_with_spellings_collapsed(mali):
    tidy, _ = mali
    army = tidy[(tidy["statement_id"] == "fama-towns-named")]
    assert army["place_id"].nunique() == 7
    assert army["match_method"].ne("unmatched").all()
    politician = tidy[tidy["source"] == "local_politician"]
    assert politician["side"].eq("independent").all()
    # Nioro / Nioro du Sahel, Sandere / Sandare, Gogoui / Gogui: one place each.
    assert set(politician["place_id"]) <= set(army["place_id"])
    by_raw = tidy.dropna(subset=["location_raw"]).groupby("location_raw")["place_id"].first()
    assert by_raw["Nioro"] == by_raw["Nioro du Sahel"]
    assert by_raw["Sandere"] == by_raw["Sandare"] == "ml-sandare"
    assert by_raw["Gogoui"] == by_raw["Gogui"] == "ml-gogui"


def test_matched_places_carry_coordinates_and_precision(mali):
    tidy, _ = mali
    places = tidy.dropna(subset=["place_id"]).drop_duplicates("place_id").set_index("location")
    assert places.loc["Kayes", "latitude"] == __import__("pytest").approx(14.45, abs=0.01)
    assert places["geo_precision"].isin(["town", "district", "region", "country"]).all()
    # Gogui has no sourced coordinates: matched, but no invented position.
    assert places.loc["Gogui", "latitude"] != places.loc["Gogui", "latitude"]


def test_residents_are_independent_eyewitnesses_in_kayes(mali):
    tidy, _ = mali
    residents = tidy[tidy["source"] == "residents"]
    assert len(residents) == 2
    assert set(residents["location"]) == {"Kayes"}
    assert set(residents["source_type"]) == {"eyewitness"}

"""Places from every claim type: who names which place counts tolls and seizures too."""

from __future__ import annotations

from test_compare import tidy_of
from test_summary import DJIBO

import claimtrack as ct


def _with_coordinates(tidy):
    placed = tidy["location"].notna()
    return tidy.assign(
        latitude=tidy["latitude"].astype(float).mask(placed, 14.1),
        longitude=tidy["longitude"].astype(float).mask(placed, -1.6),
    )


def test_casualty_seizure_and_control_claims_name_places():
    tidy = tidy_of(
        *DJIBO,
        ("group", "seized", "weapons", "many", "asserts", "Kaya"),
        ("group", "controls", "towns", None, "asserts", "Arbinda"),
    )
    result = ct.compare(tidy)
    sets = result["place_sets"]
    assert set(sets["claim_type"]) == {"killed", "seized", "controls"}
    djibo = result["place_summary"].set_index(["claim_type", "location"]).loc[("killed", "Djibo")]
    assert (djibo["n_sources"], djibo["n_sides"], djibo["n_independent"]) == (4, 3, 2)
    assert djibo["sources"] == "army; group; official; residents"
    overlap = result["place_overlap"]
    killed = overlap[overlap["claim_type"] == "killed"]
    assert len(killed) == 6
    assert (killed["jaccard"] == 1).all()


def test_the_places_chart_says_who_names_djibo():
    fig = ct.charts.places_plot(_with_coordinates(tidy_of(*DJIBO)))
    labels = [t.get_text() for t in fig.axes[0].get_legend().get_texts()]
    assert labels == ["named by an independent source", "4 sources"]


def test_a_place_named_by_both_parties_is_not_said_to_be_one_sides():
    tidy = tidy_of(*DJIBO[:2], ("army", "attacked", "towns", None, "asserts", "Kaya"))
    fig = ct.charts.places_plot(_with_coordinates(tidy))
    labels = [t.get_text() for t in fig.axes[0].get_legend().get_texts()]
    assert labels == ["named by several sides", "named by state only", "1 source", "2 sources"]

"""Subject families: which subjects are one kind of thing when statuses are decided."""

from __future__ import annotations

import pandas as pd
import pytest
from test_compare import status_of, tidy_of

import claimtrack as ct
from claimtrack.comparison import answers
from claimtrack.families import family_keys, family_of


@pytest.mark.parametrize(
    ("subject", "family"),
    [
        ("military posts", "targets"),
        ("barracks", "targets"),
        ("positions militaires", "targets"),
        ("government positions", "targets"),
        ("Malian soldiers", "soldiers"),
        ("troops", "soldiers"),
        ("soldats", "soldiers"),
        ("rebels", "fighters"),
        ("Taliban fighters", "fighters"),
        ("civilians", "civilians"),
        ("towns", "places"),
        ("weapons", None),
        ("soldiers and civilians", None),  # two families: kept as its own
        (None, None),
    ],
)
def test_family_of(subject, family):
    assert family_of(subject) == family


def test_place_words_and_missing_subjects_are_wide():
    keys = family_keys(pd.Series(["villages", None, "rebels", "weapons"]))
    assert keys["wide"].tolist() == [True, True, False, False]
    assert keys["key"].tolist() == ["=villages", "=", "fighters", "=weapons"]


def test_one_family_is_compared_as_one_measure_but_tables_keep_the_subjects():
    tidy = tidy_of(("army", "killed", "rebels", "80"), ("group", "killed", "fighters", "12"))
    d = ct.discrepancies(ct.measures(tidy)).set_index("subject")
    assert set(d.index) == {"rebels", "fighters"}
    assert (d["status"] == "contested").all()
    assert (d["family"] == "fighters").all()
    assert d.loc["rebels", "answered_by"] == "group"
    assert d.loc["rebels", "spread_ratio"] == pytest.approx(80 / 12)


def test_other_families_do_not_answer():
    tidy = tidy_of(
        ("army", "killed", "fighters", "80"),
        ("group", "killed", "soldiers", "12"),
    )
    assert status_of(tidy, "killed", "fighters")["status"] == "unanswered"
    assert answers(ct.measures(tidy)).empty


def test_a_wide_claim_answers_every_family_at_its_place_only():
    tidy = tidy_of(
        ("group", "attacked", "military posts", None, "asserts", "Djibo"),
        ("army", "attacked", "towns", None, "asserts", "Djibo"),
        ("army", "attacked", "towns", None, "asserts", "Kaya"),
    )
    d = ct.discrepancies(ct.measures(tidy)).set_index(["subject", "location"])
    assert d.loc[("military posts", "Djibo"), "status"] == "corroborated"
    assert d.loc[("towns", "Djibo"), "answered_by"] == "group"
    # Nobody else speaks of Kaya: the group is silent there.
    assert d.loc[("towns", "Kaya"), "status"] == "unanswered"


def test_a_denial_in_the_family_denies():
    tidy = tidy_of(
        ("group", "seized", "barracks", "three"),
        ("army", "seized", "military posts", None, "denies"),
    )
    assert status_of(tidy, "seized", "barracks")["status"] == "denied"


def test_a_source_never_contests_itself_across_one_family():
    tidy = tidy_of(
        ("army", "killed", "fighters", "80"),
        ("army", "killed", "rebels", "3"),
        ("group", "attacked", "towns", None),
    )
    d = ct.discrepancies(ct.measures(tidy))
    assert set(d["status"]) == {"unanswered"}
    assert d["answered_by"].isna().all()

"""Whole articles through ``claimtrack.extract``: the Mali article (shared corpus) and every
annotated case of the dev corpus, read where they lie.
"""

from __future__ import annotations

import warnings

import pytest
import yaml
from conftest import DEV_CASES, MALI_ID, corpus_file
from extract_helpers import MALI_TEXT

import claimtrack as ct
from claimtrack.extraction import COLUMNS
from claimtrack.extraction.output import to_yaml
from claimtrack.schema import RAW_COLUMNS
from claimtrack.vocabulary import CLAIM_TYPES


@pytest.fixture(scope="module")
def mali_extract():
    text = corpus_file(MALI_TEXT).read_text()
    raw = ct.extract(text, MALI_ID, origin="mali-coordinated-attacks.txt")
    return text, raw, *ct.normalize(raw)


def test_mali_frame_shape_quotes_and_offsets(mali_extract):
    text, raw, _, _ = mali_extract
    assert list(raw.columns[: len(RAW_COLUMNS)]) == list(RAW_COLUMNS)
    assert set(raw["claim_type"]) <= set(CLAIM_TYPES)
    for row in raw.itertuples():
        assert text[row.char_start : row.char_end] == row.quote
        assert row.origin == f"mali-coordinated-attacks.txt:char {row.char_start}"
    assert raw["confidence"].between(0, 1).all()


def test_mali_reproduces_the_encoded_claims(mali_extract):
    _, _, tidy, rejects = mali_extract
    assert rejects.empty, rejects["reason"].tolist()
    assert {"fama", "jnim", "local_politician", "residents"} <= set(tidy["source"])

    def one(source, claim_type, subject):
        rows = tidy[
            (tidy["source"] == source)
            & (tidy["claim_type"] == claim_type)
            & (tidy["subject"] == subject)
        ]
        assert len(rows), (source, claim_type, subject)
        return rows.iloc[0]

    killed = one("fama", "killed", "fighters")
    assert (killed["value_best"], killed["qualifier"]) == (80, "exact")
    # The next sentence names who delivered the statement, and how.
    assert (killed["speaker"], killed["channel"]) == (
        "army spokesperson Souleymane Dembele",
        "video bulletin",
    )
    barracks = one("jnim", "seized", "military barracks")
    assert barracks["value_best"] == 3
    positions = one("jnim", "controls", "military positions")
    assert (positions["value_text"], positions["qualifier"]) == ("several", "vague")
    assert one("fama", "attacked", "towns")["value_text"] is not None  # "seven towns"
    assert "responsibility" in set(tidy.loc[tidy["source"] == "jnim", "claim_type"])


def test_mali_seven_towns_and_the_politicians_three(mali_extract):
    _, _, tidy, _ = mali_extract
    army = tidy[(tidy["source"] == "fama") & (tidy["claim_type"] == "attacked")]
    assert set(army["location_raw"].dropna()) == {
        "Diboli",
        "Kayes",
        "Sandere",
        "Nioro du Sahel",
        "Gogoui",
        "Molodo",
        "Niono",
    }
    politician = tidy[tidy["source"] == "local_politician"]
    assert set(politician["location_raw"]) == {"Nioro", "Sandare", "Gogui"}
    assert set(politician["place_id"]) == {"geonames:2452651", "ml-sandare", "ml-gogui"}
    residents = tidy[tidy["source"] == "residents"]
    assert set(residents["location"]) == {"Kayes"}


# Invariants true of any article, so that cases can come and go: how well extraction scores
# on the corpus is a benchmark figure (benchmarks/extract_quality.py), not a test.
@pytest.mark.parametrize(
    "case",
    DEV_CASES
    or [pytest.param(None, marks=pytest.mark.skip(reason="../shared/corpus/dev is absent"))],
    ids=lambda case: case.stem if case else "no-corpus",
)
def test_dev_case_candidates_are_spans_of_the_text_and_read_back(case, tmp_path):
    text = yaml.safe_load(case.read_text())["text"]
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        raw = ct.extract(text, case.stem)
    assert list(raw.columns) == list(COLUMNS)
    assert set(raw["claim_type"]) <= set(CLAIM_TYPES)
    assert raw["confidence"].between(0, 1).all()
    for row in raw.itertuples():
        assert text[row.char_start : row.char_end] == row.quote, row.Index
    if raw.empty:  # nothing found is a valid answer
        return
    path = tmp_path / f"{case.stem}.yaml"
    path.write_text(to_yaml(raw, origin=f"{case.stem}.txt"))
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        read_back = ct.read(path)
        tidy, rejects = ct.normalize(read_back)
    assert rejects.empty, rejects["reason"].tolist()
    assert len(read_back) == len(raw)
    assert set(tidy["statement_id"]) == set(read_back["statement_id"])

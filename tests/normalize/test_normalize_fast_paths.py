"""The fast paths inside normalize agree with the plain pandas operations they replace."""

from __future__ import annotations

import importlib

import numpy as np
import pandas as pd
import pytest

from claimtrack._arrow import encode, take_rows
from claimtrack.normalize.unique import group_codes, places, take

# The modules by name: their private fast paths are what is tested.
A = importlib.import_module("claimtrack.normalize.assemble")
S = importlib.import_module("claimtrack.normalize.fields")
F = importlib.import_module("claimtrack.flat")

WORDS = ["Kayes", "Léré", "Nioro", "nioro", "Sandaré", "a b", ""]


def strings(rng: np.random.Generator, n: int, words: list[str], dtype: object) -> pd.Series:
    values = np.array(words, dtype=object)[rng.integers(0, len(words), n)]
    values[rng.random(n) < 0.2] = None
    return pd.Series(values, dtype=dtype)


@pytest.mark.parametrize("dtype", ["str", object])
def test_encode_matches_factorize(rng: np.random.Generator, dtype: object) -> None:
    values = strings(rng, 500, WORDS, dtype)
    codes, uniques = encode(values)
    expected_codes, expected_uniques = pd.factorize(values)
    np.testing.assert_array_equal(codes, expected_codes)
    assert list(np.asarray(uniques, dtype=object)) == list(expected_uniques)


def test_group_codes_all_distinct_are_row_numbers(rng: np.random.Generator) -> None:
    ids = pd.Series([f"s{i}" for i in range(50)], dtype="str")
    np.testing.assert_array_equal(group_codes(ids, strings(rng, 50, WORDS, "str")), np.arange(50))


@pytest.mark.parametrize("groups", [1, 7, 400])
def test_cumcount_and_first_rows_match_groupby(rng: np.random.Generator, groups: int) -> None:
    codes = pd.factorize(rng.integers(0, groups, 500))[0]
    by = pd.Series(np.arange(500)).groupby(codes)
    np.testing.assert_array_equal(A._cumcount(codes), by.cumcount().to_numpy())
    np.testing.assert_array_equal(S._first_rows(codes), by.transform("min").to_numpy())


def test_take_matches_dataframe_take(rng: np.random.Generator) -> None:
    rows = [("a", 1.0, True), (None, np.nan, False), ("c", 3.0, True)]
    codes = rng.integers(0, 3, 100)
    expected = (
        pd.DataFrame(rows, columns=["t", "x", "b"]).astype({"t": "str"}).take(codes)
    ).set_axis(np.arange(100) * 2)
    pd.testing.assert_frame_equal(take(rows, codes, ["t", "x", "b"], expected.index), expected)


def test_claim_ids_match_string_concatenation(rng: np.random.Generator) -> None:
    frame = pd.DataFrame(
        {
            "incident_id": strings(rng, 200, ["i1", "i2"], "str").fillna("i0"),
            "statement_id": strings(rng, 200, WORDS, "str"),  # missing ids give missing claim ids
            "claim_index": rng.integers(0, 3, 200),
            "loc_index": np.zeros(200, dtype=np.int64),
        }
    )
    expected = (
        frame["incident_id"].astype(str)
        + "/"
        + frame["statement_id"].astype(str)
        + "."
        + frame["claim_index"].astype(str)
        + "."
        + frame["loc_index"].astype(str)
    )
    pd.testing.assert_series_equal(A._claim_ids(frame), expected)


def test_origins_match_string_concatenation() -> None:
    index = pd.RangeIndex(5)
    expected = "f.csv:row " + (index.to_series() + 2).astype(str)
    pd.testing.assert_series_equal(F.origins("f.csv:row ", 2, index), expected)


def test_take_rows_matches_dataframe_take(rng: np.random.Generator) -> None:
    frame = pd.DataFrame(
        {
            "t": strings(rng, 300, WORDS, "str"),
            "o": strings(rng, 300, WORDS, object),
            "x": rng.random(300),
            "d": pd.to_datetime(rng.integers(0, 10**9, 300), unit="s"),
            "n": pd.array(rng.integers(0, 5, 300), dtype="Int64"),
        },
        index=np.arange(300) * 3,
    )
    rows = np.repeat(np.arange(300), rng.integers(1, 4, 300))
    pd.testing.assert_frame_equal(take_rows(frame, rows), frame.take(rows))


def test_places_match_split_and_explode(rng: np.random.Generator) -> None:
    lists = strings(rng, 400, ["Kayes", " Nioro ;Kita", "a;;b", ";", " ", "Léré; "], "str")
    pieces, counts = places(lists)
    expected = (
        lists.astype(object)
        .map(
            lambda s: (
                [p.strip() or None for p in s.strip().split(";")] if isinstance(s, str) else [None]
            )
        )
        .explode()
    )
    assert pieces.to_pylist() == [None if pd.isna(p) else p for p in expected]
    np.testing.assert_array_equal(counts, expected.groupby(level=0).size().to_numpy())

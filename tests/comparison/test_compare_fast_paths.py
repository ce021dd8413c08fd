"""The fast paths inside compare agree with the plain pandas/numpy operations they replace."""

from __future__ import annotations

import numpy as np
import pandas as pd
import pytest

from claimtrack._arrow import encode, take
from claimtrack.comparison._join import join_groups
from claimtrack.comparison._keys import sort_order, within

WORDS = ["Kayes", "Léré", "Nioro", "nioro", "Sandaré", "Diboli", "Zégoua", "a b", ""]


def strings(rng: np.random.Generator, n: int, words: list[str], dtype: str) -> pd.Series:
    values = np.array(words, dtype=object)[rng.integers(0, len(words), n)]
    values[rng.random(n) < 0.2] = None
    return pd.Series(values, dtype=dtype)


@pytest.mark.parametrize("dtype", ["str", object])
@pytest.mark.parametrize("sort", [False, True])
def test_factorize_matches_pandas(rng: np.random.Generator, dtype: object, sort: bool) -> None:
    values = strings(rng, 500, WORDS, dtype)
    codes, uniques = encode(values, sort=sort)
    expected_codes, expected_uniques = pd.factorize(values, sort=sort)
    np.testing.assert_array_equal(codes, expected_codes)
    assert list(np.asarray(uniques, dtype=object)) == list(expected_uniques)


@pytest.mark.parametrize("dtype", ["str", object])
def test_take_matches_pandas_take(rng: np.random.Generator, dtype: object) -> None:
    values = strings(rng, 300, WORDS, dtype).set_axis(np.arange(300) * 3)
    rows = rng.integers(0, 300, 400)
    expected = values.take(rows).reset_index(drop=True)
    pd.testing.assert_series_equal(take(values, rows), expected)


@pytest.mark.parametrize("n_values", [5, 200])  # bit masks, then the sort
def test_join_groups_matches_groupby(rng: np.random.Generator, n_values: int) -> None:
    words = [f"place {i:03d}" for i in range(n_values)]
    values = strings(rng, 3000, words, "str")
    codes = rng.integers(0, 400, len(values))
    got = join_groups(codes, values, 410)
    frame = pd.DataFrame({"code": codes, "value": values}).dropna()
    expected = frame.groupby("code")["value"].agg(lambda v: "; ".join(sorted(set(v))))
    expected = expected.reindex(range(410))
    assert got.isna().tolist() == expected.isna().tolist()
    assert got.dropna().tolist() == expected.dropna().tolist()


def test_sort_order_matches_lexsort(rng: np.random.Generator) -> None:
    n = 2000
    keys = [
        rng.integers(0, 50, n) * 10**12,  # a wide integer range: ranked, not packed raw
        rng.integers(0, 4, n),
        -np.nan_to_num(np.where(rng.random(n) < 0.3, np.nan, rng.integers(0, 9, n)), nan=-1.0),
        -rng.integers(0, 3, n),
    ]
    np.testing.assert_array_equal(sort_order(keys), np.lexsort(keys[::-1]))


def test_within_matches_isin(rng: np.random.Generator) -> None:
    keys, among = rng.integers(0, 100, 1000), rng.integers(0, 100, 300)
    np.testing.assert_array_equal(within(keys, among), np.isin(keys, among))
    assert not within(keys, among[:0]).any()

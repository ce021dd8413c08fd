"""Places are exploded without moving text, with the same tidy frame and rejects as before.

The expected frames come from normalize run with a slow, obviously correct explode
written here in plain pandas (``str.split`` + ``explode``), the way it was done
before the positions-based one.
"""

from __future__ import annotations

import importlib
import warnings
from pathlib import Path

import numpy as np
import pandas as pd
import pytest

from claimtrack import read
from claimtrack.synthetic import write_synthetic_statements

# claimtrack.normalize.claims the module (the package exports a function of the same name).
C = importlib.import_module("claimtrack.normalize.claims")
A = importlib.import_module("claimtrack.normalize.assemble")
ROOT = Path(__file__).resolve().parents[2]


def reference_explode(base: pd.DataFrame) -> pd.DataFrame:
    """One row per place, each place stripped, blank places missing; index = the raw row."""

    def places(cell: object) -> list:
        if not isinstance(cell, str):
            return [None]
        return [piece.strip() or None for piece in cell.strip().split(";")]

    split = base.assign(location_raw=base["locations"].astype(object).map(places))
    exploded = split.explode("location_raw")
    exploded["loc_index"] = exploded.groupby(level=0).cumcount()
    return exploded


def quiet_normalize(raw: pd.DataFrame) -> tuple[pd.DataFrame, pd.DataFrame]:
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")  # unmatched places warn; not what is tested here
        return C.normalize(raw)


def normalized_by_reference(raw: pd.DataFrame, monkeypatch) -> tuple[pd.DataFrame, pd.DataFrame]:
    """normalize as it was: the same code with the plain pandas explode in place."""
    with monkeypatch.context() as patch:
        patch.setattr(A, "_explode_locations", reference_explode)
        return quiet_normalize(raw)


def assert_same_values(actual: pd.DataFrame, expected: pd.DataFrame) -> None:
    """Same rows, columns and values; dtypes may differ (text may be dictionary-encoded)."""
    assert list(actual.columns) == list(expected.columns)
    pd.testing.assert_frame_equal(
        actual.astype(object).reset_index(drop=True),
        expected.astype(object).reset_index(drop=True),
        check_dtype=False,
    )


def edge_cases(tmp_path: Path) -> pd.DataFrame:
    """Blank, missing, padded and trailing-separator place lists, in a flat CSV."""
    lists = ["Kayes", "", "Kayes; Nioro ;Diboli", " ; Kita", "Mopti;", "Ségou ;  ", None]
    frame = pd.DataFrame(
        {
            "incident_id": "edge-1",
            "country": "ML",
            "statement_id": [f"s{i}" for i in range(len(lists))],
            "source": ["the army", "JNIM", "residents", "FAMa", "JNIM", "the army", "JNIM"],
            "claim_type": "killed",
            "subject": "fighters",
            "value": ["80", "3", "about 10", "dozens", "x", "5", "7"],
            "locations": lists,
            "quote": [f"[test] statement {i}" for i in range(len(lists))],
        }
    )
    path = tmp_path / "edge.csv"
    frame.to_csv(path, index=False)
    return read(path)


@pytest.fixture(scope="module")
def synthetic(tmp_path_factory) -> pd.DataFrame:
    folder = tmp_path_factory.mktemp("synthetic")
    write_synthetic_statements(folder, n_incidents=40, seed=3)
    return read(folder)


@pytest.mark.parametrize("which", ["bundled", "synthetic", "edge"])
def test_tidy_and_rejects_unchanged(which, synthetic, tmp_path, monkeypatch) -> None:
    raw = {
        "bundled": lambda: read(ROOT / "data" / "statements"),
        "synthetic": lambda: synthetic,
        "edge": lambda: edge_cases(tmp_path),
    }[which]()
    assert (raw["locations"].astype("str").str.count(";") > 0).any()  # several places occur
    expected_tidy, expected_rejects = normalized_by_reference(raw, monkeypatch)
    tidy, rejects = quiet_normalize(raw)
    assert len(tidy) > raw["origin"].nunique() - len(rejects)  # rows were really split
    assert_same_values(tidy, expected_tidy)
    assert_same_values(rejects, expected_rejects)


def test_explode_matches_reference_on_edge_cases(tmp_path) -> None:
    raw = edge_cases(tmp_path)
    actual = A._explode_locations(raw)
    expected = reference_explode(raw)
    np.testing.assert_array_equal(actual.index.to_numpy(), expected.index.to_numpy())
    assert actual["loc_index"].tolist() == [0, 0, 0, 1, 2, 0, 1, 0, 1, 0, 1, 0]
    places = [None if pd.isna(v) else v for v in actual["location_raw"]]
    assert places == [None if pd.isna(v) else v for v in expected["location_raw"]]
    assert places[:6] == ["Kayes", None, "Kayes", "Nioro", "Diboli", None]
    assert actual["quote"].tolist() == expected["quote"].tolist()

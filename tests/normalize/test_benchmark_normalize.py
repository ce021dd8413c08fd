"""The realistic benchmark's rows are the bundled statements, resampled and read back whole."""

from __future__ import annotations

import importlib.util
import warnings
from pathlib import Path

import claimtrack as ct

ROOT = Path(__file__).resolve().parents[2]
SPEC = importlib.util.spec_from_file_location("bench_normalize", ROOT / "benchmarks/normalize.py")
BENCH = importlib.util.module_from_spec(SPEC)
SPEC.loader.exec_module(BENCH)


def test_realistic_rows_keep_quotes_and_places_and_are_all_accepted(tmp_path: Path) -> None:
    path = tmp_path / "realistic.csv"
    BENCH.generate_realistic(path, 5_000, seed=1)
    raw = ct.read(path)
    bundled = ct.read(ROOT / "data" / "statements")
    assert len(raw) == 5_000
    assert set(raw["quote"]) <= set(bundled["quote"])  # quotes kept verbatim
    assert set(raw["locations"].dropna()) <= set(bundled["locations"].dropna())
    assert raw["locations"].str.contains(";").mean() > 0.05  # several places per statement
    assert raw["incident_id"].nunique() > bundled["incident_id"].nunique()  # ids varied
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        tidy, rejects = ct.normalize(raw)
    assert rejects.empty, rejects["reason"].head().tolist()
    assert tidy["origin"].nunique() == len(raw)
    assert len(tidy) > len(raw)

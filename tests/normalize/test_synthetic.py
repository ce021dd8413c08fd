"""The seeded synthetic data set: labelled synthetic, reproducible, and clean through normalize."""

from __future__ import annotations

import warnings

import claimtrack as ct
from claimtrack.synthetic import write_synthetic_statements


def test_synthetic_is_seeded_labelled_and_normalizes_cleanly(tmp_path):
    first = write_synthetic_statements(tmp_path / "a", n_incidents=20, seed=7)
    second = write_synthetic_statements(tmp_path / "b", n_incidents=20, seed=7)
    assert [p.read_bytes() for p in first] == [p.read_bytes() for p in second]
    assert all(p.read_text().startswith("# SYNTHETIC DATA") for p in first)
    with warnings.catch_warnings():
        warnings.simplefilter("error")  # every synthetic source is in the actor table
        tidy, rejects = ct.load(tmp_path / "a")
    assert rejects.empty
    assert tidy["incident_id"].nunique() == 20
    assert tidy["incident_id"].str.startswith("synthetic-").all()
    assert {"independent", "mali_state", "jnim"} <= set(tidy["side"])
    assert tidy["match_method"].isin(["exact", "alternate", "fuzzy", "none"]).all()

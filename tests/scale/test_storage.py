"""The partitioned Parquet dataset reads back as the tidy frame, and reads only what is asked."""

from __future__ import annotations

import pandas as pd
import pytest
from conftest import ROOT

import claimtrack as ct
from claimtrack.storage import load_parquet, write_dataset

BUNDLED = ROOT / "data" / "statements"


@pytest.fixture(scope="module")
def tidy() -> pd.DataFrame:
    return ct.load(BUNDLED)[0]


def sort(frame: pd.DataFrame) -> pd.DataFrame:
    return frame.sort_values("claim_id").reset_index(drop=True)


@pytest.mark.parametrize("on", ["incident_id", "country_code"])
def test_the_dataset_reads_back_as_the_tidy_frame(tidy, tmp_path, on) -> None:
    folder = write_dataset(tidy, tmp_path / "claims", on)
    # An all-null column comes back with no categories of no type: the same values.
    pd.testing.assert_frame_equal(sort(load_parquet(folder)), sort(tidy), check_categorical=False)


def test_one_incident_reads_only_its_folder(tidy, tmp_path) -> None:
    folder = write_dataset(tidy, tmp_path / "claims", "incident_id")
    assert len(list(folder.iterdir())) == tidy["incident_id"].nunique()
    chosen = sorted(tidy["incident_id"].unique())[:2]
    got = load_parquet(folder, incidents=chosen)
    pd.testing.assert_frame_equal(
        sort(got), sort(tidy[tidy["incident_id"].isin(chosen)]), check_categorical=False
    )


def test_dask_reads_the_same_dataset(tidy, tmp_path) -> None:
    pytest.importorskip("dask.dataframe", reason="the dask extra is not installed")
    from claimtrack.scale.frames import read_dataset

    folder = write_dataset(tidy, tmp_path / "claims", "incident_id")
    lazy = read_dataset(folder)
    assert lazy.npartitions == tidy["incident_id"].nunique()
    pd.testing.assert_frame_equal(sort(lazy.compute()), sort(tidy), check_categorical=False)


def test_a_rewrite_replaces_the_dataset_whole(tidy, tmp_path) -> None:
    folder = write_dataset(tidy, tmp_path / "claims", "incident_id")
    write_dataset(tidy.head(3), folder, "incident_id")
    assert len(load_parquet(folder)) == 3
    assert not [p for p in tmp_path.iterdir() if p.name.startswith(".")]


def test_the_command_writes_a_partitioned_dataset(tidy, tmp_path) -> None:
    import subprocess
    import sys

    out = tmp_path / "out"
    cmd = [sys.executable, "-m", "claimtrack", "normalize", str(BUNDLED), "-o", str(out)]
    done = subprocess.run(
        [*cmd, "--partition-on", "incident_id"], capture_output=True, text=True, check=False
    )
    assert done.returncode == 0, done.stderr
    pd.testing.assert_frame_equal(
        sort(ct.load_parquet(out / "claims")), sort(tidy), check_categorical=False
    )
    bad = subprocess.run(
        [*cmd, "--partition-on", "side"], capture_output=True, text=True, check=False
    )
    assert bad.returncode == 2
    assert "use one of incident_id, country_code" in bad.stderr

"""Retention: old runs go, never what ``latest`` points at nor a report's last success."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from conftest import ROOT

from claimtrack.manifest import write_manifest
from claimtrack.reports import ParameterError, mark_latest, prune, write_index

OLD, MIDDLE, NEW = "20250101T000000Z-aaaaaa", "20260101T000000Z-bbbbbb", "20991231T000000Z-cccccc"


def _report(reports, run_id, key, status, size=1000):
    folder = reports / run_id / key
    folder.mkdir(parents=True)
    (folder / "brief.html").write_bytes(b"x" * size)
    write_manifest(folder, notebook="incident_brief", run={"status": status, "run_id": run_id})
    return folder


@pytest.fixture
def reports(tmp_path):
    """a: succeeded in OLD, failed since (latest → OLD/a); b: succeeded in every run; c:
    succeeded in OLD, failed in NEW, its latest pointer lost; a lab/ folder of a person's."""
    reports = tmp_path / "reports"
    mark_latest(reports, "a", _report(reports, OLD, "a", "succeeded"))
    _report(reports, OLD, "b", "succeeded")
    _report(reports, OLD, "c", "succeeded")
    _report(reports, MIDDLE, "a", "failed")
    _report(reports, MIDDLE, "b", "succeeded")
    _report(reports, NEW, "b", "succeeded")
    _report(reports, NEW, "c", "failed")
    mark_latest(reports, "b", reports / NEW / "b")
    (reports / "lab" / "overview").mkdir(parents=True)
    write_index(reports)
    return reports


def _left(reports):
    found = (p for p in reports.glob("*/*") if p.is_dir() and p.parent.name != "latest")
    return sorted(p.relative_to(reports).as_posix() for p in found)


def test_keep_one_keeps_latest_and_every_last_success(reports):
    result = prune(reports, keep=1)
    assert _left(reports) == sorted(
        [f"{NEW}/b", f"{NEW}/c", f"{OLD}/a", f"{OLD}/c", "lab/overview"]
    )
    assert not (reports / MIDDLE).exists()
    assert (reports / "latest" / "a").resolve() == (reports / OLD / "a").resolve()
    assert result.freed > 3000  # OLD/b, MIDDLE/a, MIDDLE/b: 1000 bytes each and manifests
    index = (reports / "index.html").read_text()
    assert MIDDLE not in index
    assert f"{OLD}/a/" in index
    assert f"{OLD}/b/" not in index
    summary = result.summary()
    assert f"removed run {MIDDLE} (2 reports" in summary
    assert "kept: a (latest), c (last success)" in summary
    assert "freed" in summary


def test_dry_run_lists_and_removes_nothing(reports):
    before = _left(reports)
    result = prune(reports, keep=0, dry_run=True)
    assert _left(reports) == before
    assert f"would remove run {MIDDLE} (2 reports" in result.summary()
    assert f"would remove run {NEW}: 1 report" in result.summary()  # c failed there
    assert "would free" in result.summary()


def test_older_than_and_keep_both_must_let_a_run_go(reports):
    assert not prune(reports, older_than=100_000).removals  # every run is younger
    result = prune(reports, keep=1, older_than=30)
    assert [r.run.name for r in result.removals] == [MIDDLE, OLD]
    assert (reports / NEW).is_dir()


def test_last_success_is_kept_even_without_latest(reports):
    shutil.rmtree(reports / "latest")
    prune(reports, keep=0)
    assert _left(reports) == sorted([f"{NEW}/b", f"{OLD}/a", f"{OLD}/c", "lab/overview"])


def test_a_rule_is_needed():
    with pytest.raises(ParameterError, match="--keep N and/or --older-than DAYS"):
        prune("/tmp/none")
    with pytest.raises(ParameterError, match="≥ 0"):
        prune("/tmp/none", keep=-1)


def test_prune_command(reports):
    command = [str(Path(sys.executable).parent / "claimtrack")]
    run = subprocess.run(
        [*command, "prune", "--keep", "1", "--dry-run", "--reports-dir", str(reports)],
        cwd=ROOT,
        capture_output=True,
        text=True,
    )
    assert run.returncode == 0, run.stderr
    assert f"would remove run {MIDDLE}" in run.stdout
    refused = subprocess.run(
        [*command, "prune", "--reports-dir", str(reports)], cwd=ROOT, capture_output=True, text=True
    )
    assert refused.returncode == 2
    assert refused.stderr.startswith("error: give --keep N and/or --older-than DAYS")

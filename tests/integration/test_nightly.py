"""A nightly schedule with real kernels: a one-file change re-runs only its brief and the
overview; the command's exit codes and ``--summary-json`` as a scheduler reads them."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest
from conftest import ROOT

from claimtrack import reports
from claimtrack.synthetic import write_synthetic_statements

CLAIMTRACK = str(Path(sys.executable).parent / "claimtrack")


@pytest.fixture(scope="module")
def nightly(tmp_path_factory):
    """Two synthetic incidents run in full, then one file changed and an incremental run."""
    work = tmp_path_factory.mktemp("nightly")
    statements, out = work / "statements", work / "reports"
    write_synthetic_statements(statements, n_incidents=2, seed=0)
    entries = reports.schedule_all(statements)
    full = reports.run_schedule(entries, jobs=2, reports_dir=out, progress=False)
    with (statements / "synthetic-002.yaml").open("a") as handle:
        handle.write("# a correction arrived\n")
    incremental = reports.run_schedule(
        reports.schedule_all(statements), jobs=2, reports_dir=out, changed=True, progress=False
    )
    return statements, out, full, incremental


def test_only_the_changed_brief_and_the_overview_re_run(nightly):
    _, out, full, incremental = nightly
    assert full.ok, full.summary()
    assert incremental.ok, incremental.summary()
    status = {r.key: r.status for r in incremental.results}
    assert status == {
        "synthetic-001": "skipped",
        "synthetic-002": "succeeded",
        "overview": "succeeded",
    }
    assert f"skipped synthetic-001 (incident_brief), unchanged since {full.run_id}" in (
        incremental.summary()
    )
    assert sorted(p.name for p in incremental.folder.iterdir()) == ["overview", "synthetic-002"]
    # latest: the new runs where they ran, the first run where nothing changed.
    assert (out / "latest" / "synthetic-001").resolve().parent.name == full.run_id
    assert (out / "latest" / "synthetic-002").resolve().parent.name == incremental.run_id


def test_manifests_record_the_fingerprint(nightly):
    _, _, full, _ = nightly
    manifest = json.loads((full.folder / "synthetic-001" / "manifest.json").read_text())
    assert sorted(manifest["fingerprint"]) == [
        "code",
        "notebook",
        "parameters",
        "reference",
        "statements",
    ]


def _schedule(statements, out, *args):
    command = [CLAIMTRACK, "schedule", "--all", "--statements", str(statements)]
    command += ["--reports-dir", str(out), *args]
    return subprocess.run(command, cwd=ROOT, capture_output=True, text=True, timeout=600)


def test_nothing_changed_exits_0_and_runs_nothing(nightly, tmp_path):
    statements, out, _, _ = nightly
    summary = tmp_path / "summary.json"
    done = _schedule(statements, out, "--changed", "--summary-json", str(summary))
    assert done.returncode == 0, done.stderr
    assert "0 of 3 reports succeeded, 3 skipped (unchanged)" in done.stdout
    assert "Nothing ran" in done.stdout
    written = json.loads(summary.read_text())
    assert written["status"] == "ok"
    assert written["counts"] == {"succeeded": 0, "skipped": 3, "failed": 0, "interrupted": 0}


def test_exit_1_when_a_statements_file_is_left_out(nightly, tmp_path):
    statements, out, _, _ = nightly
    broken = statements / "zz-broken.yaml"
    broken.write_text("statements: [unclosed\n")
    try:
        summary = tmp_path / "summary.json"
        done = _schedule(statements, out, "--changed", "--summary-json", str(summary))
    finally:
        broken.unlink()
    assert done.returncode == 1, done.stderr
    written = json.loads(summary.read_text())
    assert written["status"] == "failed"
    assert any("zz-broken.yaml" in p for p in written["problems"])


def test_exit_2_on_usage(nightly, tmp_path):
    statements, out, _, _ = nightly
    summary = tmp_path / "summary.json"
    done = _schedule(statements, out, "--changed", "--force", "--summary-json", str(summary))
    assert done.returncode == 2
    assert done.stderr.startswith("error: --changed and --force contradict each other")
    assert json.loads(summary.read_text())["status"] == "refused"


def test_the_papermill_operator_s_parameters_run_the_brief(tmp_path, monkeypatch):
    """README, Scheduling: Airflow's PapermillOperator calls papermill.execute_notebook with
    the task's input_nb, output_nb, parameters and kernel_name; here from outside the project."""
    import papermill

    from claimtrack.reports.kernel import kernel_config

    monkeypatch.chdir(tmp_path)
    (tmp_path / "airflow").mkdir()  # made once: papermill writes output_nb before the run
    output_dir = tmp_path / "airflow" / "mali-2026-12-01"
    papermill.execute_notebook(
        str(ROOT / "notebooks" / "incident_brief.ipynb"),
        str(tmp_path / "airflow" / "mali-2026-12-01.ipynb"),
        kernel_name="python3",
        parameters={
            "incident_id": "mali-2025-07-01-coordinated-attacks",
            "statements": "data/statements",
            "dpi": 200,
            "root": str(ROOT),
            "output_dir": str(output_dir),
        },
        progress_bar=False,
        # Unix sockets, as the runner uses: parallel kernels race for TCP ports (papermill#511),
        # and a lost port hangs the run; the timeout turns any hang into a failure.
        config=kernel_config(),
        execution_timeout=600,
    )
    manifest = json.loads((output_dir / "manifest.json").read_text())
    assert manifest["parameters"]["incident_id"] == "mali-2025-07-01-coordinated-attacks"
    assert (output_dir / "claims.csv").is_file()

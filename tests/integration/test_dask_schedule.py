"""`claimtrack schedule --dask local`: the same reports, summary, index and `latest` as the
local runner; a worker killed under a report leaves that report failed, nothing half-written.

Tiny notebooks (no pandas): ``ok1``/``ok2`` end at once, ``bad`` raises in a cell, ``dies``
writes its kernel's pid and then kills its own Dask worker process (the one that launched
the kernel) before sleeping: a worker death at a known point, with no timing to guess.
"""

from __future__ import annotations

import json
import subprocess
import sys
import time
from pathlib import Path

import nbformat
import psutil
import pytest
from conftest import ROOT

pytest.importorskip("distributed", reason="the dask extra is not installed")

BODY = """import os, signal, time
from pathlib import Path
Path(output_dir, "kernel.pid").write_text(str(os.getpid()))
if fail:
    raise ValueError("asked to fail")
if kill_worker:
    # The Dask worker: the first process up from the kernel that is neither a kernel nor the
    # warm-kernel server the kernel may have been forked from.
    import psutil

    worker = psutil.Process().parent()
    while "claimtrack.reports.zygote" in " ".join(worker.cmdline()):
        worker = worker.parent()
    os.kill(worker.pid, signal.SIGKILL)
    time.sleep(20)
    Path(output_dir, "after-death.txt").write_text("the dead worker's kernel wrote on")
"""


def _notebook(path: Path) -> Path:
    nb = nbformat.v4.new_notebook()
    params = nbformat.v4.new_code_cell(
        'statements: str = "data/statements"  # fingerprinted by --changed (not read)\n'
        "fail: bool = False  # raise in a cell\n"
        "kill_worker: bool = False  # kill the process running the kernel\n"
        'output_dir: str = ""  # by claimtrack'
    )
    params.metadata["tags"] = ["parameters"]
    nb.cells = [params, nbformat.v4.new_code_cell(BODY)]
    nb.metadata["kernelspec"] = {
        "name": "python3",
        "display_name": "Python 3",
        "language": "python",
    }
    nbformat.write(nb, path)
    return path


def _schedule(folder: Path, special: dict[str, dict]) -> Path:
    entries = [
        {"notebook": str(_notebook(folder / f"{name}.ipynb")), "parameters": special.get(name, {})}
        for name in ("ok1", *special, "ok2")
    ]
    path = folder / "schedule.yaml"
    path.write_text(json.dumps(entries), encoding="utf-8")  # JSON is YAML
    return path


def _run(schedule: Path, reports: Path, *dask: str) -> tuple[subprocess.CompletedProcess, dict]:
    summary = reports.parent / f"summary{'-'.join(('', *dask))}.json"
    done = subprocess.run(
        [
            sys.executable,
            "-m",
            "claimtrack",
            "schedule",
            str(schedule),
            "-j",
            "2",
            "--reports-dir",
            str(reports),
            "--summary-json",
            str(summary),
            *dask,
        ],
        capture_output=True,
        text=True,
        cwd=ROOT,
        timeout=300,
    )
    assert "Traceback" not in done.stderr, done.stderr
    return done, json.loads(summary.read_text(encoding="utf-8"))


def _comparable(summary: dict) -> dict:
    """What a summary says, without what differs from run to run (ids, folders, seconds)."""
    reports = [
        {k: r[k] for k in ("report", "notebook", "status", "error", "parameters")}
        for r in summary["reports"]
    ]
    return {k: summary[k] for k in ("status", "exit_code", "counts")} | {"reports": reports}


def test_a_schedule_on_dask_says_what_the_local_runner_says(tmp_path) -> None:
    schedule = _schedule(tmp_path, {"bad": {"fail": True}})
    local, local_summary = _run(schedule, tmp_path / "local")
    dask, dask_summary = _run(schedule, tmp_path / "dask", "--dask", "local")
    assert local.returncode == dask.returncode == 1, dask.stderr
    assert _comparable(dask_summary) == _comparable(local_summary)
    assert dask_summary["counts"]["failed"] == 1
    assert "FAILED  bad (bad)" in dask.stdout
    assert "ValueError: asked to fail" in dask.stdout
    run = Path(dask_summary["folder"])
    latest = tmp_path / "dask" / "latest"
    assert sorted(p.name for p in latest.iterdir()) == ["ok1", "ok2"]
    assert (latest / "ok1").resolve() == run / "ok1"
    assert (run / "bad" / "bad.html").is_file()  # the partial notebook exported, as locally
    assert run.name in (tmp_path / "dask" / "index.html").read_text(encoding="utf-8")
    # --changed reads the fingerprints the manifests record: both runners record the same.
    for name in ("ok1", "ok2"):
        here = json.loads((run / name / "manifest.json").read_text(encoding="utf-8"))
        there = Path(local_summary["folder"]) / name / "manifest.json"
        assert here["fingerprint"] == json.loads(there.read_text(encoding="utf-8"))["fingerprint"]


def test_a_worker_killed_mid_report_fails_that_report_and_nothing_else(tmp_path) -> None:
    reports = tmp_path / "reports"
    schedule = _schedule(tmp_path, {"dies": {"kill_worker": True}})
    done, summary = _run(schedule, reports, "--dask", "local")
    assert done.returncode == 1, done.stdout + done.stderr
    statuses = {r["report"]: r["status"] for r in summary["reports"]}
    assert statuses == {"ok1": "succeeded", "dies": "failed", "ok2": "succeeded"}
    (dead,) = [r for r in summary["reports"] if r["report"] == "dies"]
    assert "Dask worker died" in dead["error"]
    assert "FAILED  dies (dies)" in done.stdout
    folder = Path(dead["folder"])
    manifest = json.loads((folder / "manifest.json").read_text(encoding="utf-8"))
    assert manifest["run"]["status"] == "failed"
    assert manifest["run"]["error"]["ename"] == "WorkerLost"
    # `latest` holds the reports that succeeded, never the dead worker's folder.
    assert sorted(p.name for p in (reports / "latest").iterdir()) == ["ok1", "ok2"]
    index = (reports / "index.html").read_text(encoding="utf-8")
    assert "WorkerLost" in index
    # The dead worker's kernel is gone without writing on; no temporary file anywhere.
    kernel = int((folder / "kernel.pid").read_text())
    deadline = time.monotonic() + 60
    while psutil.pid_exists(kernel) and time.monotonic() < deadline:
        time.sleep(0.5)
    assert not psutil.pid_exists(kernel)
    assert not (folder / "after-death.txt").exists()
    assert not [p for p in reports.rglob("*") if p.name.endswith(".tmp")]

"""One run at a time on a reports folder: two real processes, the second refused (exit 3) or
queued (``--wait``); a holder killed outright lets go."""

from __future__ import annotations

import json
import signal
import subprocess
import sys
from pathlib import Path

import pytest
from conftest import ROOT

CLAIMTRACK = str(Path(sys.executable).parent / "claimtrack")
# Holds the lock until a line arrives on stdin (or the process is killed).
HOLDER = """
import sys
from claimtrack.reports import reports_lock
with reports_lock(sys.argv[1]):
    print("held", flush=True)
    sys.stdin.readline()
"""


@pytest.fixture
def holder(tmp_path):
    reports = tmp_path / "reports"
    process = subprocess.Popen(
        [sys.executable, "-c", HOLDER, str(reports)],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
    )
    assert process.stdout.readline().strip() == "held"
    yield reports, process
    if process.poll() is None:
        process.kill()
    process.wait()


def _claimtrack(*args, **kwargs):
    return subprocess.run(
        [CLAIMTRACK, *args], cwd=ROOT, capture_output=True, text=True, timeout=120, **kwargs
    )


def test_a_second_run_is_refused_with_exit_3_and_who_holds_it(holder, tmp_path):
    reports, process = holder
    pruned = _claimtrack("prune", "--keep", "1", "--reports-dir", str(reports))
    assert pruned.returncode == 3
    assert pruned.stderr.startswith(f"error: another claimtrack run holds {reports / '.lock'}")
    assert f"pid {process.pid}" in pruned.stderr
    assert "--wait" in pruned.stderr
    schedule = tmp_path / "s.yaml"
    schedule.write_text("- notebook: overview\n")
    summary = tmp_path / "summary.json"
    refused = _claimtrack(
        "schedule", str(schedule), "--reports-dir", str(reports), "--summary-json", str(summary)
    )
    assert refused.returncode == 3, refused.stderr
    written = json.loads(summary.read_text())
    assert written["status"] == "locked"
    assert written["exit_code"] == 3
    assert written["error"].startswith("another claimtrack run holds")
    assert not [p for p in reports.iterdir() if p.is_dir()]  # no run folder was made


def test_wait_queues_behind_the_holder(holder):
    reports, process = holder
    waiting = subprocess.Popen(
        [CLAIMTRACK, "prune", "--keep", "1", "--wait", "--reports-dir", str(reports)],
        cwd=ROOT,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    assert waiting.stderr.readline().startswith("waiting: another claimtrack run holds")
    assert waiting.poll() is None  # still queued: the holder has not let go
    process.stdin.write("done\n")
    process.stdin.flush()
    assert waiting.wait(timeout=120) == 0
    assert waiting.stdout.read().startswith("nothing to prune")


def test_a_holder_killed_outright_lets_go(holder):
    reports, process = holder
    process.send_signal(signal.SIGKILL)
    process.wait()
    assert _claimtrack("prune", "--keep", "1", "--reports-dir", str(reports)).returncode == 0


def test_a_report_waiting_for_the_lock_stops_on_sigterm(holder):
    reports, _ = holder
    waiting = subprocess.Popen(
        [CLAIMTRACK, "report", "overview", "--wait", "--reports-dir", str(reports)],
        cwd=ROOT,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    assert waiting.stderr.readline().startswith("waiting: another claimtrack run holds")
    waiting.send_signal(signal.SIGTERM)
    assert waiting.wait(timeout=60) == 143
    assert "interrupted before any report ran" in waiting.stderr.read()
    assert not [p for p in reports.iterdir() if p.is_dir()]  # no run folder was made

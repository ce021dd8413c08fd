"""The ``claimtrack`` command: refusals are one line, exit 2, and load nothing heavy."""

from __future__ import annotations

import subprocess
import sys

import pytest
from conftest import ROOT

# Calls the command's entry in a fresh process, then says which heavy modules it loaded.
PROBE = """
import sys
from claimtrack.cli import app
try:
    app(sys.argv[1:])
except SystemExit as stop:
    print("exit", stop.code)
print(sorted(m for m in ("pandas", "pyarrow", "pandera", "matplotlib") if m in sys.modules))
"""


def _probe(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-c", PROBE, *args], cwd=ROOT, capture_output=True, text=True
    )


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["-p", "colour", "red"], "error: incident_brief has no parameter 'colour'; it accepts:"),
        (["-p", "dpi", "high"], "error: dpi must be int (default 200), got str 'high'"),
        (["-p", "incident_id", "../etc"], "error: incident_id '../etc' is not allowed"),
        (["-p", "output_dir", "/tmp"], "error: output_dir is set by claimtrack itself"),
    ],
)
def test_report_refuses_a_bad_parameter_without_loading_pandas(args, message):
    out = _probe("report", "incident_brief", *args)
    assert out.stderr.startswith(message), out.stderr
    assert out.stdout.splitlines() == ["exit 2", "[]"], out.stdout + out.stderr


def test_report_refusal_through_the_installed_command():
    out = subprocess.run(
        [sys.executable, "-m", "claimtrack", "report", "overview", "-p", "dpi", "x"],
        cwd=ROOT,
        capture_output=True,
        text=True,
    )
    assert out.returncode == 2
    assert out.stderr == "error: dpi must be int (default 200), got str 'x'\n"


def test_prepare_and_schedule_refusals_load_nothing_heavy(tmp_path):
    schedule = tmp_path / "schedule.yaml"
    schedule.write_text("- notebook: overview\n  parameters: {colour: red}\n")
    out = _probe("schedule", str(schedule))
    assert "entry 1 (overview): overview has no parameter 'colour'" in out.stderr
    assert out.stdout.splitlines() == ["exit 2", "[]"], out.stdout + out.stderr
    out = _probe("prepare", "overview", "-p", "dpi", "x", "-o", str(tmp_path / "o.ipynb"))
    assert out.stdout.splitlines() == ["exit 2", "[]"], out.stdout + out.stderr


def test_help_lists_the_commands():
    out = _probe("--help")
    for command in ("normalize", "validate", "extract", "report", "schedule", "prepare"):
        assert command in out.stdout
    assert out.stdout.splitlines()[-2:] == ["exit 0", "[]"]

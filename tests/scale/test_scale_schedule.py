"""`schedule --dask` without the dask extra, and the runner's choice of where reports run."""

from __future__ import annotations

import subprocess
import sys

from conftest import ROOT

from claimtrack.scale.schedule import schedule_on, target

# Run the command with dask and distributed hidden, as on an install without the extra.
WITHOUT_DASK = """
import sys
sys.modules.update(dask=None, distributed=None)  # None: "not installed" to imports and find_spec
from claimtrack.cli import app
app(prog_name="claimtrack")
"""


def _schedule_refused(tmp_path, program: list[str], address: str) -> str:
    """`schedule … --dask ADDRESS` refused before any report ran (exit 2): its stderr."""
    schedule = tmp_path / "schedule.yaml"
    schedule.write_text('[{"notebook": "overview"}]', encoding="utf-8")
    reports = tmp_path / "reports"
    done = subprocess.run(
        [*program, "schedule", str(schedule), "--dask", address, "--reports-dir", str(reports)],
        capture_output=True,
        text=True,
        cwd=ROOT,
        timeout=120,
    )
    assert done.returncode == 2, done.stderr
    assert "Traceback" not in done.stderr
    assert not reports.exists()  # nothing ran
    return done.stderr


def test_dask_missing_is_said_in_one_line_with_what_to_install(tmp_path) -> None:
    said = _schedule_refused(tmp_path, [sys.executable, "-c", WITHOUT_DASK], "local")
    assert said.strip().splitlines() == [
        "error: --dask needs Dask and distributed, which are not installed: "
        "pip install 'claimtrack[dask]'"
    ]


def test_a_scheduler_that_cannot_be_reached_is_refused_before_any_report(tmp_path) -> None:
    said = _schedule_refused(tmp_path, [sys.executable, "-m", "claimtrack"], "nonsense:://")
    assert said.startswith("error: --dask nonsense:://: cannot reach the Dask scheduler")


def test_schedules_run_on_dask_only_inside_schedule_on() -> None:
    assert target() is None
    with schedule_on("local"):
        assert target() == "local"
    assert target() is None

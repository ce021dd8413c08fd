"""SIGTERM and Ctrl-C (SIGINT) sent to a real ``claimtrack schedule`` process.

Three tiny notebooks: ``quick`` ends at once, ``slow1`` and ``slow2`` sleep in a cell and
write their kernel's pid first. A first schedule where every report succeeds makes them
``latest``; a second one, with the slow ones sleeping, gets the signal while both
kernels sleep. Then: exit code 128 + signal, the summary printed, no traceback, every
process of the run gone (workers and kernels), the slow reports *interrupted* in their
manifests and never ``latest``, the run listed in the index, the first run untouched.
"""

from __future__ import annotations

import hashlib
import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import nbformat
import psutil
import pytest
from conftest import ROOT

NAMES = ("quick", "slow1", "slow2")


def _notebook(path: Path) -> None:
    nb = nbformat.v4.new_notebook()
    params = nbformat.v4.new_code_cell(
        'seconds: float = 0.0  # how long the cell sleeps\noutput_dir: str = ""  # by claimtrack'
    )
    params.metadata["tags"] = ["parameters"]
    nb.cells = [
        params,
        nbformat.v4.new_code_cell(
            "import os, time\nfrom pathlib import Path\n"
            "Path(output_dir, 'kernel.pid').write_text(str(os.getpid()))"
        ),
        nbformat.v4.new_code_cell("time.sleep(seconds)"),
    ]
    nb.metadata["kernelspec"] = {
        "name": "python3",
        "display_name": "Python 3",
        "language": "python",
    }
    nbformat.write(nb, path)


def _schedule(folder: Path, seconds: float) -> Path:
    entries = [
        {
            "notebook": str(folder / f"{name}.ipynb"),
            "parameters": {"seconds": 0 if name == "quick" else seconds},
        }
        for name in NAMES
    ]
    path = folder / f"schedule-{seconds:g}.yaml"
    path.write_text(json.dumps(entries), encoding="utf-8")  # JSON is YAML
    return path


def _digest(folder: Path) -> str:
    digest = hashlib.sha256()
    for path in sorted(p for p in folder.rglob("*") if p.is_file()):
        digest.update(path.relative_to(folder).as_posix().encode() + path.read_bytes())
    return digest.hexdigest()


def _command(schedule: Path, reports: Path) -> list[str]:
    return [
        sys.executable,
        "-m",
        "claimtrack",
        "schedule",
        str(schedule),
        "--reports-dir",
        str(reports),
        "--jobs",
        "2",
    ]


@pytest.fixture(scope="module")
def first_run(tmp_path_factory):
    """Notebooks, and a first schedule where every report succeeds (they become latest)."""
    folder = tmp_path_factory.mktemp("interrupts")
    for name in NAMES:
        _notebook(folder / f"{name}.ipynb")
    reports = folder / "reports"
    done = subprocess.run(
        _command(_schedule(folder, 0), reports),
        capture_output=True,
        text=True,
        cwd=ROOT,
        timeout=300,
    )
    assert done.returncode == 0, done.stdout + done.stderr
    (run,) = [p for p in reports.iterdir() if p.name != "latest" and p.is_dir()]
    return folder, reports, run


def _pid_files(reports: Path, earlier: set[Path]) -> list[Path]:
    """The kernel pid files of the run under way (not of earlier runs, not via latest/)."""
    return [
        p
        for p in reports.glob("*/slow*/kernel.pid")
        if p.parent.parent.name != "latest" and p.parent.parent not in earlier
    ]


def _wait_for_sleeping_kernels(
    process: subprocess.Popen, reports: Path, earlier: set[Path]
) -> list[int]:
    """Pids of every process under the command once both slow kernels sleep in their cell."""
    deadline = time.monotonic() + 240
    while time.monotonic() < deadline:
        pids = _pid_files(reports, earlier)
        if len(pids) == 2:
            time.sleep(0.5)  # the pid is written by the cell before the sleeping one
            return [p.pid for p in psutil.Process(process.pid).children(recursive=True)]
        assert process.poll() is None, process.communicate()
        time.sleep(0.2)
    raise AssertionError("the slow kernels never started")


@pytest.mark.parametrize(
    ("signum", "group", "deaf"),
    [(signal.SIGTERM, False, False), (signal.SIGINT, True, False), (signal.SIGTERM, False, True)],
    ids=["SIGTERM-to-the-command", "Ctrl-C-to-the-process-group", "SIGTERM-stderr-closed"],
)
def test_a_signal_stops_the_schedule_cleanly(first_run, signum, group, deaf):
    """``deaf``: nobody reads the command's stderr any more (a closed pipe, as when the
    job that started it died): progress lines fail, and the schedule must not."""
    folder, reports, first = first_run
    before = _digest(first)
    earlier = set(reports.iterdir())
    process = subprocess.Popen(
        _command(_schedule(folder, 300), reports),
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        cwd=ROOT,
        start_new_session=True,  # its own process group, as a shell job would have
    )
    if deaf:
        process.stderr.close()
    below = _wait_for_sleeping_kernels(process, reports, earlier)
    (run,) = {p.parent.parent for p in _pid_files(reports, earlier)}
    kernels = [int((run / name / "kernel.pid").read_text()) for name in ("slow1", "slow2")]
    assert set(kernels) <= set(below)
    if group:  # Ctrl-C in a terminal: the whole foreground process group gets SIGINT
        os.killpg(process.pid, signum)
    else:
        process.send_signal(signum)
    out, err = process.communicate(timeout=60)  # within seconds, not the 300 s cell
    err = err or ""

    assert process.returncode == 128 + signum, out + err
    assert "Traceback" not in err, err
    assert "Traceback" not in out, out
    assert "1 of 3 reports succeeded" in out
    assert f"stopped by {signal.Signals(signum).name}" in out
    _, alive = psutil.wait_procs(
        [psutil.Process(pid) for pid in below if psutil.pid_exists(pid)], timeout=10
    )
    assert not alive, [p.cmdline() for p in alive]
    assert not any(psutil.pid_exists(pid) for pid in kernels)

    for name in ("slow1", "slow2"):
        line = next(line for line in out.splitlines() if f" {name} (" in line)
        assert line.startswith("STOPPED")
        assert "time.sleep(seconds)" in line
        manifest = json.loads((run / name / "manifest.json").read_text(encoding="utf-8"))
        assert manifest["run"]["status"] == "interrupted"
        assert manifest["run"]["error"]["cell_source"] == "time.sleep(seconds)"
        # Never latest: the pointer still leads to the first run.
        assert (reports / "latest" / name).resolve() == (first / name).resolve()
    quick = json.loads((run / "quick" / "manifest.json").read_text(encoding="utf-8"))
    assert quick["run"]["status"] == "succeeded"
    assert (reports / "latest" / "quick").resolve() == (run / "quick").resolve()
    index = (reports / "index.html").read_text(encoding="utf-8")
    assert index.count(f"<td>{run.name}</td>") == 3
    assert index.count('<tr class="interrupted">') >= 2
    assert _digest(first) == before
    assert not list(reports.rglob("*.tmp"))

"""The runner on small notebooks: failures, timeouts and the latest pointer, with real kernels."""

from __future__ import annotations

import hashlib
import json
import os
import resource
import shutil
import subprocess
import sys
from pathlib import Path

import nbformat
import pytest
from conftest import ROOT

from claimtrack import reports


@pytest.fixture
def tiny(tmp_path):
    """A notebook that can fail, hang, kill its kernel, flood its output or fill the disk on
    request, and writes one file into its run folder."""
    nb = nbformat.v4.new_notebook()
    params = nbformat.v4.new_code_cell(
        'mode: str = "ok"  # ok, fail or hang\noutput_dir: str = ""  # set by claimtrack'
    )
    params.metadata["tags"] = ["parameters"]
    nb.cells = [
        params,
        nbformat.v4.new_code_cell(
            "from pathlib import Path\nPath(output_dir, 'out.txt').write_text(mode)"
        ),
        nbformat.v4.new_code_cell(
            "import time\nif mode == 'fail':\n    raise RuntimeError('asked to fail')\n"
            "if mode == 'hang':\n    time.sleep(60)"
        ),
        # A kernel that dies in a cell, a cell that prints more than a file may hold, and one
        # that fills the disk (what it could not write is not an error of the cell).
        nbformat.v4.new_code_cell(
            "import os\nif mode == 'die':\n    os.kill(os.getpid(), 9)\n"
            "if mode == 'flood':\n    print('x' * 3_000_000)\n"
            "if mode == 'fill':\n    try:\n"
            "        with open(Path(output_dir, 'fill'), 'wb') as f:\n"
            "            while True:\n                f.write(b'x' * 65536)\n"
            "    except OSError:\n        pass"
        ),
    ]
    nb.metadata["kernelspec"] = {
        "name": "python3",
        "display_name": "Python 3",
        "language": "python",
    }
    path = tmp_path / "tiny.ipynb"
    nbformat.write(nb, path)
    return path


def test_a_failed_run_never_moves_latest_nor_touches_the_good_one(tiny, tmp_path):
    runs = tmp_path / "reports"
    good = reports.run_report(tiny, {"mode": "ok"}, reports_dir=runs)
    bad = reports.run_report(tiny, {"mode": "fail"}, reports_dir=runs)
    assert good.ok
    assert not bad.ok
    assert bad.error["ename"] == "RuntimeError"
    assert bad.error["evalue"] == "asked to fail"
    assert (
        "raise RuntimeError" in bad.error["cell_source"]
        or "import time" in bad.error["cell_source"]
    )
    assert (runs / "latest" / "tiny").resolve() == good.folder.resolve()
    assert (good.folder / "out.txt").read_text() == "ok"
    assert (bad.folder / "out.txt").read_text() == "fail"  # the partial run's own files stay
    manifest = json.loads((bad.folder / "manifest.json").read_text())
    assert manifest["run"]["status"] == "failed"
    assert "tiny.ipynb" in manifest["files"]


def test_a_hanging_cell_times_out_and_the_partial_notebook_is_kept(tiny, tmp_path):
    result = reports.run_report(
        tiny, {"mode": "hang"}, reports_dir=tmp_path / "reports", execution_timeout=2
    )
    assert not result.ok
    assert "Timeout" in result.error["ename"] or "timed out" in result.error["evalue"].lower()
    assert result.attempts == 1  # a timeout is not a kernel start failure: no retry
    assert result.executed.is_file()
    # Stopped in the sleeping cell, not after it (no wall clock: a loaded machine is slow).
    nb = nbformat.read(result.executed, as_version=4)
    assert "time.sleep(60)" in nb.cells[result.error["cell_index"]].source
    assert nb.cells[-1].execution_count is None  # the cell after it never ran
    assert (
        "time.sleep" in result.error["cell_source"] or "import time" in result.error["cell_source"]
    )


def test_a_kernel_that_dies_at_start_is_retried_once(tiny, tmp_path, monkeypatch):
    """A real kernel start failure: the kernel process finds a launcher that exits at once."""
    fake = tmp_path / "broken"
    fake.mkdir()
    (fake / "ipykernel_launcher.py").write_text("raise SystemExit(3)\n")
    monkeypatch.setenv("PYTHONPATH", str(fake))  # the kernel inherits it; this process not
    result = reports.run_report(
        tiny, {"mode": "ok"}, reports_dir=tmp_path / "reports", start_timeout=20
    )
    assert not result.ok
    assert result.attempts == 2
    assert "cell_index" not in result.error  # no cell ran
    assert "died" in result.error["evalue"]
    assert not (tmp_path / "reports" / "latest").exists()


def test_a_dead_kernel_names_the_cell_that_was_running(tiny, tmp_path):
    result = reports.run_report(tiny, {"mode": "die"}, reports_dir=tmp_path / "reports")
    assert not result.ok
    assert result.error["ename"] == "DeadKernelError"
    assert result.attempts == 1  # a cell ran: not a start failure, not retried
    assert result.error["cell_source"] == "import os"
    nb = nbformat.read(result.executed, as_version=4)
    assert "os.kill" in nb.cells[result.error["cell_index"]].source
    assert "cell None" not in result.describe()
    assert "cell " in result.describe()
    manifest = json.loads((result.folder / "manifest.json").read_text())
    assert manifest["run"]["status"] == "failed"
    assert manifest["run"]["error"]["cell_index"] == result.error["cell_index"]


# ----------------------------------------------------------------------------- the command
def _report(tiny, reports_dir, *args, **popen):
    return subprocess.run(
        [
            sys.executable,
            "-m",
            "claimtrack",
            "report",
            str(tiny),
            "--reports-dir",
            str(reports_dir),
            *list(args),
        ],
        capture_output=True,
        text=True,
        cwd=ROOT,
        timeout=180,
        **popen,
    )


def _digest(folder: Path) -> str:
    digest = hashlib.sha256()
    for path in sorted(p for p in folder.rglob("*") if p.is_file()):
        digest.update(path.relative_to(folder).as_posix().encode() + path.read_bytes())
    return digest.hexdigest()


def _no_traceback(out: subprocess.CompletedProcess) -> None:
    assert "Traceback" not in out.stderr + out.stdout, out.stderr


@pytest.fixture
def good_run(tiny, tmp_path):
    """A first successful run: what later faults must leave byte-identical."""
    runs = tmp_path / "reports"
    out = _report(tiny, runs)
    assert out.returncode == 0, out.stderr
    (run,) = [p for p in runs.iterdir() if p.is_dir() and p.name != "latest"]
    return runs, run / "tiny", _digest(run)


@pytest.mark.parametrize(
    ("block", "names"),
    [
        (lambda runs: (runs / "latest").write_text("not a folder"), "latest is not a folder"),
        (lambda runs: (runs / "latest" / "tiny").mkdir(), "latest/tiny is not a pointer"),
        (lambda runs: (runs / "latest" / "tiny").write_text("x"), "latest/tiny is not a pointer"),
    ],
    ids=["latest-is-a-file", "latest-key-is-a-folder", "latest-key-is-a-file"],
)
def test_latest_blocked_fails_the_report_in_one_line(tiny, good_run, block, names):
    runs, first, before = good_run
    (runs / "latest" / "tiny").unlink()
    if "latest is not" in names:
        (runs / "latest").rmdir()
    block(runs)
    out = _report(tiny, runs)
    _no_traceback(out)
    assert out.returncode == 1
    (line,) = [line for line in out.stdout.splitlines() if line.startswith("FAILED")]
    assert "latest: OSError" in line
    assert names in line
    run = max(p for p in runs.iterdir() if p.is_dir() and p.name != "latest")
    manifest = json.loads((run / "tiny" / "manifest.json").read_text())
    assert manifest["run"]["status"] == "failed"
    assert manifest["run"]["error"]["stage"] == "latest"
    assert _digest(first.parent) == before
    assert not list(runs.rglob("*.tmp"))


def test_an_index_that_cannot_be_written_is_one_line_and_the_report_stands(tiny, good_run):
    runs, first, before = good_run
    (runs / "index.html").unlink()
    (runs / "index.html").mkdir()
    out = _report(tiny, runs)
    _no_traceback(out)
    assert out.returncode == 1
    assert out.stdout.startswith("ok")
    (error,) = [line for line in out.stderr.splitlines() if line.startswith("error:")]
    assert "index not updated" in error
    assert "index.html" in error
    run = max(p for p in runs.iterdir() if p.is_dir() and p.name not in ("latest", "index.html"))
    assert json.loads((run / "tiny" / "manifest.json").read_text())["run"]["status"] == "succeeded"
    assert (runs / "latest" / "tiny").resolve() == (run / "tiny").resolve()
    assert not list(runs.glob(".index.html.*.tmp"))
    assert _digest(first.parent) == before


def test_a_file_size_limit_still_leaves_a_manifest_status(tiny, good_run):
    """The executed notebook outgrows RLIMIT_FSIZE (EFBIG, as a full disk gives ENOSPC)."""
    runs, first, before = good_run

    def limit() -> None:
        resource.setrlimit(resource.RLIMIT_FSIZE, (1_000_000, 1_000_000))

    out = _report(tiny, runs, "-p", "mode", "flood", preexec_fn=limit)
    _no_traceback(out)
    assert out.returncode == 1
    (line,) = [line for line in out.stdout.splitlines() if line.startswith("FAILED")]
    assert "File too large" in line
    run = max(p for p in runs.iterdir() if p.is_dir() and p.name != "latest")
    assert json.loads((run / "tiny" / "manifest.json").read_text())["run"]["status"] == "failed"
    assert (runs / "latest" / "tiny").resolve() == first.resolve()
    assert _digest(first.parent) == before
    assert not list(runs.rglob("*.tmp"))


@pytest.fixture
def small_disk(tmp_path):
    """A 1 MB tmpfs (root only; skipped where mounting is not allowed)."""
    mount = tmp_path / "disk"
    mount.mkdir()
    if os.geteuid() != 0 or shutil.which("mount") is None:
        pytest.skip("mounting a small tmpfs needs root")
    done = subprocess.run(["mount", "-t", "tmpfs", "-o", "size=1m", "tmpfs", str(mount)])
    if done.returncode != 0:
        pytest.skip("mount refused here")
    yield mount
    subprocess.run(["umount", "-l", str(mount)], check=False)


def test_a_full_disk_still_leaves_a_manifest_status(tiny, small_disk):
    runs = small_disk / "reports"
    out = _report(tiny, runs, "-p", "mode", "fill")
    _no_traceback(out)
    assert out.returncode == 1, out.stdout + out.stderr
    (run,) = [p for p in runs.iterdir() if p.is_dir() and p.name != "latest"]
    manifest = json.loads((run / "tiny" / "manifest.json").read_text())
    # The notebook ran, but its HTML could not be written: the report failed, and says why.
    assert manifest["run"]["status"] == "failed"
    assert "No space left on device" in manifest["run"]["error"]["evalue"]
    (line,) = [line for line in out.stdout.splitlines() if line.startswith("FAILED")]
    assert "html: OSError" in line
    assert "No space left" in line
    assert not (runs / "latest" / "tiny").exists()
    assert not list(runs.rglob("*.tmp"))


@pytest.fixture
def read_only(tmp_path):
    """A read-only folder: a read-only tmpfs as root (root ignores file modes), else chmod."""
    folder = tmp_path / "ro"
    folder.mkdir()
    if os.geteuid() != 0:
        folder.chmod(0o555)
        yield folder
        folder.chmod(0o755)
        return
    done = subprocess.run(["mount", "-t", "tmpfs", "-o", "ro,size=64k", "tmpfs", str(folder)])
    if done.returncode != 0:
        pytest.skip("mount refused here")
    yield folder
    subprocess.run(["umount", "-l", str(folder)], check=False)


@pytest.mark.parametrize("command", ["report", "schedule"])
def test_a_read_only_reports_folder_is_one_line_exit_2(tiny, read_only, tmp_path, command):
    if command == "report":
        out = _report(tiny, read_only)
    else:
        schedule = tmp_path / "s.yaml"
        schedule.write_text(f"- notebook: {tiny}\n")
        out = subprocess.run(
            [
                sys.executable,
                "-m",
                "claimtrack",
                "schedule",
                str(schedule),
                "--reports-dir",
                str(read_only),
            ],
            capture_output=True,
            text=True,
            cwd=ROOT,
            timeout=120,
        )
    _no_traceback(out)
    assert out.returncode == 2
    (line,) = out.stderr.strip().splitlines()
    assert line.startswith("error: cannot write the reports: ")
    assert str(read_only) in line

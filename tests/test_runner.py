"""The runner on small notebooks: failures, timeouts and the latest pointer, with real kernels."""

from __future__ import annotations

import json

import nbformat
import pytest

from claimtrack import reports


@pytest.fixture
def tiny(tmp_path):
    """A notebook that can fail or hang on request, and writes one file into its run folder."""
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
    assert good.ok and not bad.ok
    assert bad.error["ename"] == "RuntimeError" and bad.error["evalue"] == "asked to fail"
    assert (
        "raise RuntimeError" in bad.error["cell_source"]
        or "import time" in bad.error["cell_source"]
    )
    assert (runs / "latest" / "tiny").resolve() == good.folder.resolve()
    assert (good.folder / "out.txt").read_text() == "ok"
    assert (bad.folder / "out.txt").read_text() == "fail"  # the partial run's own files stay
    manifest = json.loads((bad.folder / "manifest.json").read_text())
    assert manifest["run"]["status"] == "failed" and "tiny.ipynb" in manifest["files"]


def test_a_hanging_cell_times_out_and_the_partial_notebook_is_kept(tiny, tmp_path):
    result = reports.run_report(
        tiny, {"mode": "hang"}, reports_dir=tmp_path / "reports", execution_timeout=2
    )
    assert not result.ok
    assert "Timeout" in result.error["ename"] or "timed out" in result.error["evalue"].lower()
    assert result.attempts == 1  # a timeout is not a kernel start failure: no retry
    assert result.seconds < 20
    assert result.executed.is_file()
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

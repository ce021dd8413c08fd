"""Warm kernels: forked from a server that did the imports, one per report, same outputs.

``test_isolation`` checks that nothing a report defines reaches the next one; these
check that the kernels really are warm (the imports done before the first cell), that
each report still has a process of its own, that turning it off gives fresh kernels,
and that a brief from a warm kernel is byte for byte the brief from a fresh one.
"""

from __future__ import annotations

import ast
import os
from pathlib import Path

import nbformat
import pytest
from conftest import MALI_ID, ROOT

from claimtrack import reports

PROBE = (
    "import os, sys\n"
    "from pathlib import Path\n"
    "seen = {'pandas': 'pandas' in sys.modules, 'pid': os.getpid(), 'parent': os.getppid()}\n"
    "Path(output_dir, 'seen.txt').write_text(repr(seen))"
)


@pytest.fixture
def probes(tmp_path: Path) -> list[Path]:
    """Two notebooks that say what their kernel had loaded, its pid and its parent's."""
    nb = nbformat.v4.new_notebook()
    params = nbformat.v4.new_code_cell('output_dir: str = ""  # set by claimtrack')
    params.metadata["tags"] = ["parameters"]
    nb.cells = [params, nbformat.v4.new_code_cell(PROBE)]
    nb.metadata["kernelspec"] = {
        "name": "python3",
        "display_name": "Python 3",
        "language": "python",
    }
    paths = [tmp_path / "one.ipynb", tmp_path / "two.ipynb"]
    for path in paths:
        nbformat.write(nb, path)
    return paths


def _seen(probes: list[Path], tmp_path: Path, jobs: int) -> list[dict]:
    entries = [reports.ScheduleEntry(str(p), {}) for p in probes]
    result = reports.run_schedule(
        entries, jobs=jobs, reports_dir=tmp_path / "reports", root=ROOT, progress=False
    )
    assert [r.status for r in result.results] == ["succeeded", "succeeded"], result.summary()
    return [ast.literal_eval(Path(r.folder, "seen.txt").read_text()) for r in result.results]


@pytest.mark.parametrize("jobs", [1, 2])
def test_each_report_has_a_kernel_of_its_own_forked_with_the_imports_done(
    probes: list[Path], tmp_path: Path, jobs: int, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("CLAIMTRACK_WARM_KERNELS", "1")
    first, second = _seen(probes, tmp_path, jobs)
    assert [first["pandas"], second["pandas"]] == [True, True]  # imported before the first cell
    assert first["pid"] != second["pid"]  # two kernels, one per report
    assert os.getpid() not in (first["parent"], second["parent"])  # the server's children
    if jobs == 1:  # one worker (this process), one server
        assert first["parent"] == second["parent"]


def test_turned_off_each_report_gets_a_fresh_kernel(
    probes: list[Path], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("CLAIMTRACK_WARM_KERNELS", "0")
    first, second = _seen(probes, tmp_path, jobs=1)
    assert [first["pandas"], second["pandas"]] == [False, False]
    assert first["parent"] == second["parent"] == os.getpid()  # launched by this process


def test_a_brief_from_a_warm_kernel_is_the_brief_from_a_fresh_one(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    folders = []
    for warm in ("0", "1"):
        monkeypatch.setenv("CLAIMTRACK_WARM_KERNELS", warm)
        result = reports.run_report(
            "incident_brief",
            {"incident_id": MALI_ID, "previous_run": ""},
            reports_dir=tmp_path / "reports",
            root=ROOT,
            index=False,
        )
        assert result.ok, result.error
        folders.append(result.folder)
    cold, warm = folders
    # The figures (PNG, SVG, PDF, alt text), the tables and the claims snapshot.
    written = sorted(p.relative_to(cold) for p in cold.rglob("*") if p.parent != cold)
    written.append(Path("claims.csv"))
    assert len(written) > 15
    for name in written:
        assert (warm / name).read_bytes() == (cold / name).read_bytes(), name

"""Reports of one schedule share no state: whatever the first defines, the second never sees.

Issue 14 asks for a cheaper report start (lazy imports, pre-warmed kernels); this is
the contract any such change must keep, checked with real kernels, one worker and two.
"""

from __future__ import annotations

from pathlib import Path

import nbformat
import pytest
from conftest import ROOT

from claimtrack import reports

# What one report may leave behind: a name, a module attribute, an environment variable.
DEFINE = (
    "import os, sys\n"
    "if step == 'define':\n"
    "    left_behind = 'first'\n"
    "    sys.claimtrack_left_behind = 'first'\n"
    "    os.environ['CLAIMTRACK_LEFT_BEHIND'] = 'first'"
)
LOOK = (
    "from pathlib import Path\n"
    "seen = [\n"
    "    'name' * ('left_behind' in globals()),\n"
    "    'module' * hasattr(sys, 'claimtrack_left_behind'),\n"
    "    'environment' * ('CLAIMTRACK_LEFT_BEHIND' in os.environ),\n"
    "]\n"
    "Path(output_dir, 'seen.txt').write_text(' '.join(filter(None, seen)) or 'nothing')"
)


@pytest.fixture
def two_steps(tmp_path: Path) -> tuple[Path, Path]:
    """The same notebook twice, under two names: a schedule runs each name once."""
    nb = nbformat.v4.new_notebook()
    params = nbformat.v4.new_code_cell(
        'step: str = "define"  # define or look\noutput_dir: str = ""  # set by claimtrack'
    )
    params.metadata["tags"] = ["parameters"]
    nb.cells = [params, nbformat.v4.new_code_cell(DEFINE), nbformat.v4.new_code_cell(LOOK)]
    nb.metadata["kernelspec"] = {
        "name": "python3",
        "display_name": "Python 3",
        "language": "python",
    }
    paths = tmp_path / "first.ipynb", tmp_path / "second.ipynb"
    for path in paths:
        nbformat.write(nb, path)
    return paths


@pytest.mark.parametrize("jobs", [1, 2])
def test_a_report_never_sees_what_the_one_before_it_defined(
    two_steps: tuple[Path, Path], tmp_path: Path, jobs: int
) -> None:
    entries = [
        reports.ScheduleEntry(str(two_steps[0]), {"step": "define"}),
        reports.ScheduleEntry(str(two_steps[1]), {"step": "look"}),
    ]
    result = reports.run_schedule(
        entries, jobs=jobs, reports_dir=tmp_path / "reports", root=ROOT, progress=False
    )
    assert [r.status for r in result.results] == ["succeeded", "succeeded"], result.summary()
    first, second = (Path(r.folder, "seen.txt").read_text() for r in result.results)
    assert first == "name module environment"  # the first did define them
    assert second == "nothing"

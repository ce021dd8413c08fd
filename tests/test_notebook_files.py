"""The committed notebooks: stripped, one parameters cell each, paired with their .py."""

from __future__ import annotations

import json
import re
import subprocess
import sys
import tomllib
from pathlib import Path

import jupytext
import nbformat
import papermill
import pytest
from conftest import ROOT

NOTEBOOKS = sorted((ROOT / "notebooks").glob("*.ipynb"))
# Absolute paths of the kind a notebook picks up from the machine it was saved on.
ABSOLUTE = re.compile(r"(/work/|/home/|/Users/|/tmp/|[A-Z]:\\\\)")


def test_the_notebooks_exist():
    # Three reports and the explorer (JupyterLab only: `schedule --all` runs no explorer).
    reports = {"incident_brief", "source_comparison", "overview"}
    assert {p.stem for p in NOTEBOOKS} == reports | {"explore"}


@pytest.mark.parametrize("path", NOTEBOOKS, ids=lambda p: p.stem)
def test_outputs_stripped_and_one_parameters_cell(path):
    nb = nbformat.read(path, as_version=4)
    nbformat.validate(nb)
    code = [c for c in nb.cells if c.cell_type == "code"]
    assert all(c.outputs == [] and c.execution_count is None for c in code)
    tagged = [c for c in nb.cells if "parameters" in c.metadata.get("tags", [])]
    assert len(tagged) == 1
    params = papermill.inspect_notebook(str(path))
    # papermill skips lines it cannot parse (an "=" in a comment) with only a warning.
    assigned = re.findall(r"^(\w+)\s*:", tagged[0].source, flags=re.M)
    assert list(params) == assigned
    for name, info in params.items():
        assert info["inferred_type_name"] != "None", name  # every parameter is typed
        assert info["help"], f"{name} has no comment for --help-notebook"
    assert nb.metadata["kernelspec"]["name"] == "python3"
    assert nb.metadata["title"]  # the HTML page title; kept by jupytext --sync


@pytest.mark.parametrize("path", NOTEBOOKS, ids=lambda p: p.stem)
def test_no_absolute_paths(path):
    assert not ABSOLUTE.search(path.read_text()), path


def test_nbstripout_verify():
    out = subprocess.run(
        [sys.executable, "-m", "nbstripout", "--verify", *map(str, NOTEBOOKS)],
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert out.returncode == 0, out.stdout + out.stderr


def test_each_notebook_is_paired_with_a_percent_script():
    """notebooks/jupytext.toml pairs every notebook there with a py:percent file."""
    config = tomllib.loads((ROOT / "notebooks" / "jupytext.toml").read_text())
    assert config["formats"] == "ipynb,py:percent"
    assert {p.stem for p in NOTEBOOKS} == {p.stem for p in (ROOT / "notebooks").glob("*.py")}


def _cells(path: Path) -> list[tuple[str, str, list[str]]]:
    return [(c.cell_type, c.source, c.metadata.get("tags", [])) for c in jupytext.read(path).cells]


@pytest.mark.parametrize("path", NOTEBOOKS, ids=lambda p: p.stem)
def test_notebook_and_its_script_hold_the_same_cells(path):
    """The .py is what people edit and lint; `jupytext --sync notebooks/*.py` keeps them equal."""
    script = path.with_suffix(".py")
    assert _cells(script) == _cells(path), f"run: jupytext --sync {script.relative_to(ROOT)}"
    assert '# %% tags=["parameters"]' in script.read_text()


def test_help_notebook_explains_the_parameters():
    out = subprocess.run(
        [
            sys.executable,
            "-m",
            "papermill",
            "--help-notebook",
            str(ROOT / "notebooks" / "incident_brief.ipynb"),
        ],
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert "incident_id: str" in out.stdout
    assert "which incident" in out.stdout
    json.dumps(out.stdout)

"""The explorer notebook run headless through papermill with its defaults: each picker
shows its widgets, and the output under each holds the view of its first choice."""

from __future__ import annotations

import subprocess
import sys

import nbformat
import pytest
from conftest import MALI_ID, ROOT

WIDGET_VIEW = "application/vnd.jupyter.widget-view+json"
WIDGET_STATE = "application/vnd.jupyter.widget-state+json"


# papermill.execute_notebook with the runner's kernel settings (kernel_config): its kernel
# client sees each reply when it comes. Through papermill's command (TCP, stock client) a
# widget's state message sent while a cell's reply was awaited hid the reply until the
# execution timeout (nbclient#312): each run sat idle 60 s (claimtrack.reports.channels).
RUN = """
import sys, papermill
from claimtrack.reports.kernel import kernel_config
notebook, out, cwd = sys.argv[1:]
papermill.execute_notebook(notebook, out, kernel_name="python3", cwd=cwd, progress_bar=False,
                           config=kernel_config(), execution_timeout=120)
"""


@pytest.fixture(scope="module")
def explored(tmp_path_factory):
    out = tmp_path_factory.mktemp("explore") / "explore.ipynb"
    # A process of its own, stdin closed: run inside an xdist worker, the kernel inherited
    # the worker's pipes and the run hung with widgets.
    notebook = str(ROOT / "notebooks" / "explore.ipynb")
    subprocess.run(
        [sys.executable, "-c", RUN, notebook, str(out), str(ROOT)],
        stdin=subprocess.DEVNULL,
        capture_output=True,
        timeout=600,
        check=True,
    )
    return nbformat.read(out, as_version=4)


def _models(nb, name: str) -> list[dict]:
    state = nb.metadata["widgets"][WIDGET_STATE]["state"]
    return [m["state"] for m in state.values() if m["model_name"] == name]


def _shown(nb) -> dict[str, list[dict]]:
    """Each picker's description → the outputs its Output widget holds (from the VBoxes)."""
    state = nb.metadata["widgets"][WIDGET_STATE]["state"]
    out = {}
    for box in (m["state"] for m in state.values() if m["model_name"] == "VBoxModel"):
        dropdown, output = (state[ref.removeprefix("IPY_MODEL_")] for ref in box["children"])
        out[dropdown["state"]["description"]] = output["state"]["outputs"]
    return out


def _text(outputs: list[dict]) -> str:
    parts = []
    for o in outputs:
        data = o.get("data", {})
        parts.append(data.get("text/markdown", "") + data.get("text/html", ""))
    return "\n".join(parts)


def test_each_picker_cell_shows_its_widgets(explored):
    shown = [
        o
        for cell in explored.cells
        if cell.cell_type == "code"
        for o in cell.outputs
        if WIDGET_VIEW in o.get("data", {})
    ]
    assert len(shown) == 3  # incident, sources, status
    assert all(o.output_type != "error" for c in explored.cells for o in c.get("outputs", []))


def test_the_pickers_start_on_their_parameters(explored):
    chosen = {
        m["description"]: m["_options_labels"][m["index"]]
        for m in _models(explored, "DropdownModel")
    }
    assert chosen["Incident"].endswith(MALI_ID)
    assert chosen["Status"].startswith("contested (")
    assert chosen["Sources"].startswith("Local politician · Malian Armed Forces (FAMa)")


def test_the_outputs_hold_each_first_view(explored):
    shown = _shown(explored)
    assert set(shown) == {"Incident", "Sources", "Status"}
    # The incident: header, discrepancies, measures, range plot and map.
    incident = shown["Incident"]
    assert "text/markdown" in incident[0]["data"]  # the incident's header
    assert "corroborated" in _text(incident)
    assert sum("image/png" in o.get("data", {}) for o in incident) == 2
    assert "<table" in _text(shown["Sources"])
    assert "contested" in _text(shown["Status"])
    assert "<table" in _text(shown["Status"])

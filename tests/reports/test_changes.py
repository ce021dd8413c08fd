"""Incremental runs without kernels: what the fingerprint covers, when a report is skipped."""

from __future__ import annotations

import json
import shutil

import pytest
from conftest import ROOT

from claimtrack.manifest import write_manifest
from claimtrack.project import PACKAGE_DATA
from claimtrack.reports import ParameterError, load_schedule, mark_latest
from claimtrack.reports.changes import input_fingerprint, skipped_result, unchanged_since
from claimtrack.reports.parameters import notebook_path
from claimtrack.synthetic import write_synthetic_statements

BRIEF, OVERVIEW = notebook_path("incident_brief"), notebook_path("overview")


@pytest.fixture
def statements(tmp_path):
    write_synthetic_statements(tmp_path / "statements", n_incidents=3, seed=0)
    return tmp_path / "statements"


def _brief(statements, incident, **options):
    params = {"incident_id": incident, "statements": str(statements)}
    return input_fingerprint(BRIEF, params, root=ROOT, **options)


def _changed(a, b):
    return [part for part in a if a[part] != b[part]]


def test_one_changed_file_changes_its_brief_and_the_overview_only(statements):
    overview = {"statements": str(statements)}
    before = {i: _brief(statements, f"synthetic-00{i}") for i in (1, 2, 3)}
    before_overview = input_fingerprint(OVERVIEW, overview, root=ROOT)
    with (statements / "synthetic-002.yaml").open("a") as handle:
        handle.write("# one more line\n")
    after = {i: _brief(statements, f"synthetic-00{i}") for i in (1, 2, 3)}
    assert _changed(before[2], after[2]) == ["statements"]
    assert before[1] == after[1]
    assert before[3] == after[3]
    assert _changed(before_overview, input_fingerprint(OVERVIEW, overview, root=ROOT)) == [
        "statements"
    ]


def test_parameters_and_show_code_are_part_of_it(statements):
    plain = _brief(statements, "synthetic-001")
    assert _changed(plain, _brief(statements, "synthetic-001", show_code=True)) == ["parameters"]
    params = {"incident_id": "synthetic-001", "statements": str(statements), "dpi": 100}
    assert _changed(plain, input_fingerprint(BRIEF, params, root=ROOT)) == ["parameters"]


def test_a_reference_table_override_changes_it(statements, tmp_path, monkeypatch):
    plain = _brief(statements, "synthetic-001")
    override = tmp_path / "reference"
    shutil.copytree(PACKAGE_DATA / "reference", override)
    monkeypatch.setenv("CLAIMTRACK_REFERENCE", str(override))
    with_override = _brief(statements, "synthetic-001")
    assert _changed(plain, with_override) == ["reference"]
    with (override / "actors.csv").open("a") as handle:
        handle.write("\n")
    assert _changed(with_override, _brief(statements, "synthetic-001")) == ["reference"]


def test_the_notebook_file_is_part_of_it(statements, tmp_path):
    copy = tmp_path / "incident_brief.ipynb"
    shutil.copy(BRIEF, copy)
    params = {"incident_id": "synthetic-001", "statements": str(statements)}
    before = input_fingerprint(copy, params, root=ROOT)
    nb = json.loads(copy.read_text())
    nb["cells"].append({"cell_type": "markdown", "metadata": {}, "source": "new"})
    copy.write_text(json.dumps(nb))
    assert _changed(before, input_fingerprint(copy, params, root=ROOT)) == ["notebook"]


def _latest(reports, run_id, key, status, fingerprint):
    folder = reports / run_id / key
    folder.mkdir(parents=True)
    write_manifest(folder, fingerprint=fingerprint, run={"status": status, "run_id": run_id})
    if status == "succeeded":
        mark_latest(reports, key, folder)
    return folder


def test_skipped_only_when_its_latest_success_has_the_same_fingerprint(statements, tmp_path):
    reports = tmp_path / "reports"
    fp = _brief(statements, "synthetic-001")
    assert unchanged_since(reports, "synthetic-001", fp) == (None, None)  # never run
    folder = _latest(reports, "20260101T000000Z-aaaaaa", "synthetic-001", "succeeded", fp)
    assert unchanged_since(reports, "synthetic-001", fp) == ("20260101T000000Z-aaaaaa", folder)
    skipped = skipped_result(BRIEF, "synthetic-001", {}, reports, fp)
    assert skipped.status == "skipped"
    assert "unchanged since 20260101T000000Z-aaaaaa" in skipped.describe()
    other = fp | {"statements": "0" * 64}
    assert unchanged_since(reports, "synthetic-001", other) == (None, None)
    # A failed later run does not move latest: the success it points at still counts.
    _latest(reports, "20260102T000000Z-bbbbbb", "synthetic-001", "failed", fp)
    assert unchanged_since(reports, "synthetic-001", fp)[0] == "20260101T000000Z-aaaaaa"


def test_a_run_without_a_fingerprint_or_success_is_never_skipped(tmp_path):
    reports = tmp_path / "reports"
    _latest(reports, "20260101T000000Z-aaaaaa", "overview", "succeeded", None)
    assert unchanged_since(reports, "overview", {"statements": "x"}) == (None, None)
    assert unchanged_since(reports, "overview", None) == (None, None)


def test_schedule_files_take_changed(tmp_path):
    path = tmp_path / "nightly.yaml"
    path.write_text(
        "changed: true\nreports:\n  - notebook: overview\n"
        "  - notebook: incident_brief\n    changed: false\n"
    )
    assert [e.changed for e in load_schedule(path)] == [True, False]
    path.write_text("changed: sometimes\nreports:\n  - notebook: overview\n")
    with pytest.raises(ParameterError, match="changed must be true or false"):
        load_schedule(path)

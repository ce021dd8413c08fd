"""Parameters are refused before any kernel starts: unknown names, wrong types, unsafe paths."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest
from conftest import ROOT

from claimtrack import reports


def _cli(*args, reports_dir):
    return subprocess.run(
        [sys.executable, "-m", "claimtrack", *args, "--reports-dir", str(reports_dir)],
        capture_output=True,
        text=True,
        cwd=ROOT,
        timeout=120,
    )


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["-p", "colour", "red"], "has no parameter 'colour'"),
        (["-p", "dpi", "high"], "dpi must be int"),
        (["-p", "formats", "{a: 1}"], "formats must be list[str]"),
        (["-p", "incident_id", "../../etc"], "incident_id '../../etc' is not allowed"),
        (["-p", "incident_id", "/etc/passwd"], "is not allowed"),
        (["-p", "incident_id", "a b;rm"], "is not allowed"),
        (["-p", "incident_id", "overview"], "incident_id 'overview' is reserved"),
        (["-p", "output_dir", "/tmp/x"], "set by claimtrack itself"),
        (["-p", "statements", "no/such/folder"], "no such file or folder"),
    ],
)
def test_report_refuses_before_any_kernel_starts(tmp_path, args, message):
    parameters = dict(zip(args[1::3], args[2::3], strict=True))
    with pytest.raises(reports.ParameterError) as refused:
        reports.run_report("incident_brief", parameters, reports_dir=tmp_path, from_cli=True)
    assert message in str(refused.value)
    # Nothing was created: the run folder is made just before the kernel starts.
    assert list(tmp_path.iterdir()) == []


def test_the_command_refuses_with_one_line_and_exit_2(tmp_path):
    out = _cli("report", "incident_brief", "-p", "incident_id", "../x", reports_dir=tmp_path)
    assert out.returncode == 2, out.stdout + out.stderr
    assert out.stderr.startswith("error: incident_id '../x' is not allowed")
    assert "Traceback" not in out.stderr
    assert list(tmp_path.iterdir()) == []


def test_unknown_name_lists_the_accepted_ones(tmp_path):
    out = _cli("report", "incident_brief", "-p", "incident", "x", reports_dir=tmp_path)
    for name in ("incident_id: str", "statements: str", "formats: list[str]", "dpi: int"):
        assert name in out.stderr
    assert "output_dir" not in out.stderr  # runner-only names are not offered


def test_unknown_notebook_is_named(tmp_path):
    out = _cli("report", "no_such_notebook", reports_dir=tmp_path)
    assert out.returncode == 2
    assert "incident_brief" in out.stderr


def test_typed_values_from_the_command_line():
    brief = reports.notebook_path("incident_brief")
    got = reports.check_parameters(
        brief, {"incident_id": "2025", "dpi": "150", "formats": "png,svg"}, from_cli=True
    )
    assert got == {"incident_id": "2025", "dpi": 150, "formats": ["png", "svg"]}
    with pytest.raises(reports.ParameterError, match="dpi must be int"):
        reports.check_parameters(brief, {"dpi": True})  # a bool is not an int


def test_schedule_refuses_every_bad_entry_before_running(tmp_path):
    schedule = tmp_path / "s.yaml"
    schedule.write_text(
        "- notebook: incident_brief\n  parameters: {incident_id: ../x}\n"
        "- notebook: overview\n  parameters: {colour: red}\n"
        "- notebook: overview\n"
    )
    runs = tmp_path / "reports"
    out = _cli("schedule", str(schedule), reports_dir=runs)
    assert out.returncode == 2
    assert "entry 1" in out.stderr
    assert "entry 2" in out.stderr
    assert not runs.exists() or list(runs.iterdir()) == []


def test_report_keys_are_safe_names():
    comparison = reports.notebook_path("source_comparison")
    assert (
        reports.report_key(comparison, {"source_a": "fama", "source_b": "jnim"}) == "fama-vs-jnim"
    )
    with pytest.raises(reports.ParameterError):
        reports.check_parameters(comparison, {"source_a": "../fama"})


# ----------------------------------------------------------------------------- bad schedules
def _one_line_error(out: subprocess.CompletedProcess, code: int = 2) -> str:
    assert "Traceback" not in out.stderr + out.stdout, out.stderr
    assert out.returncode == code, out.stdout + out.stderr
    lines = [line for line in out.stderr.splitlines() if line.strip()]
    assert len(lines) == 1, out.stderr
    assert lines[0].startswith("error: ")
    return lines[0]


@pytest.mark.parametrize(
    ("content", "message"),
    [
        (b"- notebook: overview\n  parameters: {dpi: [\n", "s.yaml:3:1: malformed YAML"),
        (b"42\n", "s.yaml: got int 42"),
        (b"\x89PNG\r\n\x1a\n\x00\x00\xff\xfe", "s.yaml: not UTF-8 text"),
        (b"- notebook: overview\n  parameters: [a, b]\n", "entry 1: parameters must be a mapping"),
        (b"- overview\n", "entry 1 needs a 'notebook' key"),
        (b"reports: {notebook: overview}\n", "s.yaml: got dict"),
    ],
    ids=["malformed", "numeric", "binary", "parameters-list", "bare-name", "reports-mapping"],
)
def test_a_bad_schedule_file_is_one_line_exit_2(tmp_path, content, message):
    schedule = tmp_path / "s.yaml"
    schedule.write_bytes(content)
    runs = tmp_path / "reports"
    line = _one_line_error(_cli("schedule", str(schedule), reports_dir=runs))
    assert message in line
    assert str(schedule) in line
    assert not runs.exists()


def test_a_folder_as_schedule_is_one_line(tmp_path):
    line = _one_line_error(_cli("schedule", str(tmp_path), reports_dir=tmp_path / "r"))
    assert "is a folder" in line


def test_schedule_all_on_a_missing_folder_is_one_line(tmp_path):
    out = _cli("schedule", "--all", "--statements", str(tmp_path / "nope"), reports_dir=tmp_path)
    line = _one_line_error(out)
    assert "nope: no such file or folder" in line


def test_schedule_all_runs_the_good_incidents_and_names_the_bad_file(tmp_path):
    from claimtrack.synthetic import write_synthetic_statements

    statements = tmp_path / "statements"
    write_synthetic_statements(statements, n_incidents=1, seed=3)
    (statements / "broken.yaml").write_text("incident: [unclosed\n  - x: :\n", encoding="utf-8")
    runs = tmp_path / "reports"
    out = _cli("schedule", "--all", "--statements", str(statements), "-j", "1", reports_dir=runs)
    assert "Traceback" not in out.stderr + out.stdout, out.stderr
    assert out.returncode == 1, out.stdout + out.stderr
    errors = [line for line in out.stderr.splitlines() if line.startswith("error:")]
    assert any("broken.yaml:2" in e and "malformed YAML" in e for e in errors), errors
    assert any("overview: not run" in e for e in errors)
    assert "1 of 1 reports succeeded" in out.stdout
    assert (runs / "latest" / "synthetic-001").is_dir()
    assert not (runs / "latest" / "overview").exists()


@pytest.mark.parametrize("target", ["folder", "unwritable"])
def test_prepare_refuses_an_output_it_cannot_write(tmp_path, target):
    output = tmp_path if target == "folder" else Path("/proc/claimtrack/brief.ipynb")
    out = subprocess.run(
        [sys.executable, "-m", "claimtrack", "prepare", "incident_brief", "-o", str(output)],
        capture_output=True,
        text=True,
        cwd=ROOT,
        timeout=120,
    )
    line = _one_line_error(out)
    assert str(output) in line
    assert ("is a folder" if target == "folder" else "cannot write there") in line


def test_report_has_no_output_option(tmp_path):
    line = _one_line_error(
        _cli("report", "incident_brief", "-o", str(tmp_path), reports_dir=tmp_path)
    )
    assert "expected -p NAME VALUE" in line


def test_previous_run_can_only_be_turned_off():
    brief = reports.notebook_path("incident_brief")
    assert reports.check_parameters(brief, {"previous_run": ""}, from_cli=True) == {
        "previous_run": ""
    }
    with pytest.raises(reports.ParameterError, match="previous_run accepts only ''"):
        reports.check_parameters(brief, {"previous_run": "/etc"}, from_cli=True)


@pytest.fixture
def mali_folder(tmp_path):
    """A statements folder of its own (the Mali file), so data/ may hold anything."""
    import shutil

    from conftest import MALI

    folder = tmp_path / "statements"
    folder.mkdir()
    shutil.copy(MALI, folder)
    return folder


def test_unknown_source_is_refused_listing_ids_and_names(mali_folder, tmp_path):
    runs = tmp_path / "reports"
    parameters = {"source_a": "army", "statements": str(mali_folder)}
    with pytest.raises(reports.ParameterError) as refused:
        reports.run_report("source_comparison", parameters, reports_dir=runs)
    message = str(refused.value)
    assert message.startswith("source_a: 'army' is not a source of these statements")
    assert "fama (Malian Armed Forces (FAMa))" in message
    assert "jnim (JNIM (GSIM))" in message
    assert not runs.exists()  # refused before a run folder, let alone a kernel


def test_the_command_refuses_an_unknown_source_in_one_line(mali_folder, tmp_path):
    out = _cli(
        "report", "source_comparison", "-p", "source_a", "army",
        "-p", "statements", str(mali_folder), reports_dir=tmp_path / "reports",
    )  # fmt: skip
    assert out.returncode == 2, out.stdout + out.stderr
    lines = out.stderr.strip().splitlines()
    assert len(lines) == 1
    assert "'army' is not a source" in lines[0]
    assert "residents" in lines[0]
    assert "Traceback" not in out.stderr
    assert not (tmp_path / "reports").exists()


def test_a_display_name_is_read_as_its_id(mali_folder):
    comparison = reports.notebook_path("source_comparison")
    checked = reports.check_parameters(
        comparison,
        {"source_a": "Malian Armed Forces (FAMa)", "source_b": "residents",
         "statements": str(mali_folder)},
    )  # fmt: skip
    assert (checked["source_a"], checked["source_b"]) == ("fama", "residents")
    assert reports.report_key(comparison, checked) == "fama-vs-residents"
    # The default source_b (jnim) is checked too, against the statements given.
    other = mali_folder.parent / "no-jnim"
    other.mkdir()
    (other / "x.yaml").write_text(
        "incident: {id: x, country: ML}\nstatements:\n"
        "  - {source: residents, quote: q, claims: [{claim_type: killed, value: '3'}]}\n",
        encoding="utf-8",
    )
    with pytest.raises(reports.ParameterError, match="source_b: 'jnim' is not a source"):
        reports.check_parameters(comparison, {"source_a": "residents", "statements": str(other)})


def test_statements_that_cannot_be_read_are_refused_in_one_line(tmp_path):
    folder = tmp_path / "bad"
    folder.mkdir()
    (folder / "x.yaml").write_text("incident: [1, 2\n", encoding="utf-8")
    out = _cli(
        "report", "source_comparison", "-p", "statements", str(folder),
        reports_dir=tmp_path / "reports",
    )  # fmt: skip
    assert out.returncode == 2
    assert "Traceback" not in out.stderr
    lines = out.stderr.strip().splitlines()
    assert len(lines) == 1
    assert "cannot be read" in lines[0]
    assert "x.yaml:2" in lines[0]

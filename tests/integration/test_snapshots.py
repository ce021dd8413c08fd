"""Formula-like text in every CSV written, and the claims snapshot "what changed" reads back.

Real incident briefs (papermill kernels) on one small synthetic incident whose channel
and quote texts start with ``=``, ``+`` and ``@``: the CSVs neutralize them (OWASP: a
leading ``'``), the Parquet and tidy frame keep the text as written, and the next brief
reads the snapshot back to the same claims. A snapshot corrupted afterwards is reported
and skipped (it no longer blocks later briefs), and ``-p previous_run ''`` turns the
comparison off.
"""

from __future__ import annotations

import csv
import hashlib
import json
import subprocess
import sys
from pathlib import Path
from types import SimpleNamespace

import pandas as pd
import pytest
from conftest import ROOT

INCIDENT = "synthetic-hostile"
HOSTILE_YAML = f"""\
# SYNTHETIC DATA for the tests: texts a spreadsheet would read as formulas.
incident:
  id: {INCIDENT}
  title: Synthetic incident with formula-like text (generated, not real)
  date: '2025-03-04'
  country: ML
  parties: [mali_state, jnim]
statements:
  - id: army-toll
    source: the army
    channel: "=HYPERLINK(\\"http://evil.example\\",\\"click\\")"
    quote: "=cmd|' /C calc'!A0"
    claims:
      - claim_type: killed
        subject: attackers
        value: "40"
  - id: residents-toll
    source: residents
    source_type: eyewitness
    channel: "@SUM(1+1)"
    quote: "+1+1 residents counted about 12 dead attackers"
    claims:
      - claim_type: killed
        subject: attackers
        value: about 12
"""
RISKY = ("=", "+", "-", "@", "\t", "\r")


def _digest(folder: Path) -> str:
    digest = hashlib.sha256()
    for path in sorted(p for p in folder.rglob("*") if p.is_file()):
        digest.update(path.relative_to(folder).as_posix().encode() + path.read_bytes())
    return digest.hexdigest()


def _cells(path: Path) -> list[str]:
    with open(path, newline="", encoding="utf-8") as handle:
        return [cell for row in csv.reader(handle) for cell in row]


def _summary(folder: Path) -> dict:
    return json.loads((folder / "manifest.json").read_text(encoding="utf-8"))["summary"]


@pytest.fixture(scope="module")
def briefs(tmp_path_factory):
    """Four briefs of the incident: first, again, after corrupting the second's snapshot,
    and with previous_run '' from the command line."""
    from claimtrack import reports

    base = tmp_path_factory.mktemp("snapshots")
    statements = base / "statements"
    statements.mkdir()
    (statements / f"{INCIDENT}.yaml").write_text(HOSTILE_YAML, encoding="utf-8")
    runs = base / "reports"
    fast = {"incident_id": INCIDENT, "statements": str(statements), "formats": ["png"], "dpi": 50}
    first = reports.run_report("incident_brief", fast, reports_dir=runs)
    second = reports.run_report("incident_brief", fast, reports_dir=runs)
    (second.folder / "claims.csv").write_bytes(b"\xff\xfeclaim\x00id\n\x00\x01")
    digests = {r.folder: _digest(r.folder.parent) for r in (first, second)}
    third = reports.run_report("incident_brief", fast, reports_dir=runs)
    latest_after_third = (runs / "latest" / INCIDENT).resolve()
    command = [sys.executable, "-m", "claimtrack", "report", "incident_brief"]
    command += ["-p", "incident_id", INCIDENT, "-p", "statements", str(statements)]
    command += ["-p", "formats", "png", "-p", "dpi", "50", "-p", "previous_run", ""]
    fourth = subprocess.run(
        [*command, "--reports-dir", str(runs)],
        capture_output=True,
        text=True,
        cwd=ROOT,
        timeout=300,
    )
    return SimpleNamespace(
        statements=statements,
        runs=runs,
        first=first,
        second=second,
        third=third,
        fourth=fourth,
        digests=digests,
        latest_after_third=latest_after_third,
    )


def test_every_csv_of_a_brief_neutralizes_formulas(briefs):
    assert briefs.first.ok, briefs.first.describe()
    written = [briefs.first.folder / "claims.csv", *briefs.first.folder.glob("tables/*.csv")]
    assert len(written) >= 5
    for path in written:
        for cell in _cells(path):
            assert not cell.startswith(RISKY), (path.name, cell)
    claims = _cells(briefs.first.folder / "claims.csv")
    assert "'=cmd|' /C calc'!A0" in claims
    assert "'+1+1 residents counted about 12 dead attackers" in claims
    statements = _cells(briefs.first.folder / "tables" / "statements.csv")
    assert "'=cmd|' /C calc'!A0" in statements


def test_the_next_brief_reads_the_neutralized_snapshot_back_unchanged(briefs):
    assert briefs.second.ok, briefs.second.describe()
    changes = _summary(briefs.second.folder)["changes"]
    assert Path(changes["previous_run"]) == briefs.first.folder.resolve()
    assert (changes["added"], changes["changed"], changes["removed"]) == (0, 0, 0)


def test_a_corrupted_snapshot_is_reported_and_skipped(briefs):
    import nbformat

    third = briefs.third
    assert third.ok, third.describe()
    assert _summary(third.folder)["changes"]["previous_run"] is None
    nb = nbformat.read(third.executed, as_version=4)
    said = [
        o.get("text", "")
        for c in nb.cells
        if c.cell_type == "code"
        for o in c.outputs
        if o.output_type == "stream"
    ]
    assert any("claims.csv: cannot be read back" in text for text in said), said
    assert briefs.latest_after_third == third.folder.resolve()  # no longer blocked
    for folder, digest in briefs.digests.items():  # earlier reports byte-identical
        assert _digest(folder.parent) == digest


def test_previous_run_empty_turns_the_comparison_off(briefs):
    out = briefs.fourth
    assert out.returncode == 0, out.stdout + out.stderr
    assert "Traceback" not in out.stderr
    folder = Path(out.stdout.split("→ ", 1)[1].splitlines()[0])
    # The third brief's snapshot is good, yet nothing is compared with it.
    assert _summary(folder)["changes"]["previous_run"] is None
    assert json.loads((folder / "manifest.json").read_text())["parameters"]["incident_id"]


def test_normalize_csv_is_neutralized_and_parquet_keeps_the_text(tmp_path):
    statements = tmp_path / f"{INCIDENT}.yaml"
    statements.write_text(HOSTILE_YAML, encoding="utf-8")
    out = subprocess.run(
        [sys.executable, "-m", "claimtrack", "normalize", str(statements), "-o", str(tmp_path)],
        capture_output=True,
        text=True,
        cwd=ROOT,
        timeout=120,
    )
    assert out.returncode == 0, out.stderr
    cells = _cells(tmp_path / "claims.csv")
    assert not [c for c in cells if c.startswith(RISKY)]
    assert "'@SUM(1+1)" in cells
    assert '\'=HYPERLINK("http://evil.example","click")' in cells
    tidy = pd.read_parquet(tmp_path / "claims.parquet")
    assert set(tidy["channel"]) == {'=HYPERLINK("http://evil.example","click")', "@SUM(1+1)"}
    assert not [c for c in _cells(tmp_path / "rejects.csv") if c.startswith(RISKY)]


def test_negative_numbers_stay_numbers_and_reading_back_undoes_the_quote(tmp_path):
    from claimtrack.export import write_csv
    from claimtrack.snapshots import read_snapshot

    frame = pd.DataFrame(
        {
            "claim_id": ["a", "b", "c", "d"],
            "value_text": ["-5", "'=already quoted", "\tTAB", "plain"],
            "value_best": [-5.0, 1.0, 2.0, 3.0],
        }
    )
    path = write_csv(frame, tmp_path / "claims.csv")
    cells = _cells(path)
    assert "-5.0" in cells  # a number: left alone
    assert "'-5" in cells
    assert "''=already quoted" in cells
    assert "'\tTAB" in cells
    back = read_snapshot(path)
    assert back["value_text"].tolist() == frame["value_text"].tolist()

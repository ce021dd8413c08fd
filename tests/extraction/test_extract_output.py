"""Candidates as a statements YAML file; the ``claimtrack extract`` command.

Module: ``extraction.output``.
"""

from __future__ import annotations

import re
import subprocess
import sys

import yaml
from conftest import MALI_ID, corpus_file
from extract_helpers import MALI_TEXT, run_cli

import claimtrack as ct
from claimtrack.extraction.output import to_yaml


def test_cli_round_trip_reads_back_without_rejects(tmp_path):
    out = tmp_path / "mali.yaml"
    # Once through the real console entry point; the other CLI tests run in-process.
    done = subprocess.run(
        [
            sys.executable,
            "-m",
            "claimtrack",
            "extract",
            str(corpus_file(MALI_TEXT)),
            "--incident",
            MALI_ID,
            "-o",
            str(out),
        ],
        capture_output=True,
    )
    assert done.returncode == 0, done.stderr
    written = out.read_text()
    assert written.startswith("# UNREVIEWED machine candidates")
    doc = yaml.safe_load(written)
    assert doc["incident"]["id"] == MALI_ID
    assert all(s["reviewed"] is False for s in doc["statements"])
    raw = ct.read(out)
    tidy, rejects = ct.normalize(raw)
    assert rejects.empty, rejects["reason"].tolist()
    assert 80 in set(tidy["value_best"])


def test_cli_reads_stdin_and_writes_stdout():
    done = run_cli("-", "--incident", "t-1", stdin=b"The army said 12 fighters were killed.")
    assert done.returncode == 0, done.stderr
    assert yaml.safe_load(done.stdout)["statements"][0]["claims"][0]["value"] == "12"


def test_to_yaml_of_a_frame_reads_back(tmp_path):
    raw = ct.extract("Les autorités maliennes ont annoncé 27 soldats tués, 33 blessés.", "t-2")
    path = tmp_path / "s.yaml"
    path.write_text(to_yaml(raw, origin="article.txt"))
    tidy, rejects = ct.normalize(ct.read(path))
    assert rejects.empty
    assert sorted(tidy["value_best"]) == [27, 33]


def test_cli_bad_inputs(tmp_path):
    binary = tmp_path / "image.bin"
    binary.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00")
    done = run_cli(str(binary))
    assert done.returncode == 2
    assert b"binary data" in done.stderr
    empty = tmp_path / "empty.txt"
    empty.write_text("  \n")
    done = run_cli(str(empty))
    assert done.returncode == 2
    assert b"empty" in done.stderr
    done = run_cli(str(tmp_path / "missing.txt"))
    assert done.returncode == 2
    assert b"no such file" in done.stderr
    plain = tmp_path / "plain.txt"
    plain.write_text("The weather was fine.")
    out = tmp_path / "none.yaml"
    done = run_cli(str(plain), "-o", str(out))
    assert done.returncode == 0
    assert b"no candidate claims" in done.stderr
    assert not out.exists()


def test_validate_names_each_unreviewed_draft_by_its_line(tmp_path):
    from typer.testing import CliRunner

    from claimtrack.cli import app

    out = tmp_path / "draft.yaml"
    text = b"The army said 12 fighters were killed in Kayes. JNIM said it seized two bases."
    assert run_cli("-", "--incident", "draft-1", "-o", str(out), stdin=text).returncode == 0
    checked = CliRunner().invoke(app, ["validate", str(out)])
    (warning,) = [line for line in checked.stderr.splitlines() if "reviewed: false" in line]
    assert str(out) in warning
    assert "2 statement(s)" in warning
    lines = out.read_text().splitlines()
    numbers = [int(n) for n in re.findall(r"\d+", warning.split(" at lines ")[1])]
    assert [lines[n - 1].lstrip().startswith("- ") for n in numbers] == [True, True]
    out.write_text(out.read_text().replace("reviewed: false", "reviewed: true"))
    assert "reviewed: false" not in CliRunner().invoke(app, ["validate", str(out)]).stderr

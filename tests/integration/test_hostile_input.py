"""Hostile input (issue 11): every bad file gets a one-line answer naming where, and every
row is accepted or rejected; values are read as written. Fixtures are built here."""

from __future__ import annotations

import os
import subprocess
import sys
import textwrap
import unicodedata

import openpyxl
import pandas as pd
import pytest

import claimtrack as ct
from claimtrack.normalize.actors import UnknownActorWarning
from claimtrack.read import InputError

HEADER = "incident_id,country,source,claim_type,subject,value,locations,quote\n"


def cli(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-m", "claimtrack", *args], capture_output=True, text=True, timeout=120
    )


def one_line_error(out: subprocess.CompletedProcess, *needles: str) -> str:
    """The command failed with exit 2 and one line on stderr holding every needle."""
    assert out.returncode == 2, (out.returncode, out.stderr)
    assert "Traceback" not in out.stderr
    lines = [line for line in out.stderr.splitlines() if line.strip()]
    assert len(lines) == 1, out.stderr
    for needle in needles:
        assert needle in lines[0], (needle, lines[0])
    return lines[0]


def write(tmp_path, name: str, body: str) -> os.PathLike:
    path = tmp_path / name
    path.write_text(textwrap.dedent(body), encoding="utf-8")
    return path


def accounted(raw: pd.DataFrame, tidy: pd.DataFrame, rejects: pd.DataFrame) -> None:
    assert len(raw) == tidy["origin"].nunique() + len(rejects)


STATEMENT = """\
  - id: {sid}
    source: {source}
    quote: the army said it killed 80
    claims:
      - {{claim_type: killed, subject: fighters, value: "80"}}
"""


def incident(iid: str = "t-1", statements: str = "") -> str:
    return f"incident: {{id: {iid}, country: ML}}\nstatements:\n{statements}"


# --------------------------------------------------------------- duplicate keys, aliases


def test_claims_written_twice_is_an_error_with_both_lines(tmp_path):
    path = write(
        tmp_path,
        "dup.yaml",
        incident()
        + """\
  - id: s1
    source: JNIM
    quote: q
    claims:
      - {claim_type: killed, value: "1"}
    claims:
      - {claim_type: killed, value: "2"}
      - {claim_type: wounded, value: "3"}
""",
    )
    with pytest.raises(
        InputError, match=r"dup.yaml:8: key 'claims' is written twice \(lines 6 and 8\)"
    ):
        ct.read(path)
    one_line_error(cli("validate", str(path)), "dup.yaml:8", "claims", "lines 6 and 8")


def test_two_statements_blocks_are_an_error(tmp_path):
    body = incident(statements=STATEMENT.format(sid="a", source="JNIM"))
    body += "statements:\n" + STATEMENT.format(sid="b", source="FAMa")
    path = write(tmp_path, "two.yaml", body)
    with pytest.raises(
        InputError, match=r"two.yaml:8: key 'statements' is written twice \(lines 2 and 8\)"
    ):
        ct.read(path)


def test_duplicate_json_keys_name_both_lines(tmp_path):
    path = tmp_path / "dup.json"
    path.write_text('[\n {"incident_id": "j",\n  "source": "JNIM",\n  "source": "FAMa"}\n]\n')
    with pytest.raises(
        InputError, match=r"dup.json:4: key 'source' is written twice \(lines 3 and 4\)"
    ):
        ct.read(path)


def test_alias_bomb_fails_fast(tmp_path):
    lines = ['a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]']
    for name, prev in zip("bcdefghi", "abcdefgh", strict=True):
        lines.append(f"{name}: &{name} [" + ",".join([f"*{prev}"] * 9) + "]")
    path = tmp_path / "bomb.yaml"
    path.write_text("\n".join(lines) + "\n")
    assert path.stat().st_size < 700
    # Refused at the first alias (line 2), before anything is expanded: no ~100 s run to a
    # MemoryError.
    one_line_error(cli("validate", str(path)), "bomb.yaml:2", "aliases")


def test_size_limit_per_file(tmp_path):
    from claimtrack.read import MAX_BYTES

    path = tmp_path / "huge.yaml"
    with path.open("wb") as fh:
        fh.truncate(MAX_BYTES[".yaml"] + 1)  # sparse: no disk used
    one_line_error(cli("validate", str(path)), "huge.yaml", "more than", "split it")


@pytest.mark.parametrize(
    ("name", "body"),
    [("deep.yaml", "a: " + "[" * 3000 + "]" * 3000), ("deep.json", "[" * 3000 + "]" * 3000)],
)
def test_nesting_3000_deep(tmp_path, name, body):
    path = tmp_path / name
    path.write_text(body)
    one_line_error(cli("validate", str(path)), name, "nested")


# --------------------------------------------------------------------- rejects by row


def test_rejects_by_row_and_clashing_ids_name_both(tmp_path):
    """incident a + statement b/c beside incident a/b + statement c: 3 rows, all accounted."""
    path = tmp_path / "clash.csv"
    path.write_text(
        "incident_id,statement_id,source,claim_type,value,quote\n"
        "a,b/c,JNIM,killed,1,q1\n"
        "a/b,c,JNIM,killed,1,q2\n"
        "a,d,JNIM,killed,2,q3\n"
    )
    raw = ct.read(path)
    tidy, rejects = ct.normalize(raw)
    accounted(raw, tidy, rejects)
    assert len(tidy) == 2
    assert len(rejects) == 1
    assert rejects["origin"].tolist() == [f"{path}:row 3"]
    assert "incident_id 'a/b' is not allowed" in rejects["reason"].iloc[0]
    assert tidy["claim_id"].is_unique


def test_claims_on_one_line_are_separate_rows(tmp_path):
    path = write(
        tmp_path,
        "flow.yaml",
        incident()
        + "  - {id: s1, source: JNIM, quote: q, claims: "
        + '[{claim_type: killed, value: "1"}, {claim_type: kiled, value: "2"}]}\n',
    )
    raw = ct.read(path)
    tidy, rejects = ct.normalize(raw)
    accounted(raw, tidy, rejects)
    assert len(tidy) == 1
    assert len(rejects) == 1
    assert raw["origin"].is_unique


def test_vague_table_with_a_bad_qualifier_rejects_only_its_rows(tmp_path):
    table = tmp_path / "vague.csv"
    table.write_text("phrase,low,best,high,qualifier\nseveral,3,,9,approx\n")
    path = tmp_path / "c.csv"
    path.write_text(
        HEADER + "t1,ML,JNIM,killed,fighters,several,,q1\nt1,ML,JNIM,killed,fighters,80,,q2\n"
    )
    raw = ct.read(path)
    tidy, rejects = ct.normalize(raw, vague=table)
    accounted(raw, tidy, rejects)
    assert tidy["value_text"].tolist() == ["80"]
    assert rejects["origin"].tolist() == [f"{path}:row 2"]
    assert "qualifier" in rejects["reason"].iloc[0]


@pytest.mark.parametrize(
    "body", ["phrase;low\nx;1\n", '"unclosed\n', "phrase,low,best,high\nseveral,a,b,c\n"]
)
def test_malformed_vague_table(tmp_path, body):
    table = tmp_path / "v.csv"
    table.write_text(body)
    one_line_error(cli("validate", "data/statements", "--vague", str(table)), "--vague", "v.csv")


# ------------------------------------------------------------------------------- XLSX

FLAT = ["incident_id", "country", "source", "claim_type", "subject", "value", "quote"]


def test_xlsx_every_sheet_is_read_and_named(tmp_path):
    book = openpyxl.Workbook()
    first = book.active
    first.title = "Kayes"
    first.append(FLAT)
    first.append(["x1", "ML", "JNIM", "killed", "soldiers", 80.7, "q1"])
    second = book.create_sheet("Nioro")
    second.append(FLAT)
    second.append(["x1", "ML", "FAMa", "killed", "fighters", 12, "q2"])
    second.append(["x1", "ML", "FAMa", "killed", "fighters", "=1/0", "q3"])
    second["F3"].value = "=1/0"  # a formula with no cached value: nothing computed it
    path = tmp_path / "book.xlsx"
    book.save(path)
    raw = ct.read(path)
    assert raw["origin"].tolist() == [
        f"{path}:sheet 'Kayes' row 2",
        f"{path}:sheet 'Nioro' row 2",
        f"{path}:sheet 'Nioro' row 3",
    ]
    assert raw["value"].tolist()[:2] == ["80.7", "12"]  # as written, not truncated
    tidy, rejects = ct.normalize(raw)
    accounted(raw, tidy, rejects)
    reasons = dict(zip(rejects["origin"], rejects["reason"], strict=True))
    assert "formula" in reasons[f"{path}:sheet 'Nioro' row 3"]
    assert tidy["value_best"].tolist() == [12.0]
    # 80.7 soldiers is not a count: rejected as written, never truncated to 80
    assert "'80.7'" in reasons[f"{path}:sheet 'Kayes' row 2"]


def test_xlsx_error_cell_is_rejected_with_a_reason(tmp_path):
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.append(FLAT)
    sheet.append(["x1", "ML", "JNIM", "killed", "soldiers", "#DIV/0!", "q1"])
    sheet["F2"].data_type = "e"  # an error value, as Excel stores #DIV/0!
    path = tmp_path / "err.xlsx"
    book.save(path)
    raw = ct.read(path)
    tidy, rejects = ct.normalize(raw)
    accounted(raw, tidy, rejects)
    assert tidy.empty
    assert "value: the cell holds the error #DIV/0!" in rejects["reason"].iloc[0]
    assert rejects["origin"].iloc[0] == f"{path}:row 2"


# -------------------------------------------------------------------- values as written


def test_csv_na_none_null_nan_are_text(tmp_path):
    path = tmp_path / "na.csv"
    path.write_text(
        HEADER + "t1,ML,NA,attacked,towns,,None,q1\n" + "t1,ML,null,killed,fighters,NaN,Kayes,q2\n"
    )
    raw = ct.read(path)
    assert raw["source_raw"].tolist() == ["NA", "null"]
    assert raw["locations"].tolist() == ["None", "Kayes"]
    assert raw["value"].tolist()[1] == "NaN"
    with pytest.warns(UserWarning, match="'NA'"):
        tidy, rejects = ct.normalize(raw)
    accounted(raw, tidy, rejects)
    assert tidy["source_raw"].tolist() == ["NA"]  # a source named NA is a name
    assert tidy["location_raw"].tolist() == ["None"]  # a place named None is kept
    assert "NaN" in rejects["reason"].iloc[0]  # never silently an empty value


def test_json_nan_and_list_of_places(tmp_path):
    path = tmp_path / "r.json"
    path.write_text(
        '[{"incident_id": "j", "source": "JNIM", "claim_type": "attacked", "quote": "q",'
        ' "subject": NaN, "locations": ["Kayes", "Nioro"]},'
        ' {"incident_id": "j", "source": "JNIM", "claim_type": "killed", "quote": "q2",'
        ' "value": 1e400}]'
    )
    raw = ct.read(path)
    assert raw.loc[0, "subject"] == "NaN"
    assert raw.loc[1, "value"] == "1e400"
    tidy, rejects = ct.normalize(raw)
    accounted(raw, tidy, rejects)
    assert sorted(tidy["location_raw"]) == ["Kayes", "Nioro"]  # two places, not one
    assert tidy["subject_raw"].tolist() == ["NaN", "NaN"]
    # 1e400 is read as written and refused with a reason, never an infinite count
    assert rejects["origin"].tolist() == [f"{path}:record 2"]
    assert "'1e400'" in rejects["reason"].iloc[0]


@pytest.mark.parametrize(("column", "suggestion"), [("vaule", "value"), ("locaitons", "locations")])
def test_misspelled_header_is_an_error(tmp_path, column, suggestion):
    path = tmp_path / "typo.csv"
    path.write_text(HEADER.replace(suggestion, column, 1) + "t1,ML,JNIM,killed,x,3,Kayes,q\n")
    line = one_line_error(cli("validate", str(path)), "typo.csv", repr(column), repr(suggestion))
    assert "Accepted: incident_id" in line


def test_duplicate_value_column_is_an_error(tmp_path):
    path = tmp_path / "dup.csv"
    path.write_text("incident_id,source,claim_type,value,value,quote\nt,JNIM,killed,3,4,q\n")
    one_line_error(cli("validate", str(path)), "dup.csv", "'value' and 'value'")


def test_user_column_named_problems_is_not_a_rejection(tmp_path):
    path = tmp_path / "p.csv"
    path.write_text(HEADER.strip() + ",problems,origin\nt1,ML,JNIM,killed,x,3,Kayes,q,oops,zzz\n")
    with pytest.warns(UserWarning, match="ignored column"):
        raw = ct.read(path)
    tidy, rejects = ct.normalize(raw)
    assert rejects.empty
    assert len(tidy) == 1
    assert tidy.loc[0, "origin"] == f"{path}:row 2"


def test_identical_copy_is_reported_not_double_counted(tmp_path):
    body = HEADER + "t1,ML,JNIM,killed,x,3,Kayes,q\n"
    (tmp_path / "a.csv").write_text(body)
    (tmp_path / "b.csv").write_text(body)
    one_line_error(cli("validate", str(tmp_path)), "b.csv", "a.csv", "twice")


def test_nfc_and_nfd_spellings_are_one_id(tmp_path):
    nfc = "Léré-1"
    nfd = unicodedata.normalize("NFD", nfc)
    assert nfc != nfd
    path = tmp_path / "u.csv"
    path.write_text(HEADER + f"{nfc},ML,JNIM,killed,x,3,,q1\n{nfd},ML,JNIM,killed,x,4,,q2\n")
    raw = ct.read(path)
    assert raw["incident_id"].nunique() == 1


def test_non_latin_sources_keep_distinct_ids(tmp_path):
    names = ["الجيش المالي", "جماعة نصرة الإسلام", "Группа Вагнера", "Армия"]
    rows = "".join(f"t1,ML,{n},killed,x,{i},,q{i}\n" for i, n in enumerate(names))
    path = tmp_path / "names.csv"
    path.write_text(HEADER + rows)
    with pytest.warns(UnknownActorWarning):
        tidy, rejects = ct.load(path)
    assert rejects.empty
    assert tidy["source"].nunique() == 4
    assert "unnamed" not in set(tidy["source"])
    assert "группа_вагнера" in set(tidy["source"])


def test_control_characters_leave_ids(tmp_path):
    path = tmp_path / "rlo.csv"
    path.write_text(
        "incident_id,statement_id,source,claim_type,value,quote\n"
        "t1,s\u202e1,Bad\u202eActor,killed,3,q\n"
    )
    with pytest.warns(UnknownActorWarning):
        tidy, _ = ct.load(path)
    assert tidy.loc[0, "statement_id"] == "s1"
    assert "\u202e" not in tidy.loc[0, "source"]
    assert "\u202e" not in tidy.loc[0, "claim_id"]


# ------------------------------------------------------------------------------ dates


@pytest.mark.parametrize("date", ["2025-13-45", "0000-00-00", "'1025-07-01'"])
def test_bad_yaml_dates_are_rejected_with_file_and_line(tmp_path, date):
    good = write(tmp_path, "good.yaml", incident("g-1", STATEMENT.format(sid="s", source="JNIM")))
    bad = write(
        tmp_path,
        "bad.yaml",
        f"incident: {{id: b-1, country: ML, date: {date}}}\nstatements:\n"
        + STATEMENT.format(sid="s", source="JNIM"),
    )
    raw = ct.read(tmp_path)
    tidy, rejects = ct.normalize(raw)
    accounted(raw, tidy, rejects)
    assert set(tidy["origin"]) == {f"{good}:7"}  # the rest of the folder still validates
    reason = rejects["reason"].iloc[0]
    assert reason.startswith(f"{bad}:7: ")
    assert "incident_date" in reason
    out = cli("validate", str(tmp_path))
    assert out.returncode == 1
    assert "Traceback" not in out.stderr


# ------------------------------------------------------------------ odd JSON and files


@pytest.mark.parametrize(
    "body",
    [
        '[1, 2, "x"]',
        '[{"incident_id": "j", "source": "JNIM", "claim_type": "killed", '
        '"quote": "q"}, [1], "x", null]',
    ],
)
def test_json_lists_that_are_not_records(tmp_path, body):
    path = tmp_path / "odd.json"
    path.write_text(body)
    raw = ct.read(path)
    tidy, rejects = ct.normalize(raw)
    accounted(raw, tidy, rejects)
    assert len(rejects) == 3
    assert rejects["reason"].str.contains("expected an object").all()
    assert rejects["origin"].iloc[0].startswith(f"{path}:record ")
    out = cli("validate", str(path))
    assert out.returncode == 1
    assert "Traceback" not in out.stderr


def test_json_5000_digit_integer_is_read_as_written(tmp_path):
    digits = "9" * 5000
    path = tmp_path / "big.json"
    path.write_text(
        f'[{{"incident_id": "j", "source": "JNIM", "claim_type": "killed", "quote": "q", '
        f'"value": {digits}}}]'
    )
    raw = ct.read(path)
    assert raw.loc[0, "value"] == digits
    out = cli("validate", str(path))
    assert out.returncode in (0, 1)
    assert "Traceback" not in out.stderr


def test_folder_named_like_a_statements_file(tmp_path):
    (tmp_path / "x.yaml").mkdir()
    one_line_error(cli("validate", str(tmp_path)), "x.yaml", "a folder")


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="no FIFOs here")
def test_fifo_is_refused_without_hanging(tmp_path):
    os.mkfifo(tmp_path / "pipe.yaml")
    one_line_error(cli("validate", str(tmp_path)), "pipe.yaml", "not a regular file")


# ------------------------------------------------------------------------ incident ids


@pytest.mark.parametrize("iid", ["../../evil", "a b", "a/b", "<b>x</b>", "overview", "Latest"])
def test_incident_ids_are_checked_where_read(tmp_path, iid):
    path = tmp_path / "ids.csv"
    path.write_text(
        f'incident_id,source,claim_type,quote\n"{iid}",JNIM,killed,q\nok-1,JNIM,killed,q\n'
    )
    raw = ct.read(path)
    tidy, rejects = ct.normalize(raw)
    accounted(raw, tidy, rejects)
    assert tidy["incident_id"].tolist() == ["ok-1"]
    reason = rejects["reason"].iloc[0]
    assert reason.startswith(f"{path}:row 2: incident_id")
    assert "letters, digits" in reason or "reserved" in reason


@pytest.mark.parametrize("iid", ["../../evil", "a b", "overview", "Latest"])
def test_readers_and_runner_share_one_rule(iid):
    from claimtrack import names, reports

    problem = names.name_problem("incident_id", iid)
    assert problem
    with pytest.raises(reports.ParameterError) as refused:
        reports.check_name("incident_id", iid)
    assert str(refused.value).startswith(problem)


@pytest.mark.parametrize("iid", ["../../evil", "overview"])
def test_extract_refuses_the_same_incident_ids(tmp_path, iid):
    article = tmp_path / "a.txt"
    article.write_text("The army said it killed 80 fighters in Kayes.")
    one_line_error(cli("extract", str(article), "--incident", iid), "--incident", repr(iid))


# ------------------------------------------------------------------------ output paths


def test_normalize_output_on_a_file_or_unwritable(tmp_path):
    blocker = tmp_path / "file"
    blocker.write_text("x")
    one_line_error(cli("normalize", "data/statements", "-o", str(blocker)), "-o", "file")
    one_line_error(
        cli("normalize", "data/statements", "-o", str(blocker / "sub")), "-o", "cannot write"
    )
    if os.geteuid() != 0:  # root writes anywhere
        locked = tmp_path / "locked"
        locked.mkdir(mode=0o500)
        one_line_error(cli("normalize", "data/statements", "-o", str(locked / "o")), "-o")


def test_extract_output_on_a_folder(tmp_path):
    article = tmp_path / "a.txt"
    article.write_text("The army said it killed 80 fighters in Kayes.")
    one_line_error(cli("extract", str(article), "-o", str(tmp_path)), "-o", "is a folder")
    blocker = tmp_path / "file"
    blocker.write_text("x")
    one_line_error(
        cli("extract", str(article), "-o", str(blocker / "x.yaml")), "-o", "cannot write"
    )


# ---------------------------------------------------------------- errors point the right way


def test_ragged_csv_row_is_named(tmp_path):
    path = tmp_path / "ragged.csv"
    path.write_text(
        HEADER + "t1,ML,JNIM,killed,x,3,,q\n" + "t1,ML,JNIM,killed,x,3,Kayes, Nioro,q\n"
    )
    one_line_error(cli("validate", str(path)), "ragged.csv:row 3", "9 cells", "header has 8")


def test_blank_lines_do_not_shift_rows(tmp_path):
    path = tmp_path / "blank.csv"
    path.write_text(HEADER + "\n" + "t1,ML,JNIM,killed,x,3,,q\n\n\n" + "t1,ML,JNIM,kiled,x,3,,q\n")
    raw = ct.read(path)
    assert raw["origin"].tolist() == [f"{path}:row 3", f"{path}:row 6"]
    tidy, rejects = ct.normalize(raw)
    accounted(raw, tidy, rejects)
    assert rejects["reason"].iloc[0].startswith(f"{path}:row 6: ")


def test_nul_byte_in_yaml_has_its_line(tmp_path):
    path = tmp_path / "nul.yaml"
    path.write_text(incident(statements=STATEMENT.format(sid="s", source="JN\x00IM")))
    one_line_error(cli("validate", str(path)), "nul.yaml:4", "U+0000")


def test_rejects_name_the_column_the_user_wrote(tmp_path):
    path = tmp_path / "nosource.csv"
    path.write_text(HEADER + "t1,ML,,killed,x,3,,q\n")
    raw = ct.read(path)
    _, rejects = ct.normalize(raw)
    assert rejects.loc[0, "field"] == "source"
    assert "missing source (" in rejects.loc[0, "reason"]
    assert "source_raw" not in rejects.loc[0, "reason"]


def test_contract_guard_rejects_whole_input_rows_and_names_clashing_origins(tmp_path):
    import numpy as np

    from claimtrack.normalize.checks import guard

    path = tmp_path / "g.csv"
    path.write_text(
        HEADER
        + "t1,ML,JNIM,attacked,towns,,Kayes;Nioro;Diboli,q1\n"
        + "t1,ML,JNIM,killed,x,3,,q2\n"
        "t1,ML,FAMa,killed,x,4,,q3\n"
    )
    tidy, _ = ct.load(path)
    assert len(tidy) == 5
    raw_rows = np.array([0, 0, 0, 1, 2])
    broken = tidy.copy()
    broken.loc[1, "latitude"] = 100.0  # one place of the first row breaks the contract
    broken.loc[4, "claim_id"] = broken.loc[3, "claim_id"]  # rows 2 and 3 clash
    kept, late = guard(broken, raw_rows)
    assert kept.empty  # all three input rows refused, each whole
    assert late["origin"].tolist() == [f"{path}:row {n}" for n in (2, 3, 4)]
    assert "latitude fails" in late["reason"].iloc[0]
    clash = late["reason"].iloc[1]
    assert f"{path}:row 3" in clash
    assert f"{path}:row 4" in clash
    assert "distinct ids" in clash


def test_broken_link_named_like_a_statements_file(tmp_path):
    (tmp_path / "gone.yaml").symlink_to(tmp_path / "nowhere.yaml")
    with pytest.raises(InputError, match=r"gone\.yaml: cannot be read"):
        ct.read(tmp_path)


def test_values_under_an_unnamed_column_are_not_dropped_quietly(tmp_path):
    path = tmp_path / "unnamed.csv"
    path.write_text("incident_id,,source,claim_type,quote\nt,x,JNIM,killed,q\n")
    with pytest.warns(UserWarning, match=r"unnamed.csv: column\(s\) 2 have values but no name"):
        raw = ct.read(path)
    assert raw.loc[0, "source_raw"] == "JNIM"
    book = openpyxl.Workbook()
    book.active.append(["incident_id", "source", "claim_type", "quote"])
    book.active.append(["t", "JNIM", "killed", "q", "stray"])
    book.save(tmp_path / "unnamed.xlsx")
    with pytest.warns(UserWarning, match=r"column\(s\) 5 have values but no name"):
        ct.read(tmp_path / "unnamed.xlsx")

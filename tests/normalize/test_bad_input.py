"""Bad input: a clear error naming file, line/row and field; nothing dropped silently."""

from __future__ import annotations

import json
import subprocess
import sys
import textwrap

import pandas as pd
import pytest
from conftest import MALI

import claimtrack as ct
from claimtrack.read import InputError

HEADER = "incident_id,country,source,claim_type,subject,value,locations,quote\n"


def cli(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-m", "claimtrack", *args], capture_output=True, text=True, timeout=120
    )


def write_yaml(tmp_path, body: str, name: str = "incident.yaml"):
    path = tmp_path / name
    path.write_text(textwrap.dedent(body), encoding="utf-8")
    return path


GOOD_YAML = """\
incident: {id: test-1, country: ML, parties: [mali_state, jnim]}
documents: [{id: d1, outlet: Test, published: 1 July 2025}]
statements:
  - id: s1
    source: JNIM
    document: d1
    quote: the group claimed three barracks
    claims:
      - {claim_type: seized, subject: barracks, value: three}
"""


def test_rows_in_equal_rows_accepted_plus_rejected(tmp_path):
    rows = [
        "t1,ML,JNIM,seized,barracks,three,,claimed three barracks",
        "t1,ML,the army,killed,fighters,eighty-ish,,killed eighty-ish",
        "t1,ML,the army,kiled,fighters,80,,killed 80",
        "t1,ML,the army,killed,fighters,-5,,killed -5",
        "t1,ML,the army,killed,fighters,50-20,,killed 50 to 20",
        "t1,ML,,killed,fighters,4,,four killed",
        "t1,ML,residents,attacked,towns,,Kayes;Nioro,Kayes and Nioro attacked",
    ]
    path = tmp_path / "claims.csv"
    path.write_text(HEADER + "\n".join(rows) + "\n")
    raw = ct.read(path)
    tidy, rejects = ct.normalize(raw)
    assert len(raw) == tidy["origin"].nunique() + len(rejects)
    assert len(rejects) == 5
    reasons = dict(zip(rejects["origin"], rejects["reason"], strict=True))
    assert "not a number or a known quantifier" in reasons[f"{path}:row 3"]
    assert "claim_type 'kiled' is not known" in reasons[f"{path}:row 4"]
    assert "closest: 'killed'" in reasons[f"{path}:row 4"]
    assert "negative" in reasons[f"{path}:row 5"]
    assert "above its high" in reasons[f"{path}:row 6"]
    assert "missing source (" in reasons[f"{path}:row 7"]
    # one statement naming two places gives two tidy rows
    assert (tidy["origin"] == f"{path}:row 8").sum() == 2


def test_malformed_yaml_gives_line_and_column(tmp_path):
    path = write_yaml(tmp_path, "incident: {id: x\nstatements: [\n")
    with pytest.raises(InputError, match=r"incident.yaml:\d+:\d+: malformed YAML"):
        ct.read(path)


def test_empty_file(tmp_path):
    path = tmp_path / "empty.yaml"
    path.write_text("  \n")
    with pytest.raises(InputError, match="empty"):
        ct.read(path)


def test_not_utf8(tmp_path):
    path = tmp_path / "latin1.csv"
    path.write_bytes(
        (HEADER + "t1,ML,JNIM,seized,barracks,trois,,caserne prise à Léré\n").encode("latin-1")
    )
    with pytest.raises(InputError, match=r"latin1.csv:2: not UTF-8"):
        ct.read(path)


def test_missing_fields_and_unknown_claim_type_in_yaml(tmp_path):
    path = write_yaml(
        tmp_path,
        """\
        incident: {id: test-1, country: ML}
        statements:
          - id: s1
            source: JNIM
            claims:
              - {claim_type: captured-ish, subject: barracks, value: three}
              - {subject: barracks, value: three}
        """,
    )
    tidy, rejects = ct.load(path)
    assert tidy.empty
    assert len(rejects) == 2
    first, second = rejects["reason"]
    assert first.startswith(f"{path}:6:")
    assert "missing quote" in first
    assert "claim_type 'captured-ish' is not known" in first
    assert "missing claim_type" in second


def test_duplicate_statement_ids(tmp_path):
    body = GOOD_YAML + (
        "  - id: s1\n"
        "    source: the army\n"
        "    quote: the army killed 80\n"
        "    claims:\n"
        '      - {claim_type: killed, subject: fighters, value: "80"}\n'
    )
    path = write_yaml(tmp_path, body)
    tidy, rejects = ct.load(path)
    assert len(tidy) == 1
    assert len(rejects) == 1
    assert "statement id s1 is already used" in rejects["reason"].iloc[0]


def test_quote_that_is_not_text(tmp_path):
    path = write_yaml(
        tmp_path, GOOD_YAML.replace("quote: the group claimed three barracks", "quote: [1, 2]")
    )
    tidy, rejects = ct.load(path)
    assert tidy.empty
    assert "quote: expected text, got list" in rejects["reason"].iloc[0]


def test_explicit_low_above_high(tmp_path):
    path = write_yaml(
        tmp_path,
        GOOD_YAML.replace("value: three}", "value_low: 9, value_high: 2}"),
    )
    tidy, rejects = ct.load(path)
    assert tidy.empty
    assert "out of order" in rejects["reason"].iloc[0]


def test_json_records_and_xlsx(tmp_path):
    records = [
        {
            "incident_id": "j1",
            "country": "ML",
            "source": "JNIM",
            "claim_type": "seized",
            "subject": "barracks",
            "value": "three",
            "quote": "three barracks",
        },
    ]
    (tmp_path / "a.json").write_text(json.dumps(records))
    frame = pd.DataFrame(records)
    frame.to_excel(tmp_path / "b.xlsx", index=False)
    tidy, rejects = ct.load(tmp_path)
    assert rejects.empty
    assert sorted(tidy["origin"]) == [
        f"{tmp_path / 'a.json'}:record 1",
        f"{tmp_path / 'b.xlsx'}:row 2",
    ]


def test_unknown_actor_is_kept_with_a_warning(tmp_path):
    path = write_yaml(tmp_path, GOOD_YAML.replace("source: JNIM", "source: Katiba Nowhere"))
    with pytest.warns(UserWarning, match="Katiba Nowhere"):
        tidy, _ = ct.load(path)
    assert tidy.loc[0, "source_type"] == "unknown"
    assert tidy.loc[0, "source"] == "katiba_nowhere"


def test_unmatched_place_is_kept_raw_and_flagged(tmp_path):
    path = write_yaml(
        tmp_path, GOOD_YAML.replace("value: three}", "value: three, locations: [Xyzzyville]}")
    )
    tidy, _ = ct.load(path)
    row = tidy.iloc[0]
    assert row["match_method"] == "unmatched"
    assert row["location"] == "Xyzzyville"
    assert pd.isna(row["latitude"])


@pytest.mark.parametrize(
    ("content", "message"),
    [
        ("incident: {id: x\n", "malformed YAML"),
        ("", "empty"),
    ],
)
def test_cli_one_line_errors(tmp_path, content, message):
    path = tmp_path / "bad.yaml"
    path.write_text(content)
    out = cli("validate", str(path))
    assert out.returncode == 2
    assert message in out.stderr
    assert "Traceback" not in out.stderr
    assert len(out.stderr.strip().splitlines()) == 1


def test_cli_validate_lists_every_problem(tmp_path):
    path = tmp_path / "claims.csv"
    path.write_text(HEADER + "t1,ML,JNIM,seized,barracks,lots-ish,,q\nt1,ML,JNIM,kiled,x,1,,q2\n")
    out = cli("validate", str(path))
    assert out.returncode == 1
    assert "row 2" in out.stdout
    assert "row 3" in out.stdout


def test_cli_normalize_writes_parquet_and_csv(tmp_path):
    out = cli("normalize", str(MALI), "-o", str(tmp_path))
    assert out.returncode == 0, out.stderr
    tidy = pd.read_parquet(tmp_path / "claims.parquet")
    assert len(tidy) == len(pd.read_csv(tmp_path / "claims.csv")) > 20
    assert (tmp_path / "rejects.csv").exists()


def test_large_csv(tmp_path):
    # ~100 MB of valid rows: read and normalize without error, every row accounted for.
    row = 't1,ML,the army,killed,fighters,80,Kayes,"' + "x" * 900 + '"\n'
    path = tmp_path / "big.csv"
    with path.open("w") as fh:
        fh.write(HEADER)
        fh.writelines([row] * 110_000)
    assert path.stat().st_size > 100_000_000
    tidy, rejects = ct.load(path)
    assert len(tidy) == 110_000
    assert rejects.empty

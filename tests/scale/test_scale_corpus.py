"""`claimtrack extract FOLDER --dask local`: every article drafted, a bad one named, none lost."""

from __future__ import annotations

import subprocess
import sys

import pandas as pd
import pytest

pytest.importorskip("distributed", reason="the dask extra is not installed")

ARTICLES = {
    "a1-army": "The army said 80 fighters were killed in the attack on Kayes.",
    "a2-group": "JNIM said it seized three military barracks. The army denied it.",
    "a3-fr": "Les autorités ont annoncé 27 soldats tués et 33 blessés.",
}


def run(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-m", "claimtrack", "extract", *args],
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
    )


def _corpus(folder):
    folder.mkdir()
    for name, text in ARTICLES.items():
        (folder / f"{name}.txt").write_text(text, encoding="utf-8")
    # A saved page is an article of the folder too, read as its text.
    page = f"<html><body><nav>Home</nav><p>{ARTICLES['a1-army']}</p></body></html>"
    (folder / "a1-army.txt").unlink()
    (folder / "a1-army.html").write_text(page, encoding="utf-8")
    (folder / "a4-broken.txt").write_bytes(b"\x00\x01 not text")
    return folder


@pytest.fixture(scope="module")
def drafted(tmp_path_factory):
    """The folder drafted on a local cluster (named as a folder) and in one process (named
    by a pattern): {mode: (the finished command, its output folder)}. Run once: a cluster
    costs seconds to start."""
    tmp = tmp_path_factory.mktemp("drafted")
    corpus = _corpus(tmp / "articles")
    runs = {"cluster": (str(corpus), "--dask", "local"), "one-process": (str(corpus / "a*.*"),)}
    out = {}
    for mode, (given, *dask) in runs.items():
        out[mode] = (run(given, "-o", str(tmp / mode), "--yaml", *dask), tmp / mode)
    return out


@pytest.mark.parametrize("mode", ["cluster", "one-process"])
def test_a_folder_is_drafted_and_a_bad_article_named(drafted, mode) -> None:
    done, out = drafted[mode]
    assert done.returncode == 1, done.stderr  # one article failed
    assert "failed  a4-broken: " in done.stderr
    assert "binary data" in done.stderr
    assert "Traceback" not in done.stderr
    found = pd.read_parquet(out / "candidates.parquet")
    assert set(found["article_id"]) == set(ARTICLES)
    assert set(found["incident_id"]) == set(ARTICLES)
    killed = found[(found["article_id"] == "a1-army") & (found["claim_type"] == "killed")]
    assert killed["value"].tolist() == ["80"]
    assert killed["source_raw"].tolist() == ["The army"]
    assert sorted(p.name for p in out.glob("*.yaml")) == sorted(f"{a}.yaml" for a in ARTICLES)


def test_the_cluster_and_one_process_give_the_same_candidates(drafted) -> None:
    one = pd.read_parquet(drafted["one-process"][1] / "candidates.parquet")
    many = pd.read_parquet(drafted["cluster"][1] / "candidates.parquet")
    assert len(one) > 0
    pd.testing.assert_frame_equal(one, many)


def test_refusals_are_one_line(tmp_path) -> None:
    done = run(str(tmp_path), "-o", str(tmp_path / "out"))
    assert done.returncode == 2
    assert done.stderr.startswith("error: ")
    assert "no article files" in done.stderr
    article = tmp_path / "one.txt"
    article.write_text("The army said 80 fighters were killed.")
    done = run(str(article), "--dask", "local")
    assert done.returncode == 2
    assert "one article needs neither" in done.stderr


# --- a Parquet or CSV file: a column of texts, a column of ids -----------------------------
def _table(tmp_path, suffix: str):
    rows = pd.DataFrame(
        {
            "doc": ["a1-army", "a2-group", "", "a3-fr", "a1-army", "../escape"],
            "body": [
                ARTICLES["a1-army"],
                ARTICLES["a2-group"],
                "no id",
                ARTICLES["a3-fr"],
                "given twice",
                "bad id",
            ],
        }
    )
    rows.loc[len(rows)] = ["a5-empty", ""]
    path = tmp_path / f"articles{suffix}"
    rows.to_parquet(path) if suffix == ".parquet" else rows.to_csv(path, index=False)
    return path


@pytest.mark.parametrize(
    ("suffix", "dask"),
    [(".csv", []), (".parquet", ["--dask", "local"])],
    ids=["csv-one-process", "parquet-cluster"],
)
def test_a_table_of_articles_is_drafted_and_bad_rows_named_by_id(tmp_path, suffix, dask) -> None:
    out = tmp_path / "out"
    table = _table(tmp_path, suffix)
    columns = ["--text-column", "body", "--id-column", "doc"]
    done = run(str(table), "-o", str(out), *columns, *dask)
    assert done.returncode == 1, done.stderr
    assert "Traceback" not in done.stderr
    failed = [line for line in done.stderr.splitlines() if line.startswith("failed")]
    name = table.name
    assert failed[0] == f"failed  row 3: {name} row 3: no id; every article needs one"
    twice = f"id a1-army is already {name} row 1; ids must be unique"
    assert f"failed  a1-army: {name} row 5: {twice}" in failed
    assert any(line.startswith(f"failed  ../escape: {name} row 6: ") for line in failed)
    assert f"failed  a5-empty: {name} row 7 (id a5-empty): no text in column 'body'" in failed
    assert len(failed) == 4
    found = pd.read_parquet(out / "candidates.parquet")
    assert set(found["article_id"]) == set(ARTICLES)
    killed = found[(found["article_id"] == "a1-army") & (found["claim_type"] == "killed")]
    assert killed["value"].tolist() == ["80"]  # the first a1-army row, not the later one
    assert "from 3 of 7 articles" in done.stderr


def test_a_table_without_the_columns_is_refused_naming_the_columns_it_has(tmp_path) -> None:
    done = run(str(_table(tmp_path, ".csv")), "-o", str(tmp_path / "out"))
    assert done.returncode == 2
    assert done.stderr.strip() == (
        f"error: {tmp_path / 'articles.csv'}: no column 'text'; its columns are 'doc', 'body' "
        "(--text-column and --id-column name the ones to read)"
    )

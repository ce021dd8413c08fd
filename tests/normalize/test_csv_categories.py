"""A CSV read as categories (pyarrow's dictionaries) normalizes as the same CSV read as text.

A CSV with a blank line goes through pandas' C parser (plain text, so that row numbers
stay true); without one, pyarrow reads its text as dictionaries. Blank cells in every
column, refused values and several places must give the same tidy frame and rejects.
"""

from __future__ import annotations

import warnings
from pathlib import Path

import pandas as pd

import claimtrack as ct

HEADER = (
    "incident_id,incident_date,country,parties,statement_id,source,speaker,source_type,"
    "channel,document_id,outlet,url,published,date,claim_type,subject,value,unit,locations,"
    "stance,quote,value_low,value_best,value_high"
)
ROWS = [
    "ml-1,2025-07-01,ML,mali_state;jnim,s1,FAMa,,state_military,,d1,Outlet,,2025-07-02,,"
    "killed,fighters,80,,,,The army said 80.,,,",
    "ml-1,2025-07-01,ML,mali_state;jnim,,JNIM,a spokesman,,video,,,,,,killed,soldiers,"
    "about 20,,Kayes;Nioro du Sahel; Sandere,denies,We deny.,,,",
    "ml-1,,ML,,s3,residents,,eyewitness,,,,,,,attacked,towns,,,Kayes,,They saw it.,,,",
    "ml-1,2025-07-01,ML,,s4,a local politician,,,,,,,,yesterday,killed,civilians,"
    "between 3 and 5,,,asserted,Three to five.,3,,5",
    ",2025-07-01,ML,,s5,FAMa,,,,,,,,,kiled,fighters,9,,,,Refused type.,,,",
    "ml-2,2025-07-01,,,s6,FAMa,,,,,,,,,killed,fighters,many many,,,shouted,Refused stance.,,,",
    "ml-2,2025-07-01,ML,,s7,JNIM,,,,,,,,,seized,barracks,3,,Léré;,,Trois casernes.,,,",
]


def _load(path: Path) -> tuple[pd.DataFrame, pd.DataFrame]:
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        return ct.load(path)


def _values(frame: pd.DataFrame, folder: Path) -> list[list[str]]:
    text = frame.astype(object).astype(str)
    return text.apply(lambda col: col.str.replace(str(folder), "<folder>")).values.tolist()


def test_categories_and_text_give_the_same_claims_and_rejects(tmp_path: Path) -> None:
    body = "\n".join([HEADER, *ROWS]) + "\n"
    arrow_dir, text_dir = tmp_path / "arrow", tmp_path / "text"
    arrow_dir.mkdir()
    text_dir.mkdir()
    (arrow_dir / "s.csv").write_text(body, encoding="utf-8")
    (text_dir / "s.csv").write_text(body + "\n", encoding="utf-8")  # a blank line: C parser
    assert ct.read(arrow_dir)["quote"].dtype == "category"
    assert ct.read(text_dir)["quote"].dtype == "str"
    (tidy_a, rejects_a), (tidy_t, rejects_t) = _load(arrow_dir), _load(text_dir)
    assert len(tidy_a) > 0
    assert len(rejects_a) > 0
    assert _values(tidy_a, arrow_dir) == _values(tidy_t, text_dir)
    assert _values(rejects_a, arrow_dir) == _values(rejects_t, text_dir)
    assert tidy_a.dtypes.tolist() == tidy_t.dtypes.tolist()

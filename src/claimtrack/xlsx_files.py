"""XLSX workbooks → raw rows: every sheet, cells as the user sees them (cached formula
values, dates as ISO text), errors and uncomputed formulas named as problems.

Example:
    >>> read_xlsx(Path("x.xlsx"), b"not a zip")  # doctest: +ELLIPSIS
    Traceback (most recent call last):
    ...
    claimtrack.loaders.InputError: x.xlsx: not a readable XLSX workbook: ...
"""

from __future__ import annotations

import datetime as dt
import io
import unicodedata
from pathlib import Path

import pandas as pd

from claimtrack.flat import columns_for, warn_unnamed
from claimtrack.loaders import InputError


def _cell(cell: object, cached: object, column: str, problems: list[str]) -> str | None:
    """One XLSX cell as the user sees it; errors and uncomputed formulas are problems."""
    kind, value = getattr(cell, "data_type", None), getattr(cell, "value", None)
    if kind == "f":
        value = cached
        if value is None:
            problems.append(
                f"{column}: the formula {cell.value!r:.40} has no computed value in the file "
                "(open and save it in a spreadsheet program, or type the value)"
            )
            return None
    if kind == "e" or (isinstance(value, str) and kind == "f" and value.startswith("#")):
        problems.append(f"{column}: the cell holds the error {value}; type the value")
        return None
    if value is None:
        return None
    if isinstance(value, bool):
        return "TRUE" if value else "FALSE"
    if isinstance(value, float):
        return str(int(value)) if value.is_integer() and abs(value) < 1e15 else repr(value)
    if isinstance(value, dt.datetime):
        return value.date().isoformat() if value.time() == dt.time() else value.isoformat()
    if isinstance(value, (dt.date, dt.time)):
        return value.isoformat()
    return unicodedata.normalize("NFC", str(value))


def read_xlsx(path: Path, data: bytes) -> pd.DataFrame:
    """Every sheet of a workbook (row 1 is each sheet's header); origins name the sheet
    when the workbook has several: ``file:sheet 'Kayes' row 5``.

    Example:
        >>> read_xlsx(Path("x.xlsx"), b"not a zip")  # doctest: +ELLIPSIS
        Traceback (most recent call last):
        ...
        claimtrack.loaders.InputError: x.xlsx: not a readable XLSX workbook: ...
    """
    import openpyxl  # only XLSX needs it

    try:
        book = openpyxl.load_workbook(io.BytesIO(data), read_only=True, data_only=False)
        sheets = [(ws.title, list(ws.iter_rows(min_row=1))) for ws in book.worksheets]
        cached = {}
        if any(c.data_type == "f" for _, rows in sheets for row in rows for c in row):
            values = openpyxl.load_workbook(io.BytesIO(data), read_only=True, data_only=True)
            cached = {
                ws.title: list(ws.iter_rows(min_row=1, values_only=True))
                for ws in values.worksheets
            }
    except Exception as exc:  # openpyxl raises zipfile, KeyError, XML errors …
        raise InputError(f"{path}: not a readable XLSX workbook: {exc}") from None
    frames = []
    for title, rows in sheets:
        label = f"{path}:sheet {title!r} row " if len(sheets) > 1 else f"{path}:row "
        frame = _sheet(rows, cached.get(title, []), label, f"{path} (sheet {title!r})")
        if frame is not None:
            frames.append(frame)
    if not frames:
        raise InputError(f"{path}: the workbook has no rows; expected a header row and claims")
    return pd.concat(frames, ignore_index=True) if len(frames) > 1 else frames[0]


def _sheet(rows: list, cached: list, label: str, where: str) -> pd.DataFrame | None:
    # The spreadsheet's own row numbers (1-based), empty rows skipped.
    rows = [(n, r) for n, r in enumerate(rows, start=1) if any(c.value is not None for c in r)]
    if not rows:
        return None
    header = [c.value for c in rows[0][1]]
    names = columns_for(header, where)
    records, numbers, problems = [], [], []
    unnamed: set[int] = set()
    for number, row in rows[1:]:
        found: list[str] = []
        record = {}
        for position, cell in enumerate(row):
            if position >= len(names) or names[position] is None:
                if cell.value is not None and (position >= len(header) or header[position] is None):
                    unnamed.add(position)
                continue
            formula = getattr(cell, "data_type", None) == "f"
            value = cached[number - 1][position] if formula else None
            record[names[position]] = _cell(cell, value, str(header[position]), found)
        records.append(record)
        numbers.append(number)
        problems.append("; ".join(found) or None)
    if unnamed:
        warn_unnamed(where, sorted(unnamed))
    columns = [n for n in names if n]
    frame = pd.DataFrame(records, columns=columns, dtype="str")
    frame["problems"] = pd.Series(problems, dtype="str")
    frame["origin"] = [f"{label}{n}" for n in numbers]
    frame["origin"] = frame["origin"].astype("str")
    frame["claim_index"] = 0
    return frame

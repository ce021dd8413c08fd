"""Flat statement files (CSV, XLSX, JSON record lists) → raw rows, one per claim.

Columns are checked before any row is read: a misspelled column (``vaule``) or
one written twice is an error naming it and the accepted names; a column
claimtrack does not know is ignored with a warning (never mixed into the
internal columns, so a column named ``problems`` or ``origin`` is only a
user's column). Cells are read as written: ``NA``, ``None``, ``null`` and ``NaN``
are text, only empty cells are missing.

Example:
    >>> columns_for(["Source", "value_text", "reviewed"], "f.csv")
    ['source_raw', 'value', None]
"""

from __future__ import annotations

import csv
import datetime as dt
import io
import re
import unicodedata
import warnings
from pathlib import Path

import numpy as np
import pandas as pd
import pyarrow as pa
import pyarrow.compute as pc
from rapidfuzz import fuzz, process

from claimtrack._arrow import is_arrow_text
from claimtrack.loaders import InputError
from claimtrack.schema import RAW_COLUMNS

# Flat-file column names people use, mapped onto the raw frame's.
FLAT_ALIASES = {
    "source": "source_raw",
    "published": "published_at",
    "date": "stated_at",
    "document": "document_id",
    "value_text": "value",
    "location": "locations",
    "incident": "incident_id",
}
BOUNDS = ("value_low", "value_best", "value_high")
# Set by claimtrack itself: a user column of that name is not read into them.
INTERNAL = ("origin", "claim_index", "problems")
# Written by `claimtrack extract` for reviewers; read() ignores them.
REVIEW_COLUMNS = ("reviewed", "confidence", "chars", "mention")
ACCEPTED = {
    **{c: c for c in (*RAW_COLUMNS, *BOUNDS) if c not in INTERNAL},
    **FLAT_ALIASES,
}
# Listed in messages: the names data/README.md documents.
DOCUMENTED = (
    *("incident_id", "incident_title", "incident_date", "country", "parties"),
    *("statement_id", "source", "speaker", "source_type", "channel", "document_id"),
    *("outlet", "url", "published", "date", "claim_type", "subject", "value", "unit"),
    *("locations", "stance", "quote", *BOUNDS),
)
LIST_FIELDS = ("locations", "parties")
BLANK_LINE = re.compile(rb"\n\r?\n")


class UnknownColumnWarning(UserWarning):
    """A column in a flat statements file that claimtrack does not read."""


def columns_for(header: list[object], where: str) -> list[str | None]:
    """Map a header onto raw-frame columns; ``None`` for a column that is ignored.

    Raises ``InputError`` for a column written twice (also through an alias, as
    ``value`` and ``value_text``) and for a name close to an accepted one.

    Example:
        >>> columns_for(["vaule"], "f.csv")
        Traceback (most recent call last):
        ...
        claimtrack.loaders.InputError: f.csv: column 'vaule' is not a statements column; \
did you mean 'value'? Accepted: incident_id, incident_title, incident_date, country, \
parties, statement_id, source, speaker, source_type, channel, document_id, outlet, url, \
published, date, claim_type, subject, value, unit, locations, stance, quote, value_low, \
value_best, value_high
    """
    names: list[str | None] = []
    seen: dict[str, str] = {}
    ignored: list[str] = []
    for column in header:
        written = "" if column is None else str(column)
        key = written.strip().lower()
        name = ACCEPTED.get(key)
        if name is None:
            names.append(None)
            if key and key not in REVIEW_COLUMNS:
                _refuse_if_misspelled(written, key, where)
                ignored.append(written)
            continue
        if name in seen:
            raise InputError(
                f"{where}: columns {seen[name]!r} and {written!r} both give {name}; keep one"
            )
        seen[name] = written
        names.append(name)
    if ignored:
        warnings.warn(
            f"{where}: ignored column(s) {', '.join(map(repr, ignored))}: not statements "
            f"columns (accepted: {', '.join(DOCUMENTED)})",
            UnknownColumnWarning,
            stacklevel=3,
        )
    return names


def _refuse_if_misspelled(written: str, key: str, where: str) -> None:
    hit = process.extractOne(key, list(ACCEPTED), scorer=fuzz.ratio, score_cutoff=75)
    if hit:
        raise InputError(
            f"{where}: column {written!r} is not a statements column; did you mean "
            f"{hit[0]!r}? Accepted: {', '.join(DOCUMENTED)}"
        )


def as_text(value: object, field: str, problems: list[str]) -> str | None:
    """Text as text; numbers as written; a list, mapping or true/false is a problem.

    Example:
        >>> problems = []
        >>> as_text("80.7", "value", problems), as_text([1], "quote", problems), problems
        ('80.7', None, ['quote: expected text, got list [1]'])
    """
    if value is None:
        return None
    if isinstance(value, (bool, list, dict)):
        problems.append(f"{field}: expected text, got {type(value).__name__} {value!r:.60}")
        return None
    text = str(value)
    if not text.isascii():
        try:
            text.encode("utf-8")
        except UnicodeEncodeError as exc:  # a lone surrogate, written as an escape in JSON/YAML
            problems.append(f"{field}: {text[exc.start]!r} is half a character, not text")
            return None
    return text


def as_list(value: object, field: str, problems: list[str]) -> str | None:
    """A list of places or parties as ``;``-separated text; a single name as itself.

    Example:
        >>> as_list(["Kayes", "Nioro"], "locations", [])
        'Kayes;Nioro'
    """
    if isinstance(value, list):
        if all(isinstance(v, str) for v in value):
            return as_text(";".join(value), field, problems) or None
        problems.append(f"{field}: expected a list of names, got {value!r:.60}")
        return None
    return as_text(value, field, problems)


def read_csv(path: Path, data: bytes) -> pd.DataFrame:
    """A CSV file's rows; ``data`` is the file's UTF-8 bytes.

    Origins are ``file:row N``, N the spreadsheet row (header = row 1, blank lines
    counted as the spreadsheet counts them).

    Example:
        >>> read_csv(Path("t.csv"), b"source,quote\\nNA,None\\n")[["source_raw", "quote"]].values
        array([['NA', 'None']], dtype=object)
    """
    first = data[: data.find(b"\n") + 1 or len(data)].decode("utf-8-sig", errors="replace")
    header = next(csv.reader(io.StringIO(first)), [])
    names = columns_for(header, str(path))
    # Only empty cells are missing: NA, None, null and NaN are names and words.
    options = {"dtype": str, "keep_default_na": False, "na_values": [""]}
    try:
        if _blank_lines(data):  # the C parser keeps blank lines as rows, so row numbers stay true
            frame = pd.read_csv(
                io.BytesIO(data), engine="c", skip_blank_lines=False, index_col=False, **options
            )
            frame = frame[frame.notna().any(axis=1)]
        else:
            frame = pd.read_csv(io.BytesIO(data), engine="pyarrow", **options)
    except (ValueError, pa.ArrowInvalid) as exc:
        utf8(path, data)
        _ragged_row(path, data, len(header))
        raise InputError(f"{path}: not a readable CSV: {str(exc).splitlines()[0]}") from None
    if not data.isascii():  # free to ask of bytes; most files are ASCII
        frame = _nfc(frame)
    unnamed = [i for i, h in enumerate(header) if not h.strip() and i < frame.shape[1]]
    if unnamed and frame.iloc[:, unnamed].notna().to_numpy().any():
        _warn_unnamed(str(path), unnamed)
    return _named(frame, names, origins(f"{path}:row ", 2, frame.index))


def _warn_unnamed(where: str, positions: list[int]) -> None:
    """Values under a column with no name are not read: say so rather than drop them quietly."""
    warnings.warn(
        f"{where}: column(s) {', '.join(str(p + 1) for p in positions)} have values but no "
        "name in the header row; ignored (name the column to read it)",
        UnknownColumnWarning,
        stacklevel=3,
    )


def utf8(path: Path, data: bytes) -> str:
    """The bytes as text, or an ``InputError`` naming the line of the first bad byte.

    Example:
        >>> utf8(Path("f.csv"), b"a\\n\\xe9\\n")
        Traceback (most recent call last):
        ...
        claimtrack.loaders.InputError: f.csv:2: not UTF-8 text (byte 0xe9); save the file as UTF-8
    """
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError as exc:
        line = data[: exc.start].count(b"\n") + 1
        raise InputError(
            f"{path}:{line}: not UTF-8 text (byte 0x{data[exc.start]:02x}); save the file as UTF-8"
        ) from None


def _blank_lines(data: bytes) -> bool:
    """Whether a line is empty (``\\n\\n`` or ``\\n\\r\\n``); ``re`` is twice ``bytes.find``."""
    return BLANK_LINE.search(data) is not None


def _nfc(frame: pd.DataFrame) -> pd.DataFrame:
    """Text columns in Unicode NFC; only columns with non-ASCII text are looked at twice."""
    for column in frame.columns:
        values = frame[column]
        if not is_arrow_text(values):
            continue
        array = pa.array(values.array)
        if len(array) == 0 or pc.all(pc.string_is_ascii(array)).as_py() is not False:
            continue
        composed = pc.utf8_normalize(array, "NFC")
        if not pc.all(pc.equal(array, composed)).as_py():
            frame[column] = pd.Series(composed, dtype=values.dtype, index=values.index)
    return frame


def _ragged_row(path: Path, data: bytes, width: int) -> None:
    """Raise for the first row whose number of cells differs from the header's."""
    text = io.StringIO(data.decode("utf-8-sig", errors="replace"), newline="")
    try:
        for number, record in enumerate(csv.reader(text), start=1):
            if record and len(record) != width:
                raise InputError(
                    f"{path}:row {number}: {len(record)} cells where the header has {width}; "
                    "put values that contain commas in double quotes"
                )
    except csv.Error as exc:
        raise InputError(f"{path}: not a readable CSV: {exc}") from None


def _named(frame: pd.DataFrame, names: list[str | None], origin: pd.Series) -> pd.DataFrame:
    keep = [i for i, n in enumerate(names) if n is not None]
    frame = frame.iloc[:, keep]
    frame.columns = [names[i] for i in keep]
    frame = frame.assign(origin=origin)  # same index: no copy, no alignment
    if "claim_index" not in frame:
        frame["claim_index"] = 0
    return frame.reset_index(drop=True)


def origins(prefix: str, first: int, index: pd.Index) -> pd.Series:
    """``prefix`` + row number, built in pyarrow: a third of the time of pandas' ``+``.

    Example:
        >>> origins("f.csv:row ", 2, pd.RangeIndex(2)).tolist()
        ['f.csv:row 2', 'f.csv:row 3']
    """
    text = pa.large_string()
    numbers = pc.cast(pa.array(np.asarray(index) + first), text)
    joined = pc.binary_join_element_wise(pa.scalar(prefix, text), numbers, pa.scalar("", text))
    return pd.Series(joined, dtype="str", index=index)


def read_records(path: Path, records: list) -> pd.DataFrame:
    """A JSON list of flat records; a record that is not an object is a row rejected later.

    Example:
        >>> read_records(Path("r.json"), [{"locations": ["Kayes", "Nioro"]}, 1])[
        ...     ["locations", "problems"]].values.tolist()  # doctest: +ELLIPSIS
        [['Kayes;Nioro', nan], [nan, 'record: expected an object ...']]
    """
    keys = list(dict.fromkeys(k for r in records if isinstance(r, dict) for k in r))
    names = dict(zip(keys, columns_for(keys, str(path)), strict=True))
    rows = []
    for record in records:
        problems: list[str] = []
        row: dict[str, object] = {}
        if not isinstance(record, dict):
            problems.append(
                "record: expected an object with incident_id, source, claim_type and quote, "
                f"got {type(record).__name__} {record!r:.40}"
            )
            record = {}
        for key, value in record.items():
            name = names[key]
            if name in LIST_FIELDS:
                row[name] = as_list(value, key, problems)
            elif name is not None:
                row[name] = as_text(value, key, problems)
        row["problems"] = "; ".join(problems) or None
        rows.append(row)
    frame = pd.DataFrame(
        rows, columns=[*dict.fromkeys(n for n in names.values() if n)], dtype="str"
    )
    frame["problems"] = pd.Series([r["problems"] for r in rows], dtype="str")
    frame["origin"] = origins(f"{path}:record ", 1, frame.index)
    frame["claim_index"] = 0
    return frame


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
        _warn_unnamed(where, sorted(unnamed))
    columns = [n for n in names if n]
    frame = pd.DataFrame(records, columns=columns, dtype="str")
    frame["problems"] = pd.Series(problems, dtype="str")
    frame["origin"] = [f"{label}{n}" for n in numbers]
    frame["origin"] = frame["origin"].astype("str")
    frame["claim_index"] = 0
    return frame

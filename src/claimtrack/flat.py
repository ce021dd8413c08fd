"""Flat statement files (CSV, XLSX, JSON record lists): their columns and cells.

Columns are checked before any row is read: a misspelled column (``vaule``) or
one written twice is an error naming it and the accepted names; a column
claimtrack does not know is ignored with a warning (never mixed into the
internal columns, so a column named ``problems`` or ``origin`` is only a
user's column). Cells are read as written: ``NA``, ``None``, ``null`` and ``NaN``
are text, only empty cells are missing. The readers: ``csv_files``,
``xlsx_files``, and ``read_records`` here for JSON record lists.

Example:
    >>> columns_for(["Source", "value_text", "reviewed"], "f.csv")
    ['source_raw', 'value', None]
"""

from __future__ import annotations

import warnings
from pathlib import Path

import numpy as np
import pandas as pd
import pyarrow as pa
import pyarrow.compute as pc
from rapidfuzz import fuzz, process

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
    *(
        "outlet",
        "url",
        "document_title",
        "published",
        "date",
        "claim_type",
        "subject",
        "value",
        "unit",
    ),
    *("locations", "stance", "quote", *BOUNDS),
)
LIST_FIELDS = ("locations", "parties")


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
document_title, published, date, claim_type, subject, value, unit, locations, stance, quote, \
value_low, value_best, value_high
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


def warn_unnamed(where: str, positions: list[int]) -> None:
    """Values under a column with no name are not read: say so rather than drop them quietly.

    Example:
        >>> with warnings.catch_warnings(record=True) as caught:
        ...     warnings.simplefilter("always")
        ...     warn_unnamed("f.csv", [2])
        >>> str(caught[0].message)[:44]
        'f.csv: column(s) 3 have values but no name i'
    """
    warnings.warn(
        f"{where}: column(s) {', '.join(str(p + 1) for p in positions)} have values but no "
        "name in the header row; ignored (name the column to read it)",
        UnknownColumnWarning,
        stacklevel=3,
    )


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

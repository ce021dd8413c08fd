"""Statement files → the raw frame: one row per stated claim, as written, with its origin.

Formats (see ``data/README.md``):

- YAML (one incident per file): ``incident``, ``documents``, ``statements`` with
  nested ``claims``. The origin of a row is ``file:line`` of its claim (``:column`` too
  when several claims share a line). Parsed strictly (``loaders.py``).
- CSV, XLSX, and JSON lists: one row per claim in flat columns (``flat.py``, read by
  ``csv_files.py``, ``xlsx_files.py`` and ``flat.read_records``); the origin is
  ``file:row N`` (the spreadsheet's own row number, header = row 1), with the sheet
  named when a workbook has several.
- JSON objects: the YAML structure, written as JSON.

Whole-file problems (too large, not UTF-8, malformed, a key written twice, an alias,
a misspelled column, a copy of another file, not a regular file) raise ``InputError``
naming the file and line or row. Row problems travel on in the ``problems`` column
and end in the rejects table. Text is read in Unicode NFC.

Example:
    >>> raw = read("data/statements")
    >>> raw["origin"].str.contains(":").all()
    np.True_
"""

from __future__ import annotations

import hashlib
import json
import stat
import unicodedata
import warnings
from pathlib import Path

import pandas as pd
import pyarrow as pa
import yaml

from claimtrack.csv_files import read_csv
from claimtrack.flat import FLAT_ALIASES, as_list, as_text, read_records
from claimtrack.loaders import InputError, StrictError, load_json, load_yaml, utf8
from claimtrack.schema import RAW_COLUMNS
from claimtrack.xlsx_files import read_xlsx


class UnreviewedWarning(UserWarning):
    """Statements still marked ``reviewed: false``: machine drafts nobody has checked yet."""


__all__ = [
    "FLAT_ALIASES",
    "MAX_BYTES",
    "InputError",
    "UnreviewedWarning",
    "read",
    "statement_files",
]

# Largest file read, per format (data/README.md). YAML is parsed in pure Python at
# ~1 MB/s: beyond this a typo'd path or a dump runs for minutes to a MemoryError.
MAX_BYTES = {
    ".yaml": 20_000_000,
    ".yml": 20_000_000,
    ".json": 200_000_000,
    ".csv": 2_000_000_000,
    ".xlsx": 50_000_000,
}
# The formats read: one list, the limits' keys.
SUFFIXES = tuple(MAX_BYTES)


def _bytes(path: Path) -> bytes:
    """The file's bytes, refusing what is too large, empty or not UTF-8; NFC text.

    Unicode has two spellings of "é" (one character, or e + accent): both become
    the one-character spelling (NFC), so one id is one id however it was typed.
    """
    limit = MAX_BYTES[path.suffix.lower()]
    if path.stat().st_size > limit:
        raise InputError(
            f"{path}: {path.stat().st_size:,} bytes, more than the {limit:,} a "
            f"{path.suffix.lower()} statements file may have; split it into several files"
        )
    data = path.read_bytes()
    if not data or data.isspace():
        raise InputError(f"{path}: the file is empty; expected statements (see data/README.md)")
    # CSV is checked and made NFC column by column, in pyarrow, after parsing (csv_files.py).
    if path.suffix.lower() in (".xlsx", ".csv") or data.isascii():
        return data
    text = utf8(path, data)
    if unicodedata.is_normalized("NFC", text):
        return data
    return unicodedata.normalize("NFC", text).encode("utf-8")


def _text(path: Path) -> str:
    return _bytes(path).decode("utf-8-sig")


def _where(mapping: dict, path: Path, fallback: str) -> str:
    line = mapping.get("__line__")
    return f"{path}:{line}" if line else f"{path}:{fallback}"


# Raw-frame column: the key it is read from in the YAML form.
INCIDENT_FIELDS = {"incident_id": "id", "incident_title": "title", "incident_date": "date"}
INCIDENT_FIELDS |= {"country": "country"}
STATEMENT_FIELDS = {"statement_id": "id", "source_raw": "source", "stated_at": "date"}
STATEMENT_FIELDS |= {k: k for k in ("speaker", "source_type", "channel", "quote")}
DOCUMENT_FIELDS = {"outlet": "outlet", "url": "url", "document_title": "title"}
DOCUMENT_FIELDS |= {"published_at": "published"}


def _fields(mapping: dict, fields: dict[str, str], problems: list[str], prefix: str = "") -> dict:
    return {name: as_text(mapping.get(key), prefix + key, problems) for name, key in fields.items()}


def _read_yaml_doc(doc: object, path: Path) -> list[dict]:
    if not isinstance(doc, dict) or "statements" not in doc:
        raise InputError(
            f"{path}: expected a mapping with 'incident', 'documents' and 'statements' "
            "(see data/README.md)"
        )
    incident = doc.get("incident") or {}
    if not isinstance(incident, dict):
        raise InputError(f"{path}: 'incident' must be a mapping with id, title, date, country")
    listed = doc.get("documents") or []
    documents = {str(d.get("id")): d for d in listed if isinstance(d, dict)}
    problems: list[str] = []
    base = _fields(incident, INCIDENT_FIELDS, problems, "incident.")
    base["parties"] = as_list(incident.get("parties"), "incident.parties", problems)
    statements = doc.get("statements") or []
    if not isinstance(statements, list):
        raise InputError(f"{path}: 'statements' must be a list of statements")
    rows: list[dict] = []
    for number, st in enumerate(statements, start=1):
        if not isinstance(st, dict):
            why = "statement: expected a mapping with source, quote and claims"
            why = "; ".join([*problems, why])
            rows.append({**base, "origin": f"{path}:statement {number}", "problems": why})
            continue
        rows.extend(_statement_rows(st, base, documents, path, list(problems)))
    _warn_unreviewed(statements, path)
    return _unique_origins(rows)


def _warn_unreviewed(statements: list, path: Path) -> None:
    drafts = [
        _where(st, path, f"statement {number}").rsplit(":", 1)[-1]
        for number, st in enumerate(statements, start=1)
        if isinstance(st, dict) and st.get("reviewed") is False
    ]
    if drafts:
        warnings.warn(
            f"{path}: {len(drafts)} statement(s) still marked reviewed: false (drafts from "
            f"claimtrack extract) at line{'s' if len(drafts) > 1 else ''} {', '.join(drafts)}; "
            "check each against the article "
            "and set reviewed: true",
            UnreviewedWarning,
            stacklevel=2,
        )


def _statement_rows(
    st: dict, base: dict, documents: dict, path: Path, problems: list[str]
) -> list[dict]:
    """The rows of one statement: one per claim, or one carrying the problem."""
    doc_id = as_text(st.get("document"), "document", problems)
    document = documents.get(str(doc_id), {}) if doc_id else {}
    if doc_id and not document:
        problems.append(
            f"document: {doc_id!r} is not listed under 'documents' "
            f"(listed: {', '.join(documents) or 'none'})"
        )
    statement = {
        **base,
        **_fields(st, STATEMENT_FIELDS, problems),
        **_fields(document, DOCUMENT_FIELDS, problems),
        "document_id": doc_id,
    }
    claims = st.get("claims")
    where = _where(st, path, "statement")
    if not isinstance(claims, list) or not claims:
        why = "; ".join([*problems, "claims: expected a list of one or more claims"])
        return [{**statement, "origin": where, "_column": st.get("__column__"), "problems": why}]
    rows = []
    for index, claim in enumerate(claims):
        row_problems = list(problems)
        row = {**statement, "claim_index": index}
        if not isinstance(claim, dict):
            row_problems.append("claim: expected a mapping")
            rows.append({**row, "origin": where, "problems": "; ".join(row_problems)})
            continue
        locations = claim.get("locations", claim.get("location"))
        fields = ("claim_type", "subject", "value", "unit", "stance")
        bounds = ("value_low", "value_best", "value_high")
        row.update({k: as_text(claim.get(k), k, row_problems) for k in fields})
        row.update({k: as_text(claim[k], k, row_problems) for k in bounds if k in claim})
        row["locations"] = as_list(locations, "locations", row_problems)
        row["origin"] = _where(claim, path, f"statement claim {index + 1}")
        row["_column"] = claim.get("__column__")
        row["problems"] = "; ".join(row_problems) or None
        rows.append(row)
    return rows


def _unique_origins(rows: list[dict]) -> list[dict]:
    """Claims written on one line (``claims: [{…}, {…}]``) get the column too: every
    row has its own origin, so a row is rejected or accepted alone."""
    seen: dict[str, int] = {}
    for row in rows:
        seen[row["origin"]] = seen.get(row["origin"], 0) + 1
    for row in rows:
        column = row.pop("_column", None)
        if seen[row["origin"]] > 1 and column:
            row["origin"] = f"{row['origin']}:{column}"
    return rows


def _parse_yaml(path: Path, text: str) -> object:
    try:
        return load_yaml(text)
    except StrictError as exc:
        raise InputError(f"{path}:{exc.line}: {exc.reason}") from None
    except yaml.MarkedYAMLError as exc:
        mark = exc.problem_mark or exc.context_mark
        where = f":{mark.line + 1}:{mark.column + 1}" if mark else ""
        raise InputError(f"{path}{where}: malformed YAML: {exc.problem or exc}") from None
    except yaml.YAMLError as exc:
        raise InputError(f"{path}: malformed YAML: {exc}") from None


def _read_yaml(path: Path, data: bytes) -> pd.DataFrame:
    return pd.DataFrame(_read_yaml_doc(_parse_yaml(path, data.decode("utf-8-sig")), path))


def _read_json(path: Path, data: bytes) -> pd.DataFrame:
    text = data.decode("utf-8-sig")
    try:
        doc = load_json(text)
    except json.JSONDecodeError as exc:
        raise InputError(f"{path}:{exc.lineno}:{exc.colno}: malformed JSON: {exc.msg}") from None
    except StrictError as exc:
        where = f"{path}:{exc.line}" if exc.line else str(path)
        raise InputError(f"{where}: {exc.reason}") from None
    if isinstance(doc, list):
        return read_records(path, doc)
    if len(data) > MAX_BYTES[".yaml"]:
        raise InputError(
            f"{path}: a statements document (not a list of records) of more than "
            f"{MAX_BYTES['.yaml']:,} bytes; split it, or write a list of flat records"
        )
    # The nested form: read as YAML (JSON is YAML) to keep line numbers.
    try:
        nested = load_yaml(text)
    except (StrictError, yaml.YAMLError):  # valid JSON that PyYAML reads otherwise
        nested = doc
    return pd.DataFrame(_read_yaml_doc(nested, path))


READERS = {
    ".yaml": _read_yaml,
    ".yml": _read_yaml,
    ".csv": read_csv,
    ".xlsx": read_xlsx,
    ".json": _read_json,
}


def _refuse_irregular(path: Path) -> None:
    try:
        mode = path.stat().st_mode
    except OSError as exc:  # a broken link, a file gone since the folder was listed
        raise InputError(f"{path}: cannot be read ({exc.strerror})") from None
    if stat.S_ISDIR(mode):
        raise InputError(f"{path}: a folder, not a statements file; rename it or move it out")
    if not stat.S_ISREG(mode):  # a FIFO or device would block or never end
        raise InputError(f"{path}: not a regular file (a pipe or device); give a file")


def statement_files(path: str | Path) -> list[Path]:
    """The statement files at ``path``: the file itself, or every supported file in a folder.

    Example:
        >>> [p.suffix for p in statement_files("data/statements")][:1]
        ['.yaml']
    """
    path = Path(path)
    if path.is_dir():
        files = sorted(p for p in path.iterdir() if p.suffix.lower() in SUFFIXES)
        if not files:
            raise InputError(f"{path}: no statement files ({', '.join(SUFFIXES)}) in this folder")
    elif not path.exists():
        raise InputError(f"{path}: no such file or folder")
    elif path.suffix.lower() not in SUFFIXES:
        raise InputError(f"{path}: unsupported file type; use one of {', '.join(SUFFIXES)}")
    else:
        files = [path]
    for file in files:
        _refuse_irregular(file)
    return files


def _refuse_copies(contents: dict[Path, bytes]) -> None:
    """Two files with the same bytes would count every claim twice."""
    first: dict[bytes, Path] = {}
    for path, data in contents.items():
        digest = hashlib.sha256(data).digest()
        if digest in first:
            raise InputError(
                f"{path}: the same bytes as {first[digest]}; its claims would count twice "
                "(remove one copy)"
            )
        first[digest] = path


def read(path: str | Path) -> pd.DataFrame:
    """Read a statements file, or every statements file in a folder, into the raw frame.

    Example:
        >>> raw = read("data/statements/mali-2025-07-01-coordinated-attacks.yaml")
        >>> raw.loc[0, "source_raw"]
        'Mali’s armed forces'
    """
    files = statement_files(path)
    try:
        contents = {p: _bytes(p) for p in files}
    except OSError as exc:
        raise InputError(f"{exc.filename}: cannot be read ({exc.strerror})") from None
    if len(contents) > 1:
        _refuse_copies(contents)
    frames = [READERS[p.suffix.lower()](p, data) for p, data in contents.items()]
    raw = frames[0] if len(frames) == 1 else pd.concat(frames, ignore_index=True)
    for column in (*RAW_COLUMNS, "problems", "value_low", "value_best", "value_high"):
        if column not in raw:
            # All missing, made in pyarrow: broadcasting None through pandas costs 20 ms a column.
            nulls = pa.nulls(len(raw), pa.large_string())
            raw[column] = pd.Series(nulls, index=raw.index, dtype="str")
    extra = [c for c in raw.columns if c not in RAW_COLUMNS]
    return raw[[*RAW_COLUMNS, *extra]]

"""Candidates → a statements YAML file for review, and the ``claimtrack extract`` command's work.

The file is in the format of ``data/README.md``: one ``incident``, one
``documents`` entry for the article, and the candidates grouped into
``statements`` (one per source and quote) with their ``claims``. Each statement
says ``reviewed: false``, its ``confidence`` and the characters of the article
its quote spans; ``claimtrack.read`` ignores those keys, so the file reads back
as it is, and after review as the researcher left it.

Example:
    >>> from claimtrack.extraction import extract
    >>> text = "JNIM said it captured three barracks in Mali."
    >>> print(to_yaml(extract(text, "ex-1"), origin="ex.txt").splitlines()[0])
    # UNREVIEWED machine candidates: claims extracted by rule from ex.txt.
"""

from __future__ import annotations

import sys
from collections.abc import Callable
from datetime import date
from pathlib import Path

import pandas as pd
import yaml

from claimtrack.text import slug

HEADER = """\
# UNREVIEWED machine candidates: claims extracted by rule from {origin}.
# Written by `claimtrack extract` on {today}. Nothing here is checked yet: for each
# statement, read the quote, then fix or delete the source, claim type, subject, value
# and places, and set `reviewed: true`. Fill in the incident (title, date, parties) and
# the document (outlet, url, published). Then run the normal pipeline:
#   claimtrack validate {name}
#   claimtrack normalize {name}
# `confidence`, `chars` and `mention` are notes for the reviewer; claimtrack ignores them.
"""


def _text(value: object) -> str | None:
    if value is None or (isinstance(value, float) and pd.isna(value)) or value is pd.NA:
        return None
    return str(value)


def _claim(row: pd.Series) -> dict:
    """One candidate row as a claim of the statements file: only the fields it has."""
    claim = {"claim_type": row["claim_type"]}
    for key in ("subject", "value"):
        if _text(row[key]):
            claim[key] = _text(row[key])
    if locations := _text(row["locations"]):
        claim["locations"] = locations.split(";")
    for bound in ("value_low", "value_best", "value_high"):
        if pd.notna(row[bound]):
            claim[bound] = float(row[bound])  # a denied toll: the figure denied
    claim["stance"] = row["stance"]
    return claim


def to_document(
    frame: pd.DataFrame, incident_id: str | None = None, origin: str = "<text>"
) -> dict:
    """The statements-file structure (a dict) of a candidates frame.

    Example:
        >>> from claimtrack.extraction import extract
        >>> doc = to_document(extract("The army said 80 fighters were killed.", "ex-1"))
        >>> doc["statements"][0]["claims"][0]["value"]
        '80'
    """
    incident = incident_id or (frame["incident_id"].iloc[0] if len(frame) else "unassigned")
    country = _text(frame["country"].iloc[0]) if len(frame) else None
    document_id = slug(Path(origin).stem if origin != "<text>" else "article").replace("_", "-")
    statements = []
    keys = ["source_raw", "speaker", "quote"]
    grouped = frame.assign(_order=range(len(frame))).fillna({"speaker": ""})
    for number, (_, group) in enumerate(grouped.groupby(keys, sort=False, dropna=False), start=1):
        first = group.iloc[0]
        statement = {
            "id": f"x{number:03d}-{slug(first['source_raw'])[:24].strip('_')}".replace("_", "-"),
            "source": first["source_raw"],
        }
        if first["speaker"]:
            statement["speaker"] = first["speaker"]
        if _text(first["source_mention"]):
            statement["mention"] = first["source_mention"]
        if _text(first["channel"]):
            statement["channel"] = first["channel"]
        statement.update(
            {
                "document": document_id,
                "quote": first["quote"],
                "reviewed": False,
                "confidence": float(group["confidence"].max()),
                "chars": f"{int(first['char_start'])}-{int(first['char_end'])}",
                "claims": [],
            }
        )
        statement["claims"] = [_claim(row) for _, row in group.iterrows()]
        statements.append(statement)
    return {
        "incident": {
            "id": incident,
            "title": None,
            "date": None,
            "country": country,
            "parties": [],
        },
        "documents": [{"id": document_id, "title": None, "outlet": None, "url": None}],
        "statements": statements,
    }


def to_yaml(frame: pd.DataFrame, incident_id: str | None = None, origin: str = "<text>") -> str:
    """The candidates as a statements YAML file, with the header that says they are unreviewed.

    Example:
        >>> from claimtrack.extraction import extract
        >>> "reviewed: false" in to_yaml(extract("JNIM said it seized two bases.", "ex-1"))
        True
    """
    name = Path(origin).with_suffix(".yaml").name if origin != "<text>" else "statements.yaml"
    header = HEADER.format(origin=origin, today=date.today().isoformat(), name=name)
    body = yaml.safe_dump(
        to_document(frame, incident_id, origin),
        sort_keys=False,
        allow_unicode=True,
        width=100,
        default_flow_style=None,
    )
    return header + body


def read_article(path: str | None, max_bytes: int) -> tuple[str, str]:
    """The article's text and its name; ``None`` or ``-`` read stdin.

    Raises ``ValueError`` with a sentence for an empty, binary, non-UTF-8 or oversized input.

    Example:
        >>> read_article("README.md", 10**7)[1]
        'README.md'
    """
    if path in (None, "-"):
        data, name = sys.stdin.buffer.read(max_bytes + 1), "<stdin>"
    else:
        file = Path(path)
        if not file.is_file():
            raise ValueError(f"{path}: no such file")
        with file.open("rb") as fh:
            data, name = fh.read(max_bytes + 1), str(path)
    if len(data) > max_bytes:
        raise ValueError(
            f"{name}: more than {max_bytes:,} bytes; extract reads one article at a time "
            "(split the file into articles)"
        )
    if b"\x00" in data[:8192]:
        raise ValueError(f"{name}: binary data (NUL bytes), not text; give a UTF-8 text file")
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        line = data[: exc.start].count(b"\n") + 1
        raise ValueError(
            f"{name}:{line}: not UTF-8 text (byte 0x{data[exc.start]:02x}); save it as UTF-8"
        ) from None
    if not text.strip():
        raise ValueError(f"{name}: the text is empty; nothing to extract")
    return text, name


def run_extract(
    article: str | None,
    incident: str | None,
    output: Path | None,
    lang: str | None,
    country: str | None,
    fail: Callable[[str], None],
    echo: Callable[..., None],
) -> None:
    """What ``claimtrack extract`` does: read, extract, write YAML (to stdout without ``-o``).

    Example:
        >>> run_extract("nope.txt", None, None, None, None, print, print)  # doctest: +SKIP
        nope.txt: no such file
    """
    from claimtrack.extraction.core import MAX_CHARS, ExtractError, extract

    try:
        text, name = read_article(article, MAX_CHARS * 4)
        frame = extract(text, incident, lang, country=country, origin=name)
    except (ValueError, ExtractError) as exc:
        fail(str(exc))
        return
    if frame.empty:
        echo(f"no candidate claims found in {name}; nothing written", err=True)
        return
    written = to_yaml(frame, incident, name)
    if output is None:
        echo(written, nl=False)
    else:
        output.parent.mkdir(parents=True, exist_ok=True)
        output.write_text(written, encoding="utf-8")
    statements = frame.groupby(["source_raw", "quote"], sort=False).ngroups
    echo(
        f"{len(frame)} candidate claims in {statements} statements"
        + (f" → {output}" if output else "")
        + " (unreviewed: check each, then `claimtrack validate`)",
        err=True,
    )

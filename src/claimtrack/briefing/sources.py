"""Where the statements were reported: the documents of a brief, numbered, with their links.

A brief cites its documents: a "Sources" section lists each (outlet, title, date, link),
the statements table names the document of each statement by the same number, and the
figure captions name the outlets.

Example:
    >>> import claimtrack as ct
    >>> tidy, _ = ct.load("data/statements/mali-2025-07-01-coordinated-attacks.yaml")
    >>> documents(tidy)[["number", "outlet"]].values.tolist()[0][0]
    1
"""

from __future__ import annotations

from urllib.parse import quote, urlsplit

import pandas as pd

from claimtrack.briefing.text import counted, escape_text

DOCUMENT_COLUMNS = ("number", "document_id", "outlet", "title", "dated", "url", "statements")
# Characters a URL keeps as they are in a Markdown link target; the rest (spaces, brackets,
# parentheses, angle brackets, quotes) are percent-encoded so the link cannot break out.
_URL_SAFE = ":/?#@!$&*+,;=%-._~"


def documents(tidy: pd.DataFrame) -> pd.DataFrame:
    """One row per document the claims cite, numbered in order of first citation.

    Statements that cite no document share one row (outlet and URL blank), so every
    statement has a number to point at.

    Example:
        >>> import claimtrack as ct
        >>> tidy, _ = ct.load("data/statements/mali-2025-07-01-coordinated-attacks.yaml")
        >>> documents(tidy).loc[0, "url"]
        'https://assamink.net/detailstory1.php?l=843'
    """
    key = _document_key(tidy)
    first = tidy.assign(_key=key).groupby("_key", sort=False, dropna=False)
    out = first.agg(
        document_id=("document_id", "first"),
        outlet=("outlet", "first"),
        title=("document_title", "first"),
        first_date=("published_at", "min"),
        last_date=("published_at", "max"),
        url=("url", "first"),
        statements=("statement_id", "nunique"),
    ).reset_index(drop=True)
    # The tidy frame dates each statement (when said, else when published): a document's
    # statements are dated by their span, which is what the data can say.
    out["dated"] = [
        _span(a, b) for a, b in zip(out.pop("first_date"), out.pop("last_date"), strict=True)
    ]
    out.insert(0, "number", range(1, len(out) + 1))
    for column in ("document_id", "outlet", "title", "url"):
        out[column] = out[column].astype(object).where(out[column].notna(), "")
    return out[list(DOCUMENT_COLUMNS)]


def _span(first: object, last: object) -> str:
    if pd.isna(first):
        return ""
    if first == last:
        return f"{first:%Y-%m-%d}"
    return f"{first:%Y-%m-%d} to {last:%Y-%m-%d}"


def _document_key(tidy: pd.DataFrame) -> pd.Series:
    # A document is its id within an incident; without an id, its URL, else its outlet.
    given = tidy["document_id"].astype("string")
    given = given.fillna(tidy["url"].astype("string")).fillna(tidy["outlet"].astype("string"))
    return tidy["incident_id"].astype("string") + "\x1f" + given.fillna("")


def document_numbers(tidy: pd.DataFrame) -> pd.Series:
    """Per tidy row, the number of its document in :func:`documents`.

    Example:
        >>> import claimtrack as ct
        >>> tidy, _ = ct.load("data/statements/mali-2025-07-01-coordinated-attacks.yaml")
        >>> set(document_numbers(tidy))
        {1}
    """
    key = _document_key(tidy)
    numbers = {k: i for i, k in enumerate(key.drop_duplicates(), start=1)}
    return key.map(numbers).astype(int)


def link(url: object, text: str | None = None) -> str:
    """A Markdown link to an http(s) ``url`` (escaped text, percent-encoded target);
    anything else is shown as escaped text, never as a link.

    Example:
        >>> link("https://example.org/a (b)")
        '[https\\\\://example\\\\.org/a \\\\(b\\\\)](https://example.org/a%20%28b%29)'
        >>> link("javascript:alert(1)")
        'javascript\\\\:alert\\\\(1\\\\)'
    """
    if url is None or url != url or not str(url).strip():
        return ""
    url = str(url).strip()
    shown = escape_text(text if text is not None else url)
    if urlsplit(url).scheme.lower() not in {"http", "https"}:
        return shown
    return f"[{shown}]({quote(url, safe=_URL_SAFE)})"


def document_line(row: pd.Series) -> str:
    """One document as a Markdown line: outlet, title, date, link (what is known of it).

    Example:
        >>> row = pd.Series({"number": 1, "outlet": "Example Daily", "title": "Army says 80",
        ...                  "dated": "2025-07-02", "url": "https://example.org/s",
        ...                  "statements": 2})
        >>> print(document_line(row))
        1\\. Example Daily, “Army says 80”, 2 statements, dated 2025\\-07\\-02: \
[https\\://example\\.org/s](https://example.org/s)
    """
    parts = [escape_text(row["outlet"] or "outlet not recorded")]
    if row["title"]:
        parts.append(f"“{escape_text(row['title'])}”")
    statements = counted(int(row["statements"]), "statement")
    dated = f", dated {row['dated']}" if row["dated"] else ", undated"
    parts.append(escape_text(statements + dated))
    target = link(row["url"]) or "no URL recorded"
    return f"{int(row['number'])}\\. {', '.join(parts)}: {target}"


def sources_section(tidy: pd.DataFrame, per_incident: bool = False) -> str:
    """The "Sources" Markdown of a brief: each document the claims cite, numbered.

    With ``per_incident`` (the overview), the documents are grouped under each
    incident's title, one line each.

    Example:
        >>> import claimtrack as ct
        >>> tidy, _ = ct.load("data/statements/mali-2025-07-01-coordinated-attacks.yaml")
        >>> print(sources_section(tidy).splitlines()[0][:39])
        1\\. unknown \\(syndicated article; a pub
    """
    docs = documents(tidy)
    if docs.empty:
        return "*No document is cited.*"
    if not per_incident:
        return "\n".join(document_line(row) for _, row in docs.iterrows())
    titles = _incident_titles(tidy)
    incident = tidy.assign(_key=_document_key(tidy)).drop_duplicates("_key")["incident_id"]
    lines = []
    for (_, row), incident_id in zip(docs.iterrows(), incident, strict=True):
        lines.append(f"- {escape_text(titles[incident_id])}: {document_line(row)}")
    return "\n".join(lines)


def _incident_titles(tidy: pd.DataFrame) -> dict[str, str]:
    first = tidy.drop_duplicates("incident_id")
    titles = first["incident_title"].astype("string").fillna(first["incident_id"].astype(str))
    return dict(zip(first["incident_id"], titles, strict=True))

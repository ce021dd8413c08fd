"""Articles as rows of a Parquet or CSV file: a column of texts, a column of ids.

The file is read batch by batch (never whole); each batch is drafted on a Dask worker or in
this process. A bad row (no id, an id that cannot name a file, an id given twice, no text,
a text extraction refuses) is reported with its id, or its row number when it has no id,
and the other rows go on.

Example:
    >>> import tempfile
    >>> path = Path(tempfile.mkdtemp()) / "articles.csv"
    >>> pd.DataFrame({"id": ["a1", "a2"],
    ...               "text": ["The army said 80 fighters were killed.", ""]}).to_csv(path)
    >>> found, failed = extract_table(path, "text", "id")
    >>> found["article_id"].unique().tolist(), failed["reason"].tolist()
    (['a1'], ["articles.csv row 2 (id a2): no text in column 'text'"])
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pandas as pd

from claimtrack.names import name_problem
from claimtrack.scale.corpus import _collect, draft_text

SUFFIXES = (".parquet", ".csv")
# Articles per batch: a task's worth of work (~2 articles/s per process), little memory.
BATCH = 64


def is_table(source: str | Path) -> bool:
    """Whether ``source`` is a Parquet or CSV file of articles (rather than a folder or glob).

    Example:
        >>> is_table("README.md"), is_table("no/such.csv")
        (False, False)
    """
    return Path(source).suffix.lower() in SUFFIXES and Path(source).is_file()


def _columns(path: Path) -> list[str]:
    if path.suffix.lower() == ".parquet":
        import pyarrow.parquet as pq

        return list(pq.read_schema(path).names)
    return list(pd.read_csv(path, nrows=0).columns)


def table_batches(path: Path, text_column: str, id_column: str) -> Iterator[pd.DataFrame]:
    """Frames of ``row`` (1-based), ``id`` and ``text``, :data:`BATCH` rows at a time.

    Raises ``ValueError`` naming the file and the columns it has when one is missing.

    Example:
        >>> next(table_batches(Path("README.md"), "text", "id"))
        Traceback (most recent call last):
        ...
        ValueError: README.md: not a Parquet or CSV file of articles
    """
    if path.suffix.lower() not in SUFFIXES:
        raise ValueError(f"{path}: not a Parquet or CSV file of articles")
    try:
        have = _columns(path)
    except Exception as exc:  # pyarrow and pandas raise many kinds for a broken file
        raise ValueError(f"{path}: cannot be read as {path.suffix[1:]} ({exc})") from None
    missing = [c for c in (text_column, id_column) if c not in have]
    if missing:
        raise ValueError(
            f"{path}: no column {missing[0]!r}; its columns are {', '.join(map(repr, have))} "
            "(--text-column and --id-column name the ones to read)"
        )
    start = 1
    for batch in _read(path, [id_column, text_column]):
        frame = pd.DataFrame(
            {
                "row": range(start, start + len(batch)),
                "id": batch[id_column].to_numpy(),
                "text": batch[text_column].to_numpy(),
            }
        )
        start += len(batch)
        yield frame


def _read(path: Path, columns: list[str]) -> Iterator[pd.DataFrame]:
    if path.suffix.lower() == ".parquet":
        import pyarrow.parquet as pq

        for batch in pq.ParquetFile(path).iter_batches(batch_size=BATCH, columns=columns):
            yield batch.to_pandas()
        return
    # Everything as written: an id "007" stays "007"; an empty cell is "" (no text, no id).
    yield from pd.read_csv(path, usecols=columns, dtype=str, keep_default_na=False, chunksize=BATCH)


def draft_rows(batch: pd.DataFrame, name: str, text_column: str) -> list[tuple[Any, ...]]:
    """Each row's (article id, where, candidates or why it failed); runs on a worker.

    Example:
        >>> rows = pd.DataFrame({"row": [1], "id": [None], "text": ["x"]})
        >>> draft_rows(rows, "a.csv", "text")
        [('row 1', 'a.csv row 1', 'a.csv row 1: no id; every article needs one')]
    """
    out = []
    for row, ident, text in batch[["row", "id", "text"]].itertuples(index=False):
        where = f"{name} row {row}"
        if ident is None or pd.isna(ident) or str(ident).strip() == "":
            out.append((f"row {row}", where, f"{where}: no id; every article needs one"))
            continue
        ident = str(ident)
        if problem := name_problem("article id", ident):
            out.append((ident, where, f"{where}: {problem}"))
        elif not isinstance(text, str) or not text.strip():
            out.append((ident, where, f"{where} (id {ident}): no text in column {text_column!r}"))
        else:
            result = draft_text(ident, text, f"{where} (id {ident})")
            if isinstance(result, str):
                result = f"{where} (id {ident}): {result}"
            out.append((ident, where, result))
    return out


def extract_table(
    path: str | Path, text_column: str, id_column: str, client: Any = None
) -> tuple[pd.DataFrame, pd.DataFrame]:
    """(candidates, failures) of every row of a Parquet or CSV file of articles.

    With ``client``, batches go to its workers, a few per worker at a time (the file is
    streamed, never held whole). An id given twice: the later row fails, named.

    Example: see the module.
    """
    path = Path(path)
    batches = table_batches(path, text_column, id_column)
    if client is None:
        drafted = (draft_rows(b, path.name, text_column) for b in batches)
    else:
        drafted = _on_workers(client, batches, path.name, text_column)
    names, results, seen = [], [], {}
    for rows in drafted:
        for ident, where, result in rows:
            if ident in seen and not ident.startswith("row "):
                result = f"{where}: id {ident} is already {seen[ident]}; ids must be unique"
            seen.setdefault(ident, where)
            names.append((ident, where))
            results.append(result)
    found, failed = _collect(names, results)
    found.attrs["articles"] = len(names)  # rows read, those without candidates included
    return found, failed


def _on_workers(client: Any, batches: Iterator[pd.DataFrame], name: str, column: str):
    """The drafted batches in order, with at most two batches per worker in flight."""
    from collections import deque

    window = 2 * max(1, len(client.scheduler_info().get("workers", {})))
    flight: deque = deque()
    for batch in batches:
        flight.append(client.submit(draft_rows, batch, name, column, pure=False))
        if len(flight) >= window:
            yield flight.popleft().result()
    while flight:
        yield flight.popleft().result()

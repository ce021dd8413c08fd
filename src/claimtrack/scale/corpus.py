"""Candidate claims drafted from a folder of articles, on Dask workers or in this process.

Each article is read and extracted on its own (``claimtrack.extract``); one that cannot
be read or extracted is reported with its id and the reason, and the others go on.
The candidates are written as one Parquet file (one row per candidate, with its
article id), and, on request, one statements YAML per article for review.

Example:
    >>> import tempfile
    >>> folder = Path(tempfile.mkdtemp())
    >>> _ = (folder / "a1.txt").write_text("The army said 80 fighters were killed.")
    >>> _ = (folder / "a2.txt").write_bytes(b"\\x00binary")
    >>> found, failed = extract_corpus(article_files(folder))
    >>> sorted(set(found["article_id"])), list(failed["article_id"])
    (['a1'], ['a2'])
"""

from __future__ import annotations

import contextlib
import glob
from pathlib import Path
from typing import Any

import pandas as pd

from claimtrack.names import name_problem

FAILURE_COLUMNS = ["article_id", "path", "reason"]
# A folder's articles: text, and saved web pages (read as their article's text).
ARTICLE_SUFFIXES = (".txt", ".html", ".htm")


def article_files(source: str | Path) -> list[Path]:
    """The article files of a folder (its text files and saved pages, sorted) or of a glob.

    Raises ``ValueError`` with a sentence when nothing matches.

    Example:
        >>> article_files("no/such/folder")
        Traceback (most recent call last):
        ...
        ValueError: no/such/folder: no article files (a folder of .txt or .html files, or a glob)
    """
    folder = Path(source)
    found = (
        sorted(p for p in folder.iterdir() if p.suffix.lower() in ARTICLE_SUFFIXES)
        if folder.is_dir()
        else sorted(Path(p) for p in glob.glob(str(source)) if Path(p).is_file())
    )
    if not found:
        raise ValueError(f"{source}: no article files (a folder of .txt or .html files, or a glob)")
    return found


def article_id(path: Path) -> str:
    """An article's id: its file name without the extension.

    Example:
        >>> article_id(Path("corpus/2025-07-01-afp.txt"))
        '2025-07-01-afp'
    """
    return path.stem


def draft(path: Path) -> pd.DataFrame | str:
    """The candidates of one article, with ``article_id``; or why it failed, as a sentence.

    Runs on a worker: it returns the reason rather than raising, so that one bad article
    is reported and never stops the job.

    Example:
        >>> draft(Path("no-such-article.txt"))
        'no-such-article.txt: no such file'
    """
    from claimtrack.extraction.core import MAX_CHARS
    from claimtrack.extraction.output import read_article

    ident = article_id(path)
    if problem := name_problem("article id", ident):
        return problem
    try:
        text, name = read_article(str(path), MAX_CHARS * 4)
    except (ValueError, OSError) as exc:
        return str(exc)
    return draft_text(ident, text, name)


def draft_text(ident: str, text: str, origin: str) -> pd.DataFrame | str:
    """The candidates of one article's text, with ``article_id``; or why it failed.

    Example:
        >>> draft_text("a1", "The army said 80 fighters were killed.", "a1.txt")["value"].tolist()
        ['80']
    """
    from claimtrack.extraction.core import ExtractError, extract

    try:
        return extract(text, ident, origin=origin).assign(article_id=ident)
    except (ValueError, ExtractError) as exc:
        return str(exc)


def extract_corpus(paths: list[Path], client: Any = None) -> tuple[pd.DataFrame, pd.DataFrame]:
    """(candidates, failures) of every article; on ``client``'s workers when given.

    Example: see the module.
    """
    if client is None:
        results = [draft(p) for p in paths]
    else:
        results = client.gather(client.map(draft, paths, pure=False))
    return _collect([(article_id(p), str(p)) for p in paths], results)


def _collect(
    names: list[tuple[str, str]], results: list[pd.DataFrame | str]
) -> tuple[pd.DataFrame, pd.DataFrame]:
    """(candidates, failures) from each article's (id, where) and draft result."""
    frames = [r for r in results if isinstance(r, pd.DataFrame)]
    failed = pd.DataFrame(
        [(*name, r) for name, r in zip(names, results, strict=True) if isinstance(r, str)],
        columns=FAILURE_COLUMNS,
    )
    found = pd.concat(frames, ignore_index=True) if frames else pd.DataFrame()
    return found, failed


def write_corpus(found: pd.DataFrame, out: Path, yaml: bool = False) -> list[Path]:
    """Write ``candidates.parquet`` (and one YAML per article with ``yaml``) into ``out``.

    Example:
        >>> import tempfile
        >>> from claimtrack.extraction import extract
        >>> found = extract("The army said 80 fighters were killed.", "a1").assign(article_id="a1")
        >>> [p.name for p in write_corpus(found, Path(tempfile.mkdtemp()), yaml=True)]
        ['candidates.parquet', 'a1.yaml']
    """
    from claimtrack.extraction.output import to_yaml
    from claimtrack.project import write_text_atomic

    out.mkdir(parents=True, exist_ok=True)
    written = [out / "candidates.parquet"]
    found.to_parquet(written[0], index=False)
    if yaml:
        for ident, frame in found.groupby("article_id", sort=True):
            path = out / f"{ident}.yaml"
            write_text_atomic(path, to_yaml(frame.drop(columns="article_id"), ident, ident))
            written.append(path)
    return written


def run_corpus(
    source: str,
    out: Path | None,
    dask: str | None,
    yaml: bool,
    fail: Any,
    echo: Any,
    columns: tuple[str, str] = ("text", "id"),
) -> int:
    """What ``claimtrack extract FOLDER_OR_GLOB|TABLE -o OUT [--dask ADDRESS|local]`` does.

    A ``.parquet`` or ``.csv`` file is a table of articles: ``columns`` name its text and
    id columns (:mod:`claimtrack.scale.table`). Returns the exit code: 0 when every article
    was drafted, 1 when some failed (each named on stderr with its reason).

    Example:
        >>> run_corpus("no/such/folder", Path("out"), None, False, print, print)
        no/such/folder: no article files (a folder of .txt or .html files, or a glob)
        2
    """
    from claimtrack.scale.cluster import client_for, needs_dask

    if out is None:
        fail("a folder of articles needs -o OUT, the folder the candidates are written to")
        return 2
    if dask and (problem := needs_dask("--dask")):
        fail(problem)
        return 2
    try:
        with client_for(dask) if dask else contextlib.nullcontext() as client:
            found, failed, count = _drafted(source, columns, client)
    except ValueError as exc:
        fail(str(exc))
        return 2
    written = write_corpus(found, out, yaml)
    for row in failed.itertuples():
        echo(f"failed  {row.article_id}: {row.reason}", err=True)
    echo(
        f"{len(found)} candidate claims from {count - len(failed)} of {count} "
        f"articles → {written[0]}" + (f" and {len(written) - 1} YAML files" if yaml else ""),
        err=True,
    )
    return 1 if len(failed) else 0


def _drafted(
    source: str, columns: tuple[str, str], client: Any
) -> tuple[pd.DataFrame, pd.DataFrame, int]:
    """(candidates, failures, articles read) of a folder, a glob or a table of articles;
    ``ValueError`` when there is nothing to read."""
    from claimtrack.scale.table import extract_table, is_table

    if is_table(source):
        found, failed = extract_table(source, *columns, client=client)
        return found, failed, found.attrs["articles"]
    paths = article_files(source)
    return (*extract_corpus(paths, client), len(paths))

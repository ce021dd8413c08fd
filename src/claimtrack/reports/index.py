"""What a reader opens first: ``reports/index.html`` (every run) and ``reports/latest/``.

Example:
    >>> import tempfile
    >>> try_write_index(tempfile.mkdtemp()) is None
    True
"""

from __future__ import annotations

import contextlib
import html
import os
import secrets
from pathlib import Path

from claimtrack.manifest import MANIFEST, read_manifest
from claimtrack.project import latest_link, os_error_text, write_text_atomic
from claimtrack.reports.results import describe_error


def mark_latest(reports_dir: str | Path, key: str, folder: str | Path) -> Path:
    """Point ``reports/latest/<key>`` at a successful report folder, atomically.

    A relative symlink is created under a temporary name and renamed over the old
    one: a reader sees the old report or the new one, never neither.

    Example:
        >>> mark_latest("reports", "overview", "reports/20260101T000000Z-abc123/overview")
        ...                                                     # doctest: +SKIP
    """
    link = latest_link(reports_dir, key)
    latest = link.parent
    if latest.is_symlink() or (latest.exists() and not latest.is_dir()):
        raise OSError(
            f"{latest} is not a folder: move it away, claimtrack keeps its pointers there"
        )
    latest.mkdir(parents=True, exist_ok=True)
    if (link.exists() or link.is_symlink()) and not link.is_symlink():
        raise OSError(f"{link} is not a pointer made by claimtrack: move it away")
    tmp = latest / f".{key}.{secrets.token_hex(4)}.tmp"
    os.symlink(os.path.relpath(Path(folder).resolve(), latest.resolve()), tmp)
    try:
        os.replace(tmp, link)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(tmp)
        raise
    return link


def try_write_index(reports_dir: str | Path) -> str | None:
    """Write ``reports/index.html``; return None, or a one-line reason it could not be written.

    Example:
        >>> import tempfile
        >>> try_write_index(tempfile.mkdtemp()) is None
        True
    """
    try:
        write_index(reports_dir)
    except OSError as exc:
        return f"index not updated: {os_error_text(exc)}"
    return None


def write_index(reports_dir: str | Path) -> Path:
    """Write ``reports/index.html``: every run, newest first, each report with its links.

    Every value is escaped: report keys and errors can carry text from the data.

    Example:
        >>> write_index("/tmp/empty-reports").name  # doctest: +SKIP
        'index.html'
    """
    reports_dir = Path(reports_dir)
    reports_dir.mkdir(parents=True, exist_ok=True)
    rows = []
    for manifest_path in sorted(reports_dir.glob("*/*/" + MANIFEST), reverse=True):
        folder = manifest_path.parent
        if folder.parent.name == "latest":
            continue
        manifest = read_manifest(folder)
        if not manifest:  # unreadable (or not a run's): not listed
            continue
        run = manifest.get("run", {})
        rel = folder.relative_to(reports_dir).as_posix()
        links = [
            f'<a href="{html.escape(rel + "/" + name)}">{html.escape(label)}</a>'
            for label, name in (
                ("report", run.get("html")),
                ("notebook", run.get("executed_notebook")),
            )
            if name
        ]
        links.append(f'<a href="{html.escape(rel)}/">folder</a>')
        error = run.get("error") or {}
        detail = describe_error(error) if isinstance(error, dict) and error else ""
        status = run.get("status", "unknown")
        css = {"succeeded": "ok", "interrupted": "interrupted"}.get(status, "failed")
        rows.append(
            f'<tr class="{css}">'
            + "".join(
                f"<td>{html.escape(str(v))}</td>"
                for v in (
                    folder.parent.name,
                    folder.name,
                    manifest.get("notebook", ""),
                    run.get("status", "unknown"),
                    run.get("started", ""),
                )
            )
            + f"<td>{' · '.join(links)}</td><td>{html.escape(detail)}</td></tr>"
        )
    page = (
        "<!doctype html><html><head><meta charset='utf-8'><title>claimtrack reports</title>"
        "<style>body{font-family:sans-serif;margin:2em}table{border-collapse:collapse}"
        "td,th{border-bottom:1px solid #ddd;padding:4px 10px;text-align:left}"
        "tr.failed td{color:#b00020}tr.interrupted td{color:#8a5a00}</style>"
        "</head><body><h1>claimtrack reports</h1>"
        "<p>Every run, newest first. <code>latest/</code> points at the last successful run "
        "of each report.</p><table><tr><th>run</th><th>report</th><th>notebook</th>"
        "<th>status</th><th>started (UTC)</th><th>links</th><th>error</th></tr>"
        + "".join(rows)
        + "</table></body></html>\n"
    )
    return write_text_atomic(reports_dir / "index.html", page)

"""One report: a notebook run into a fresh folder, its HTML, manifest and ``latest`` pointer.

``reports/<run-id>/<report-key>/`` is created with ``exist_ok=False``: an earlier run is
never touched. Only a report that succeeded is pointed at by ``reports/latest/<key>``.

Example:
    >>> result = run_report("incident_brief", {"dpi": 150})  # doctest: +SKIP
    >>> result.ok, result.folder.name                       # doctest: +SKIP
    (True, 'mali-2025-07-01-coordinated-attacks')
"""

from __future__ import annotations

import contextlib
import time
from collections.abc import Mapping
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from claimtrack import interrupt
from claimtrack.manifest import write_manifest
from claimtrack.project import (
    find_root,
    latest_link,
    new_run_id,
    os_error_text,
    resolve,
    write_text_atomic,
)
from claimtrack.reports.changes import input_fingerprint
from claimtrack.reports.html import export_html
from claimtrack.reports.index import mark_latest, try_write_index
from claimtrack.reports.kernel import KERNEL_NAME, execute_with_retry, log
from claimtrack.reports.lock import reports_lock
from claimtrack.reports.parameters import (
    check_parameters,
    notebook_parameters,
    notebook_path,
    report_key,
)
from claimtrack.reports.results import ParameterError, ReportResult, one_line


def run_report(
    notebook: str | Path,
    parameters: Mapping[str, Any] | None = None,
    *,
    reports_dir: str | Path | None = None,
    run_id: str | None = None,
    root: str | Path | None = None,
    show_code: bool = False,
    execution_timeout: float | None = 600,
    start_timeout: int = 60,
    from_cli: bool = False,
    index: bool = True,
    fingerprint: dict[str, str] | None = None,
    lock: Mapping[str, Any] | None = None,
) -> ReportResult:
    """Run one notebook through papermill into ``reports/<run-id>/<report-key>/``.

    Parameters are checked first (``ParameterError``, before any kernel starts).
    A failing cell does not raise: the result says which cell and why, the
    partial executed notebook and its HTML are kept, and ``latest`` is left
    pointing at the last success. A kernel that fails to start is retried once.
    A stop asked by a signal (:mod:`claimtrack.interrupt`) ends it *interrupted*.
    An index that cannot be written is said in ``index_error``; a run folder that
    cannot be made raises ``OSError``. The manifest records what the report reads,
    fingerprinted before the kernel starts (``fingerprint``: given by a schedule, else
    made here; :mod:`claimtrack.reports.changes`). With ``lock`` (``{"wait": …, "on_wait":
    …}``, :func:`~claimtrack.reports.lock.reports_lock`) the reports folder's lock is held
    once the parameters are checked (the command line does; a schedule holds it for its
    workers).

    Example:
        >>> r = run_report("overview", reports_dir="/tmp/reports")  # doctest: +SKIP
        >>> r.ok, (r.folder / "manifest.json").exists()  # doctest: +SKIP
        (True, True)
    """
    root = find_root(root)
    source = notebook_path(notebook, root)
    accepted = notebook_parameters(source)  # read once: checked, keyed and injected from it
    checked = check_parameters(source, parameters, from_cli=from_cli, root=root, accepted=accepted)
    key = report_key(source, checked, accepted)
    reports_dir = resolve(root, reports_dir or "reports").resolve()
    with contextlib.ExitStack() as held:
        if lock is not None:  # after the checks: a refusal is a refusal, not "locked"
            held.enter_context(reports_lock(reports_dir, **lock))
        folder = reports_dir / (run_id or new_run_id()) / key
        # exist_ok=False: two runs can never write into one folder, an old report is never touched.
        folder.mkdir(parents=True, exist_ok=False)
        if fingerprint is None:
            fingerprint = input_fingerprint(source, checked, root=root, show_code=show_code)
        result = ReportResult(source.stem, key, checked, folder, executed=folder / source.name)
        result.fingerprint = fingerprint
        started = datetime.now(UTC).isoformat(timespec="seconds")
        finish_manifest(result, started, status="running")
        injected = _injected(accepted, checked, root, folder, latest_link(reports_dir, key))
        clock = time.perf_counter()
        if interrupt.requested():
            result.interrupted = True
            result.error = {"ename": "Interrupted", "evalue": f"{interrupt.requested()} received"}
        else:
            execute_with_retry(source, result, injected, execution_timeout, start_timeout)
        result.seconds = time.perf_counter() - clock
        _export(result, show_code)
        finish_manifest(result, started)
        if result.ok:
            _point_latest(result, reports_dir, started)
        if index:
            result.index_error = try_write_index(reports_dir)
        return result


def _export(result: ReportResult, show_code: bool) -> None:
    """The executed notebook as HTML beside it; a report whose HTML fails has failed."""
    if not (result.executed and result.executed.is_file()):
        result.executed = None
        return
    try:
        html = result.folder / f"{result.executed.stem}.html"
        result.html = export_html(result.executed, html, show_code=show_code)
    except Exception as exc:  # a broken partial notebook must not hide the real error
        log.warning("HTML export of %s failed: %s", result.executed, one_line(exc))
        if result.ok:  # a brief without its HTML is not a report that succeeded
            result.ok = False
            result.error = {"stage": "html", "ename": type(exc).__name__}
            result.error["evalue"] = one_line(exc)


def _injected(
    accepted: Mapping[str, Any],
    checked: dict[str, Any],
    root: Path,
    folder: Path,
    latest: Path,
) -> dict[str, Any]:
    """The parameters given to the kernel: the user's, and the runner's own where accepted."""
    runner = {"root": str(root), "output_dir": str(folder)}
    if "previous_run" in accepted and checked.get("previous_run") != "":
        runner["previous_run"] = str(latest.resolve()) if latest.exists() else ""
    return checked | {k: v for k, v in runner.items() if k in accepted}


def finish_manifest(result: ReportResult, started: str, status: str | None = None) -> None:
    """Add the run's own facts (``run``) to the manifest the notebook wrote, or write one.

    ``status`` overrides the result's (``running``: the placeholder written before the
    kernel starts, so that a run killed outright still has one). On a full disk the
    status still lands (:func:`claimtrack.manifest.write_manifest`).

    Example:
        >>> import tempfile
        >>> result = ReportResult("overview", "overview", {}, Path(tempfile.mkdtemp()) / "o")
        >>> result.folder.mkdir()
        >>> finish_manifest(result, "2026-01-01T00:00:00+00:00")
        >>> from claimtrack.manifest import read_manifest
        >>> read_manifest(result.folder)["run"]["status"]
        'failed'
    """
    run = {
        "status": status or result.status,
        "run_id": result.folder.parent.name,
        "report": result.key,
        "started": started,
        "seconds": round(result.seconds, 2),
        "attempts": result.attempts,
        "executed_notebook": result.executed.name if result.executed else None,
        "html": result.html.name if result.html else None,
        "error": result.error,
    }
    # The notebook's own notebook and parameters (defaults included) win when it wrote them.
    defaults = {"notebook": result.notebook, "parameters": result.parameters}
    recorded = {"fingerprint": result.fingerprint} if result.fingerprint else {}
    write_manifest(result.folder, defaults=defaults, run=run, **recorded)


def _point_latest(result: ReportResult, reports_dir: Path, started: str) -> None:
    """Point ``latest`` at a report that succeeded; if that fails, the report failed.

    The manifest says ``succeeded`` before ``latest`` moves (a pointer never leads to a
    run without a status), and ``failed`` again if the pointer cannot be written.
    """
    try:
        mark_latest(reports_dir, result.key, result.folder)
    except OSError as exc:
        result.ok = False
        text = os_error_text(exc) if exc.filename else str(exc)
        result.error = {"stage": "latest", "ename": type(exc).__name__, "evalue": text}
        finish_manifest(result, started)


def prepare_report(
    notebook: str | Path,
    parameters: Mapping[str, Any] | None,
    output: str | Path,
    *,
    root: str | Path | None = None,
    from_cli: bool = False,
) -> Path:
    """Write a parameterized copy of a notebook without running it, to open in JupyterLab.

    ``output`` must be a notebook file name; a folder or a path that cannot be
    written is refused with ``ParameterError``.

    Example:
        >>> prepare_report("incident_brief", {"dpi": 150}, "/tmp/brief.ipynb")  # doctest: +SKIP
        PosixPath('/tmp/brief.ipynb')
    """
    root = find_root(root)
    source = notebook_path(notebook, root)
    checked = check_parameters(source, parameters, from_cli=from_cli, root=root)
    output = Path(output)
    if output.is_dir():
        raise ParameterError(
            f"-o {output} is a folder: give a file name such as {output / source.name}"
        )
    try:
        output.parent.mkdir(parents=True, exist_ok=True)
        text = _prepared(source, output, checked)
        write_text_atomic(output, text)
    except OSError as exc:
        raise ParameterError(f"-o {output}: cannot write there ({os_error_text(exc)})") from None
    return output


def _prepared(source: Path, output: Path, parameters: dict[str, Any]) -> str:
    """The notebook as papermill's ``prepare_only`` makes it (parameters injected, not run),
    as text: written by our atomic writer, not papermill's, so a failed write leaves nothing."""
    import nbformat
    from papermill.execute import prepare_notebook_metadata, remove_error_markers
    from papermill.iorw import load_notebook_node
    from papermill.parameterize import parameterize_notebook

    nb = load_notebook_node(str(source))  # papermill's reading: every cell gets its tags list
    if parameters:
        nb = parameterize_notebook(nb, parameters, kernel_name=KERNEL_NAME)
    nb = remove_error_markers(prepare_notebook_metadata(nb, str(source), str(output)))
    return nbformat.writes(nb)

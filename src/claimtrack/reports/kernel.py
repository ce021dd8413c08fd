"""Executing a notebook in a kernel through papermill: kernel config, retry, where it stopped.

Kernels talk over unix sockets (no port race between parallel starts, papermill#511),
wait little on shutdown (jupyter_client#756), write their chatter to ``kernel.log``, and
a kernel that fails to start is retried once. A failing cell is named from the saved
partial notebook; a dead kernel by the last cell it was given.

Example:
    >>> kernel_config().KernelManager.transport
    'ipc'
"""

from __future__ import annotations

import contextlib
import logging
import os
import sys
from pathlib import Path
from typing import Any

from claimtrack import interrupt
from claimtrack.reports.results import ReportResult

KERNEL_NAME = "python3"


# Seconds jupyter_client waits for a kernel to exit after asking it to. The default
# (5 s, half of it before SIGTERM) is where the ~3 s tail of ~1 stop in 10 comes from
# (jupyter_client#756); the run's outputs are saved before shutdown, so we wait little.
SHUTDOWN_WAIT = 1.0

log = logging.getLogger("claimtrack.reports")


def kernel_config():
    """The kernel settings every notebook run uses (pass as ``config=`` to papermill).

    Example:
        >>> kernel_config().KernelManager.shutdown_wait_time
        1.0
    """
    from traitlets.config import Config

    config = Config()
    config.KernelManager.shutdown_wait_time = SHUTDOWN_WAIT
    # Unix sockets instead of TCP ports: no port race between parallel kernel starts
    # (papermill#511), and no "running over TCP without encryption" warning on stderr.
    config.KernelManager.transport = "ipc"
    config.KernelManager.ip = os.path.join(_ipc_dir(), "kernel")
    # Replies a widget's message hid from the wait are seen at once, not at the timeout.
    config.AsyncKernelManager.client_class = "claimtrack.reports.channels.SlicedKernelClient"
    return config


def _ipc_dir() -> str:
    """A private folder for kernel sockets (unix socket paths must stay under ~100 bytes)."""
    import tempfile

    path = os.path.join(tempfile.gettempdir(), f"claimtrack-ipc-{os.getpid()}")
    os.makedirs(path, mode=0o700, exist_ok=True)
    return path


def _executed_cells(path: Path) -> int:
    import nbformat

    if not path.is_file():
        return 0
    nb = nbformat.read(path, as_version=4)
    return sum(1 for c in nb.cells if c.cell_type == "code" and c.get("execution_count"))


def _failed_cell(path: Path | None) -> dict[str, Any]:
    """Where a run stopped, read from the saved partial notebook.

    The cell with an error output, else the one papermill left "running" (a timeout),
    else the last cell the kernel was given (:data:`_CURRENT_CELL`: a dead kernel or an
    interrupt leaves no trace in the notebook): its index in the saved notebook
    (papermill puts an error banner cell first) and its first line of code.
    """
    import nbformat

    if path is None or not path.is_file():
        return {}
    try:
        nb = nbformat.read(path, as_version=4)
    except Exception:  # a notebook cut short by a full disk: name the cell we know of
        return dict(_CURRENT_CELL)
    cells = list(enumerate(nb.cells))
    errors = [i for i, c in cells if any(o.output_type == "error" for o in c.get("outputs", []))]
    running = [i for i, c in cells if c.metadata.get("papermill", {}).get("status") == "running"]
    for index in errors or running:
        return {"cell_index": index, "cell_source": _first_line(nb.cells[index].source)}
    return dict(_CURRENT_CELL)


def _first_line(source: str) -> str:
    lines = source.strip().splitlines()
    return lines[0] if lines else ""


# The cell the kernel was last given in this process: {cell_index, cell_source}.
_CURRENT_CELL: dict[str, Any] = {}


def _on_cell_start(cell: Any = None, cell_index: int = 0, **_: Any) -> None:
    """nbclient hook: remember the cell (a dead kernel is then named by it); stop if asked."""
    _CURRENT_CELL.clear()
    _CURRENT_CELL.update(
        cell_index=cell_index, cell_source=_first_line(cell.source if cell else "")
    )
    interrupt.check()


@contextlib.contextmanager
def _stderr_to(path: Path):
    """Send this process's stderr (fd 2, which kernels inherit) to a file while a report runs.

    ipykernel writes shutdown chatter ("KeyboardInterrupt caught in kernel") and warnings
    there; in a schedule of 20 reports that buries the summary. The file is kept in the
    run folder when it is not empty.
    """
    sys.stderr.flush()
    saved = os.dup(2)
    with open(path, "ab") as log_file:
        os.dup2(log_file.fileno(), 2)
        try:
            yield
        finally:
            sys.stderr.flush()
            os.dup2(saved, 2)
            os.close(saved)
    if path.stat().st_size == 0:
        path.unlink()


def _execute(
    source: Path,
    executed: Path,
    parameters: dict[str, Any],
    *,
    execution_timeout: float | None,
    start_timeout: int,
) -> None:
    import papermill

    from claimtrack.reports.warm import WarmKernelManager

    # papermill logs every cell at INFO; the run summary says what matters.
    logging.getLogger("papermill").setLevel(logging.WARNING)
    _CURRENT_CELL.clear()
    try:
        papermill.execute_notebook(
            str(source),
            str(executed),
            parameters=parameters,
            kernel_name=KERNEL_NAME,
            progress_bar=False,
            start_timeout=int(start_timeout),  # nbclient's trait is an int
            execution_timeout=execution_timeout,
            # passed on to nbclient's NotebookClient, which hands it to the KernelManager
            config=kernel_config(),
            # a fresh kernel per report, forked from one that has done the imports
            kernel_manager_class=WarmKernelManager,
            # Killed once its last cell's outputs are in: a graceful stop (interrupt, ask,
            # poll until it exits) cost ~0.5 s per report, to save nothing a report keeps.
            shutdown_kernel="immediate",
            on_cell_start=_on_cell_start,
        )
    finally:
        # jupyter_client removes the kernel's socket files; remove their (empty) folder.
        with contextlib.suppress(OSError):
            os.rmdir(_ipc_dir())


def execute_with_retry(
    source: Path,
    result: ReportResult,
    parameters: dict[str, Any],
    execution_timeout: float | None,
    start_timeout: int,
) -> None:
    """Execute ``source`` into ``result.executed``; the outcome is set on ``result``.

    A kernel that failed to start (no cell ran) is tried once more; a failing or
    timed-out cell is not. A stop asked by a signal ends the run *interrupted*.

    Example:
        >>> result = ReportResult("overview", "overview", {}, Path("/tmp/r"))  # doctest: +SKIP
        >>> execute_with_retry(Path("notebooks/overview.ipynb"), result, {}, 600, 60)
        ...                                                    # doctest: +SKIP
    """
    from papermill.exceptions import PapermillExecutionError

    for attempt in (1, 2):
        result.attempts = attempt
        try:
            with _stderr_to(result.folder / "kernel.log"):
                _execute(
                    source,
                    result.executed,
                    parameters,
                    execution_timeout=execution_timeout,
                    start_timeout=start_timeout,
                )
            result.ok, result.error = True, None
            return
        except PapermillExecutionError as exc:
            result.error = {
                "execution_count": exc.exec_count,
                "ename": exc.ename,
                "evalue": exc.evalue,
                **_failed_cell(result.executed),
            }
        except Exception as exc:  # dead kernel, timeout, kernel that never started
            result.error = {
                "ename": type(exc).__name__,
                "evalue": str(exc).strip().splitlines()[0] if str(exc).strip() else "",
                **_failed_cell(result.executed),
            }
        if interrupt.requested():  # the kernel was killed on purpose: say so, never retry
            result.interrupted = True
            result.error |= {"ename": "Interrupted", "evalue": f"{interrupt.requested()} received"}
            return
        # Retry only a kernel that failed to start (no cell ran): parallel starts can
        # race for ports (papermill#511). A failing or timed-out cell is not retried.
        if attempt == 2 or "cell_index" in result.error or _executed_cells(result.executed):
            return
        log.warning("kernel for %s failed to start; retrying once", result.key)

"""Schedules on Dask: the notebook runs of ``claimtrack schedule --dask`` farmed to workers.

The local runner (:mod:`claimtrack.reports.schedule`) checks every entry, fingerprints it,
holds the reports folder's lock, writes the index and the summary; only the running of the
reports changes: each is a Dask task that calls the same
:func:`~claimtrack.reports.execute.run_report` on a worker (its own folder, ``latest``
repointed only after a success). Workers and client must see ``reports/`` and the data at
the same paths (one machine, or shared storage).

A worker that dies under a report: Dask runs the task again elsewhere, which finds the
report's folder already made, keeps it and marks it *failed* ("its Dask worker died")
instead of running it twice into one folder (the dead worker's kernel may still be
writing there for a second). A report whose task is lost outright (every attempt's
worker died, or claimtrack missing on a worker) is marked failed by the client.

Example:
    >>> target() is None  # outside ``schedule_on``: the local runner runs schedules
    True
"""

from __future__ import annotations

import contextlib
import threading
import time
from collections.abc import Callable, Iterator
from contextvars import ContextVar
from pathlib import Path
from typing import Any

from claimtrack import interrupt
from claimtrack.manifest import read_manifest
from claimtrack.reports.execute import finish_manifest
from claimtrack.reports.results import ReportResult, one_line
from claimtrack.reports.schedule import STOP_GRACE, _run_entry, _unfinished

# Where run_schedule sends its reports: None (local processes), "local" (a LocalCluster
# started when there is something to run) or a connected distributed.Client.
_TARGET: ContextVar[Any] = ContextVar("claimtrack_dask_schedule", default=None)

# Worker-process state: one report at a time per process (papermill's fd-2 redirect and
# the cell being run are per process), and the runs a client asked to stop.
_ONE_AT_A_TIME = threading.Lock()
_WORKER: dict[str, Any] = {"run_id": None, "stopped": {}}


@contextlib.contextmanager
def schedule_on(address: Any) -> Iterator[None]:
    """Within the block, ``run_schedule`` runs its reports on Dask.

    ``address``: ``"local"`` (a ``LocalCluster`` of ``jobs`` single-threaded worker
    processes, started only when a report is to run), a scheduler address (connected at
    once: ``OSError`` when it cannot be reached) or a ``distributed.Client`` of yours.

    Example:
        >>> from claimtrack.reports import run_schedule, schedule_all
        >>> with schedule_on("local"):  # doctest: +SKIP
        ...     result = run_schedule(schedule_all(), jobs=2)
    """
    from claimtrack.scale.cluster import client_for

    with contextlib.ExitStack() as stack:
        if isinstance(address, str) and address != "local":
            address = stack.enter_context(client_for(address))
        token = _TARGET.set(address)
        stack.callback(_TARGET.reset, token)
        yield


def target() -> Any:
    """Where schedules run now: None (local processes), ``"local"`` or a Dask client.

    Example:
        >>> with schedule_on("local"):
        ...     target()
        'local'
    """
    return _TARGET.get()


@contextlib.contextmanager
def _client(jobs: int) -> Iterator[Any]:
    given = _TARGET.get()
    if given != "local":
        yield given
        return
    from claimtrack.scale.cluster import client_for

    with client_for("local", workers=jobs) as client:
        yield client


def run_jobs(jobs_list: list[tuple], jobs: int, bar: Callable) -> list[ReportResult | None]:
    """Run the schedule's jobs as Dask tasks; their results in order (None: not heard back).

    A signal (SIGTERM, Ctrl-C) stops the kernels of what runs and what has not started does
    not start: those reports end *interrupted*, as with local processes.

    Example:
        >>> run_jobs([], 2, print)
        []
    """
    results: list[ReportResult | None] = [None] * len(jobs_list)
    if not jobs_list:
        return results
    run_id = jobs_list[0][3]["run_id"]
    with _client(jobs) as client, interrupt.stop_on_signals():
        futures = [
            client.submit(_on_worker, job, key=f"claimtrack-{run_id}-{n}", pure=False)
            for n, job in enumerate(jobs_list)
        ]
        pending, deadline, done_count = set(range(len(futures))), None, 0
        while pending:
            for n in _settled(futures, pending):
                pending.discard(n)
                results[n] = _outcome(futures[n], jobs_list[n])
                done_count += results[n] is not None
                if results[n] is not None:
                    bar(results[n], done_count, len(jobs_list))
            if interrupt.requested() and deadline is None:
                deadline = time.monotonic() + STOP_GRACE
                _stop(client, run_id)
            if deadline is not None and time.monotonic() > deadline:
                break
        if pending:  # past the grace: not heard back, settled by the caller as interrupted
            client.cancel([futures[n] for n in pending], force=True)
    return results


def _settled(futures: list[Any], pending: set[int]) -> list[int]:
    """The pending futures that ended, after waiting up to half a second for one."""
    from distributed import wait
    from distributed.client import FuturesCancelledError

    with contextlib.suppress(TimeoutError, FuturesCancelledError):
        wait([futures[n] for n in pending], timeout=0.5, return_when="FIRST_COMPLETED")
    return [n for n in sorted(pending) if futures[n].done()]


def _outcome(future: Any, job: tuple) -> ReportResult | None:
    """A finished task's result; a lost one's report marked failed; None when cancelled."""
    if future.status == "cancelled":
        return None
    if future.status != "finished":
        exc = future.exception()
        return _lost(job, f"its Dask task was lost ({type(exc).__name__}: {one_line(exc)})")
    result = future.result()
    if interrupt.requested() and not (result.ok or result.interrupted):
        # Its kernel was killed by the stop: interrupted, not failed (never latest).
        result.interrupted = True
        result.error = {"ename": "Interrupted", "evalue": f"{interrupt.requested()} received"}
        _rewrite_manifest(result)
    return result


def _rewrite_manifest(result: ReportResult) -> None:
    """The report's manifest says how it ended now (its start time kept)."""
    started = (read_manifest(result.folder).get("run") or {}).get("started", "")
    with contextlib.suppress(OSError):  # the summary still says it
        finish_manifest(result, started)


def _stop(client: Any, run_id: str) -> None:
    """On every worker: the kernels of this run are stopped, and its reports not begun end
    *interrupted* at once (Dask cannot stop a task that runs; the task ends itself)."""
    with contextlib.suppress(Exception):  # a worker gone already: nothing to stop there
        client.run(_stop_on_worker, run_id, interrupt.requested())


def _stop_on_worker(run_id: str, signal_name: str) -> None:
    """On a worker: the run's report ends *interrupted* (its kernel killed), and the reports
    of that run not yet begun here do not start."""
    _WORKER["stopped"][run_id] = signal_name
    if _WORKER["run_id"] == run_id:
        # The same flag a signal sets in a local worker process (claimtrack.interrupt).
        interrupt._STATE["signal"] = signal_name
        interrupt.kill_descendants()


def _on_worker(job: tuple) -> ReportResult:
    """The Dask task: one report, run as the local runner runs it, one per process.

    Its folder made already means an earlier attempt's worker died under it: that folder is
    kept and marked failed (or read back, if it ended), never run into a second time.
    """
    _notebook, _parameters, key, kwargs = job
    folder = Path(kwargs["reports_dir"]) / kwargs["run_id"] / key
    with _ONE_AT_A_TIME:
        if folder.exists():
            return _lost(job, "its Dask worker died while it ran; its folder is kept, not rerun")
        if stopped := _WORKER["stopped"].get(kwargs["run_id"]):
            return _unfinished(job, stopped)  # the schedule was stopped before it began
        _WORKER["run_id"] = kwargs["run_id"]
        interrupt._STATE["signal"] = _WORKER["stopped"].get(kwargs["run_id"])
        try:
            return _run_entry(job)
        finally:
            _WORKER["run_id"] = interrupt._STATE["signal"] = None


def _lost(job: tuple, reason: str) -> ReportResult:
    """The result of a report whose run was lost: as its manifest says if it ended, else
    failed with ``reason`` (folder and manifest made if need be; ``latest`` untouched).

    Example:
        >>> import tempfile
        >>> job = ("overview", {}, "overview", {"reports_dir": tempfile.mkdtemp(), "run_id": "r"})
        >>> result = _lost(job, "its Dask worker died")
        >>> result.status, read_manifest(result.folder)["run"]["error"]["evalue"]
        ('failed', 'its Dask worker died')
    """
    folder = Path(job[3]["reports_dir"]) / job[3]["run_id"] / job[2]
    ended = (read_manifest(folder).get("run") or {}).get("status")
    result = _unfinished(job, None)
    if ended in ("succeeded", "failed", "interrupted"):  # it ended before its worker went
        return result
    result.interrupted = False
    result.error = {"ename": "WorkerLost", "evalue": reason}
    _rewrite_manifest(result)
    return result

"""Many reports under one run id: schedule files, ``--all``, parallel workers, progress.

Every entry's parameters are checked before the first kernel starts; each report runs
in a worker process of its own; a failing report does not stop the others; SIGTERM or
Ctrl-C stop every kernel within seconds (:mod:`claimtrack.interrupt`).

Example:
    >>> from claimtrack.reports.entries import schedule_all
    >>> [e.notebook for e in schedule_all()][-1]
    'overview'
"""

from __future__ import annotations

import contextlib
import os
import sys
import time
from collections.abc import Callable, Iterable
from datetime import UTC, datetime
from pathlib import Path

from claimtrack import interrupt
from claimtrack.manifest import read_manifest
from claimtrack.project import find_root, new_run_id, os_error_text, resolve
from claimtrack.reports.changes import input_fingerprint, reference_fingerprint, skipped_result
from claimtrack.reports.entries import ScheduleEntry
from claimtrack.reports.execute import finish_manifest, run_report
from claimtrack.reports.index import try_write_index
from claimtrack.reports.lock import reports_lock
from claimtrack.reports.parameters import (
    check_parameters,
    notebook_parameters,
    notebook_path,
    report_key,
)
from claimtrack.reports.results import ParameterError, ReportResult, ScheduleResult, one_line


def _run_entry(job: tuple) -> ReportResult:
    notebook, parameters, key, kwargs = job
    # Headless: figures never try to open a window, whatever the parent had.
    os.environ.setdefault("MPLBACKEND", "Agg")
    try:
        return run_report(notebook, parameters, index=False, **kwargs)
    except Exception as exc:  # one report's surprise must not take the schedule down
        folder = Path(kwargs["reports_dir"]) / kwargs["run_id"] / key
        error = {"ename": type(exc).__name__, "evalue": one_line(exc)}
        return ReportResult(str(notebook), key, dict(parameters), folder, error=error)


def _check_entries(entries: list[ScheduleEntry], root: Path) -> list[tuple[Path, dict, str, dict]]:
    """Every entry's notebook, checked parameters, report key and the notebook's accepted
    parameters; all refusals at once, before any kernel starts."""
    problems, keys, checked_entries = [], {}, []  # keys: report key -> entry number
    accepted: dict[Path, dict] = {}  # each notebook's parameters, read once
    for number, entry in enumerate(entries, 1):
        try:
            source = notebook_path(entry.notebook, root)
            if source not in accepted:
                accepted[source] = notebook_parameters(source)
            checked = check_parameters(
                source, entry.parameters, root=root, accepted=accepted[source]
            )
            key = report_key(source, checked, accepted[source])
        except ParameterError as exc:
            problems.append(f"entry {number} ({entry.notebook}): {exc}")
            continue
        if key in keys:
            problems.append(f"entry {number}: report {key!r} is already entry {keys[key]}")
        keys[key] = number
        checked_entries.append((source, checked, key, accepted[source]))
    if problems:
        raise ParameterError("\n".join(problems))
    return checked_entries


def run_schedule(
    entries: Iterable[ScheduleEntry],
    *,
    jobs: int | None = None,
    reports_dir: str | Path | None = None,
    root: str | Path | None = None,
    run_id: str | None = None,
    show_code: bool = False,
    execution_timeout: float | None = 600,
    progress: bool | None = None,
    changed: bool | None = None,
    wait: bool = False,
    on_wait: Callable[[str], None] | None = None,
) -> ScheduleResult:
    """Run many reports in parallel processes under one run id; failures do not stop the others.

    Every entry's parameters are checked before the first kernel starts. Each report
    runs in its own process (papermill's ``cwd=`` uses ``chdir`` and is not
    thread-safe, papermill#578). Progress is a tqdm bar on a terminal and plain
    log lines otherwise. SIGTERM or Ctrl-C stop every kernel within seconds: the
    reports not finished are marked *interrupted* (never ``latest``), the index
    lists the run, and ``interrupted`` names the signal. A run folder that cannot
    be made raises ``OSError`` before any kernel starts.

    Incremental runs: ``changed=True`` skips every report whose fingerprint
    (:mod:`claimtrack.reports.changes`) matches its latest success, ``False`` runs all
    (``--force``), ``None`` follows each entry's own ``changed``. The reports folder's lock
    is held throughout (:mod:`claimtrack.reports.lock`: ``LockedError``, or ``wait``).

    Example:
        >>> result = run_schedule(schedule_all(), jobs=2)  # doctest: +SKIP
        >>> print(result.summary())  # doctest: +SKIP
        run 20261124T080000Z-1a2b3c: 2 of 2 reports succeeded in 9.1 s
        ...
    """
    root = find_root(root)
    entries = list(entries)
    reports_dir = resolve(root, reports_dir or "reports").resolve()
    checked = _check_entries(entries, root)
    wanted = [e.changed if changed is None else changed for e in entries]
    with reports_lock(reports_dir, wait=wait, on_wait=on_wait):
        clock = time.perf_counter()
        shared = {"root": root, "show_code": show_code, "reference": reference_fingerprint(root)}
        fingerprints = [
            input_fingerprint(source, params, accepted=accepted, **shared)
            for source, params, _, accepted in checked
        ]
        skipped = [
            skipped_result(source, key, params, reports_dir, fp) if want else None
            for (source, params, key, _), fp, want in zip(
                checked, fingerprints, wanted, strict=True
            )
        ]
        run_id = run_id or new_run_id()
        kwargs = {
            "reports_dir": reports_dir,
            "run_id": run_id,
            "root": root,
            "show_code": show_code,
            "execution_timeout": execution_timeout,
        }
        jobs_list = [
            (e.notebook, e.parameters, key, kwargs | {"fingerprint": fp})
            for e, (_, _, key, _), fp, skip in zip(
                entries, checked, fingerprints, skipped, strict=True
            )
            if skip is None
        ]
        if jobs_list:
            (reports_dir / run_id).mkdir(parents=True, exist_ok=False)
        ran, stopped = _run_jobs(jobs_list, jobs, progress)
        results = [skip or ran.pop(0) for skip in skipped]
        index_error = try_write_index(reports_dir)
    return ScheduleResult(
        run_id,
        reports_dir / run_id,
        results,
        seconds=time.perf_counter() - clock,
        interrupted=stopped,
        problems=[index_error] if index_error else [],
    )


def _run_jobs(
    jobs_list: list[tuple], jobs: int | None, progress: bool | None
) -> tuple[list[ReportResult], str | None]:
    """Run the jobs (in this process for one job, else in workers, or as Dask tasks); their
    results, in order, and the signal that stopped them, if one did."""
    jobs = max(1, min(jobs or os.cpu_count() or 1, len(jobs_list) or 1))
    bar = _progress(len(jobs_list), progress)
    from claimtrack.scale import schedule as on_dask  # pandas-free; Dask imported when used

    if on_dask.target() is not None:  # inside scale.schedule.schedule_on: `--dask`
        results = on_dask.run_jobs(jobs_list, jobs, bar)
    elif jobs == 1:
        with interrupt.stop_on_signals():
            results = [None] * len(jobs_list)
            for number, job in enumerate(jobs_list):
                if interrupt.requested():
                    break
                results[number] = _run_entry(job)
                bar(results[number], number + 1, len(jobs_list))
    else:
        results = _run_parallel(jobs_list, jobs, bar)
    stopped = interrupt.requested()
    final = [r or _unfinished(job, stopped) for r, job in zip(results, jobs_list, strict=True)]
    bar(None, len(final), len(jobs_list))
    return final, stopped


# Seconds the workers get to end their reports as interrupted before they are killed.
STOP_GRACE = 15.0


def _run_parallel(jobs_list: list[tuple], jobs: int, bar: Callable) -> list[ReportResult | None]:
    """Run the jobs in worker processes; on a signal, cancel what has not started and let the
    workers end what runs (their kernels are killed), then kill whatever is left."""
    import multiprocessing
    from concurrent.futures import FIRST_COMPLETED, ProcessPoolExecutor, wait

    # fork where there is one: workers start in milliseconds with the parent's imports,
    # and callers need no `if __name__ == "__main__"` guard (spawn would). The parent
    # has started no kernel for the schedule, and pyzmq gives a forked child a fresh
    # Context.instance(), so no ZMQ socket is shared.
    methods = multiprocessing.get_all_start_methods()
    context = multiprocessing.get_context("fork" if "fork" in methods else "spawn")
    if context.get_start_method() == "fork":  # forked workers share what is imported here
        from claimtrack.reports.warm import preload

        preload()
    results: list[ReportResult | None] = [None] * len(jobs_list)
    pool = ProcessPoolExecutor(jobs, mp_context=context, initializer=_worker_init)
    with interrupt.stop_on_signals(lambda: set(getattr(pool, "_processes", None) or ())):
        futures = {pool.submit(_run_entry, job): n for n, job in enumerate(jobs_list)}
        pending, deadline, done_count = set(futures), None, 0
        try:
            while pending:
                done, pending = wait(pending, timeout=0.5, return_when=FIRST_COMPLETED)
                for future in done:
                    if future.cancelled() or future.exception() is not None:
                        continue  # a worker killed under it: settled as interrupted below
                    results[futures[future]] = future.result()
                    done_count += 1
                    bar(results[futures[future]], done_count, len(jobs_list))
                if interrupt.requested():
                    pending = {f for f in pending if not f.cancel()}
                    deadline = deadline or time.monotonic() + STOP_GRACE
                    if time.monotonic() > deadline:
                        break
        finally:
            if pending:  # stopped, or a surprise here: no worker may run on without us
                interrupt.kill_descendants()
            pool.shutdown(wait=not pending, cancel_futures=True)
    return results


def _worker_init() -> None:
    """A worker's start: signals as :func:`claimtrack.interrupt.worker_init` says, and its
    warm kernel server importing while the worker sets up its first report."""
    from claimtrack.reports.warm import prestart

    interrupt.worker_init()
    prestart()


def _unfinished(job: tuple, stopped: str | None) -> ReportResult:
    """The result of a report the schedule did not hear back from: read from its manifest
    if it got to the end, else marked interrupted (folder and manifest made if need be)."""
    notebook, parameters, key, kwargs = job
    folder = Path(kwargs["reports_dir"]) / kwargs["run_id"] / key
    run = read_manifest(folder).get("run") or {}
    executed = folder / f"{Path(notebook).stem}.ipynb"
    result = ReportResult(
        Path(notebook).stem,
        key,
        dict(parameters),
        folder,
        executed=executed if executed.is_file() else None,
        seconds=float(run.get("seconds") or 0.0),
        fingerprint=kwargs.get("fingerprint"),
    )
    if run.get("status") in ("succeeded", "failed", "interrupted"):
        result.ok = run["status"] == "succeeded"
        result.interrupted = run["status"] == "interrupted"
        result.error = run.get("error")
        return result
    result.interrupted = True
    when = "before it ended" if folder.is_dir() else "before it started"
    result.error = {"ename": "Interrupted", "evalue": f"{stopped or 'a stop'} received {when}"}
    try:
        folder.mkdir(parents=True, exist_ok=True)
        started = run.get("started") or datetime.now(UTC).isoformat(timespec="seconds")
        finish_manifest(result, started)
    except OSError as exc:
        result.error["evalue"] += f"; manifest not written: {os_error_text(exc)}"
    return result


def _progress(total: int, progress: bool | None) -> Callable[[ReportResult | None, int, int], None]:
    """A tqdm bar on a terminal, plain log lines otherwise (cron mails, CI logs)."""
    if progress is None:
        progress = sys.stderr.isatty()
    if progress:
        from tqdm import tqdm

        bar = tqdm(total=total, unit="report", file=sys.stderr)

        def update(result: ReportResult | None, done: int, total: int) -> None:
            if result is None:
                bar.close()
                return
            bar.set_postfix_str(f"{result.key} {'ok' if result.ok else 'FAILED'}")
            bar.update(1)

        return update

    def line(result: ReportResult | None, done: int, total: int) -> None:
        if result is not None:
            # A closed stderr (its reader gone) must not stop the schedule half-way.
            with contextlib.suppress(OSError):
                print(f"[{done}/{total}] {result.describe()}", file=sys.stderr, flush=True)

    return line

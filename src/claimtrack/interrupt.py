"""Stopping runs on SIGTERM and Ctrl-C (SIGINT): kernels killed within seconds, nothing moved.

A signal sets a flag (:func:`requested`) and kills the kernels below this process at
once; the run that was executing then ends quickly with a dead kernel, and the
runner, seeing the flag, marks it *interrupted* instead of failed and never points
``latest`` at it. Nothing is raised from the handler: an exception thrown into
papermill's asyncio loop would leave a traceback and a half-closed kernel.

In a schedule the command process forwards SIGTERM to its worker processes, which
run the same handler for their own kernels (:func:`worker_init`). Workers ignore
SIGINT: Ctrl-C in a terminal reaches the whole process group, and the command
process alone decides what to stop. Kernels run in sessions of their own
(jupyter_client), so Ctrl-C never reaches them directly.

Example:
    >>> with stop_on_signals():
    ...     requested() is None
    True
"""

from __future__ import annotations

import contextlib
import os
import signal
import threading
from collections.abc import Callable, Iterator
from typing import Any

SIGNALS = (signal.SIGTERM, signal.SIGINT)
_STATE: dict[str, Any] = {"signal": None}


class Interrupted(Exception):
    """Raised before a cell starts when the run was asked to stop."""


def requested() -> str | None:
    """The name of the signal that asked this process to stop (``SIGTERM``), or None.

    Example:
        >>> requested() is None
        True
    """
    return _STATE["signal"]


def exit_code() -> int:
    """The shell's exit code for the signal received (130 for SIGINT, 143 for SIGTERM), or 0.

    Example:
        >>> exit_code()
        0
    """
    name = requested()
    return 128 + int(getattr(signal, name)) if name else 0


def check(**_: Any) -> None:
    """An nbclient ``on_cell_start`` hook: refuse to start a cell once a stop was asked.

    Covers a kernel started just after the handler killed the others.

    Example:
        >>> check(cell=None, cell_index=0)  # no stop asked: nothing happens
    """
    if requested():
        raise Interrupted(f"{requested()} received: the run was stopped")


def _below() -> list[Any]:
    import psutil

    try:
        return psutil.Process().children(recursive=True)
    except psutil.Error:
        return []


def kill_descendants(spare: Callable[[], set[int]] = set) -> None:
    """SIGKILL every process below this one (kernels and their children), except ``spare()``
    pids, which get SIGTERM instead (schedule workers, which then clean up their own), and
    processes that were already there when :func:`stop_on_signals` began (not ours).

    Example:
        >>> kill_descendants()  # no child processes: nothing to do
    """
    import psutil

    # One snapshot first: a kernel whose worker dies is re-parented and no longer ours.
    below = [p for p in _below() if p.pid not in _STATE.get("before", ())]
    workers = spare()
    for process in below:
        with contextlib.suppress(psutil.Error):
            if process.pid in workers:
                process.terminate()
            else:
                process.kill()


def _handler(spare: Callable[[], set[int]]) -> Callable[[int, Any], None]:
    def handle(signum: int, frame: Any) -> None:
        _STATE["signal"] = _STATE["signal"] or signal.Signals(signum).name
        kill_descendants(spare)

    return handle


@contextlib.contextmanager
def stop_on_signals(spare: Callable[[], set[int]] = set) -> Iterator[None]:
    """While the block runs, SIGTERM and SIGINT set :func:`requested` and kill the kernels.

    ``spare()`` names worker pids to send SIGTERM to instead of killing them. The
    previous handlers come back afterwards; the flag stays set, for the exit code.
    Outside the main thread (where Python cannot install handlers) nothing changes.

    Example:
        >>> with stop_on_signals():
        ...     signal.getsignal(signal.SIGTERM).__name__
        'handle'
    """
    import psutil  # noqa: F401 (imported here, not in the handler)

    if threading.current_thread() is not threading.main_thread():
        yield
        return
    _STATE["signal"] = None
    _STATE["before"] = {p.pid for p in _below()}  # e.g. a notebook server's other children
    previous = {s: signal.getsignal(s) for s in SIGNALS}
    for s in SIGNALS:
        signal.signal(s, _handler(spare))
    try:
        yield
    finally:
        for s, handler in previous.items():
            signal.signal(s, handler)


def worker_init() -> None:
    """Initializer of a schedule's worker process: SIGTERM stops its kernel, SIGINT ignored.

    Example:
        >>> import multiprocessing
        >>> def child():
        ...     worker_init()
        ...     os._exit(0 if signal.getsignal(signal.SIGINT) == signal.SIG_IGN else 1)
        >>> process = multiprocessing.get_context("fork").Process(target=child)
        >>> process.start(); process.join(); process.exitcode
        0
    """
    _STATE["signal"] = None
    _STATE["before"] = set()
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    signal.signal(signal.SIGTERM, _handler(set))
    os.environ.setdefault("MPLBACKEND", "Agg")  # headless, whatever the parent had

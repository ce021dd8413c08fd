"""One run at a time on a reports folder: a lock on ``reports/.lock`` (``filelock``).

Two overlapping runs (a slow night and the next cron tick, a person and the timer) would
brief the same incidents twice and could prune what the other writes. Every command that
writes or removes runs (``report``, ``schedule``, ``prune``) holds the lock while it
works; a second one is refused at once with who holds it (exit 3 on the command line),
or, with ``wait``, queues behind it. The lock is the operating system's (``flock``): a
holder that dies, even by ``kill -9``, lets go of it; nothing stale is left to clean up.
``reports/.lock.json`` says who holds it, for the message.

Example:
    >>> import tempfile
    >>> folder = Path(tempfile.mkdtemp())
    >>> with reports_lock(folder):
    ...     try:
    ...         with reports_lock(folder):
    ...             pass
    ...     except LockedError as refused:
    ...         print(str(refused)[:28])
    another claimtrack run holds
"""

from __future__ import annotations

import contextlib
import json
import os
import sys
from collections.abc import Callable, Iterator
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from claimtrack import interrupt
from claimtrack.project import find_root, resolve, write_json_atomic

LOCK = ".lock"
HOLDER = ".lock.json"


class LockedError(RuntimeError):
    """Another run holds the reports folder's lock (the command line exits 3)."""


def reports_folder(reports_dir: str | Path | None = None, root: str | Path | None = None) -> Path:
    """The reports folder as the runner resolves it: given, or ``reports/``, relative to the
    project root.

    Example:
        >>> reports_folder("/tmp/r")
        PosixPath('/tmp/r')
    """
    path = Path(reports_dir or "reports")
    return path if path.is_absolute() else resolve(find_root(root), path)


def holder_text(reports_dir: str | Path) -> str:
    """Who holds the lock, as the holder wrote it: ``pid 12, since …, claimtrack schedule``.

    Example:
        >>> import tempfile
        >>> holder_text(tempfile.mkdtemp())
        'holder unknown'
    """
    holder = _read_holder(Path(reports_dir))
    if not holder:
        return "holder unknown"
    return f"pid {holder.get('pid')}, since {holder.get('since')}: {holder.get('command')}"


def _read_holder(reports_dir: Path) -> dict:
    """The holder's record, or ``{}`` when there is none or it cannot be read."""
    try:
        holder = json.loads((reports_dir / HOLDER).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}
    return holder if isinstance(holder, dict) else {}


def _wait_for(lock: Any) -> None:
    """Acquire ``lock``, however long it takes; a stop asked meanwhile (SIGTERM, Ctrl-C under
    :func:`claimtrack.interrupt.stop_on_signals`) ends the wait as a ``KeyboardInterrupt``."""
    from filelock import Timeout

    while True:
        try:
            lock.acquire(timeout=0.5)
            return
        except Timeout:
            if interrupt.requested():
                raise KeyboardInterrupt(interrupt.requested()) from None


@contextlib.contextmanager
def reports_lock(
    reports_dir: str | Path | None,
    *,
    wait: bool = False,
    on_wait: Callable[[str], None] | None = None,
) -> Iterator[Path]:
    """Hold ``reports_dir/.lock`` while the block runs; refuse (``LockedError``) if another
    run holds it, or with ``wait`` queue behind it (``on_wait`` is told once, with whom).

    The folder (:func:`reports_folder`) is made if need be (an ``OSError`` when it cannot be).

    Example:
        >>> import tempfile
        >>> with reports_lock(tempfile.mkdtemp()) as lock:
        ...     lock.name
        '.lock'
    """
    from filelock import FileLock, Timeout

    reports_dir = reports_folder(reports_dir)
    reports_dir.mkdir(parents=True, exist_ok=True)
    path = reports_dir / LOCK
    lock = FileLock(path)
    try:
        lock.acquire(timeout=0)
    except Timeout:
        message = f"another claimtrack run holds {path} ({holder_text(reports_dir)})"
        if not wait:
            raise LockedError(
                f"{message}; try again when it ends, or pass --wait to queue behind it"
            ) from None
        if on_wait:
            on_wait(f"waiting: {message}")
        _wait_for(lock)
    try:
        holder = {
            "pid": os.getpid(),
            "since": datetime.now(UTC).isoformat(timespec="seconds"),
            "command": " ".join([Path(sys.argv[0]).name, *sys.argv[1:]])[:300],
        }
        with contextlib.suppress(OSError):  # the message's detail; the lock is what counts
            write_json_atomic(reports_dir / HOLDER, holder)
        yield path
    finally:
        lock.release()

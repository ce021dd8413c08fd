"""The warm-kernel server: a process that has imported what the notebooks use, and forks kernels.

Run as ``python -m claimtrack.reports.zygote`` by :mod:`claimtrack.reports.warm`, with
one end of a socket pair as its standard input. It imports :data:`WARM_MODULES` (pandas,
pyarrow, pandera, matplotlib, seaborn, ipykernel, claimtrack's notebook-facing modules),
says it is ready, then waits. For each request (a kernel's command line, environment,
working folder, and its stdout/stderr passed as file descriptors) it forks: the child
becomes an ipykernel exactly as ``python -m ipykernel_launcher -f …`` would, and serves
one report. The server itself never runs report code, so every kernel starts from the
same state: the imports, nothing a previous report defined. It exits when the socket
closes (its worker is gone) or after :data:`IDLE_SECONDS` without a request.

Example:
    >>> "pandas" in WARM_MODULES and "ipykernel.kernelapp" in WARM_MODULES
    True
"""

from __future__ import annotations

import importlib
import json
import os
import signal
import socket
import sys
from typing import Any

# What the notebooks import, directly or on first use (measured: 1.5-2 s of CPU per
# kernel). Modules a notebook does not use cost the server once, never a report.
WARM_MODULES = (
    "ipykernel.kernelapp",
    "ipykernel.ipkernel",
    "IPython.display",
    "pandas",
    "pyarrow",
    "pyarrow.compute",
    "pandera.pandas",
    "matplotlib.pyplot",
    "matplotlib.backends.backend_agg",
    "matplotlib.backends.backend_pdf",
    "matplotlib.backends.backend_svg",
    "fontTools.subset",
    "seaborn",
    "claimtrack.briefing",
    "claimtrack.charts",
    "claimtrack.comparison",
    "claimtrack.comparison.views",
    "claimtrack.export",
    "claimtrack.manifest",
    "claimtrack.read",
    "claimtrack.schema",
    "claimtrack.snapshots",
    "claimtrack.summary",
)

# Packaged data every brief reads, each a cached function of files installed with
# claimtrack (never of the statements, nor of reference tables a user may edit): loaded
# once here (0.2-0.3 s of a brief). A name missing here only costs that time.
WARM_DATA = (
    "claimtrack.normalize.places:gazetteer",  # caches the GeoNames copy (_geonames)
    "claimtrack.charts.basemap:countries",  # the Natural Earth shapes
)

# A server nobody asked for a kernel this long exits (its worker starts another if need be):
# a long-lived process never runs reports on modules imported long before.
IDLE_SECONDS = 120.0

# Requests are one datagram each (SOCK_SEQPACKET): a command line and an environment.
MAX_REQUEST = 1 << 20


def warm_up(
    modules: tuple[str, ...] = WARM_MODULES, data: tuple[str, ...] = WARM_DATA
) -> list[str]:
    """Import ``modules`` as a kernel would (same environment), then call each ``data``
    function (``module:name``); the ones that failed.

    ipykernel sets ``MPLBACKEND`` before user code runs when it is not set; matplotlib
    reads it on import, so it is set the same way first.

    Example:
        >>> warm_up(("json", "no_such_module_here"), ("json:no_such_function",))
        ['no_such_module_here: ModuleNotFoundError', 'json:no_such_function: AttributeError']
    """
    os.environ.setdefault("MPLBACKEND", "module://matplotlib_inline.backend_inline")
    # ipykernel reads its parent's pid when imported: its kernels' parent is this server.
    os.environ["JPY_PARENT_PID"] = str(os.getpid())
    failed = []
    for name in modules:
        try:
            importlib.import_module(name)
        except Exception as exc:  # a module missing here is imported by the kernel, or fails there
            failed.append(f"{name}: {type(exc).__name__}")
    for name in data:
        module, _, function = name.partition(":")
        try:
            getattr(importlib.import_module(module), function)()
        except Exception as exc:  # renamed or failing: the kernel does it itself
            failed.append(f"{name}: {type(exc).__name__}")
    return failed


def serve(channel: socket.socket) -> dict[str, Any] | None:
    """Fork a kernel per request until the channel closes or stays idle; None in the server.

    In a forked child it returns the request, which the child then runs as its kernel
    (:func:`become_kernel`), outside this loop.
    """
    import select

    # Ended kernels are reaped at once (the worker polls their pids), and their CPU time
    # adds up in this server's, then in its worker's: a schedule's CPU time is all there.
    signal.signal(signal.SIGCHLD, _reap)
    while True:
        ready, _, _ = select.select([channel], [], [], IDLE_SECONDS)
        if not ready:
            return None
        try:
            message, fds, _, _ = socket.recv_fds(channel, MAX_REQUEST, 2)
        except OSError:
            return None
        if not message:  # the worker closed its end: it is gone
            return None
        request = json.loads(message)
        request["fds"] = fds
        sys.stdout.flush()
        sys.stderr.flush()
        pid = os.fork()
        if pid == 0:
            channel.close()
            return request
        for fd in fds:
            os.close(fd)
        channel.send(json.dumps({"pid": pid}).encode())


def _reap(*_: Any) -> None:
    """SIGCHLD: collect every ended kernel."""
    try:
        while os.waitpid(-1, os.WNOHANG)[0] > 0:
            pass
    except ChildProcessError:  # none left
        pass


def become_kernel(request: dict[str, Any]) -> None:
    """Turn this forked child into the kernel the request describes, as its own session.

    What ``launch_kernel`` would give a fresh process: a session of its own, stdin from
    /dev/null, the given stdout and stderr, the working folder and environment, the
    parent pid it polls (this server, which exits when the worker does), default signals.
    """
    os.setsid()
    signal.signal(signal.SIGCHLD, signal.SIG_DFL)
    signal.signal(signal.SIGTERM, signal.SIG_DFL)
    signal.signal(signal.SIGINT, signal.default_int_handler)
    null = os.open(os.devnull, os.O_RDONLY)
    os.dup2(null, 0)
    os.close(null)
    for target, fd in zip((1, 2), request["fds"], strict=True):
        os.dup2(fd, target)
        os.close(fd)
    os.chdir(request["cwd"])
    os.environ.clear()
    os.environ.update(request["env"])
    os.environ["JPY_PARENT_PID"] = str(os.getppid())
    import runpy

    sys.argv = ["ipykernel_launcher", *request["args"]]  # runpy puts the launcher's path first
    runpy.run_module("ipykernel_launcher", run_name="__main__", alter_sys=True)


def main() -> None:
    """The server's entry point: warm up, say so on the channel (fd 0), serve."""
    channel = socket.socket(fileno=os.dup(0))
    null = os.open(os.devnull, os.O_RDONLY)
    os.dup2(null, 0)
    os.close(null)
    failed = warm_up()
    channel.send(json.dumps({"pid": os.getpid(), "failed": failed}).encode())
    request = serve(channel)
    if request is None:
        return
    try:
        become_kernel(request)
    except SystemExit:
        raise
    except BaseException as exc:  # the kernel could not start: say why where its stderr goes
        print(f"claimtrack warm kernel failed: {type(exc).__name__}: {exc}", file=sys.stderr)
        sys.stderr.flush()
        os._exit(1)


if __name__ == "__main__":
    main()

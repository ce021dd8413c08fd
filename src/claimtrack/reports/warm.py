"""Warm kernels: each report still gets a fresh kernel of its own, forked from a pre-imported one.

A brief's fixed cost was a fresh Python importing pandas, pyarrow, pandera, matplotlib,
seaborn and claimtrack (about 2 s of CPU of every report). Here a server process per
worker (:mod:`claimtrack.reports.zygote`) imports them once; each kernel is a ``fork`` of
it, so it starts with the modules loaded and nothing else. Kernels are never reused:
one report, one kernel, whatever a report defines dies with it (``test_isolation``).

:class:`WarmKernelManager` is jupyter_client's kernel manager with one change: the kernel
process comes from the server instead of ``Popen``. Everything else (connection file,
unix sockets, shutdown, interrupt, kill, the dead-kernel check) is jupyter_client's own,
driving a :class:`ForkedKernel` as it would a ``Popen``. Only the standard IPython kernel
command is forked; anything else, a platform without ``fork``, or
``CLAIMTRACK_WARM_KERNELS=0`` starts kernels the usual way.

Example:
    >>> warm_enabled({"CLAIMTRACK_WARM_KERNELS": "0"})
    False
"""

from __future__ import annotations

import contextlib
import json
import logging
import multiprocessing.util
import os
import signal
import socket
import subprocess
import threading
import time
from pathlib import Path
from typing import Any

from jupyter_client import AsyncKernelManager

log = logging.getLogger("claimtrack.reports")

# Seconds a server may take to import everything before it is given up on (then kernels
# start the usual way). Imports take 2-3 s on a loaded machine.
READY_TIMEOUT = 60.0

# Set per kernel, not per environment: a server is reused whatever their values.
VOLATILE_ENV = frozenset({"JPY_PARENT_PID", "JPY_SESSION_NAME", "PYTHONEXECUTABLE"})


def warm_enabled(environ: Any = os.environ) -> bool:
    """Whether kernels are forked from a warm server (``CLAIMTRACK_WARM_KERNELS=0``: no).

    Example:
        >>> warm_enabled({})
        True
    """
    wanted = environ.get("CLAIMTRACK_WARM_KERNELS", "1").strip().lower()
    return wanted not in {"0", "false", "no", "off"} and hasattr(os, "fork")


def forkable(cmd: list[str]) -> list[str] | None:
    """The interpreter part of a kernel command line (the Python and its options) if it is
    the standard IPython kernel, which the server can fork; else None.

    Example:
        >>> forkable(["/usr/bin/python3", "-Xfrozen_modules=off", "-m", "ipykernel_launcher",
        ...           "-f", "k.json"])
        ['/usr/bin/python3', '-Xfrozen_modules=off']
        >>> forkable(["R", "--slave", "-e", "IRkernel::main()"]) is None
        True
    """
    for at in range(1, len(cmd) - 1):
        if cmd[at : at + 2] == ["-m", "ipykernel_launcher"]:
            options = cmd[1:at]
            # Interpreter options only (-X…, -E…): a script or -c would not be a kernel.
            return cmd[:at] if all(o.startswith("-") and o != "-c" for o in options) else None
    return None


class ForkedKernel:
    """A kernel forked by the server, driven as jupyter_client drives a ``Popen``.

    It is the server's child, not ours: it is polled by pid (the server reaps it at
    once, so an ended kernel's pid is gone), signalled by pid like any process.

    Example:
        >>> kernel = ForkedKernel(os.getpid())
        >>> kernel.poll() is None
        True
    """

    stdin = stdout = stderr = None

    def __init__(self, pid: int) -> None:
        self.pid = pid
        self.returncode: int | None = None
        self._signal: int | None = None

    def poll(self) -> int | None:
        """None while the kernel runs; then its return code (minus the signal it was sent)."""
        if self.returncode is None:
            try:
                os.kill(self.pid, 0)
            except ProcessLookupError:
                self.returncode = -self._signal if self._signal else 0
            except PermissionError:  # the pid went to another user's process: ours ended
                self.returncode = 0
        return self.returncode

    def wait(self, timeout: float | None = None) -> int:
        """Wait for the kernel to end (``subprocess.TimeoutExpired`` after ``timeout``)."""
        deadline = None if timeout is None else time.monotonic() + timeout
        while self.poll() is None:
            if deadline is not None and time.monotonic() > deadline:
                raise subprocess.TimeoutExpired(f"kernel {self.pid}", timeout)
            time.sleep(0.02)
        return self.returncode

    def send_signal(self, signum: int) -> None:
        """Send a signal to the kernel, if it still runs."""
        if self.poll() is None:
            self._signal = signum if signum in (signal.SIGKILL, signal.SIGTERM) else self._signal
            os.kill(self.pid, signum)

    def terminate(self) -> None:
        """SIGTERM, as ``Popen.terminate``."""
        self.send_signal(signal.SIGTERM)

    def kill(self) -> None:
        """SIGKILL, as ``Popen.kill``."""
        self.send_signal(signal.SIGKILL)


class _Server:
    """One warm server: its process and our end of the channel."""

    def __init__(self, interpreter: list[str], env: dict[str, str], cwd: str) -> None:
        self.key = _key(interpreter, env, cwd)
        ours, theirs = socket.socketpair(socket.AF_UNIX, socket.SOCK_SEQPACKET)
        self.channel = ours
        self.ready: bool | None = None
        # A session of its own: Ctrl-C in a terminal never reaches it; its output is
        # nobody's (each kernel gets the report's stdout and stderr instead).
        self.process = subprocess.Popen(
            [*interpreter, "-m", "claimtrack.reports.zygote"],
            stdin=theirs,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
            env=env,
            cwd=cwd,
            start_new_session=True,
        )
        theirs.close()

    def wait_ready(self, timeout: float) -> bool:
        """Wait for the server's imports; whether it is ready (a failure is logged once)."""
        if self.ready is None:
            self.channel.settimeout(timeout)
            try:
                reply = json.loads(self.channel.recv(MAX_REPLY) or b"null")
            except (OSError, ValueError):
                reply = None
            self.ready = isinstance(reply, dict) and "pid" in reply
            if not self.ready:  # kept as failed: this process does not try again
                log.warning("warm kernels unavailable (the server did not start); cold kernels")
                with contextlib.suppress(OSError):
                    self.process.kill()
            elif reply["failed"]:
                log.info("warm kernel server could not import %s", ", ".join(reply["failed"]))
        return self.ready and self.process.poll() is None

    def fork(self, cmd: list[str], env: dict[str, str], cwd: str) -> ForkedKernel:
        """A kernel forked for ``cmd``, with this process's stdout and stderr as its own."""
        args = cmd[cmd.index("ipykernel_launcher") + 1 :]
        request = json.dumps({"args": args, "env": env, "cwd": cwd}).encode()
        with _LOCK:  # one request, one reply: threads of one process take turns
            self.channel.settimeout(READY_TIMEOUT)
            socket.send_fds(self.channel, [request], [1, 2])
            reply = self.channel.recv(MAX_REPLY)
        if not reply:
            raise ConnectionError("the warm kernel server ended")
        return ForkedKernel(int(json.loads(reply)["pid"]))

    def close(self) -> None:
        """Close the channel: the server exits (its kernels run on to their own end)."""
        self.channel.close()
        with contextlib.suppress(subprocess.TimeoutExpired):
            self.process.wait(timeout=5)


MAX_REPLY = 1 << 16
# Reports may run in threads of one process (a Dask worker): the server is shared in turns.
_LOCK = threading.RLock()

# This process's server, if it started one, and the pid whose exit stops it:
# {"server": _Server, "exit_hook": pid}.
_SERVER: dict[str, Any] = {}


def _key(interpreter: list[str], env: dict[str, str], cwd: str) -> tuple:
    """What a server's imports depend on: the interpreter, the environment, the folder."""
    stable = tuple(sorted((k, v) for k, v in env.items() if k not in VOLATILE_ENV))
    return tuple(interpreter), stable, os.path.realpath(cwd)


def server_for(interpreter: list[str], env: dict[str, str], cwd: str) -> _Server | None:
    """This process's warm server for that interpreter, environment and folder, started if
    need be (one at a time: another one is closed); None if it cannot start.

    Example:
        >>> server_for([sys.executable], dict(os.environ), os.getcwd())  # doctest: +SKIP
        <claimtrack.reports.warm._Server object at ...>
    """
    with _LOCK:
        return _server_for(interpreter, env, cwd)


def _server_for(interpreter: list[str], env: dict[str, str], cwd: str) -> _Server | None:
    server = _SERVER.get("server")
    if server is not None and server.key == _key(interpreter, env, cwd) and server.ready is False:
        return None  # it failed to start: cold kernels from now on
    if server is not None and (
        server.key != _key(interpreter, env, cwd) or server.process.poll() is not None
    ):
        shutdown()
        server = None
    if server is None:
        server = _started(_Server(interpreter, env, cwd))
    return server if server.wait_ready(READY_TIMEOUT) else None


def prestart(kernel_name: str = "python3", environ: Any = None) -> None:
    """Start this process's warm server now, so its imports overlap other work (a worker
    starting its first report); the first kernel then waits only for what is left.

    Example:
        >>> prestart(environ={"CLAIMTRACK_WARM_KERNELS": "0"})  # turned off: nothing starts
    """
    env = dict(os.environ if environ is None else environ)
    if not warm_enabled(env) or "server" in _SERVER:
        return
    from jupyter_client.kernelspec import KernelSpecManager

    try:
        interpreter = forkable(KernelSpecManager().get_kernel_spec(kernel_name).argv)
    except Exception:  # no such kernel: the run itself will say so
        return
    if interpreter:
        env.pop("PYTHONEXECUTABLE", None)  # as jupyter_client gives a kernel its environment
        _started(_Server(interpreter, env, os.getcwd()))


def _forget() -> None:
    """In a child forked from this process: the parent's server is not ours to talk to."""
    server = _SERVER.pop("server", None)
    if server is not None:
        server.channel.close()  # our copy of the descriptor only


if hasattr(os, "register_at_fork"):
    os.register_at_fork(after_in_child=_forget)


def _started(server: _Server) -> _Server:
    """Record this process's new server, and stop it at exit (also in a multiprocessing
    worker, which skips ``atexit``): waited for, its kernels' CPU time counts in ours."""
    if _SERVER.get("exit_hook") != os.getpid():
        multiprocessing.util.Finalize(None, shutdown, exitpriority=0)
        _SERVER["exit_hook"] = os.getpid()
    _SERVER["server"] = server
    return server


# What a schedule's worker imports to run and export a report (~1.5 s of CPU): imported
# once by the schedule before its workers fork, instead of once in each worker.
RUNNER_MODULES = ("papermill", "nbformat", "nbconvert", "jupyter_client", "nh3")


def preload(modules: tuple[str, ...] = RUNNER_MODULES) -> None:
    """Import the runner's own modules in this process (its forked workers then have them).

    Example:
        >>> preload(("json",))
    """
    import importlib

    for name in modules:
        with contextlib.suppress(ImportError):  # a worker imports it itself, or says why
            importlib.import_module(name)


def shutdown() -> None:
    """Stop this process's warm server, if any (at exit, or when the environment changed).

    Example:
        >>> shutdown()
    """
    server = _SERVER.pop("server", None)
    if server is not None:
        server.close()


class WarmKernelManager(AsyncKernelManager):
    """jupyter_client's kernel manager, with the kernel forked from a warm server.

    Example:
        >>> WarmKernelManager(kernel_name="python3").kernel_name
        'python3'
    """

    async def _async_launch_kernel(self, kernel_cmd: list[str], **kw: Any) -> None:
        env = dict(kw.get("env") or os.environ)
        cwd = str(kw.get("cwd") or os.getcwd())
        interpreter = forkable(kernel_cmd) if warm_enabled(env) else None
        server = server_for(interpreter, env, cwd) if interpreter else None
        if server is None:
            return await super()._async_launch_kernel(kernel_cmd, **kw)
        try:
            process = server.fork(kernel_cmd, env, cwd)
        except (OSError, ValueError, KeyError) as exc:
            log.warning("warm kernel could not be forked (%s); a cold one instead", exc)
            shutdown()
            return await super()._async_launch_kernel(kernel_cmd, **kw)
        provisioner = self.provisioner
        # What LocalProvisioner.launch_kernel records, for the kernel the server forked
        # (a session of its own: its process group is its pid).
        provisioner.process, provisioner.pid, provisioner.pgid = process, process.pid, process.pid
        provisioner.cwd = Path(cwd)
        self._reconcile_connection_info(provisioner.connection_info)
        return None

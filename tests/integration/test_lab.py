"""A real JupyterLab server on the project: its REST API sees the notebooks and the kernel,
and a kernel started through it imports claimtrack (over the kernel's websocket)."""

from __future__ import annotations

import contextlib
import json
import os
import secrets
import signal
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.request
import uuid
from pathlib import Path

import pytest
from conftest import ROOT

websocket = pytest.importorskip("websocket")  # websocket-client, a jupyterlab dependency


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


class Lab:
    """A JupyterLab server on 127.0.0.1 with a random token, and a small REST client."""

    def __init__(self, tmp: Path) -> None:
        self.port = _free_port()
        self.token = secrets.token_hex(16)
        self.base = f"http://127.0.0.1:{self.port}"
        env = {
            **os.environ,
            "JUPYTER_RUNTIME_DIR": str(tmp / "runtime"),
            "JUPYTER_CONFIG_DIR": str(tmp / "config"),  # nobody's personal config
        }
        self.log = (tmp / "lab.log").open("w")
        # Through `make lab`, as a user starts it (as root here: the Makefile adds the flag).
        args = [
            "--no-browser",
            f"--port={self.port}",
            "--ServerApp.ip=127.0.0.1",
            "--ServerApp.port_retries=0",
            f"--IdentityProvider.token={self.token}",
            "--LabApp.check_for_updates_class=jupyterlab.NeverCheckForUpdate",
            "--LabApp.extension_manager=readonly",  # no PyPI queries from the extension manager
        ]
        self.proc = subprocess.Popen(
            [
                "make",
                "-s",
                "-C",
                str(ROOT),
                "-o",
                ".venv/.installed",
                "lab",
                f"BIN={Path(sys.executable).parent}",
                f"LAB_ARGS={' '.join(args)}",
            ],
            stdout=self.log,
            stderr=subprocess.STDOUT,
            env=env,
            start_new_session=True,  # make and the server it starts stop together
        )

    def request(self, method: str, path: str, body: dict | None = None) -> dict | list | None:
        data = json.dumps(body).encode() if body is not None else None
        request = urllib.request.Request(
            self.base + path,
            data=data,
            method=method,
            headers={"Authorization": f"token {self.token}", "Content-Type": "application/json"},
        )
        with urllib.request.urlopen(request, timeout=30) as response:
            text = response.read()
        return json.loads(text) if text else None

    def wait_ready(self, timeout: float = 90) -> None:
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            if self.proc.poll() is not None:
                raise RuntimeError(f"jupyter lab exited with {self.proc.returncode}")
            try:
                self.request("GET", "/api/status")
                return
            except (urllib.error.URLError, ConnectionError):
                time.sleep(0.3)
        raise TimeoutError("jupyter lab did not answer in time")

    def stop(self) -> None:
        with contextlib.suppress(urllib.error.URLError, ConnectionError):
            self.request("POST", "/api/shutdown")
        try:
            self.proc.wait(timeout=20)
        except subprocess.TimeoutExpired:
            os.killpg(self.proc.pid, signal.SIGTERM)
            self.proc.wait(timeout=10)
        self.log.close()


def _execute(lab: Lab, kernel_id: str, code: str, timeout: float = 60) -> tuple[str, str]:
    """Run code in a kernel over its websocket (JSON messages); return (status, stdout)."""
    ws = websocket.create_connection(
        f"ws://127.0.0.1:{lab.port}/api/kernels/{kernel_id}/channels",
        header=[f"Authorization: token {lab.token}"],
        timeout=timeout,
    )
    try:
        msg_id = uuid.uuid4().hex
        ws.send(
            json.dumps(
                {
                    "header": {
                        "msg_id": msg_id,
                        "msg_type": "execute_request",
                        "username": "test",
                        "session": uuid.uuid4().hex,
                        "version": "5.3",
                        "date": "",
                    },
                    "parent_header": {},
                    "metadata": {},
                    "content": {"code": code, "silent": False, "store_history": False},
                    "channel": "shell",
                    "buffers": [],
                }
            )
        )
        stdout, status, idle = "", None, False
        deadline = time.monotonic() + timeout
        while (status is None or not idle) and time.monotonic() < deadline:
            message = json.loads(ws.recv())
            if message.get("parent_header", {}).get("msg_id") != msg_id:
                continue
            kind = message["header"]["msg_type"]
            if kind == "stream":
                stdout += message["content"]["text"]
            elif kind == "error":
                stdout += "\n".join(message["content"]["traceback"])
            elif kind == "execute_reply":
                status = message["content"]["status"]
            elif kind == "status" and message["content"]["execution_state"] == "idle":
                idle = True
        return status, stdout
    finally:
        ws.close()


def test_jupyterlab_serves_the_notebooks_and_a_kernel_that_imports_claimtrack(tmp_path):
    lab = Lab(tmp_path)
    try:
        lab.wait_ready()
        listing = lab.request("GET", "/api/contents/notebooks")
        names = {item["name"] for item in listing["content"]}
        assert {"incident_brief.ipynb", "source_comparison.ipynb", "overview.ipynb"} <= names
        brief = lab.request("GET", "/api/contents/notebooks/incident_brief.ipynb")
        tagged = [
            c for c in brief["content"]["cells"] if "parameters" in c["metadata"].get("tags", [])
        ]
        assert len(tagged) == 1
        specs = lab.request("GET", "/api/kernelspecs")
        assert "python3" in specs["kernelspecs"]
        kernel = lab.request("POST", "/api/kernels", {"name": "python3"})
        try:
            status, out = _execute(
                lab,
                kernel["id"],
                "import claimtrack, sys\nprint(claimtrack.__version__, sys.prefix)",
            )
            assert status == "ok", out
            version, prefix = out.split()
            assert version == __import__("claimtrack").__version__
            assert Path(prefix).resolve() == Path(sys.prefix).resolve()  # the project's kernel
        finally:
            lab.request("DELETE", f"/api/kernels/{kernel['id']}")
        assert lab.request("GET", "/api/kernels") == []
    finally:
        lab.stop()
    assert lab.proc.returncode is not None

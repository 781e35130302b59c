"""The Oxigraph server process behind our front server, on a private loopback port."""
from __future__ import annotations

import os
import shutil
import socket
import subprocess
import sys
import time
from pathlib import Path

from kg.errors import StoreError


def oxigraph_binary() -> str:
    """The ``oxigraph`` executable next to this Python (the venv), else on PATH."""
    local = Path(sys.executable).parent / "oxigraph"
    if local.is_file() and os.access(local, os.X_OK):
        return str(local)
    found = shutil.which("oxigraph")
    if not found:
        raise StoreError("the oxigraph server is not installed (pip install oxigraph)")
    return found


def free_loopback_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def backend_command(store: Path, port: int, *, writable: bool, union: bool,
                    timeout_s: float) -> list[str]:
    mode = "serve" if writable else "serve-read-only"
    args = [oxigraph_binary(), mode, "--location", str(store), "--bind", f"127.0.0.1:{port}"]
    if timeout_s > 0:
        args += ["--timeout-s", f"{max(1, round(timeout_s))}"]
    return args + (["--union-default-graph"] if union else [])


class Backend:
    """``oxigraph serve[-read-only]`` started on a free loopback port; stop() ends it."""

    def __init__(self, store: Path, *, writable: bool, union: bool, timeout_s: float):
        self.port = free_loopback_port()
        self.proc = subprocess.Popen(
            backend_command(store, self.port, writable=writable, union=union, timeout_s=timeout_s),
            stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
        self._wait_listening()

    def _wait_listening(self, seconds: float = 30.0) -> None:
        deadline = time.monotonic() + seconds
        while time.monotonic() < deadline:
            if self.proc.poll() is not None:
                reason = " ".join(self.proc.stderr.read().decode("utf-8", "replace").split())
                raise StoreError(f"the Oxigraph server did not start: {reason or 'exited'}")
            try:
                with socket.create_connection(("127.0.0.1", self.port), timeout=0.5):
                    return
            except OSError:
                time.sleep(0.05)
        self.stop()
        raise StoreError("the Oxigraph server did not start listening within 30 s")

    def stop(self) -> None:
        if self.proc.poll() is None:
            self.proc.terminate()
            try:
                self.proc.wait(timeout=10)
            except subprocess.TimeoutExpired:
                self.proc.kill()
                self.proc.wait()
        if self.proc.stderr:
            self.proc.stderr.close()

"""A real kg serve (our front server over a real Oxigraph server) on a free loopback port."""
from __future__ import annotations

import socket
import subprocess
import sys
import time
import urllib.error
import urllib.parse
import urllib.request
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[2]


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@pytest.fixture()
def seed_store(tmp_path, seed_trig) -> Path:
    from kg.store import open_store
    path = tmp_path / "store"
    with open_store(path) as store:
        store.load_files([seed_trig])
    return path


class Server:
    def __init__(self, store: Path, *args: str):
        self.port = free_port()
        self.base = f"http://127.0.0.1:{self.port}"
        self.proc = subprocess.Popen(
            [sys.executable, "-c", "from kg.cli import run; run()", "serve", "--store", str(store),
             "--bind", f"127.0.0.1:{self.port}", *args],
            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
        deadline = time.monotonic() + 30
        while time.monotonic() < deadline:
            if self.proc.poll() is not None:
                raise AssertionError(f"kg serve exited: {self.proc.stderr.read()}")
            try:
                with socket.create_connection(("127.0.0.1", self.port), timeout=0.5):
                    return
            except OSError:
                time.sleep(0.1)
        self.stop()
        raise AssertionError("kg serve did not start listening")

    def request(self, path: str, *, method: str = "GET", data: bytes | None = None,
                headers: dict | None = None, timeout: float = 60):
        """(status, headers, body) of one request; HTTP errors are answers too."""
        req = urllib.request.Request(self.base + path, data=data, method=method,
                                     headers=headers or {})
        try:
            with urllib.request.urlopen(req, timeout=timeout) as resp:
                return resp.status, resp.headers, resp.read()
        except urllib.error.HTTPError as exc:
            return exc.code, exc.headers, exc.read()

    def query(self, text: str, accept: str = "application/sparql-results+json", **kw):
        data = urllib.parse.urlencode({"query": text}).encode()
        return self.request("/query", method="POST", data=data, headers={"Accept": accept}, **kw)

    def update(self, text: str):
        data = urllib.parse.urlencode({"update": text}).encode()
        return self.request("/update", method="POST", data=data)

    def stop(self) -> None:
        if self.proc.poll() is None:
            self.proc.terminate()
            self.proc.wait(timeout=15)
        self.proc.stdout.close()
        self.proc.stderr.close()


@pytest.fixture()
def start_server():
    """start_server(store, *kg_serve_options) -> Server; every server is stopped after the test."""
    started = []

    def start(store: Path, *args: str) -> Server:
        server = Server(store, *args)
        started.append(server)
        return server

    yield start
    for server in started:
        server.stop()

"""Fixtures for the reliability tests: the real CLI in subprocesses, a real
``oxigraph serve``, and small loopback servers that misbehave on purpose."""
from __future__ import annotations

import os
import signal
import socket
import subprocess
import sys
import threading
import time
import urllib.parse
import urllib.request
from dataclasses import dataclass
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[2]
BIN = Path(sys.executable).parent
KG = str(BIN / "kg")


@dataclass
class Run:
    code: int
    out: str
    err: str

    @property
    def err_lines(self) -> list[str]:
        return [l for l in self.err.splitlines() if l.strip()]


def run_kg(*args, timeout=300, env=None) -> Run:
    p = subprocess.run([KG, *map(os.fspath, args)], capture_output=True, timeout=timeout,
                       env={**os.environ, **(env or {})})
    return Run(p.returncode, p.stdout.decode("utf-8", "replace"), p.stderr.decode("utf-8", "replace"))


@pytest.fixture(scope="session")
def kg_process():
    """Run the installed ``kg`` console script: real exit status, real stderr."""
    return run_kg


@pytest.fixture(scope="session")
def kg_binary() -> str:
    return KG


@pytest.fixture(scope="session")
def corpus(tmp_path_factory) -> Path:
    """The seed and the dev articles: real text the pipeline has facts for."""
    import shutil
    folder = tmp_path_factory.mktemp("corpus")
    shutil.copy(REPO / "seeds" / "000_4a950e12de890295.txt", folder)
    for path in sorted((REPO / "tests" / "gold" / "dev").glob("dev_*.md")):
        shutil.copy(path, folder)
    return folder


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


# -- a real oxigraph server ------------------------------------------------------------------

class OxigraphServer:
    """``oxigraph serve`` on a store folder and a fixed loopback port; can be stopped,
    killed with SIGKILL and started again on the same folder and port."""

    def __init__(self, location: Path, port: int):
        self.location, self.port = location, port
        self.proc: subprocess.Popen | None = None

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    def start(self) -> "OxigraphServer":
        self.proc = subprocess.Popen(
            [str(BIN / "oxigraph"), "serve", "--location", str(self.location),
             "--bind", f"127.0.0.1:{self.port}"],
            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, start_new_session=True)
        deadline = time.monotonic() + 30
        while time.monotonic() < deadline:
            if self.proc.poll() is not None:
                raise AssertionError(f"oxigraph serve exited with {self.proc.returncode}")
            try:                        # a SPARQL answer proves it is this server listening
                self.query("SELECT * WHERE { } LIMIT 1")
                return self
            except (OSError, ValueError):
                time.sleep(0.05)
        raise AssertionError("oxigraph serve did not start")

    def kill(self) -> None:
        """SIGKILL: no flush, no clean shutdown."""
        if self.proc and self.proc.poll() is None:
            os.kill(self.proc.pid, signal.SIGKILL)
            self.proc.wait(timeout=10)

    def stop(self) -> None:
        if self.proc and self.proc.poll() is None:
            self.proc.terminate()
            try:
                self.proc.wait(timeout=10)
            except subprocess.TimeoutExpired:
                self.kill()

    def query(self, sparql: str) -> list[dict]:
        from pyoxigraph import QueryResultsFormat, parse_query_results
        data = urllib.parse.urlencode({"query": sparql}).encode()
        req = urllib.request.Request(self.url + "/query", data=data,
                                     headers={"Accept": "application/sparql-results+json"})
        with urllib.request.urlopen(req, timeout=30) as resp:
            results = parse_query_results(resp.read(), QueryResultsFormat.JSON)
        names = [v.value for v in results.variables]
        return [{n: (s[n].value if s[n] is not None else None) for n in names} for s in results]


@pytest.fixture
def oxigraph(tmp_path):
    servers: list[OxigraphServer] = []

    def make(port: int | None = None) -> OxigraphServer:
        servers.append(OxigraphServer(tmp_path / f"store{len(servers)}", port or free_port()))
        return servers[-1]
    yield make
    for s in servers:
        s.stop()


# -- misbehaving loopback servers ---------------------------------------------------------------

class FailingProxy:
    """Answers requests number ``start`` to ``start + failures - 1`` (counting from 1)
    with HTTP 500; passes every other request on to ``upstream`` (a real oxigraph
    server) unchanged."""

    def __init__(self, upstream: str, failures: int, start: int = 1):
        self.failures, self.start = failures, start
        self.seen = 0
        self.failed = 0
        proxy = self

        class Handler(BaseHTTPRequestHandler):
            def log_message(self, *args):
                pass

            def _handle(self):
                body = self.rfile.read(int(self.headers.get("Content-Length", 0) or 0))
                proxy.seen += 1
                if proxy.start <= proxy.seen < proxy.start + proxy.failures:
                    proxy.failed += 1
                    self.send_response(500)
                    msg = b"injected failure"
                    self.send_header("Content-Length", str(len(msg)))
                    self.end_headers()
                    self.wfile.write(msg)
                    return
                req = urllib.request.Request(upstream + self.path, data=body or None, method=self.command,
                                             headers={k: v for k, v in self.headers.items()
                                                      if k.lower() in ("content-type", "accept")})
                try:
                    with urllib.request.urlopen(req, timeout=60) as resp:
                        status, data = resp.status, resp.read()
                except urllib.error.HTTPError as exc:
                    status, data = exc.code, exc.read()
                self.send_response(status)
                self.send_header("Content-Length", str(len(data)))
                self.end_headers()
                self.wfile.write(data)

            do_PUT = do_POST = do_GET = do_DELETE = _handle

        self.httpd = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.httpd.daemon_threads = True
        self.url = f"http://127.0.0.1:{self.httpd.server_address[1]}"
        threading.Thread(target=self.httpd.serve_forever, daemon=True).start()

    def close(self):
        self.httpd.shutdown()
        self.httpd.server_close()


class SilentServer:
    """Accepts connections and reads them, but never answers."""

    def __init__(self):
        self.sock = socket.socket()
        self.sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        self.sock.bind(("127.0.0.1", 0))
        self.sock.listen(64)
        self.url = f"http://127.0.0.1:{self.sock.getsockname()[1]}"
        self.accepted = 0
        self._conns: list[socket.socket] = []
        self._stop = False
        self._thread = threading.Thread(target=self._serve, daemon=True)
        self._thread.start()

    def _serve(self):
        self.sock.settimeout(0.2)
        while not self._stop:
            try:
                conn, _ = self.sock.accept()
            except OSError:
                continue
            self.accepted += 1
            self._conns.append(conn)

    def close(self):
        """Close with RST, so no TIME_WAIT keeps the port from a server started next."""
        import struct
        self._stop = True
        self._thread.join(timeout=5)    # accept() must return before the port is free
        for c in self._conns:
            if c.fileno() >= 0:
                c.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))
                c.close()
        self._conns.clear()
        self.sock.close()


@pytest.fixture
def failing_proxy():
    made = []

    def make(upstream: str, failures: int, start: int = 1) -> FailingProxy:
        made.append(FailingProxy(upstream, failures, start))
        return made[-1]
    yield make
    for p in made:
        p.close()


@pytest.fixture
def silent_server():
    s = SilentServer()
    yield s
    s.close()

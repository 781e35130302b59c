"""The HTTP server clients talk to, in front of Oxigraph's server on a private port.

Oxigraph's server has no authentication, no switch for federation and no bound on the
size of an answer, so every request passes here first:

* writes (``/update``, and ``PUT``/``POST``/``DELETE`` on ``/store``) are refused unless
  the server was started writable, which is allowed on a loopback address only;
* a query or update with ``SERVICE`` or ``LOAD`` to an endpoint not named with
  ``--allow-service`` is refused before Oxigraph sees it (:func:`check_served`), so no
  connection is opened;
* a SELECT answer stops after ``max_rows`` rows, a CONSTRUCT/DESCRIBE answer after
  ``max_rows`` triples: the answer is fetched from Oxigraph in a line-per-row format
  (TSV, N-Triples), cut, and written in the format the client asked for; a cut answer
  carries the header ``X-Shabaka-Truncated: <max_rows>``;
* Oxigraph's own ``--timeout-s`` ends queries that run too long.

Everything else (the query page, ``GET /store``) is passed through unchanged.
"""
from __future__ import annotations

import http.client
import ipaddress
import signal
from dataclasses import dataclass
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from urllib.parse import parse_qs, urlsplit

from pyoxigraph import QueryResultsFormat, RdfFormat, parse, parse_query_results, serialize

from kg.errors import QueryError, StoreError, UsageError
from kg.query.safety import check_served, query_form
from kg.serve.backend import Backend
from kg.store import open_store

HOP_BY_HOP = {"connection", "keep-alive", "transfer-encoding", "te", "trailer", "upgrade",
              "proxy-authorization", "proxy-authenticate", "host", "content-length"}
TRUNCATED_HEADER = "X-Shabaka-Truncated"
NOT_WRITABLE = ("this server is read-only; start it with kg serve --writable (loopback "
                "addresses only: Oxigraph's server has no authentication) to change the store")


@dataclass(frozen=True)
class ServeConfig:
    store: Path
    host: str = "127.0.0.1"
    port: int = 7878
    writable: bool = False
    union: bool = True
    allow_service: tuple[str, ...] = ()
    timeout_s: float = 30.0
    max_rows: int = 100_000


def is_loopback(host: str) -> bool:
    host = host.strip("[]")
    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


def check_config(config: ServeConfig) -> None:
    if config.writable and not is_loopback(config.host):
        raise UsageError(f"--writable with --bind {config.host}:{config.port}: a writable server "
                         "must listen on a loopback address (127.0.0.1); Oxigraph's server has "
                         "no authentication, so anyone who reaches it could change or empty the "
                         "store (use a store with access control for shared writing)")
    if config.max_rows < 0 or config.timeout_s < 0:
        raise UsageError("--max-rows and --timeout must be 0 (no bound) or positive")


def _wanted(accept: str, parse_type, default):
    """The first format of an Accept header that ``parse_type`` knows, by q-value."""
    ranked = []
    for i, part in enumerate(accept.split(",")):
        media, *params = [p.strip() for p in part.split(";")]
        q = 1.0
        for p in params:
            if p.startswith("q="):
                try:
                    q = float(p[2:])
                except ValueError:
                    pass
        ranked.append((-q, i, media))
    for _, _, media in sorted(ranked):
        fmt = parse_type(media) if media and "*" not in media else None
        if fmt is not None:
            return fmt
    return default


class FrontHandler(BaseHTTPRequestHandler):
    server_version = "Shabaka"
    config: ServeConfig
    backend_port: int

    def log_message(self, format, *args):  # noqa: A002 - one line per request is noise here
        pass

    def do_GET(self):
        self._dispatch("GET")

    def do_HEAD(self):
        self._dispatch("HEAD")

    def do_POST(self):
        self._dispatch("POST")

    def do_PUT(self):
        self._dispatch("PUT")

    def do_DELETE(self):
        self._dispatch("DELETE")

    def do_PATCH(self):
        self._dispatch("PATCH")

    # -- routing -------------------------------------------------------------------

    def _dispatch(self, method: str) -> None:
        url = urlsplit(self.path)
        body = self._body()
        try:
            if url.path == "/query":
                self._query(method, url.query, body)
            elif url.path == "/update":
                if not self.config.writable:
                    return self._text(403, NOT_WRITABLE)
                check_served(self._sparql_text(method, url.query, body, "update"),
                             self.config.allow_service, where="update")
                self._forward(method, body)
            elif method in ("GET", "HEAD"):
                self._forward(method, body)
            elif url.path.startswith("/store") and not self.config.writable:
                self._text(403, NOT_WRITABLE)
            elif url.path.startswith("/store"):
                self._forward(method, body)
            else:
                self._text(405, f"{method} {url.path} is not served here")
        except QueryError as exc:
            self._text(400, str(exc))
        except (OSError, http.client.HTTPException) as exc:
            self._text(502, f"the Oxigraph server did not answer: {exc}")

    def _body(self) -> bytes:
        length = int(self.headers.get("Content-Length") or 0)
        return self.rfile.read(length) if length > 0 else b""

    def _sparql_text(self, method: str, query: str, body: bytes, field: str) -> str:
        ctype = (self.headers.get("Content-Type") or "").split(";")[0].strip().lower()
        if method == "POST" and ctype == "application/x-www-form-urlencoded":
            values = parse_qs(body.decode("utf-8", "replace")).get(field, [])
        elif method == "POST" and ctype.startswith("application/sparql-"):
            return body.decode("utf-8", "replace")
        else:
            values = parse_qs(query).get(field, [])
        if len(values) != 1:
            raise QueryError(f"expected exactly one '{field}' parameter")
        return values[0]

    # -- queries -------------------------------------------------------------------

    def _query(self, method: str, query: str, body: bytes) -> None:
        text = self._sparql_text(method, query, body, "query")
        check_served(text, self.config.allow_service, where="query")
        form = query_form(text)
        accept = self.headers.get("Accept") or ""
        if not self.config.max_rows or form not in ("SELECT", "CONSTRUCT", "DESCRIBE"):
            return self._forward(method, body)
        if form == "SELECT":
            line_format, header_lines = "text/tab-separated-values", 1
        else:
            line_format, header_lines = "application/n-triples", 0
        resp, conn = self._backend_request(method, body, {"Accept": line_format})
        try:
            if resp.status != 200:
                return self._relay(resp)
            lines, truncated = [], False
            while True:
                line = resp.readline()
                if not line:
                    break
                if len(lines) >= self.config.max_rows + header_lines:
                    truncated = True  # the rest is not read: closing drops it
                    break
                lines.append(line)
        finally:
            conn.close()
        data = b"".join(lines)
        try:
            if form == "SELECT":
                fmt = _wanted(accept, QueryResultsFormat.from_media_type, QueryResultsFormat.JSON)
                out = parse_query_results(data, format=QueryResultsFormat.TSV).serialize(format=fmt)
            else:
                fmt = _wanted(accept, RdfFormat.from_media_type, RdfFormat.N_TRIPLES)
                out = serialize(parse(data, format=RdfFormat.N_TRIPLES), format=fmt) or b""
        except SyntaxError:
            # Oxigraph reports an error met after the answer started inside the answer.
            return self._failed_midway(data)
        extra = {TRUNCATED_HEADER: str(self.config.max_rows)} if truncated else {}
        self._send(200, fmt.media_type, out, extra)

    def _failed_midway(self, data: bytes) -> None:
        if b"cancelled" in data:
            return self._text(503, f"query stopped: it ran longer than this server's time limit "
                                   f"({self.config.timeout_s:g} s, kg serve --timeout)")
        tail = " ".join(data[-300:].decode("utf-8", "replace").split())
        self._text(500, f"query failed: {tail}")

    # -- talking to Oxigraph -------------------------------------------------------

    def _backend_request(self, method: str, body: bytes, override: dict[str, str] | None = None):
        timeout = (self.config.timeout_s or 3600) + 30
        conn = http.client.HTTPConnection("127.0.0.1", self.backend_port, timeout=timeout)
        headers = {k: v for k, v in self.headers.items() if k.lower() not in HOP_BY_HOP}
        for key in list(headers):
            if override and key.lower() in {o.lower() for o in override}:
                del headers[key]
        headers.update(override or {})
        if body or method in ("POST", "PUT"):
            headers["Content-Length"] = str(len(body))
        conn.request(method, self.path, body=body or None, headers=headers)
        return conn.getresponse(), conn

    def _forward(self, method: str, body: bytes) -> None:
        resp, conn = self._backend_request(method, body)
        try:
            self._relay(resp, head_only=method == "HEAD")
        finally:
            conn.close()

    def _relay(self, resp, head_only: bool = False) -> None:
        # Streamed as it comes; without a Content-Length the end of the answer is the end
        # of the connection (HTTP/1.0, one request per connection).
        self.send_response(resp.status, resp.reason)
        for key, value in resp.getheaders():
            if key.lower() not in HOP_BY_HOP - {"content-length"}:
                self.send_header(key, value)
        self.end_headers()
        if head_only:
            return
        while chunk := resp.read1(65536):
            self.wfile.write(chunk)

    def _text(self, status: int, message: str) -> None:
        self._send(status, "text/plain; charset=utf-8", (message + "\n").encode("utf-8"))

    def _send(self, status: int, ctype: str, data: bytes, extra: dict | None = None) -> None:
        self.send_response(status)
        self.send_header("Content-Type", ctype)
        self.send_header("Content-Length", str(len(data)))
        for key, value in (extra or {}).items():
            self.send_header(key, value)
        self.end_headers()
        if self.command != "HEAD":
            self.wfile.write(data)


class _Server(ThreadingHTTPServer):
    # The default backlog of 5 resets connections when a few dozen clients connect at once.
    request_queue_size = 128


def make_server(config: ServeConfig, backend_port: int) -> ThreadingHTTPServer:
    handler = type("Handler", (FrontHandler,), {"config": config, "backend_port": backend_port})
    try:
        server = _Server((config.host, config.port), handler)
    except OSError as exc:
        raise StoreError(f"cannot listen on {config.host}:{config.port}: "
                         f"{exc.strerror or exc}") from None
    server.daemon_threads = True
    return server


def _stop_on_sigterm(signum, frame):
    raise KeyboardInterrupt


def serve(config: ServeConfig, ready=None) -> None:
    """Run until interrupted (Ctrl-C or SIGTERM); stops Oxigraph's server on the way out."""
    check_config(config)
    # A read-only Oxigraph server must not share its store with a writer (undefined
    # behaviour), so this process holds the store's lock while it serves.
    lock = None if config.writable else open_store(config.store)
    try:
        if lock is not None:
            # The lock is held by a read-write RocksDB instance, which compacts on its own
            # when it finds many fresh files (after a load, or the facts graph just made)
            # and deletes files the read-only server is opening.  Compacted first, it has
            # nothing left to do while the server runs.
            lock.oxigraph.optimize()
        backend = Backend(config.store, writable=config.writable, union=config.union,
                          timeout_s=config.timeout_s)
    except BaseException:
        if lock is not None:
            lock.close()
        raise
    try:
        server = make_server(config, backend.port)
        try:
            signal.signal(signal.SIGTERM, _stop_on_sigterm)
            if ready is not None:
                ready()
            server.serve_forever(poll_interval=0.2)
        except KeyboardInterrupt:
            pass
        finally:
            server.server_close()
    finally:
        backend.stop()
        if lock is not None:
            lock.close()


__all__ = ["ServeConfig", "serve", "check_config", "is_loopback", "TRUNCATED_HEADER"]

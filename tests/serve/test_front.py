"""kg serve over a real Oxigraph server: read-only by default, no outbound requests, bounded."""
from __future__ import annotations

import socket
import threading
import time

import pytest
from pyoxigraph import QueryResultsFormat, parse_query_results

from kg.cli import main
from kg.serve.front import TRUNCATED_HEADER, is_loopback

pytestmark = pytest.mark.server
COUNT = "SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } }"


def count(server) -> int:
    status, _, body = server.query(COUNT)
    assert status == 200, body
    return int(next(iter(parse_query_results(body, QueryResultsFormat.JSON)))["n"].value)


def test_read_only_by_default_refuses_update_and_store_writes(start_server, seed_store):
    server = start_server(seed_store)
    before = count(server)
    assert before > 0
    status, _, body = server.update("DROP ALL")
    assert status == 403 and b"read-only" in body
    status, _, _ = server.request("/store?graph=http://example.org/g", method="PUT",
                                  data=b"<http://a> <http://b> <http://c> .",
                                  headers={"Content-Type": "application/n-triples"})
    assert status == 403
    status, _, _ = server.request("/store?default", method="DELETE")
    assert status == 403
    assert count(server) == before
    status, _, body = server.request("/store", headers={"Accept": "application/n-quads"})
    assert status == 200 and body.count(b"\n") == before, "reading the store still works"


def test_writable_on_loopback_accepts_writes(start_server, seed_store):
    server = start_server(seed_store, "--writable")
    before = count(server)
    status, _, _ = server.update("INSERT DATA { GRAPH <http://example.org/g> { "
                                 "<http://example.org/a> <http://example.org/b> 1 } }")
    assert status == 204
    assert count(server) == before + 1
    status, _, _ = server.request("/store?graph=http://example.org/h", method="PUT",
                                  data=b"<http://a> <http://b> <http://c> .\n<http://a> <http://b> <http://d> .\n",
                                  headers={"Content-Type": "application/n-triples"})
    assert status in (201, 204)
    assert count(server) == before + 3


@pytest.mark.parametrize("host", ["0.0.0.0", "192.0.2.1"])
def test_writable_refuses_a_non_loopback_bind(tmp_path, capsys, host):
    code = main(["serve", "--store", str(tmp_path / "s"), "--writable", "--bind", f"{host}:7878"])
    err = capsys.readouterr().err.strip().splitlines()
    assert code == 2
    assert len(err) == 1 and "loopback" in err[0] and "authentication" in err[0]
    assert not (tmp_path / "s").exists(), "nothing created before refusing"


def test_is_loopback():
    assert is_loopback("127.0.0.1") and is_loopback("127.1.2.3") and is_loopback("localhost")
    assert is_loopback("::1") and is_loopback("[::1]")
    assert not is_loopback("0.0.0.0") and not is_loopback("10.0.0.1") and not is_loopback("example.org")


class Listener:
    """A real TCP listener on loopback that records every connection it gets."""

    def __init__(self):
        self.sock = socket.socket()
        self.sock.bind(("127.0.0.1", 0))
        self.sock.listen()
        self.sock.settimeout(0.2)
        self.port = self.sock.getsockname()[1]
        self.url = f"http://127.0.0.1:{self.port}/sparql"
        self.received: list[bytes] = []
        self._stop = threading.Event()
        self.thread = threading.Thread(target=self._run, daemon=True)
        self.thread.start()

    def _run(self):
        while not self._stop.is_set():
            try:
                conn, _ = self.sock.accept()
            except OSError:
                continue
            with conn:
                conn.settimeout(2)
                try:
                    self.received.append(conn.recv(65536))
                    conn.sendall(b"HTTP/1.0 500 no\r\nContent-Length: 0\r\n\r\n")
                except OSError:
                    self.received.append(b"")

    def close(self):
        self._stop.set()
        self.thread.join(timeout=5)
        self.sock.close()


@pytest.fixture()
def listener():
    lst = Listener()
    yield lst
    lst.close()


def test_service_query_opens_no_connection_unless_allowed(start_server, seed_store, listener):
    server = start_server(seed_store)
    status, _, body = server.query(f"SELECT * WHERE {{ SERVICE <{listener.url}> {{ ?s ?p ?o }} }}")
    assert status == 400 and b"SERVICE" in body and b"--allow-service" in body
    status, _, _ = server.query("SELECT * WHERE { BIND(<%s> AS ?e) SERVICE ?e { ?s ?p ?o } }"
                                % listener.url)
    assert status == 400, "a SERVICE whose endpoint is a variable is refused too"
    time.sleep(0.5)
    assert listener.received == []

    # The same request reaches the listener once the endpoint is allowed: the test can fail.
    server.stop()
    allowed = start_server(seed_store, "--allow-service", listener.url)
    allowed.query(f"SELECT * WHERE {{ SERVICE SILENT <{listener.url}> {{ ?s ?p ?o }} }}")
    deadline = time.monotonic() + 10
    while not listener.received and time.monotonic() < deadline:
        time.sleep(0.1)
    assert listener.received and listener.received[0].split(b" ")[0] in (b"POST", b"GET")


def test_load_in_an_update_is_refused_unless_allowed(start_server, seed_store, listener):
    server = start_server(seed_store, "--writable")
    status, _, body = server.update(f"LOAD <{listener.url}> INTO GRAPH <http://example.org/g>")
    assert status == 400 and b"LOAD" in body
    time.sleep(0.5)
    assert listener.received == []


def test_a_slow_query_is_stopped_by_the_timeout(start_server, seed_store):
    server = start_server(seed_store, "--timeout", "1")
    started = time.monotonic()
    # Three-way cartesian product of the seed: hundreds of millions of rows to count.
    status, _, body = server.query("SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i }",
                                   timeout=60)
    elapsed = time.monotonic() - started
    assert status == 503 and b"time limit" in body
    assert elapsed < 15


def test_answers_are_bounded_to_max_rows_in_the_format_asked(start_server, seed_store):
    server = start_server(seed_store, "--max-rows", "7")
    status, headers, body = server.query("SELECT ?s ?p ?o WHERE { ?s ?p ?o }")
    assert status == 200 and headers[TRUNCATED_HEADER] == "7"
    assert len(list(parse_query_results(body, QueryResultsFormat.JSON))) == 7
    status, headers, body = server.query("SELECT ?s WHERE { ?s ?p ?o }", accept="text/csv")
    assert status == 200 and headers["Content-Type"].startswith("text/csv")
    assert len(body.decode().strip().splitlines()) == 1 + 7
    status, headers, body = server.query("CONSTRUCT { ?s ?p ?o } WHERE { ?s ?p ?o }",
                                         accept="application/n-triples")
    assert status == 200 and headers[TRUNCATED_HEADER] == "7"
    assert len(body.decode().strip().splitlines()) == 7
    status, headers, body = server.query("SELECT ?s WHERE { ?s ?p ?o } LIMIT 3")
    assert status == 200 and TRUNCATED_HEADER not in headers
    assert len(list(parse_query_results(body, QueryResultsFormat.JSON))) == 3


def test_the_store_stays_locked_against_writers_while_served(start_server, seed_store):
    from kg.errors import StoreError
    from kg.store import open_store
    start_server(seed_store)
    with pytest.raises(StoreError, match="in use"):
        open_store(seed_store)


def test_a_store_without_facts_graph_gets_one_before_it_is_served(start_server, seed_store):
    from kg.store import open_store
    from kg.vocab import FACTS_GRAPH
    with open_store(seed_store) as st:
        st.oxigraph.remove_graph(FACTS_GRAPH)   # as a store loaded by another tool
    server = start_server(seed_store)
    status, _, body = server.query("SELECT ?b WHERE { GRAPH <%s> { ?b "
                                   "<https://w3id.org/shabaka/ontology#supports> ?x } }" % FACTS_GRAPH.value)
    assert status == 200 and len(list(parse_query_results(body, QueryResultsFormat.JSON))) > 0

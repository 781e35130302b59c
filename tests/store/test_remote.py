"""The Graph Store Protocol client against small real HTTP servers (kg.store.remote)."""
from __future__ import annotations

import base64
import hashlib
import re
import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from urllib.parse import parse_qs, urlsplit

import pytest
from pyoxigraph import NamedNode, RdfFormat, parse

from kg.cli import main
from kg.errors import StoreError, UsageError
from kg.store.remote import Endpoint, GraphStoreClient, load_files_remote


class Recorder:
    def __init__(self):
        self.sleeps = []

    def __call__(self, seconds):
        self.sleeps.append(seconds)


class GraphStoreServer:
    """A tiny Graph Store endpoint: answers from a script of statuses, keeps what it got."""

    def __init__(self, statuses=(), delay=0.0, user=None, password=None, digest=False):
        self.statuses = list(statuses)
        self.requests = []
        self.graphs = {}
        self.delay = delay
        self.user, self.password, self.digest = user, password, digest
        server = self

        class Handler(BaseHTTPRequestHandler):
            def log_message(self, *args):
                pass

            def do_PUT(self):
                body = self.rfile.read(int(self.headers.get("Content-Length", 0)))
                server.requests.append((self.command, self.path, dict(self.headers), body))
                if server.delay:
                    time.sleep(server.delay)
                if server.user and not server.authorised(self):
                    return
                status = server.statuses.pop(0) if server.statuses else 201
                if status < 300:
                    graph = parse_qs(urlsplit(self.path).query)["graph"][0]
                    server.graphs[graph] = body
                self.send_response(status)
                self.send_header("Content-Length", "0")
                self.end_headers()

        self.httpd = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.httpd.daemon_threads = True
        self.url = f"http://127.0.0.1:{self.httpd.server_address[1]}/store"
        threading.Thread(target=self.httpd.serve_forever, daemon=True).start()

    def authorised(self, handler) -> bool:
        header = handler.headers.get("Authorization", "")
        if not self.digest:
            ok = header == "Basic " + base64.b64encode(f"{self.user}:{self.password}".encode()).decode()
        else:
            ok = self.digest_ok(header, handler.command)
        if not ok:
            handler.send_response(401)
            if self.digest:
                handler.send_header("WWW-Authenticate", 'Digest realm="kg", nonce="n0nce", qop="auth", algorithm=MD5')
            handler.send_header("Content-Length", "0")
            handler.end_headers()
        return ok

    def digest_ok(self, header: str, method: str) -> bool:
        if not header.startswith("Digest "):
            return False
        f = dict(re.findall(r'(\w+)="?([^",]*)"?', header[7:]))
        md5 = lambda s: hashlib.md5(s.encode()).hexdigest()  # noqa: E731
        ha1 = md5(f"{self.user}:kg:{self.password}")
        ha2 = md5(f"{method}:{f.get('uri')}")
        want = md5(f"{ha1}:{f.get('nonce')}:{f.get('nc')}:{f.get('cnonce')}:{f.get('qop')}:{ha2}")
        return f.get("username") == self.user and f.get("response") == want

    def close(self):
        self.httpd.shutdown()
        self.httpd.server_close()


@pytest.fixture()
def server_factory():
    servers = []

    def make(**kw):
        servers.append(GraphStoreServer(**kw))
        return servers[-1]
    yield make
    for s in servers:
        s.close()


def test_closed_port_is_retried_with_backoff_then_fails(free_port, fixture_trig):
    sleep = Recorder()
    ep = Endpoint(f"http://127.0.0.1:{free_port}/store", retries=3, backoff=0.25, timeout=2)
    with pytest.raises(StoreError, match=r"failed after 4 attempts: .*refused"):
        load_files_remote([fixture_trig], ep, client=GraphStoreClient(ep, sleep=sleep))
    assert sleep.sleeps == [0.25, 0.5, 1.0]


def test_server_errors_are_retried_until_the_put_succeeds(server_factory, fixture_trig, fixture_documents):
    srv = server_factory(statuses=[503, 500])
    sleep = Recorder()
    ep = Endpoint(srv.url, retries=3, backoff=0.1)
    report = load_files_remote([fixture_trig], ep, client=GraphStoreClient(ep, sleep=sleep))
    assert sleep.sleeps == [0.1, 0.2]
    # two refused attempts, then one PUT per document graph
    assert report.graphs == len(fixture_documents) and len(srv.requests) == 2 + len(fixture_documents)
    docs = {f"https://w3id.org/shabaka/id/doc/{d}" for d in fixture_documents}
    assert set(srv.graphs) == docs
    sent = sum(len(list(parse(body, RdfFormat.TURTLE))) for body in srv.graphs.values())
    in_file = len({(q.graph_name, q.triple) for q in parse(path=str(fixture_trig))})
    assert sent == report.triples == in_file
    method, path, headers, _ = srv.requests[-1]
    assert method == "PUT" and headers["Content-Type"].startswith("text/turtle")


def test_client_errors_fail_at_once(server_factory, fixture_trig):
    srv = server_factory(statuses=[400])
    sleep = Recorder()
    ep = Endpoint(srv.url, retries=3)
    with pytest.raises(StoreError, match="refused: HTTP 400"):
        load_files_remote([fixture_trig], ep, client=GraphStoreClient(ep, sleep=sleep))
    assert len(srv.requests) == 1 and sleep.sleeps == []


def test_timeouts_are_retried(server_factory, fixture_trig):
    srv = server_factory(delay=1.0)
    sleep = Recorder()
    ep = Endpoint(srv.url, retries=1, timeout=0.2, backoff=0.01)
    with pytest.raises(StoreError, match="failed after 2 attempts: timed out"):
        load_files_remote([fixture_trig], ep, client=GraphStoreClient(ep, sleep=sleep))
    assert sleep.sleeps == [0.01]


@pytest.mark.parametrize("digest", [False, True], ids=["basic", "digest"])
def test_authentication(server_factory, fixture_trig, fixture_documents, digest):
    srv = server_factory(user="dba", password="s3cret", digest=digest)
    auth = "digest" if digest else "basic"
    good = Endpoint(srv.url, user="dba", password="s3cret", auth=auth)
    assert load_files_remote([fixture_trig], good).graphs == len(fixture_documents) >= 2
    bad = Endpoint(srv.url, user="dba", password="wrong", auth=auth, retries=0)
    with pytest.raises(StoreError, match="HTTP 401"):
        load_files_remote([fixture_trig], bad)


def test_graph_option_names_the_graph_of_triple_files(server_factory, tmp_path):
    ttl = tmp_path / "a.ttl"
    ttl.write_text("<http://e/a> <http://e/p> <http://e/b> .\n", encoding="utf-8")
    srv = server_factory()
    load_files_remote([ttl], Endpoint(srv.url), graph=NamedNode("http://e/g"))
    assert list(srv.graphs) == ["http://e/g"]


@pytest.mark.parametrize("kw", [dict(url="ftp://x/store"), dict(url="http://h/s", auth="ntlm"),
                                dict(url="http://h/s", user="u"), dict(url="http://h/s", retries=-1)])
def test_bad_endpoint_settings_are_usage_errors(kw):
    with pytest.raises(UsageError):
        Endpoint(**kw)


def test_cli_exits_1_with_one_error_line_when_loading_finally_fails(capsys, free_port, fixture_trig):
    code = main(["load", "--endpoint", f"http://127.0.0.1:{free_port}/store", "--retries", "1",
                 "--timeout", "2", str(fixture_trig)])
    err = capsys.readouterr().err.strip().splitlines()
    assert code == 1
    assert err[0].startswith("kg: PUT <") and "retry 1/1" in err[0]
    assert err[-1].startswith(f"kg: error: http://127.0.0.1:{free_port}/store: PUT <")
    assert "failed after 2 attempts" in err[-1]

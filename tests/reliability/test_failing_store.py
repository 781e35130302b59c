"""Failing stores: the real ``kg load --endpoint`` against a real ``oxigraph serve`` that
refuses connections, answers 500, never answers, or is killed mid-load.  Each gives
retries with backoff, then one clear error line and exit 1; once the server is back,
loading again gives the complete graph exactly once (per-graph triple counts and a
query).  The client's retry logic itself is unit-tested in tests/store/test_remote.py."""
from __future__ import annotations

import re
import subprocess
import time
from collections import Counter

import pytest
from pyoxigraph import NamedNode, Quad, RdfFormat, parse, serialize

pytestmark = pytest.mark.server

# The loaded graphs; kg load also has the server recompute its facts graph (kg.store.facts).
COUNT_GRAPHS = ("SELECT ?g (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } "
                "FILTER (?g != <https://w3id.org/shabaka/id/graph/facts>) } GROUP BY ?g")
IRAN_LABELS = """SELECT ?g ?label WHERE { GRAPH ?g {
  <https://w3id.org/shabaka/id/entity/iran> <http://www.w3.org/2000/01/rdf-schema#label> ?label } }"""


@pytest.fixture(scope="module")
def built_quads(corpus, tmp_path_factory, kg_process):
    """The quads of a real build of the seed and dev articles."""
    built = tmp_path_factory.mktemp("built") / "built.nq"
    run = kg_process("build", corpus, "-o", built, "--quiet")
    assert run.code == 0, run.err
    return list(parse(path=str(built), format=RdfFormat.N_QUADS))


def copied(quads, copies: int, path):
    """``quads`` with each document graph also copied under ``copies`` more names (so a
    load takes many requests), written as N-Quads; with the per-graph triple counts."""
    more = [Quad(q.subject, q.predicate, q.object, NamedNode(f"{q.graph_name.value}-copy{k}"))
            for k in range(copies) for q in quads]
    path.write_bytes(serialize(quads + more, format=RdfFormat.N_QUADS))
    return path, Counter(q.graph_name.value for q in set(quads + more))


@pytest.fixture(scope="module")
def graph_file(built_quads, tmp_path_factory):
    """About 50 document graphs."""
    return copied(built_quads, 4, tmp_path_factory.mktemp("graph") / "graph.nq")


@pytest.fixture(scope="module")
def big_graph_file(built_quads, tmp_path_factory):
    """About 300 document graphs: a load that runs long enough to be killed."""
    return copied(built_quads, 25, tmp_path_factory.mktemp("graph") / "big.nq")


def graph_counts(server) -> Counter:
    return Counter({r["g"]: int(r["n"]) for r in server.query(COUNT_GRAPHS)})


def assert_complete_once(server, expected: Counter) -> None:
    assert graph_counts(server) == expected
    labels = Counter((r["g"], r["label"]) for r in server.query(IRAN_LABELS))
    iran_graphs = {g for g, _ in labels}
    assert iran_graphs and all(n == 1 for n in labels.values())
    # Every copy of a document carries the same labels as the original.
    per_graph = {g: sorted(l for h, l in labels if h == g) for g in iran_graphs}
    assert len({tuple(v) for v in per_graph.values()}) == 1


def assert_retried_then_failed(code: int, err: str, attempts: int, reason: str,
                               backoff: float = 0.5) -> None:
    lines = [l for l in err.splitlines() if l.strip()]
    assert code == 1, err
    assert "Traceback" not in err
    delays = [float(m.group(1)) for l in lines if (m := re.search(r"retry \d+/\d+ in ([\d.]+) s", l))]
    assert delays == [backoff * 2 ** i for i in range(attempts - 1)], err
    errors = [l for l in lines if l.startswith("kg: error:")]
    assert len(errors) == 1 and f"failed after {attempts} attempts" in errors[0] and reason in errors[0], err


@pytest.fixture
def load(kg_process):
    def run(url: str, path, *options, timeout=300):
        started = time.monotonic()
        result = kg_process("load", "--endpoint", url + "/store", *options, path, timeout=timeout)
        return result, time.monotonic() - started
    return run


def test_failing_store_refusing_connections_then_back(oxigraph, graph_file, load):
    path, expected = graph_file
    server = oxigraph()                                   # not started: the port refuses
    run, seconds = load(server.url, path, "--retries", "2", "--timeout", "5")
    assert_retried_then_failed(run.code, run.err, 3, "refused")
    assert seconds >= 0.5 + 1.0                           # the backoff really waited
    server.start()
    run, _ = load(server.url, path, "--quiet")
    assert run.code == 0, run.err
    assert_complete_once(server, expected)


def test_failing_store_answering_500_is_retried_through(oxigraph, failing_proxy, graph_file, load):
    path, expected = graph_file
    server = oxigraph().start()
    proxy = failing_proxy(server.url, failures=2, start=5)   # the 5th and 6th requests fail
    run, _ = load(proxy.url, path, "--retries", "3")
    assert run.code == 0, run.err
    assert [l for l in run.err_lines if "HTTP 500" in l and "retry" in l] and proxy.failed == 2
    assert_complete_once(server, expected)


def test_failing_store_answering_500_too_often_fails_then_reload_completes(oxigraph, failing_proxy,
                                                                           graph_file, load):
    path, expected = graph_file
    server = oxigraph().start()
    proxy = failing_proxy(server.url, failures=3, start=30)  # fails mid-load, beyond 2 retries
    run, _ = load(proxy.url, path, "--retries", "2")
    assert_retried_then_failed(run.code, run.err, 3, "HTTP 500")
    partial = graph_counts(server)
    assert 0 < len(partial) < len(expected)
    assert all(expected[g] == n for g, n in partial.items())  # graphs sent are whole
    run, _ = load(proxy.url, path, "--quiet")                 # the server is back
    assert run.code == 0, run.err
    assert_complete_once(server, expected)


def test_failing_store_never_answering_times_out_then_back(oxigraph, silent_server, graph_file, load):
    path, expected = graph_file
    run, seconds = load(silent_server.url, path, "--retries", "1", "--timeout", "1")
    assert_retried_then_failed(run.code, run.err, 2, "timed out")
    assert silent_server.accepted == 2 and seconds >= 2 * 1 + 0.5
    port = int(silent_server.url.rsplit(":", 1)[1])
    silent_server.close()
    server = oxigraph(port).start()                           # the same URL, now answering
    run, _ = load(server.url, path, "--quiet")
    assert run.code == 0, run.err
    assert_complete_once(server, expected)


def test_failing_store_killed_mid_load_then_back(oxigraph, big_graph_file, load, kg_binary):
    path, expected = big_graph_file
    server = oxigraph().start()
    loader = subprocess.Popen([kg_binary, "load", "--endpoint", server.url + "/store", "--retries", "2",
                               "--timeout", "5", str(path)], stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    try:
        deadline = time.monotonic() + 120
        while len(graph_counts(server)) < 20:
            assert loader.poll() is None, "the load finished before the server could be killed"
            assert time.monotonic() < deadline
            time.sleep(0.02)
        server.kill()                                          # SIGKILL mid-load
        out, err = loader.communicate(timeout=120)
    finally:
        if loader.poll() is None:
            loader.kill()
    assert_retried_then_failed(loader.returncode, err.decode(), 3, "refused")
    server.start()                                             # same folder, same port
    partial = graph_counts(server)
    assert 20 <= len(partial) < len(expected)
    assert all(expected[g] == n for g, n in partial.items())   # each PUT landed whole or not at all
    run, _ = load(server.url, path, "--quiet")
    assert run.code == 0, run.err
    assert_complete_once(server, expected)

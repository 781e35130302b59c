"""A real `oxigraph serve` (through kg serve) loaded with kg load --endpoint."""
from __future__ import annotations

import socket
import subprocess
import sys
import time
import urllib.parse
import urllib.request
from collections import Counter
from pathlib import Path

import pytest
from pyoxigraph import QueryResultsFormat, parse, parse_query_results

from kg.cli import main
from kg.query import load_folder
from kg.query.engines import OxigraphEngine

pytestmark = pytest.mark.server
QUERIES = Path(__file__).resolve().parents[2] / "queries"
FACTS = "https://w3id.org/shabaka/id/graph/facts"
# The loaded graphs; the facts graph kg load has the server recompute is checked apart.
COUNT_GRAPHS = ("SELECT ?g (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } FILTER (?g != <%s>) } "
                "GROUP BY ?g" % FACTS)


def wait_for_port(port: int, proc: subprocess.Popen, seconds: float = 30.0) -> None:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if proc.poll() is not None:
            raise AssertionError(f"server exited: {proc.stderr.read()}")
        try:
            with socket.create_connection(("127.0.0.1", port), timeout=0.5):
                return
        except OSError:
            time.sleep(0.1)
    raise AssertionError("server did not start listening")


@pytest.fixture()
def server(tmp_path, free_port):
    """kg serve --writable over an empty store on a free loopback port; stopped after the test."""
    proc = subprocess.Popen(
        [sys.executable, "-c", "from kg.cli import run; run()", "serve", "--store",
         str(tmp_path / "store"), "--bind", f"127.0.0.1:{free_port}", "--writable"],
        stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    try:
        wait_for_port(free_port, proc)
        yield f"http://127.0.0.1:{free_port}"
    finally:
        proc.terminate()
        proc.wait(timeout=10)
        proc.stdout.close()
        proc.stderr.close()


def sparql(base: str, query: str):
    data = urllib.parse.urlencode({"query": query}).encode()
    req = urllib.request.Request(base + "/query", data=data,
                                 headers={"Accept": "application/sparql-results+json"})
    with urllib.request.urlopen(req, timeout=30) as resp:
        return parse_query_results(resp.read(), QueryResultsFormat.JSON)


def canonical(rows, names):
    return sorted(tuple("" if r[n] is None else str(r[n]) for n in names) for r in rows)


def file_graph_counts(*paths) -> Counter:
    seen = {}
    for path in paths:
        for q in parse(path=str(path)):
            seen.setdefault(q.graph_name.value, set()).add(q.triple)
    return Counter({g: len(t) for g, t in seen.items()})


def test_load_into_a_real_server_and_query_it(server, capsys, seed_trig, fixture_trig):
    argv = ["load", "--endpoint", server + "/store", str(seed_trig), str(fixture_trig)]
    assert main(argv) == 0, capsys.readouterr().err
    expected = file_graph_counts(seed_trig, fixture_trig)
    got = Counter({sol["g"].value: int(sol["n"].value) for sol in sparql(server, COUNT_GRAPHS)})
    assert got == expected
    supports = sparql(server, "SELECT ?b WHERE { GRAPH <%s> { ?b "
                              "<https://w3id.org/shabaka/ontology#supports> ?x } }" % FACTS)
    assert "https://w3id.org/shabaka/id/entity/iran" in {s["b"].value for s in supports}

    assert main(argv) == 0
    again = Counter({sol["g"].value: int(sol["n"].value) for sol in sparql(server, COUNT_GRAPHS)})
    assert again == expected, "loading again replaces the graphs (PUT), no duplicates"

    leaders = (QUERIES / "leaders_spokespeople_officials.rq").read_text(encoding="utf-8")
    rows = {(s["organization"].value.rsplit("/", 1)[1], s["person"].value.rsplit("/", 1)[1])
            for s in sparql(server, leaders)}
    assert ("nujaba", "kaabi") in rows and ("houthis", "saree") in rows


def test_every_library_query_answers_the_same_through_the_server(server, seed_trig, fixture_trig):
    assert main(["load", "--endpoint", server + "/store", str(seed_trig), str(fixture_trig)]) == 0
    local = OxigraphEngine.from_file(fixture_trig)
    local.store.load(path=str(seed_trig))
    for q in load_folder(QUERIES):
        remote = sparql(server, q.text)
        names = [v.value for v in remote.variables]
        mine = local.run(q.text, {})  # no parameters: the server cannot bind them
        assert names == mine.variables, q.name
        assert canonical(remote, names) == sorted(
            tuple("" if t is None else str(t) for t in row) for row in mine.rows), q.name

"""kg load --store, kg remove, kg build --store and kg serve's checks, on real folders."""
from __future__ import annotations

import subprocess
import sys

from kg.cli import main
from kg.rdf.iris import document_iri
from kg.store import open_store


def run(capsys, *argv):
    code = main([str(a) for a in argv])
    out, err = capsys.readouterr()
    return code, out, err


def test_load_query_remove_round_trip(capsys, tmp_path, fixture_trig, fixture_documents):
    store = tmp_path / "store"
    code, out, err = run(capsys, "load", "--store", store, fixture_trig)
    assert code == 0, err
    assert f"into {len(fixture_documents)} graph(s)" in out and "fx_ar" in fixture_documents
    # DISTINCT: the union of a store's graphs holds the fact in fx_ar's graph and in the
    # facts graph (kg.store.facts), and Oxigraph returns one row per copy.
    code, out, err = run(capsys, "query", "SELECT DISTINCT ?who WHERE { ?who kgo:leaderOf ent:nujaba }",
                         "--store", store, "--format", "csv")
    assert code == 0 and out.splitlines() == ["who", "https://w3id.org/shabaka/id/entity/kaabi"]

    code, out, err = run(capsys, "remove", "--store", store, "fx_ar")
    assert code == 0 and out.startswith("removed fx_ar (")
    code, out, err = run(capsys, "query", "SELECT DISTINCT ?who WHERE { ?who kgo:leaderOf ent:nujaba }",
                         "--store", store, "--format", "csv")
    assert out.splitlines() == ["who"], "the fact came only from fx_ar, and left the facts graph with it"
    with open_store(store) as st:
        assert st.documents() == [d for d in fixture_documents if d != "fx_ar"]


def test_remove_of_a_missing_document_removes_nothing(capsys, tmp_path, fixture_trig, fixture_documents):
    store = tmp_path / "store"
    run(capsys, "load", "--store", store, fixture_trig)
    code, out, err = run(capsys, "remove", "--store", store, "fx_ar", "no_such_doc")
    assert code == 1 and "no document no_such_doc" in err and "nothing removed" in err
    with open_store(store) as st:
        assert st.documents() == fixture_documents
    code, out, err = run(capsys, "remove", "--store", tmp_path / "nowhere", "fx_ar")
    assert code == 1 and "no Oxigraph store" in err


def test_build_into_a_store_twice_keeps_one_copy(capsys, tmp_path, article_dir):
    store = tmp_path / "store"
    assert run(capsys, "build", article_dir, "--store", store, "-q")[0] == 0
    with open_store(store) as st:
        first = st.graph_sizes()
    assert run(capsys, "build", article_dir, "--store", store, "-q")[0] == 0
    with open_store(store) as st:
        assert st.graph_sizes() == first
        assert list(first) == [document_iri("story")]


def test_store_commands_report_a_locked_store(capsys, tmp_path, fixture_trig):
    store = tmp_path / "store"
    run(capsys, "load", "--store", store, fixture_trig)
    holder = subprocess.Popen(
        [sys.executable, "-c", "import sys; from pyoxigraph import Store; s = Store(sys.argv[1]); "
                               "print('ready', flush=True); sys.stdin.read()", str(store)],
        stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True)
    try:
        assert holder.stdout.readline().strip() == "ready"
        for argv in (["load", "--store", store, fixture_trig],
                     ["query", "SELECT * WHERE { ?s ?p ?o }", "--store", store],
                     ["remove", "--store", store, "fx_ar"],
                     ["serve", "--store", store, "--bind", "127.0.0.1:1"]):
            code, out, err = run(capsys, *argv)
            assert code == 1, argv
            assert "in use by another process" in err and "Traceback" not in err
    finally:
        holder.communicate("")


def test_load_usage_errors(capsys, tmp_path, fixture_trig):
    assert run(capsys, "load", fixture_trig)[0] == 2
    assert run(capsys, "load", "--store", tmp_path / "s", "--endpoint", "http://x/", fixture_trig)[0] == 2
    code, out, err = run(capsys, "load", "--store", tmp_path / "s", tmp_path / "missing.ttl")
    assert code == 2 and "missing.ttl: no such file" in err
    bad = tmp_path / "graph.xyz"
    bad.write_text("x", encoding="utf-8")
    code, out, err = run(capsys, "load", "--store", tmp_path / "s", bad)
    assert code == 2 and "cannot load '.xyz'" in err
    code, out, err = run(capsys, "serve", "--store", tmp_path / "s", "--bind", "7878")
    assert code == 2 and "HOST:PORT" in err

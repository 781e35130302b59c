"""The embedded on-disk store: one graph per document, replaced whole (kg.store.embedded)."""
from __future__ import annotations

import subprocess
import sys
from collections import Counter

import pytest
from pyoxigraph import DefaultGraph, Literal, NamedNode, Quad, parse

from kg.build import build
from kg.errors import InputError, StoreError
from kg.rdf.iris import document_iri
from kg.store import file_graph_iri, open_store
from kg.vocab import ID, RDFS


def graph_counts(store) -> Counter:
    return Counter({g: n for g, n in store.graph_sizes().items()})


def file_counts(path) -> Counter:
    """Distinct triples per graph in a file, read with pyoxigraph's parser."""
    seen = {}
    for q in parse(path=str(path)):
        seen.setdefault(q.graph_name, set()).add(q.triple)
    return Counter({g: len(t) for g, t in seen.items()})


def triples(store, graph):
    return {q.triple for q in store.oxigraph.quads_for_pattern(None, None, None, graph)}


def q(s, o):
    return Quad(ID["entity/" + s], RDFS.label, Literal(o))


def test_replace_document_twice_leaves_no_duplicates(tmp_path):
    with open_store(tmp_path / "s") as st:
        quads = [q("a", "A"), q("b", "B"), q("a", "A")]
        st.replace_document("d1", quads)
        st.replace_document("d1", quads)
        assert st.count(document_iri("d1")) == 2
        assert st.count() == 2
        assert st.documents() == ["d1"]


def test_replacing_an_edited_document_leaves_no_stale_facts(tmp_path):
    with open_store(tmp_path / "s") as st:
        st.replace_document("d1", [q("a", "A"), q("b", "B")])
        st.replace_document("d2", [q("a", "A"), q("c", "C")])
        st.replace_document("d1", [q("a", "A2")])
        assert triples(st, document_iri("d1")) == {q("a", "A2").triple}
        assert triples(st, document_iri("d2")) == {q("a", "A").triple, q("c", "C").triple}
        assert st.count() == 3


def test_quads_are_moved_into_the_document_graph(tmp_path):
    with open_store(tmp_path / "s") as st:
        st.replace_document("d1", [Quad(ID["entity/a"], RDFS.label, Literal("A"), NamedNode("http://elsewhere/g"))])
        assert st.graph_sizes() == {document_iri("d1"): 1}


def test_remove_document_drops_only_its_graph(tmp_path):
    with open_store(tmp_path / "s") as st:
        st.replace_document("d1", [q("a", "A"), q("b", "B")])
        st.replace_document("d2", [q("a", "A")])
        assert st.remove_document("d1") == 2
        assert st.remove_document("d1") == 0
        assert st.documents() == ["d2"]
        assert st.count() == 1


def test_rebuilding_an_edited_article_equals_a_fresh_build(tmp_path, article_dir, article_text):
    store_dir = tmp_path / "store"
    with open_store(store_dir) as st:
        build([article_dir], store=st)
        first = triples(st, document_iri("story"))
    assert any("houthis" in str(t.subject) for t in first), "the article mentions the Houthis"

    (article_dir / "story.md").write_text(article_text.replace("أعلنت إيران دعمها للحوثيين في اليمن.\n", ""),
                                          encoding="utf-8")
    with open_store(store_dir) as st:
        build([article_dir], store=st)
        rebuilt = triples(st, document_iri("story"))
        assert st.documents() == ["story"]
    with open_store(tmp_path / "fresh") as fresh:
        build([article_dir], store=fresh)
        assert rebuilt == triples(fresh, document_iri("story"))
    assert not any("houthis" in str(t.subject) for t in rebuilt)


def test_load_files_keeps_named_graphs_and_replaces_them(tmp_path, fixture_trig, seed_trig):
    with open_store(tmp_path / "s") as st:
        report = st.load_files([fixture_trig, seed_trig])
        expected = file_counts(fixture_trig) + file_counts(seed_trig)
        assert graph_counts(st) == expected
        assert report.files == 2 and len(report.graphs) == len(expected)
        st.load_files([fixture_trig, seed_trig])
        assert graph_counts(st) == expected, "loading again must not duplicate anything"


def test_load_files_replaces_a_graph_with_its_new_content(tmp_path, fixture_trig):
    edited = tmp_path / "edited.trig"
    doc = document_iri("fx_ar")
    kept = [x for x in parse(path=str(fixture_trig)) if x.graph_name == doc][:5]
    edited.write_bytes(b"".join(str(x).encode() + b" .\n" for x in kept))
    edited = edited.rename(tmp_path / "edited.nq")
    with open_store(tmp_path / "s") as st:
        st.load_files([fixture_trig])
        st.load_files([edited])
        assert triples(st, doc) == {x.triple for x in kept}
        assert st.count(document_iri("fx_en")) == file_counts(fixture_trig)[document_iri("fx_en")]


def test_triple_files_go_to_one_graph_per_file(tmp_path):
    ttl = tmp_path / "extra.ttl"
    ttl.write_text('<http://e/a> <http://e/p> "1" .\n<http://e/a> <http://e/p> "2" .\n', encoding="utf-8")
    with open_store(tmp_path / "s") as st:
        st.load_files([ttl])
        assert st.graph_sizes() == {file_graph_iri(ttl): 2}
        ttl.write_text('<http://e/a> <http://e/p> "3" .\n', encoding="utf-8")
        st.load_files([ttl])
        assert st.graph_sizes() == {file_graph_iri(ttl): 1}
        st.load_files([ttl], graph=NamedNode("http://e/g"))
        assert st.count(NamedNode("http://e/g")) == 1
        assert st.count(DefaultGraph()) == 0


def test_a_bad_file_leaves_the_store_unchanged(tmp_path, fixture_trig):
    bad = tmp_path / "bad.ttl"
    bad.write_text("<http://e/a> <http://e/p> .\n", encoding="utf-8")
    with open_store(tmp_path / "s") as st:
        st.load_files([fixture_trig])
        before = graph_counts(st)
        with pytest.raises(InputError, match=r"bad\.ttl: invalid"):
            st.load_files([fixture_trig, bad])
        assert graph_counts(st) == before


def test_second_process_gets_a_clear_lock_error(tmp_path):
    path = tmp_path / "s"
    holder = subprocess.Popen(
        [sys.executable, "-c", "import sys; from pyoxigraph import Store; s = Store(sys.argv[1]); "
                               "print('ready', flush=True); sys.stdin.read()", str(path)],
        stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True)
    try:
        assert holder.stdout.readline().strip() == "ready"
        with pytest.raises(StoreError, match="in use by another process"):
            open_store(path)
    finally:
        holder.communicate("")
    open_store(path).close()


def test_close_releases_the_store(tmp_path):
    st = open_store(tmp_path / "s")
    st.replace_document("d1", [q("a", "A")])
    st.close()
    with open_store(tmp_path / "s") as again:
        assert again.count() == 1
    with pytest.raises(StoreError, match="closed"):
        st.count()


def test_open_without_create_needs_an_existing_store(tmp_path):
    with pytest.raises(StoreError, match="no Oxigraph store"):
        open_store(tmp_path / "missing", create=False)
    assert not (tmp_path / "missing").exists()


def test_count_of_a_graph_matches_its_quads(tmp_path):
    """count(graph) is answered by the store; it must agree with the graph's own quads."""
    with open_store(tmp_path / "s") as st:
        ox = st.oxigraph
        ox.add(Quad(NamedNode("http://e/a"), NamedNode("http://e/p"), Literal("x"), DefaultGraph()))
        for i in range(3):
            ox.add(Quad(NamedNode("http://e/a"), NamedNode("http://e/p"), Literal(str(i)),
                        NamedNode("http://e/g")))
        assert st.count(DefaultGraph()) == 1
        assert st.count(NamedNode("http://e/g")) == 3
        assert st.count(NamedNode("http://e/none")) == 0
        assert st.count() == 4

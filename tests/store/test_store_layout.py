"""The facts graph's layout stamp (kg.store.layout): a store written by an older version,
whose facts graph lacks later summaries, is recomputed on open and then answers as a fresh
one; a current store is not; a read-only open says in one line what to run."""
from __future__ import annotations

import pytest
from pyoxigraph import Quad, RdfFormat, Store, serialize

import kg.store.embedded as embedded
import kg.store.support as support
from kg.cli import main
from kg.errors import StoreError
from kg.query import load_query, open_store_engine, run_query
from kg.rdf.iris import document_iri
from kg.resources import data_dir
from kg.store import open_store
from kg.store.facts import whole_update
from kg.store.layout import stamp_update, stored_layout
from kg.store.summaries import LAYOUT
from kg.vocab import FACTS_GRAPH, ID, KGO, RDF

HOUTHIS, CONVOY, NAVY = ID["entity/houthis"], ID["entity/convoy_q"], ID["entity/navy_q"]
HOSTILE = load_query(data_dir("queries") / "hostile_relations.rq")


def documents() -> dict[str, list[Quad]]:
    """Two documents: attacks by the Houthis on a convoy and a navy, and what they are."""
    d1 = []
    for i, target in enumerate((CONVOY, CONVOY, CONVOY, NAVY)):
        node = ID[f"attack/lq{i}"]
        d1 += [Quad(node, KGO.attacker, HOUTHIS), Quad(node, KGO.target, target)]
    d2 = [Quad(CONVOY, RDF.type, KGO.SecurityForces), Quad(HOUTHIS, KGO.opposes, NAVY)]
    return {"d1": d1, "d2": d2}


def build(path) -> None:
    with open_store(path) as st:
        for doc, quads in documents().items():
            st.replace_document(doc, quads)


def answer(path, limit=None, read_only=False, trusted=False) -> list[tuple]:
    engine = open_store_engine(path, read_only=read_only)
    if trusted:
        engine.facts_ready = True  # as before the stamp: the facts graph taken as it is
    try:
        return run_query(HOSTILE, engine, limit=limit).rows
    finally:
        engine.close()


def make_older(path, stamp: int | None) -> None:
    """The store as an older version left it: no hostility flag, no pair counts (the
    summaries of a later round), and an older stamp or none."""
    with open_store(path) as st:
        ox = st.oxigraph
        for p in (KGO.hostileAttackCount, KGO.pairAttackCount):
            for q in list(ox.quads_for_pattern(None, p, None, FACTS_GRAPH)):
                ox.remove(q)
        if stamp is None:
            ox.remove(Quad(FACTS_GRAPH, KGO.factsLayout, next(ox.quads_for_pattern(
                FACTS_GRAPH, KGO.factsLayout, None, FACTS_GRAPH)).object, FACTS_GRAPH))
        else:
            ox.update(stamp_update(stamp))


@pytest.fixture()
def recomputations(monkeypatch):
    """How many times a store recomputed its facts graph whole."""
    calls = []
    real = embedded.add_facts
    for module in (embedded, support):  # an open's, a bulk load's
        monkeypatch.setattr(module, "add_facts", lambda store: (calls.append(1), real(store)))
    return calls


@pytest.fixture()
def fresh(tmp_path):
    path = tmp_path / "fresh"
    build(path)
    return answer(path), answer(path, limit=1)


def test_a_new_store_is_stamped_by_each_way_of_writing(tmp_path):
    build(tmp_path / "a")
    with open_store(tmp_path / "a") as st:
        assert stored_layout(st.oxigraph) == LAYOUT and st.facts_current()
    path = tmp_path / "d.nq"
    path.write_bytes(serialize([Quad(q.subject, q.predicate, q.object, document_iri(d))
                                for d, qs in documents().items() for q in qs], format=RdfFormat.N_QUADS))
    with open_store(tmp_path / "b") as st:
        st.load_files([path])
        assert stored_layout(st.oxigraph) == LAYOUT
    memory = Store()  # what a remote store and a graph file get
    memory.extend(Quad(q.subject, q.predicate, q.object, document_iri("d1")) for q in documents()["d1"])
    memory.update(whole_update())
    assert stored_layout(memory) == LAYOUT


@pytest.mark.parametrize("stamp", [None, LAYOUT - 1])
def test_an_older_store_is_recomputed_on_open_and_answers_as_a_fresh_one(tmp_path, fresh, recomputations, stamp):
    path = tmp_path / "old"
    build(path)
    make_older(path, stamp)
    with open_store(path) as st:
        assert not st.facts_current()
    # trusted as it is, it would answer wrong without a word
    assert answer(path, limit=1, trusted=True) != fresh[1]
    # the query opens it for writing: its first query of the facts graph recomputes it
    assert answer(path) == fresh[0] and answer(path, limit=1) == fresh[1]
    assert len(recomputations) == 1
    with open_store(path) as st:
        assert stored_layout(st.oxigraph) == LAYOUT
    make_older(path, stamp)
    with open_store(path) as st:  # kg serve's open
        st.ensure_facts()
    assert len(recomputations) == 2 and answer(path, limit=1) == fresh[1]


def test_an_older_store_is_recomputed_by_a_bulk_load(tmp_path, fresh, recomputations):
    path = tmp_path / "old"
    build(path)
    make_older(path, LAYOUT - 1)
    extra = tmp_path / "e.nq"
    extra.write_bytes(serialize([Quad(ID["entity/other"], RDF.type, KGO.State, document_iri("e"))],
                                format=RdfFormat.N_QUADS))
    with open_store(path) as st:
        st.load_files([extra])
        assert stored_layout(st.oxigraph) == LAYOUT
    assert len(recomputations) == 1 and answer(path) == fresh[0]


def test_a_change_of_some_documents_leaves_an_older_stamp_as_it_is(tmp_path):
    path = tmp_path / "old"
    build(path)
    make_older(path, None)
    with open_store(path) as st:
        st.replace_document("d3", [Quad(NAVY, RDF.type, KGO.State)])
        st.remove_document("d3")
        assert stored_layout(st.oxigraph) is None and not st.facts_current()


def test_a_current_store_is_not_recomputed(tmp_path, fresh, recomputations):
    path = tmp_path / "s"
    build(path)
    with open_store(path) as st:
        st.ensure_facts()
        st.load_files([])  # a load's delta: counted, not recomputed
    assert answer(path) == fresh[0] and answer(path, read_only=True) == fresh[0]
    assert recomputations == []


def test_a_read_only_open_of_an_older_store_says_what_to_run(tmp_path, capsys, fresh):
    path = tmp_path / "old"
    build(path)
    make_older(path, LAYOUT - 1)
    with pytest.raises(StoreError, match="kg refresh --store"):
        answer(path, read_only=True)
    code = main(["query", "hostile_relations", "--store", str(path), "--read-only"])
    out, err = capsys.readouterr()
    assert code == 1 and len(err.strip().splitlines()) == 1 and "Traceback" not in err
    assert f"layout {LAYOUT - 1}" in err and f"kg refresh --store {path}" in err
    with open_store(path) as st:  # nothing was written
        assert stored_layout(st.oxigraph) == LAYOUT - 1
    assert main(["refresh", "--store", str(path)]) == 0
    assert "recomputed" in capsys.readouterr().out
    assert answer(path, read_only=True) == fresh[0]
    assert main(["refresh", "--store", str(path)]) == 0
    assert "already current" in capsys.readouterr().out

"""The clash links of the facts graph (attacks of class kgo:ArmedClash, or whose attacker is
also their target) stay exact under replace, remove and load (kg.store.summaries)."""
from __future__ import annotations

from pyoxigraph import Literal, Quad, Store

from kg.rdf.iris import document_iri
from kg.store import open_store
from kg.store.summaries import clash_update
from kg.vocab import FACTS_GRAPH, ID, KGO, RDF

from tests.store.summary_stores import recomputed, write_document

HOUTHIS, ARMY = ID["entity/houthis"], ID["entity/army_x"]


def node(name: str):
    return ID[f"attack/{name}"]


def fight(name: str, *sides) -> list[Quad]:
    """An attack whose sides are each named as attacker and as target."""
    quads = [Quad(node(name), KGO.eventCode, Literal("190"))]
    for side in sides:
        quads += [Quad(node(name), KGO.attacker, side), Quad(node(name), KGO.target, side)]
    return quads


def clashes(store: Store) -> set[str]:
    """The names of the attacks linked as clashes."""
    return {q.object.value.rsplit("/", 1)[1]
            for q in store.quads_for_pattern(None, KGO.clashAttack, None, FACTS_GRAPH)}


def test_clash_links_follow_replace_remove_and_load(tmp_path):
    with open_store(tmp_path / "s") as st:
        one_way = [Quad(node("c2"), KGO.attacker, HOUTHIS), Quad(node("c2"), KGO.target, ARMY)]
        st.replace_document("d1", fight("c1", HOUTHIS, ARMY) + one_way)
        assert clashes(st.oxigraph) == {"c1"}
        # another graph names the army as an attacker of c2 too: its two sides fought
        st.replace_document("d2", [Quad(node("c2"), KGO.attacker, ARMY)])
        assert clashes(st.oxigraph) == {"c1", "c2"}
        st.remove_document("d2")
        assert clashes(st.oxigraph) == {"c1"}
        # a clash by its class alone, the class stated in a graph of its own
        st.replace_document("d1", one_way)
        st.replace_document("d4", [Quad(node("c2"), RDF.type, KGO.ArmedClash)])
        assert clashes(st.oxigraph) == {"c2"}
        path = tmp_path / "d3.nq"
        write_document(path, "d3", fight("c3", ARMY))
        st.load_files([path])
        assert clashes(st.oxigraph) == {"c2", "c3"}
        memory = recomputed(st.oxigraph)
        assert clashes(memory) == clashes(st.oxigraph)
        st.remove_document("d4")
        st.remove_document("d3")
        assert clashes(st.oxigraph) == set()


def test_an_update_of_some_attacks_leaves_the_others():
    store = Store()
    g = document_iri("d1")
    store.extend(Quad(q.subject, q.predicate, q.object, g) for q in fight("c1", HOUTHIS) + fight("c2", ARMY))
    store.update(clash_update([node("c1")]))
    assert clashes(store) == {"c1"}
    store.remove_graph(g)
    store.update(clash_update([node("c2")]))  # gone: still none; c1 untouched
    assert clashes(store) == {"c1"}
    store.update(clash_update(None))
    assert clashes(store) == set()

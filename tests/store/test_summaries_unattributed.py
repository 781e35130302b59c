"""The unattributed-attack links of the facts graph (attacks that name no attacker in any
graph) stay exact under replace, remove and load (kg.store.summaries)."""
from __future__ import annotations

from pyoxigraph import Literal, Quad, Store

from kg.rdf.iris import document_iri
from kg.store import open_store
from kg.store.summaries import unattributed_update
from kg.vocab import FACTS_GRAPH, ID, KGO

from tests.store.summary_stores import recomputed, write_document

HOUTHIS, PORT = ID["entity/houthis"], ID["entity/port_x"]


def attack(name: str, attacker=None) -> list[Quad]:
    node = ID[f"attack/{name}"]
    quads = [Quad(node, KGO.eventCode, Literal("190")), Quad(node, KGO.place, PORT)]
    if attacker is not None:
        quads.append(Quad(node, KGO.attacker, attacker))
    return quads


def unattributed(store: Store) -> set[str]:
    """The names of the attacks linked as unattributed."""
    return {q.object.value.rsplit("/", 1)[1]
            for q in store.quads_for_pattern(None, KGO.unattributedAttack, None, FACTS_GRAPH)}


def test_unattributed_links_follow_replace_remove_and_load(tmp_path):
    with open_store(tmp_path / "s") as st:
        st.replace_document("d1", attack("u1") + attack("u2", HOUTHIS))
        assert unattributed(st.oxigraph) == {"u1"}
        # another graph names an attacker of u1 (the same report loaded under another name)
        st.replace_document("copy", attack("u1", HOUTHIS))
        assert unattributed(st.oxigraph) == set()
        st.remove_document("copy")
        assert unattributed(st.oxigraph) == {"u1"}
        st.replace_document("d1", attack("u1", HOUTHIS) + attack("u2"))
        assert unattributed(st.oxigraph) == {"u2"}
        path = tmp_path / "d3.nq"
        write_document(path, "d3", attack("u3"))
        st.load_files([path])
        assert unattributed(st.oxigraph) == {"u2", "u3"}
        memory = recomputed(st.oxigraph)
        assert unattributed(memory) == unattributed(st.oxigraph)
        st.remove_document("d1")
        st.remove_document("d3")
        assert unattributed(st.oxigraph) == set()


def test_an_update_of_some_attacks_leaves_the_others():
    store = Store()
    g = document_iri("d1")
    store.extend(Quad(q.subject, q.predicate, q.object, g) for q in attack("u1") + attack("u2"))
    store.update(unattributed_update([ID["attack/u1"]]))
    assert unattributed(store) == {"u1"}
    store.remove_graph(g)
    store.update(unattributed_update([ID["attack/u2"]]))  # gone: still none; u1 untouched
    assert unattributed(store) == {"u1"}
    store.update(unattributed_update(None))
    assert unattributed(store) == set()

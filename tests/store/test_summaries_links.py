"""The neighbour set of the facts graph (kgo:linkedWith: what actors_within_hops follows)
keeps every link between two entities once under replace, remove and bulk load, and equals
a whole recomputation (kg.store.summary_links)."""
from __future__ import annotations

from pyoxigraph import Quad, Store

from kg.rdf.iris import document_iri
from kg.store import open_store
from kg.store.facts import add_facts
from kg.store.summaries import links_update
from kg.vocab import FACTS_GRAPH, ID, KGO

from tests.store.summary_stores import recomputed, write_document

A, B, C, D, E = (ID[f"entity/links_{n}"] for n in "abcde")


def attack(name: str, attacker, target, denied: bool = False) -> list[Quad]:
    node = ID[f"attack/{name}"]
    quads = [Quad(node, KGO.attacker, attacker), Quad(node, KGO.target, target)]
    return quads + ([Quad(node, KGO.polarity, KGO.Denied)] if denied else [])


def links(store: Store) -> set:
    """The stored links as sets of the two ends' names; each link must be stored once."""
    stored = [frozenset(t.value.rsplit("_", 1)[1] for t in (q.subject, q.object))
              for q in store.quads_for_pattern(None, KGO.linkedWith, None, FACTS_GRAPH)]
    assert len(stored) == len(set(stored)), "a link stored twice"
    return set(stored)


def whole(store: Store) -> set:
    return links(recomputed(store))


def pair(x: str, y: str) -> frozenset:
    return frozenset((x, y))


def load(st, tmp_path, doc: str, triples: list[Quad]) -> None:
    st.load_files([write_document(tmp_path / f"{doc}.nq", doc, triples)])


def test_the_links_follow_replace_remove_and_bulk_load(tmp_path):
    with open_store(tmp_path / "s") as st:
        st.replace_document("d1", [Quad(A, KGO.supports, B)] + attack("l1", A, C)
                            + attack("l2", D, A, denied=True) + attack("l3", E, E))
        # a denied attack links too; an attack on oneself does not
        assert links(st.oxigraph) == {pair("a", "b"), pair("a", "c"), pair("a", "d")}
        # the same relation from another document, and one the other way round: one link
        st.replace_document("d2", [Quad(A, KGO.supports, B), Quad(B, KGO.memberOf, A),
                                   Quad(C, KGO.opposes, E)])
        assert links(st.oxigraph) == {pair("a", "b"), pair("a", "c"), pair("a", "d"), pair("c", "e")}
        # d1 again without its relation and with the attack on C denied: A-B stays (d2),
        # A-C stays (a denied attack), A-D goes
        st.replace_document("d1", attack("l1", A, C, denied=True))
        assert links(st.oxigraph) == {pair("a", "b"), pair("a", "c"), pair("c", "e")}
        assert whole(st.oxigraph) == links(st.oxigraph)
        st.remove_document("d2")
        assert links(st.oxigraph) == {pair("a", "c")}
        # a bulk load brings a relation and an attack, then replaces them by a relation
        # between other entities: the links of the graph that goes go with it
        load(st, tmp_path, "d3", [Quad(D, KGO.leaderOf, E)] + attack("l4", B, C))
        assert links(st.oxigraph) == {pair("a", "c"), pair("d", "e"), pair("b", "c")}
        load(st, tmp_path, "d3", [Quad(B, KGO.alliedWith, A)])
        assert links(st.oxigraph) == {pair("a", "c"), pair("a", "b")}
        assert whole(st.oxigraph) == links(st.oxigraph)
        st.remove_document("d1")
        st.remove_document("d3")
        assert links(st.oxigraph) == set() == whole(st.oxigraph)


def test_the_facts_refresh_leaves_the_links_and_an_update_of_some_entities_the_others():
    store = Store()
    g = document_iri("d1")
    store.extend(Quad(q.subject, q.predicate, q.object, g) for q in
                 [Quad(A, KGO.supports, B), Quad(C, KGO.officialOf, D)])
    add_facts(store)
    assert links(store) == {pair("a", "b"), pair("c", "d")}
    for q in [Quad(A, KGO.supports, B, FACTS_GRAPH), Quad(C, KGO.officialOf, D, FACTS_GRAPH)]:
        store.remove(q)
    store.update(links_update([B]))  # from the object's side; C-D is not looked at
    assert links(store) == {pair("c", "d")}
    store.update(links_update(None))
    assert links(store) == set()

"""The hostility flag of the attack pairs (kgo:hostileAttackCount: the pairs hostile_relations
shows) follows the facts of other documents under replace, remove and load, and equals a
whole recomputation (kg.store.summary_hostility)."""
from __future__ import annotations

from pyoxigraph import Quad, Store

from kg.rdf.iris import document_iri
from kg.store import open_store
from kg.store.facts import add_facts
from kg.store.summaries import hostility_update
from kg.vocab import FACTS_GRAPH, ID, KGO, RDF

from tests.store.summary_stores import recomputed, write_document

HOUTHIS, CONVOY, NAVY = ID["entity/houthis"], ID["entity/convoy_x"], ID["entity/navy_y"]


def attacks(n: int, target, start: int = 0) -> list[Quad]:
    quads = []
    for i in range(start, start + n):
        node = ID[f"attack/h{i}"]
        quads += [Quad(node, KGO.attacker, HOUTHIS), Quad(node, KGO.target, target)]
    return quads


def hostile(store: Store) -> dict:
    """(attacker, target) -> the flagged count, read from the pair nodes."""
    out = {}
    for q in store.quads_for_pattern(None, KGO.hostileAttackCount, None, FACTS_GRAPH):
        attacker = next(store.quads_for_pattern(q.subject, KGO.attacksBy, None, FACTS_GRAPH)).object
        target = next(store.quads_for_pattern(q.subject, KGO.attackTarget, None, FACTS_GRAPH)).object
        out[(attacker.value.rsplit("/", 1)[1], target.value.rsplit("/", 1)[1])] = int(q.object.value)
    return out


def whole(store: Store) -> dict:
    return hostile(recomputed(store))


def test_the_flag_follows_the_class_and_the_stated_opposition_of_other_documents(tmp_path):
    with open_store(tmp_path / "s") as st:
        st.replace_document("d1", attacks(2, CONVOY) + attacks(1, NAVY, start=5))
        assert hostile(st.oxigraph) == {}  # neither target is an actor, nothing stated
        # another document says what the convoy is: its attacks now count as hostility
        st.replace_document("d2", [Quad(CONVOY, RDF.type, KGO.SecurityForces)])
        assert hostile(st.oxigraph) == {("houthis", "convoy_x"): 2}
        # and another that the Houthis oppose the navy (the navy still no actor)
        st.replace_document("d3", [Quad(HOUTHIS, KGO.opposes, NAVY)])
        assert hostile(st.oxigraph) == {("houthis", "convoy_x"): 2, ("houthis", "navy_y"): 1}
        # counted again (a third attack on the convoy): the flag keeps up
        st.replace_document("d1", attacks(3, CONVOY) + attacks(1, NAVY, start=5))
        assert hostile(st.oxigraph) == {("houthis", "convoy_x"): 3, ("houthis", "navy_y"): 1}
        assert whole(st.oxigraph) == hostile(st.oxigraph)
        st.remove_document("d2")
        assert hostile(st.oxigraph) == {("houthis", "navy_y"): 1}
        path = tmp_path / "d4.nq"
        write_document(path, "d4", [Quad(CONVOY, RDF.type, KGO.ArmedGroup)])
        st.load_files([path])
        assert hostile(st.oxigraph) == {("houthis", "convoy_x"): 3, ("houthis", "navy_y"): 1}
        st.remove_document("d3")
        st.remove_document("d4")
        assert hostile(st.oxigraph) == {}
        assert whole(st.oxigraph) == {}


def test_an_update_of_some_entities_leaves_the_others():
    store = Store()
    g = document_iri("d1")
    store.extend(Quad(q.subject, q.predicate, q.object, g) for q in
                 attacks(1, CONVOY) + attacks(1, NAVY, start=5)
                 + [Quad(CONVOY, RDF.type, KGO.State), Quad(NAVY, RDF.type, KGO.State)])
    add_facts(store)
    assert hostile(store) == {("houthis", "convoy_x"): 1, ("houthis", "navy_y"): 1}
    store.remove(Quad(CONVOY, RDF.type, KGO.State, FACTS_GRAPH))
    store.remove(Quad(NAVY, RDF.type, KGO.State, FACTS_GRAPH))
    store.update(hostility_update([CONVOY], KGO.attackTarget))  # the navy's pair is not looked at
    assert hostile(store) == {("houthis", "navy_y"): 1}
    store.update(hostility_update(None))
    assert hostile(store) == {}

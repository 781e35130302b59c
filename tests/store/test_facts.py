"""The facts graph stays exact under replace, remove and load (kg.store.facts)."""
from __future__ import annotations

from pyoxigraph import Literal, Quad, Store

from kg.rdf.iris import document_iri
from kg.store import open_store
from kg.store.facts import add_facts
from kg.vocab import FACTS_GRAPH, ID, KGO, RDFS, SUMMARY_BASE

IRAN, HOUTHIS, YEMEN = ID["entity/iran"], ID["entity/houthis"], ID["entity/yemen"]
SUPPORTS = Quad(IRAN, KGO.supports, HOUTHIS)
LABEL = Quad(IRAN, RDFS.label, Literal("Iran", language="en"))
LOCATED = Quad(HOUTHIS, KGO.locatedIn, YEMEN)
MENTION = Quad(IRAN, KGO.mentionedIn, document_iri("d1"))


def facts(store) -> dict[tuple, int]:
    """(s, p, o) -> support count, read from the fact nodes; checks the direct triples agree."""
    graph = store.oxigraph.quads_for_pattern
    counts = {}
    for q in graph(None, KGO.factSubject, None, FACTS_GRAPH):
        node = q.subject
        one = lambda p: next(graph(node, p, None, FACTS_GRAPH)).object  # noqa: E731
        key = (one(KGO.factSubject), one(KGO.factPredicate), one(KGO.factObject))
        counts[key] = int(one(KGO.supportCount).value)
    # fact nodes, attack summaries (tests/store/test_summaries.py), the neighbour set
    # (tests/store/test_summaries_links.py) and the layout stamp
    # (tests/store/test_store_layout.py) left out
    direct = {(q.subject, q.predicate, q.object) for q in graph(None, None, None, FACTS_GRAPH)
              if not q.subject.value.startswith((ID.base + "fact/", SUMMARY_BASE))
              and q.subject != FACTS_GRAPH and q.predicate != KGO.linkedWith}
    assert direct == set(counts), "each fact node stands for one direct triple of the graph"
    return counts


def key(q: Quad) -> tuple:
    return (q.subject, q.predicate, q.object)


def test_a_fact_stated_by_two_documents_survives_removing_one(tmp_path):
    with open_store(tmp_path / "s") as st:
        st.replace_document("d1", [SUPPORTS, LABEL, MENTION])
        st.replace_document("d2", [SUPPORTS, LOCATED])
        assert facts(st) == {key(SUPPORTS): 2, key(LABEL): 1, key(LOCATED): 1}
        st.remove_document("d1")
        assert facts(st) == {key(SUPPORTS): 1, key(LOCATED): 1}
        st.remove_document("d2")
        assert facts(st) == {}


def test_replacing_a_document_updates_only_what_changed(tmp_path):
    with open_store(tmp_path / "s") as st:
        st.replace_document("d1", [SUPPORTS, LABEL])
        st.replace_document("d2", [SUPPORTS])
        st.replace_document("d1", [LOCATED])  # d1 no longer states SUPPORTS or LABEL
        assert facts(st) == {key(SUPPORTS): 1, key(LOCATED): 1}
        st.replace_document("d2", [SUPPORTS])  # the same again changes nothing
        assert facts(st) == {key(SUPPORTS): 1, key(LOCATED): 1}


def test_mentions_and_non_entity_subjects_stay_out(tmp_path):
    attack = Quad(ID["attack/x"], KGO.attacker, IRAN)
    with open_store(tmp_path / "s") as st:
        st.replace_document("d1", [MENTION, attack])
        assert facts(st) == {}


def test_bulk_load_gives_the_facts_of_the_documents(tmp_path, fixture_trig, seed_trig):
    with open_store(tmp_path / "bulk") as bulk, open_store(tmp_path / "one") as one:
        bulk.load_files([fixture_trig, seed_trig])
        memory = Store()
        for path in (fixture_trig, seed_trig):
            memory.load(path=str(path))
        for graph in {q.graph_name for q in memory}:
            one.replace_document(graph.value.rsplit("/", 1)[1],
                                 memory.quads_for_pattern(None, None, None, graph))
        expected = {}
        for q in memory:  # built here from the files: distinct graphs per entity triple
            if q.subject.value.startswith(ID.base + "entity/") and q.predicate != KGO.mentionedIn:
                expected.setdefault(key(q), set()).add(q.graph_name)
        expected = {k: len(v) for k, v in expected.items()}
        assert expected and facts(bulk) == expected
        assert facts(one) == expected, "document by document and in bulk agree"
        bulk.load_files([seed_trig])
        assert facts(bulk) == expected, "loading a file again changes nothing"


def test_add_facts_on_a_memory_store_matches_the_embedded_store(tmp_path, fixture_trig):
    memory = Store()
    memory.load(path=str(fixture_trig))
    add_facts(memory)
    with open_store(tmp_path / "s") as st:
        st.load_files([fixture_trig])
        stored = {q.triple for q in st.oxigraph.quads_for_pattern(None, None, None, FACTS_GRAPH)}
    assert {q.triple for q in memory.quads_for_pattern(None, None, None, FACTS_GRAPH)} == stored


def test_a_store_without_a_facts_graph_gets_one_when_a_query_needs_it(tmp_path, fixture_trig):
    from kg.query import open_store_engine
    with open_store(tmp_path / "s") as st:
        st.load_files([fixture_trig])
        st.oxigraph.remove_graph(FACTS_GRAPH)  # as a store made before facts graphs
    engine = open_store_engine(tmp_path / "s")
    try:
        q = ("SELECT DISTINCT ?b WHERE { GRAPH <%s> { ?b <%s> ?x } }" % (FACTS_GRAPH.value, KGO.supports.value))
        assert engine.run(q).rows, "the facts graph was computed for the query"
    finally:
        engine.close()


def test_the_update_and_the_batch_write_make_the_same_graph(fixture_trig, seed_trig):
    from kg.store.facts import whole_update
    batch, update = Store(), Store()
    for store in (batch, update):
        store.load(path=str(fixture_trig))
        store.load(path=str(seed_trig))
    add_facts(batch)
    update.update(whole_update())
    made = [{q.triple for q in s.quads_for_pattern(None, None, None, FACTS_GRAPH)} for s in (batch, update)]
    assert made[0] and made[0] == made[1], "same triples, same fact node IRIs"


def test_a_build_into_a_store_leaves_its_facts_complete(tmp_path, article_dir):
    from kg.build import build
    path = tmp_path / "s"
    writer = open_store(path).bulk_writer(batch_documents=1)
    build([article_dir], store=writer)
    writer.close()
    with open_store(path) as st:
        expected = {}
        for q in st.oxigraph.quads_for_pattern(None, None, None, document_iri("story")):
            if q.subject.value.startswith(ID.base + "entity/") and q.predicate != KGO.mentionedIn:
                expected[key(q)] = 1
        assert expected and facts(st) == expected


def test_the_whole_facts_graph_computed_a_few_entities_at_a_time(tmp_path, monkeypatch):
    """add_facts works in batches of entities (its memory follows the batch): small batches
    give the facts one pass gives, over a graph that is stale, missing or partly wrong."""
    import kg.store.facts as facts_module
    extra = Quad(YEMEN, RDFS.label, Literal("Yemen", language="en"))
    with open_store(tmp_path / "s") as st:
        st.replace_document("d1", [SUPPORTS, LABEL, MENTION])
        st.replace_document("d2", [SUPPORTS, LOCATED, extra])
        st.replace_document("d3", [LOCATED])
        exact = facts(st)
        assert len(exact) == 4
        monkeypatch.setattr(facts_module, "SUBJECT_BATCH", 1)
        ox = st.oxigraph
        ox.remove_graph(FACTS_GRAPH)  # missing
        add_facts(ox)
        assert facts(st) == exact
        ox.remove_graph(document_iri("d3"))  # stale: d3's support is still counted
        add_facts(ox)
        assert facts(st) == {**exact, key(LOCATED): 1}
        ox.remove_graph(document_iri("d1"))
        add_facts(ox)
        assert facts(st) == {key(SUPPORTS): 1, key(LOCATED): 1, key(extra): 1}


def test_quads_of_no_entity_in_the_facts_graph_go(tmp_path):
    """A quad in the facts graph that no entity's facts account for is removed too."""
    stray = Quad(ID["attack/x"], KGO.attacker, IRAN, FACTS_GRAPH)
    with open_store(tmp_path / "s") as st:
        st.replace_document("d1", [SUPPORTS])
        exact = set(st.oxigraph.quads_for_pattern(None, None, None, FACTS_GRAPH))
        st.oxigraph.add(stray)
        add_facts(st.oxigraph)
        assert set(st.oxigraph.quads_for_pattern(None, None, None, FACTS_GRAPH)) == exact

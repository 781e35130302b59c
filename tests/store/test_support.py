"""Bulk loads update the facts graph from what they change (kg.store.support), and the
result is the graph a full recomputation gives, whatever the order of loads, builds,
replacements and removals."""
from __future__ import annotations

import random

from pyoxigraph import Literal, NamedNode, Quad, RdfFormat, Store, parse, serialize

from kg.rdf.iris import document_iri
from kg.store import open_store
from kg.store.embedded import PENDING
from kg.store.facts import add_facts
from kg.store.support import SupportDelta, apply_delta
from kg.vocab import FACTS_GRAPH, ID, KGO, PROV, RDF, RDFS, XSD

ENTITIES = [ID[f"entity/e{i}"] for i in range(6)]
PREDICATES = [KGO.supports, KGO.memberOf, KGO.alliedWith, RDFS.label]


def doc_quads(rng: random.Random, doc_id: str) -> list[Quad]:
    """A made-up document graph: entity triples drawn from a small pool (so documents
    share facts), a mention, a non-entity subject, and the odd repeated line."""
    graph = document_iri(doc_id)
    quads = []
    for _ in range(rng.randint(0, 6)):
        s, p = rng.choice(ENTITIES), rng.choice(PREDICATES)
        o = Literal(f"n{rng.randint(0, 2)}", language="en") if p == RDFS.label else rng.choice(ENTITIES)
        quads.append(Quad(s, p, o, graph))
    if quads:
        quads.append(quads[0])  # a line twice in one graph counts once
    quads.append(Quad(rng.choice(ENTITIES), KGO.mentionedIn, graph, graph))
    for n in range(rng.randint(0, 3)):  # attacks, for the attack summaries
        attack = ID[f"attack/{doc_id}-{n}-{rng.randint(0, 99)}"]
        quads.append(Quad(attack, KGO.attacker, rng.choice(ENTITIES), graph))
        if rng.random() < 0.5:
            quads.append(Quad(attack, KGO.target, rng.choice(ENTITIES), graph))
        if rng.random() < 0.6:
            day = Literal(f"2024-0{rng.randint(1, 9)}-1{rng.randint(0, 9)}", datatype=XSD.date)
            quads.append(Quad(attack, KGO.date, day, graph))
        if rng.random() < 0.2:
            quads.append(Quad(attack, KGO.polarity, KGO.Denied, graph))
    for n in range(rng.randint(0, 2)):  # statements, for the backing summaries
        statement = ID[f"statement/{doc_id}-{n}-{rng.randint(0, 99)}"]
        polarity = rng.choice([KGO.Asserted, KGO.Reported, KGO.Denied])
        quads += [Quad(statement, RDF.subject, rng.choice(ENTITIES), graph),
                  Quad(statement, RDF.predicate, rng.choice([KGO.supports, KGO.memberOf]), graph),
                  Quad(statement, RDF.object, rng.choice(ENTITIES), graph),
                  Quad(statement, KGO.polarity, polarity, graph),
                  Quad(statement, PROV.wasDerivedFrom, graph, graph)]
    return quads


def nquads(quads: list[Quad]) -> bytes:
    return serialize(quads, format=RdfFormat.N_QUADS)


def stored_facts(st) -> set:
    return set(st.oxigraph.quads_for_pattern(None, None, None, FACTS_GRAPH))


def recomputed(st) -> set:
    """The facts graph (attack summaries included) computed whole from the store's other
    graphs, in a store of its own."""
    memory = Store()
    memory.extend(q for q in st.oxigraph if q.graph_name != FACTS_GRAPH)
    add_facts(memory)
    return set(memory.quads_for_pattern(None, None, None, FACTS_GRAPH))


def test_every_sequence_of_changes_leaves_the_facts_a_recomputation_gives(tmp_path):
    rng = random.Random(18)
    with open_store(tmp_path / "s") as st:
        for step in range(40):
            action = rng.choice(["file", "build", "replace", "remove"])
            docs = [f"d{rng.randint(0, 9)}" for _ in range(rng.randint(1, 4))]
            if action == "file":
                path = tmp_path / f"f{step}.nq"
                # one graph per document, contiguous (as a build writes them)
                path.write_bytes(b"".join(nquads(doc_quads(rng, d)) for d in dict.fromkeys(docs)))
                st.load_files([path])
            elif action == "build":
                writer = st.bulk_writer(batch_documents=2)
                for d in dict.fromkeys(docs):
                    writer.add_nquads(d, nquads(doc_quads(rng, d)))
                writer.flush()
            elif action == "replace":
                st.replace_document(docs[0], doc_quads(rng, docs[0]))
            else:
                st.remove_document(docs[0])
            assert stored_facts(st) == recomputed(st), (step, action, docs)
        assert stored_facts(st), "the sequence left some facts to compare"


def test_a_load_into_a_store_with_facts_counts_instead_of_recomputing(tmp_path):
    rng = random.Random(5)
    with open_store(tmp_path / "s") as st:
        st.replace_document("a", doc_quads(rng, "a"))
        path = tmp_path / "b.nq"
        path.write_bytes(nquads(doc_quads(rng, "b")))
        delta = st.new_delta()
        st.load_files([path], delta=delta)
        assert not delta.whole
        delta.finish()
        assert any(delta.change.values()), "the new document's entity triples were counted"
        st.apply_delta(delta)
        assert stored_facts(st) == recomputed(st)
        assert not (st.path / PENDING).exists()


def test_a_graph_in_two_places_of_a_file_makes_a_whole_recomputation(tmp_path):
    a, b = ENTITIES[0], ENTITIES[1]
    g = document_iri("split")
    quads = [Quad(a, KGO.supports, b, g), Quad(a, KGO.memberOf, b, document_iri("other")),
             Quad(a, KGO.supports, b, g)]  # the same triple again, after another graph
    delta = SupportDelta()
    for q in quads:
        delta.add(q)
    assert delta.whole
    path = tmp_path / "split.nq"
    path.write_bytes(nquads(quads))
    with open_store(tmp_path / "s") as st:
        st.load_files([path])
        assert stored_facts(st) == recomputed(st)
        assert Quad(a, KGO.supports, b, FACTS_GRAPH) in stored_facts(st)


def test_a_stopped_load_is_caught_up_by_the_next(tmp_path):
    rng = random.Random(7)
    with open_store(tmp_path / "s") as st:
        for d in ("a", "b"):
            st.replace_document(d, doc_quads(rng, d))
        # as a build killed between its bulk loads and the facts update: documents in,
        # facts graph behind, the marker left
        extra = [q for q in doc_quads(rng, "c")]
        extra.append(Quad(ENTITIES[5], KGO.supports, ENTITIES[4], document_iri("c")))
        st.oxigraph.extend(extra)
        (st.path / PENDING).write_bytes(b"")
        assert not st.facts_current()
        path = tmp_path / "d.nq"
        path.write_bytes(nquads(doc_quads(rng, "d")))
        st.load_files([path])
        assert stored_facts(st) == recomputed(st)
        assert Quad(ENTITIES[5], KGO.supports, ENTITIES[4], FACTS_GRAPH) in stored_facts(st)
        assert st.facts_current()


def test_a_count_below_zero_means_the_graph_was_wrong_and_is_recomputed(tmp_path):
    rng = random.Random(9)
    with open_store(tmp_path / "s") as st:
        st.replace_document("a", doc_quads(rng, "a"))
        delta = SupportDelta()
        delta.change[(ENTITIES[0], KGO.supports, NamedNode(ID.base + "entity/nobody"))] = -1
        assert apply_delta(st.oxigraph, delta) == -1
        assert stored_facts(st) == recomputed(st)


def _facts_after(tmp_path, name, corpus, later, *, flush_triples, piece, batch_documents):
    """Build ``corpus`` into a new store, load ``later`` (replacements) as a file, remove
    two documents; the facts graph and how many times the delta was applied."""
    import kg.store.embedded as embedded
    applied = []
    apply = embedded.apply_delta
    embedded.apply_delta = lambda store, delta: (applied.append(len(delta)), apply(store, delta))[1]
    try:
        return _build_load_remove(tmp_path, name, corpus, later, flush_triples, piece,
                                  batch_documents, applied)
    finally:
        embedded.apply_delta = apply


def _build_load_remove(tmp_path, name, corpus, later, flush_triples, piece, batch_documents, applied):
    with open_store(tmp_path / name) as st:
        st.flush_triples, st.load_piece = flush_triples, piece
        writer = st.bulk_writer(batch_documents=batch_documents)
        for doc_id, data in corpus:
            writer.add_nquads(doc_id, data)
        if applied:  # applied on the way: still marked behind until the end of the build
            assert (st.path / PENDING).exists()
        writer.flush()
        path = tmp_path / f"{name}.nq"
        path.write_bytes(b"".join(data for _, data in later))
        st.load_files([path])
        st.remove_document(corpus[0][0])
        st.remove_document(later[-1][0])
        assert stored_facts(st) == recomputed(st)
        return stored_facts(st), len(applied)


def test_a_build_and_a_load_flushed_in_many_batches_give_the_facts_of_one(tmp_path):
    rng = random.Random(21)
    corpus = [(f"d{i}", nquads(doc_quads(rng, f"d{i}"))) for i in range(30)]
    # later: ten documents built again with other facts, and five new ones
    later = [(f"d{i}", nquads(doc_quads(rng, f"d{i}"))) for i in range(0, 30, 3)]
    later += [(f"n{i}", nquads(doc_quads(rng, f"n{i}"))) for i in range(5)]
    once, once_applied = _facts_after(tmp_path, "once", corpus, later, flush_triples=10**9,
                                      piece=1 << 30, batch_documents=64)
    many, many_applied = _facts_after(tmp_path, "many", corpus, later, flush_triples=3,
                                      piece=200, batch_documents=2)
    assert once_applied == 2  # the end of the build, the end of the load
    assert many_applied > 10, "the small thresholds applied the delta on the way"
    assert many == once


def test_an_nquads_file_is_cut_between_graphs(tmp_path):
    from kg.store.files import nquads_pieces

    rng = random.Random(4)
    docs = [doc_quads(rng, f"d{i}") for i in range(12)]
    path = tmp_path / "f.nq"
    path.write_bytes(b"# a comment\n" + b"".join(nquads(q) for q in docs) + b"\n")
    pieces = list(nquads_pieces(path, 150))
    assert b"".join(pieces) == path.read_bytes()
    assert len(pieces) > 3
    graphs = [{q.graph_name for q in parse(p, format=RdfFormat.N_QUADS)} for p in pieces]
    for i, one in enumerate(graphs):
        for other in graphs[i + 1:]:
            assert not one & other, "a graph in two pieces"

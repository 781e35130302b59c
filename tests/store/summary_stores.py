"""Helpers the summary tests share: a document's quads as an N-Quads file to load, and the
facts graph computed whole in a fresh store, to compare with what loads kept up to date."""
from __future__ import annotations

from pathlib import Path

from pyoxigraph import Quad, RdfFormat, Store, serialize

from kg.rdf.iris import document_iri
from kg.store.facts import add_facts
from kg.vocab import FACTS_GRAPH


def write_document(path: Path, doc_id: str, quads) -> Path:
    """``quads`` written to ``path`` as the graph of document ``doc_id`` (N-Quads)."""
    graph = document_iri(doc_id)
    path.write_bytes(serialize([Quad(q.subject, q.predicate, q.object, graph) for q in quads],
                               format=RdfFormat.N_QUADS))
    return path


def recomputed(store: Store) -> Store:
    """A fresh store with ``store``'s document graphs and its facts graph computed whole."""
    memory = Store()
    memory.extend(q for q in store if q.graph_name != FACTS_GRAPH)
    add_facts(memory)
    return memory

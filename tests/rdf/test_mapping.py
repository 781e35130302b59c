"""The fast N-Quads path of the RDF mapping writes exactly what pyoxigraph would."""
from __future__ import annotations

from pathlib import Path

from pyoxigraph import RdfFormat, serialize

from kg.io import iter_documents
from kg.pipeline import analyze
from kg.rdf.mapping import doc_to_nquads, doc_to_quads

ROOT = Path(__file__).resolve().parents[2]


def test_mapping_nquads_equal_serialised_quads():
    inputs = [ROOT / "seeds", *sorted((ROOT / "tests/gold/dev").glob("*.md"))]
    checked = 0
    for document in iter_documents(inputs):
        doc = analyze(document)
        quads = doc_to_quads(doc)
        data, count = doc_to_nquads(doc)
        assert data == serialize(quads, format=RdfFormat.N_QUADS), document.id
        assert count == len(quads) == len(set(quads))
        checked += 1
    assert checked >= 10

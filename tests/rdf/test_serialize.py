"""QuadWriter.write_nquads (the build's fast path) gives the same files as write(quads)."""
from __future__ import annotations

from pathlib import Path

import pytest

from kg.io import iter_documents
from kg.pipeline import analyze
from kg.rdf.iris import document_iri
from kg.rdf.mapping import doc_to_nquads, doc_to_quads
from kg.rdf.serialize import QuadWriter

ROOT = Path(__file__).resolve().parents[2]


@pytest.mark.parametrize("ext", [".nq", ".trig", ".ttl", ".nt", ".jsonld"])
def test_serialize_write_nquads_same_file_as_write(tmp_path, ext):
    docs = [analyze(d) for d in iter_documents([ROOT / "seeds", *sorted((ROOT / "tests/gold/dev").glob("dev_*_0[12].md"))])]
    with QuadWriter(tmp_path / f"slow{ext}") as slow, QuadWriter(tmp_path / f"fast{ext}") as fast:
        for doc in docs:
            slow.write(doc_to_quads(doc))
            fast.write_nquads(doc_to_nquads(doc)[0], document_iri(doc.id))
    assert fast.count == slow.count > 0
    assert (tmp_path / f"fast{ext}").read_bytes() == (tmp_path / f"slow{ext}").read_bytes()


@pytest.mark.parametrize("ext", [".ttl", ".trig", ".jsonld", ".nq"])
def test_document_scoped_entities_survive_every_syntax(tmp_path, ext):
    """Scoped IRIs have a "/" after the ent: prefix (Turtle writes it escaped, ent:…\\/gunmen):
    the file must read back, in Oxigraph and in rdflib, with the same IRIs."""
    import rdflib
    from pyoxigraph import Store

    from kg.model import Entity, Relation
    from kg.rdf.iris import entity_iri
    from kg.rdf.serialize import write_quads

    doc = analyze(next(iter_documents([ROOT / "seeds"])))
    doc.entities["gunmen"] = Entity("gunmen", "UnidentifiedArmedGroup", {"en": "gunmen"},
                                    cameo="---UAF", source="test", scope=doc.id)
    doc.relations.append(Relation("gunmen", "opposes", next(iter(doc.entities)),
                                  doc.evidence(doc.sentences[0]), "test", 0.5))
    path = tmp_path / f"g{ext}"
    write_quads(doc_to_quads(doc), path)
    gunmen = entity_iri("gunmen", doc.id)
    store = Store()
    store.load(path=str(path))
    assert any(True for _ in store.quads_for_pattern(gunmen, None, None, None))
    graph = rdflib.Dataset()
    graph.parse(str(path), format={".ttl": "turtle", ".trig": "trig", ".jsonld": "json-ld", ".nq": "nquads"}[ext])
    assert any(True for _ in graph.quads((rdflib.URIRef(gunmen.value), None, None, None)))

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

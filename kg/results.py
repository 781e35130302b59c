"""One document's contribution to a build, and how contributions add up.

``process`` turns a document into its N-Quads (:class:`DocResult`); ``add_result``
counts a result into a :class:`BuildReport` and writes it.  Both run wherever the
analysis runs: in this process, in local workers (:mod:`kg.parallel`) or on a Dask
cluster (:mod:`kg.cluster`), which is why they live apart from :mod:`kg.build`, the
driver that picks where to run.
"""
from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field

from pyoxigraph import Quad, RdfFormat, parse

from kg.errors import InputError
from kg.model import Doc, Document
from kg.pipeline import analyze
from kg.rdf.iris import document_iri
from kg.rdf.mapping import doc_to_nquads
from kg.rdf.serialize import QuadWriter


@dataclass
class BuildReport:
    documents: int = 0
    skipped: list[InputError] = field(default_factory=list)
    entities: set[str] = field(default_factory=set)
    relations: int = 0
    attacks: int = 0
    quads: int = 0
    seconds: float = 0.0
    #: Characters of document text analysed (for throughput figures).
    chars: int = 0
    #: What readers repaired or left out without losing a document (records skipped by
    #: kind, bytes replaced), summed over the inputs.
    notes: Counter = field(default_factory=Counter)

    def summary(self) -> dict:
        return {"documents": self.documents, "skipped": len(self.skipped),
                "entities": len(self.entities), "facts": self.relations + self.attacks,
                "relations": self.relations, "attacks": self.attacks, "quads": self.quads,
                "seconds": round(self.seconds, 3), "notes": dict(sorted(self.notes.items()))}


@dataclass
class DocResult:
    """What one document contributes: its quads as N-Quads bytes, and counts."""

    doc_id: str
    nquads: bytes
    count: int
    entities: list[str]
    relations: int
    attacks: int
    chars: int = 0
    _quads: list[Quad] | None = field(default=None, repr=False, compare=False)

    @property
    def quads(self) -> list[Quad]:
        """The quads as pyoxigraph objects, parsed on first use (slow path)."""
        if self._quads is None:
            self._quads = list(parse(self.nquads, format=RdfFormat.N_QUADS))
        return self._quads


def process(document: Document) -> DocResult:
    """Analyse one document and map it to N-Quads."""
    doc: Doc = analyze(document)
    data, count = doc_to_nquads(doc)
    return DocResult(doc.id, data, count, sorted(doc.entities), len(doc.relations),
                     len(doc.attacks), len(document.text))


def process_chunk(documents: list[Document]) -> list[DocResult]:
    return [process(d) for d in documents]


def add_result(report: BuildReport, result: DocResult, writers: list[QuadWriter], store=None) -> None:
    """Count one document's result and write it to every output (and the store)."""
    report.documents += 1
    report.entities.update(result.entities)
    report.relations += result.relations
    report.attacks += result.attacks
    report.quads += result.count
    report.chars += result.chars
    if writers:
        graph = document_iri(result.doc_id)
        for writer in writers:
            writer.write_nquads(result.nquads, graph)
    if store is not None and hasattr(store, "add_nquads"):
        store.add_nquads(result.doc_id, result.nquads)  # bytes to the bulk loader
    elif store is not None:
        store.replace_document(result.doc_id, result.quads)

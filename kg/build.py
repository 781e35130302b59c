"""Build a graph from documents: read -> analyse -> map to RDF -> write or store.

This is the library entry point behind ``kg build``; it streams documents, so memory
stays flat in the number of documents, and can run the analysis in worker processes
with output identical to a single-process run (results are consumed in input order).
"""
from __future__ import annotations

import os
import time
from dataclasses import dataclass, field
from multiprocessing import get_context
from typing import Callable, Iterable, Iterator

from pyoxigraph import Quad

from kg.errors import InputError
from kg.io import iter_documents
from kg.model import Doc, Document
from kg.pipeline import analyze
from kg.rdf.mapping import doc_to_quads
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

    def summary(self) -> dict:
        return {"documents": self.documents, "skipped": len(self.skipped),
                "entities": len(self.entities), "facts": self.relations + self.attacks,
                "relations": self.relations, "attacks": self.attacks, "quads": self.quads,
                "seconds": round(self.seconds, 3)}


@dataclass
class DocResult:
    doc_id: str
    quads: list[Quad]
    entities: list[str]
    relations: int
    attacks: int


def process(document: Document) -> DocResult:
    doc: Doc = analyze(document)
    quads = doc_to_quads(doc)
    return DocResult(doc.id, quads, sorted(doc.entities), len(doc.relations), len(doc.attacks))


def _process_for_pool(document: Document) -> tuple[str, bytes, list[str], int, int]:
    # Quads cross process boundaries as N-Quads bytes: pyoxigraph terms do not pickle.
    from pyoxigraph import RdfFormat, serialize
    r = process(document)
    return r.doc_id, serialize(r.quads, format=RdfFormat.N_QUADS), r.entities, r.relations, r.attacks


def iter_results(documents: Iterable[Document], workers: int = 1) -> Iterator[DocResult]:
    if workers <= 1:
        for d in documents:
            yield process(d)
        return
    from pyoxigraph import RdfFormat, parse
    ctx = get_context("fork" if hasattr(os, "fork") else "spawn")
    with ctx.Pool(workers) as pool:
        for doc_id, data, entities, nrel, natt in pool.imap(_process_for_pool, documents, chunksize=8):
            quads = list(parse(data, format=RdfFormat.N_QUADS))
            yield DocResult(doc_id, quads, entities, nrel, natt)


def build(inputs: Iterable[str | os.PathLike], outputs: Iterable[str | os.PathLike] = (), *,
          workers: int = 1, store=None,
          on_error: Callable[[InputError], None] | None = None,
          on_document: Callable[[DocResult], None] | None = None) -> BuildReport:
    """Build the graph of ``inputs`` into each file of ``outputs`` and/or ``store``.

    ``outputs`` may be one path or several (one analysis pass, several formats).
    ``store`` is any object with ``replace_document(doc_id, quads)`` (see
    :mod:`kg.store`).  Bad inputs are passed to ``on_error`` and skipped.  Files are
    written atomically, and not at all when no document could be read.
    """
    if isinstance(outputs, (str, os.PathLike)):
        outputs = [outputs]
    inputs = list(inputs)
    report = BuildReport()
    started = time.perf_counter()

    def skipped(err: InputError):
        report.skipped.append(err)
        if on_error:
            on_error(err)

    writers = [QuadWriter(path) for path in outputs]
    try:
        for result in iter_results(iter_documents(inputs, on_error=skipped), workers):
            report.documents += 1
            report.entities.update(result.entities)
            report.relations += result.relations
            report.attacks += result.attacks
            report.quads += len(result.quads)
            for writer in writers:
                writer.write(result.quads)
            if store is not None:
                store.replace_document(result.doc_id, result.quads)
            if on_document:
                on_document(result)
        if report.documents == 0:
            raise InputError(", ".join(map(str, inputs)) or "(no input)", "no document could be read")
        for writer in writers:
            writer.close()
    except BaseException as exc:
        for writer in writers:
            writer.abort(exc)
        if isinstance(exc, InputError) and report.documents == 0:
            report.seconds = time.perf_counter() - started
            return report
        raise
    report.seconds = time.perf_counter() - started
    return report

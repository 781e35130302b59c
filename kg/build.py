"""Build a graph from documents: read -> analyse -> map to RDF -> write or store.

This is the library entry point behind ``kg build``.  It streams: documents are read one
at a time, each document's quads travel as N-Quads bytes (never as Python Quad objects
on the fast path) and go straight to the output, so memory stays flat in the number of
documents.  The analysis runs in this process, in local worker processes
(:mod:`kg.parallel`) or on a Dask cluster (:mod:`kg.cluster`); results are consumed in
input order, so the output is byte-identical whichever runs it.
"""
from __future__ import annotations

import os
import time
from typing import Callable, Iterable, Iterator

from kg.errors import InputError, InputNotice
from kg.io import iter_documents
from kg.model import Document
from kg.parallel import chunked, cpu_count, maybe_parallel
from kg.pipeline import warm_pipeline
from kg.rdf.serialize import QuadWriter
from kg.results import BuildReport, DocResult, add_result, process, process_chunk

__all__ = ["BuildReport", "DocResult", "build", "iter_results", "process", "resolve_workers"]


def resolve_workers(workers: int) -> int:
    """``workers`` as given, 0 meaning every core this process may use."""
    return workers if workers > 0 else cpu_count()


def iter_results(documents: Iterable[Document], workers: int = 1) -> Iterator[DocResult]:
    """Results in input order, from ``workers`` processes (0: all cores)."""
    chunks = chunked(iter(documents), size=lambda d: len(d.text))
    # The pipeline is built and warmed (every language's rules loaded) before the
    # workers fork, so they share it instead of each loading the lexicon and rules again.
    yield from maybe_parallel(process_chunk, chunks, resolve_workers(workers), prepare=warm_pipeline)


def build(inputs: Iterable[str | os.PathLike], outputs: Iterable[str | os.PathLike] = (), *,
          workers: int = 1, store=None,
          on_error: Callable[[InputError], None] | None = None,
          on_document: Callable[[DocResult], None] | None = None,
          dask: str | None = None, shard_dir: str | os.PathLike | None = None,
          partition_size: int | None = None, strict: bool = False,
          on_note: Callable[[InputNotice], None] | None = None) -> BuildReport:
    """Build the graph of ``inputs`` into each file of ``outputs`` and/or ``store``.

    ``outputs`` may be one path or several (one analysis pass, several formats).
    ``store`` is any object with ``replace_document(doc_id, quads)`` or, faster,
    ``add_nquads(doc_id, nquads_bytes)`` (see :class:`kg.store.bulk.BulkWriter`).  Bad inputs are passed to ``on_error`` and skipped.  Files are
    written atomically, and not at all when no document could be read.  ``workers``
    local processes (0: all cores) do the analysis, or, with ``dask`` (a scheduler
    address), the workers of a Dask cluster, writing N-Quads shards into ``shard_dir``
    (see :func:`kg.cluster.build_on_dask`).  ``strict`` reads as before encodings were
    guessed: UTF-8 or a byte-order mark only, the first invalid byte refuses a file.
    """
    if isinstance(outputs, (str, os.PathLike)):
        outputs = [outputs]
    inputs = list(inputs)
    outputs = list(outputs)
    report = BuildReport()
    started = time.perf_counter()

    def skipped(err: InputError):
        report.skipped.append(err)
        if on_error:
            on_error(err)

    def noted(notice: InputNotice):
        report.notes.update(notice.counts)
        if on_note:
            on_note(notice)

    documents = iter_documents(inputs, on_error=skipped, strict=strict, on_note=noted)
    writers = [QuadWriter(path) for path in outputs]
    try:
        if dask:
            from kg.cluster import build_on_dask
            build_on_dask(dask, documents, writers, report, store=store, shard_dir=shard_dir,
                          default_shard_dir=_default_shard_dir(outputs, store),
                          partition_size=partition_size, on_document=on_document)
        else:
            for result in iter_results(documents, workers):
                add_result(report, result, writers, store)
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


def _default_shard_dir(outputs: list, store) -> str:
    """Shards go next to the first output file, or next to the store folder."""
    anchor = outputs[0] if outputs else getattr(store, "path", None) or "kg-build"
    return f"{os.fspath(anchor)}.shards"

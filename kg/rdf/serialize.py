"""Writing quads to RDF files, atomically (temp file + rename).

N-Quads streams straight to disk.  The other formats go through an Oxigraph store
(Rust memory, not Python objects) so triples repeated across documents appear once and
the output order is stable; Turtle, N-Triples and JSON-LD get the union of all document
graphs, TriG and N-Quads keep one named graph per document.
"""
from __future__ import annotations

import os
import tempfile
from contextlib import contextmanager
from pathlib import Path
from typing import Iterable

from pyoxigraph import DefaultGraph, Quad, RdfFormat, Store, serialize

from kg.errors import UsageError
from kg.vocab import PREFIXES

FORMATS = {
    ".ttl": RdfFormat.TURTLE, ".nt": RdfFormat.N_TRIPLES, ".nq": RdfFormat.N_QUADS,
    ".trig": RdfFormat.TRIG, ".jsonld": RdfFormat.JSON_LD, ".rdf": RdfFormat.RDF_XML,
    ".owl": RdfFormat.RDF_XML, ".xml": RdfFormat.RDF_XML,
}
QUAD_FORMATS = {RdfFormat.N_QUADS, RdfFormat.TRIG}


def rdf_format(path: str | os.PathLike) -> RdfFormat:
    suffix = Path(path).suffix.lower()
    try:
        return FORMATS[suffix]
    except KeyError:
        raise UsageError(f"{path}: unknown output format {suffix or '(no extension)'!r}; "
                         f"use one of {', '.join(sorted(FORMATS))}") from None


@contextmanager
def atomic_output(path: str | os.PathLike, mode: str = "wb"):
    """Open a temp file next to ``path``; rename it over ``path`` only on success."""
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    try:
        with os.fdopen(fd, mode, **({} if "b" in mode else {"encoding": "utf-8"})) as fh:
            yield fh
            fh.flush()
            os.fsync(fh.fileno())
        os.replace(tmp, path)
    except BaseException:
        try:
            os.unlink(tmp)
        except FileNotFoundError:
            pass
        raise


class QuadWriter:
    """Accepts the quads of one document at a time; writes the file on close."""

    def __init__(self, path: str | os.PathLike):
        self.path = Path(path)
        self.format = rdf_format(self.path)
        self.count = 0
        self._stream = self.format == RdfFormat.N_QUADS
        self._ctx = atomic_output(self.path)
        self._fh = self._ctx.__enter__()
        self._store = None if self._stream else Store()

    def write(self, quads: list[Quad]) -> None:
        self.count += len(quads)
        if self._stream:
            serialize(quads, self._fh, RdfFormat.N_QUADS)
        elif self.format in QUAD_FORMATS:
            self._store.extend(quads)
        else:
            self._store.extend(Quad(q.subject, q.predicate, q.object, DefaultGraph()) for q in quads)

    def close(self) -> None:
        if not self._stream:
            if self.format in QUAD_FORMATS:
                self._store.dump(self._fh, self.format, prefixes=PREFIXES)
            else:
                self._store.dump(self._fh, self.format, from_graph=DefaultGraph(),
                                 **({} if self.format in (RdfFormat.N_TRIPLES,) else {"prefixes": PREFIXES}))
        self._ctx.__exit__(None, None, None)

    def abort(self, exc: BaseException) -> None:
        try:
            self._ctx.__exit__(type(exc), exc, exc.__traceback__)
        except BaseException:
            pass

    def __enter__(self):
        return self

    def __exit__(self, exc_type, exc, tb):
        if exc is None:
            self.close()
        else:
            self.abort(exc)
        return False


def write_quads(quads: Iterable[Quad], path: str | os.PathLike) -> int:
    with QuadWriter(path) as writer:
        writer.write(list(quads))
    return writer.count

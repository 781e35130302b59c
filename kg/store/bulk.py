"""Documents of a build written in batches through Oxigraph's bulk loader.

:class:`BulkWriter` sits on a :class:`kg.store.embedded.DocumentStore` (which creates it:
:meth:`~kg.store.embedded.DocumentStore.bulk_writer`); it only batches and counts, the
store does the writing, so the store's transaction rules stay in one module.
"""
from __future__ import annotations

from typing import Iterable

from pyoxigraph import Quad

from kg.store.support import SupportDelta


class BulkWriter:
    """Documents of a build, sent to the bulk loader in batches; the facts graph updated as they go.

    A build writes thousands of documents: replacing them one SPARQL update at a time (each
    with its facts) costs far more than loading a batch of N-Quads at once.  A batch is sent
    at ``batch_bytes`` or ``batch_documents``, whichever comes first, so a long build lands
    steadily (a killed build leaves whole documents: each batch is one bulk load).  What
    the batches change in the facts graph is counted as they go and written whenever the
    count reaches :data:`kg.store.embedded.FLUSH_TRIPLES` triples and when :meth:`close` returns (or before a
    single-document write, which refreshes by SPARQL), so memory stays flat;
    a killed build leaves a marker (:data:`kg.store.embedded.PENDING`), so the next load or build recomputes
    the facts graph whole.
    """

    def __init__(self, store, batch_bytes: int, batch_documents: int):
        self.store = store
        self.path = store.path
        self.batch_bytes = batch_bytes
        self.batch_documents = batch_documents
        self._batch: list[tuple[str, bytes]] = []
        self._size = 0
        self._delta = store.new_delta()

    def add_nquads(self, doc_id: str, data: bytes) -> None:
        self._batch.append((doc_id, data))
        self._size += len(data)
        if self._size >= self.batch_bytes or len(self._batch) >= self.batch_documents:
            self._send()

    def replace_document(self, doc_id: str, quads: Iterable[Quad]) -> int:
        self.flush()  # the SPARQL refresh of one document needs an exact facts graph
        return self.store.replace_document(doc_id, quads)

    def load_files(self, paths, **kw):
        self._send()
        return self.store.load_files(paths, delta=self._delta, **kw)

    def _send(self) -> None:
        if self._batch:
            self.store.load_document_nquads(self._batch, self._delta)
            self._batch, self._size = [], 0

    def flush(self) -> None:
        """Send the batch and bring the facts graph up to date."""
        self._send()
        self.store.apply_delta(self._delta)
        self._delta = SupportDelta()

    def close(self) -> None:
        try:
            self.flush()
        finally:
            self.store.close()

"""The embedded store: an on-disk Oxigraph database with one named graph per document.

The graph of a document is named by :func:`kg.rdf.iris.document_iri`.  Writing a document
first drops its graph, so building an edited article again leaves none of its old facts,
and removing a document drops exactly what it contributed (entity labels repeated in
other documents' graphs stay there).  Every change also recomputes the entity facts it
touches in the facts graph (:mod:`kg.store.facts`) and the summaries of the attackers and
entities it names (:mod:`kg.store.summaries`), in the same transaction.  Queries see
the union of all graphs as their default graph.

Oxigraph allows one writer process per store directory (RocksDB holds a ``LOCK`` file);
a second process gets a :class:`~kg.errors.StoreError` that says so.

The facts graph carries the layout stamp of the code that wrote it (:mod:`kg.store.layout`):
a store written by an older version is recomputed whole when opened for writing (a load, a
build, ``kg serve``, ``kg refresh``, the first query that reads the facts graph), and a
read-only store (``read_only=True``, ``kg query --read-only``) says in one line what to run.
"""
from __future__ import annotations

import os
from dataclasses import dataclass, field
from pathlib import Path
from typing import Iterable
from urllib.parse import unquote

from pyoxigraph import DefaultGraph, NamedNode, Quad, RdfFormat, Store, serialize

from kg.errors import StoreError
from kg.rdf.iris import document_iri
from kg.store.facts import add_facts, entity_subjects, refresh_update
from kg.store.layout import layout_current, outdated_message, stamp_update
from kg.store.summaries import summary_updates
from kg.store.summary_touched import Touched, touched_by
from kg.store.bulk import BulkWriter
from kg.store.files import (DATASET_FORMATS, GraphName, file_graph_iri, file_graphs, iter_file_quads,
                            load_format, may_hold_blank_nodes, nquads_pieces)
from kg.store.support import SupportDelta, apply_delta
from kg.vocab import FACTS_GRAPH, ID, PREFIXES

_DOC_BASE = ID.base + "doc/"
#: N-Quads bytes per bulk load when a file is loaded in pieces: the loader's memory is
#: about ten times the bytes it is given (a 1.28 GB file whole peaked at 2.0 GB).
LOAD_PIECE = 32 << 20
#: Counted triples at which the facts graph is brought up to date during a load: about
#: 100 MB of delta in Python (a triple of pyoxigraph terms and its count).
FLUSH_TRIPLES = 200_000
#: A file in the store's folder while bulk-loaded documents wait for the facts graph.
PENDING = "shabaka-facts-pending"


@dataclass
class LoadReport:
    files: int = 0
    quads: int = 0
    graphs: list[GraphName] = field(default_factory=list)


def _locked(exc: OSError) -> bool:
    return "lock" in str(exc).lower()


class DocumentStore:
    """A pyoxigraph :class:`~pyoxigraph.Store` on disk, written one document graph at a time."""

    def __init__(self, path: str | os.PathLike, *, create: bool = True, read_only: bool = False):
        self.path = Path(path)
        #: Opened without the writer lock: nothing is written, not even the facts graph.
        self.read_only = read_only
        if (read_only or not create) and not (self.path / "CURRENT").is_file():
            raise StoreError(f"{self.path}: no Oxigraph store here (create one with "
                             f"`kg load --store {self.path} FILE` or `kg build ... --store {self.path}`)")
        if self.path.exists() and not self.path.is_dir():
            raise StoreError(f"{self.path}: not a directory")
        try:
            self._store: Store | None = (Store.read_only(str(self.path)) if read_only
                                         else Store(str(self.path)))
        except OSError as exc:
            if _locked(exc):
                raise StoreError(f"{self.path}: store is in use by another process (a running "
                                 "`kg serve` or `kg build --store`?); stop it and retry, or query "
                                 "the server") from None
            raise StoreError(f"{self.path}: cannot open store: {exc}") from None

    # -- access --------------------------------------------------------------------

    @property
    def oxigraph(self) -> Store:
        if self._store is None:
            raise StoreError(f"{self.path}: store is closed")
        return self._store

    def documents(self) -> list[str]:
        """Ids of the documents in the store (sorted)."""
        return sorted(doc_id_of(g) for g in self.oxigraph.named_graphs()
                      if isinstance(g, NamedNode) and g.value.startswith(_DOC_BASE))

    def graph_sizes(self) -> dict[GraphName, int]:
        """Named graph (and default graph, if not empty) -> number of triples.

        The facts graph is left out: it is derived from the others (``count(FACTS_GRAPH)``).
        """
        sizes: dict[GraphName, int] = {}
        for q in self.oxigraph.quads_for_pattern(None, None, None, None):
            sizes[q.graph_name] = sizes.get(q.graph_name, 0) + 1
        sizes.pop(FACTS_GRAPH, None)
        return sizes

    def count(self, graph: GraphName | None = None) -> int:
        """Triples in ``graph``, or quads of the store's data (all graphs but the derived
        facts graph) when ``graph`` is None."""
        if graph is None:
            return len(self.oxigraph) - self.count(FACTS_GRAPH)
        # COUNT in SPARQL stays inside Oxigraph: iterating the quads in Python cost about
        # 9 us a triple (6.5 s for a 700k-triple facts graph after a one-document load).
        if isinstance(graph, DefaultGraph):
            pattern = "{ ?s ?p ?o }"
        elif isinstance(graph, NamedNode):
            pattern = f"{{ GRAPH {graph} {{ ?s ?p ?o }} }}"
        else:  # a blank-node graph name cannot be written in a query
            return sum(1 for _ in self.oxigraph.quads_for_pattern(None, None, None, graph))
        rows = self.oxigraph.query(f"SELECT (COUNT(*) AS ?n) WHERE {pattern}",
                                   use_default_graph_as_union=False)
        return int(next(iter(rows))[0].value)

    def query(self, sparql: str, *, substitutions=None, union: bool = True):
        """Run a SPARQL query; by default the default graph is the union of all graphs."""
        return self.oxigraph.query(sparql, prefixes=PREFIXES, use_default_graph_as_union=union,
                                   substitutions=substitutions)

    # -- writing -------------------------------------------------------------------

    def replace_document(self, doc_id: str, quads: Iterable[Quad]) -> int:
        """Make the document's graph hold exactly ``quads`` (moved into that graph)."""
        graph = document_iri(doc_id)
        new = [Quad(q.subject, q.predicate, q.object, graph) for q in quads]
        old = list(self.oxigraph.quads_for_pattern(None, None, None, graph))
        touched = entity_subjects(old) | entity_subjects(new)
        text = replace_update(graph, [q.triple for q in new], touched, touched_by(old, new))
        if next(iter(self.oxigraph), None) is None:
            # a new store: its facts graph is this code's from the first document on (a
            # store of another layout keeps its stamp: recomputed whole on the next open)
            text += " ;\n" + stamp_update()
        self.oxigraph.update(text)
        return len(new)

    def remove_document(self, doc_id: str) -> int:
        """Drop the document's graph; returns how many triples it held (0: not there)."""
        graph = document_iri(doc_id)
        store = self.oxigraph
        if not store.contains_named_graph(graph):
            return 0
        old = list(store.quads_for_pattern(None, None, None, graph))
        refresh = [refresh_update(entity_subjects(old)), *summary_updates(touched_by(old))]
        store.update(" ;\n".join([f"DROP GRAPH {graph}", *filter(None, refresh)]))
        return len(old)

    def has_document(self, doc_id: str) -> bool:
        return self.oxigraph.contains_named_graph(document_iri(doc_id))

    def load_files(self, paths: Iterable[str | os.PathLike], *,
                   graph: GraphName | None = None, refresh: bool = True,
                   delta: SupportDelta | None = None) -> LoadReport:
        """Bulk-load RDF files, each graph in a file replacing the store's graph of that name.

        Every file is read once to validate it and find its graphs before anything in the
        store changes, so a bad file leaves the store as it was.  Triples outside any named
        graph go to ``graph`` (default: one graph per file name, see
        :func:`kg.store.files.file_graph_iri`).  The data then goes to Oxigraph's bulk
        loader (parsed in Rust, no Python objects per quad): an N-Quads file of named graphs
        (a build's output, a shard) in pieces of about :data:`LOAD_PIECE` bytes cut between
        graphs, any other file whole.

        The entity triples the files state are counted, and the graphs replaced are read
        before they go, so the facts graph is updated for what changed
        (:mod:`kg.store.support`), at the end unless ``refresh`` is False, and on the way
        whenever the count holds :data:`FLUSH_TRIPLES` triples: the memory of a load does
        not grow with the files (one 10,000-document file loaded whole took 2.0 GB, most of
        it the bulk loader sorting the whole file).  A caller loading in several steps
        passes its own ``delta`` (:class:`BulkWriter` does).
        """
        report = LoadReport()
        paths = list(paths)
        store = self.oxigraph
        own = delta is None
        if own:
            delta = self.new_delta()
        plans = []
        for path in paths:
            target = file_graph_iri(path) if graph is None else graph
            pieces = load_format(path) == RdfFormat.N_QUADS and not may_hold_blank_nodes(path)
            # N-Quads is counted piece by piece as it loads (entity lines only), the
            # others while they are checked
            raw = file_graphs(path, DefaultGraph(), None if pieces else _collector(delta, target))
            if pieces and DefaultGraph() in raw:
                pieces = False  # triples to move into a graph: Python must write them
                for quad in iter_file_quads(path, target):
                    delta.add(quad)
            plans.append((path, target, raw, pieces))
        replaced: set[GraphName] = set()
        self._mark_pending()
        for path, target, raw, pieces in plans:
            graphs = {target if isinstance(g, DefaultGraph) else g: n for g, n in raw.items()}
            for g in graphs:
                if g not in replaced:
                    delta.remove_graph(store, g)
                    if isinstance(g, DefaultGraph):
                        store.clear_graph(g)
                    else:
                        store.remove_graph(g)
                    replaced.add(g)
                    report.graphs.append(g)
                    self._flush_large(delta)
            fmt = load_format(path)
            # lenient: the check pass above has validated every term already; validating
            # IRIs again is a large part of the loader's parse
            if pieces:
                for piece in nquads_pieces(path, self.load_piece):
                    self._mark_pending()
                    delta.add_nquads(piece)
                    store.bulk_load(piece, format=fmt, lenient=True)
                    self._flush_large(delta)
            elif fmt not in DATASET_FORMATS:
                store.bulk_load(path=str(path), format=fmt, to_graph=target, lenient=True)
            elif DefaultGraph() in raw and not isinstance(target, DefaultGraph):
                # A dataset file with triples outside its graphs: those must be moved,
                # which Oxigraph's loader cannot do for dataset formats.
                store.bulk_extend(iter_file_quads(path, graph))
            else:
                store.bulk_load(path=str(path), format=fmt, lenient=True)
            report.files += 1
            report.quads += sum(graphs.values())
        if own and refresh:
            self.apply_delta(delta)
        return report

    #: Bytes of N-Quads given to the bulk loader at once by :meth:`load_files`.
    load_piece = LOAD_PIECE
    #: Counted triples at which a load or build applies its delta on the way.
    flush_triples = FLUSH_TRIPLES

    def _flush_large(self, delta: SupportDelta) -> None:
        """Apply ``delta`` when it has grown to :attr:`flush_triples`.

        The pending marker stays until the load's last update: the delta may already hold
        the counts of files checked but not yet loaded (exact once they are), so a load
        stopped after this must still have the facts graph recomputed."""
        if len(delta) >= self.flush_triples:
            apply_delta(self.oxigraph, delta)

    def load_document_nquads(self, batch: list[tuple[str, bytes]], delta: SupportDelta) -> None:
        """Replace the graphs of documents with their N-Quads (``kg build --store``).

        The bytes are the build's own output, each line in its document's graph, so they go
        to Oxigraph's bulk loader as they are.  The facts graph is not touched: what the
        batch changes is counted into ``delta``, applied when it grows large and after the
        last batch (:func:`kg.store.support.apply_delta`, :class:`BulkWriter`).
        """
        store = self.oxigraph
        self._mark_pending()
        for doc_id, _ in batch:
            graph = document_iri(doc_id)
            if store.contains_named_graph(graph):
                delta.remove_graph(store, graph)
                store.remove_graph(graph)
        data = b"".join(data for _, data in batch)
        delta.add_nquads(data)
        # lenient: our own serialiser wrote these lines (validating IRIs again costs time)
        store.bulk_load(data, format=RdfFormat.N_QUADS, lenient=True)
        self._flush_large(delta)

    def bulk_writer(self, batch_bytes: int = LOAD_PIECE, batch_documents: int = 512) -> BulkWriter:
        # Each batch is one run of Oxigraph's bulk loader, which sorts and writes new RocksDB
        # files: 64-document batches (8 MB) cost it 50-60% more CPU than one load of the same
        # quads; 32 MB pieces, as `kg load` uses, about 30% (1,000 generated documents).
        return BulkWriter(self, batch_bytes, batch_documents)

    def new_delta(self) -> SupportDelta:
        """An empty :class:`SupportDelta` for this store; one that recomputes the whole
        facts graph if the store's is missing or of another layout (:mod:`kg.store.layout`),
        or a bulk load stopped before updating it."""
        delta = SupportDelta()
        delta.whole = self._pending.exists() or not layout_current(self.oxigraph)
        delta.stamp = True  # exact and of this layout once applied
        return delta

    def apply_delta(self, delta: SupportDelta) -> None:
        """Update the facts graph with what the bulk loads counted in ``delta``."""
        apply_delta(self.oxigraph, delta)
        self._facts_written()

    def _mark_pending(self) -> None:
        # Bulk loads are not transactions: a load killed between writing documents and
        # updating the facts graph leaves the graph behind. This file says so, so the next
        # load recomputes the facts graph whole instead of trusting it.
        marker = self._pending
        if not marker.exists():
            with open(marker, "wb") as fh:
                os.fsync(fh.fileno())

    def facts_current(self) -> bool:
        """True when the facts graph holds what this code's queries read: it is stamped
        with this layout (or the store is empty) and no bulk load stopped before updating
        it.  Two lookups: opening a current store costs nothing more."""
        return layout_current(self.oxigraph) and not self._pending.exists()

    def ensure_facts(self) -> None:
        """Compute the facts graph whole if the store has data but none (made by older
        versions, or loaded with ``oxigraph load``), one of another layout (an older
        version's summaries: :mod:`kg.store.layout`), or a bulk load stopped before
        updating it.  A read-only store raises a StoreError saying what to run."""
        if not self.facts_current():
            self.refresh_facts()

    def refresh_facts(self) -> None:
        """Recompute the whole facts graph from the document graphs."""
        if self.read_only:
            raise StoreError(self._stale_message())
        add_facts(self.oxigraph)
        self._facts_written()

    def _stale_message(self) -> str:
        if self._pending.exists():
            return (f"{self.path}: a bulk load stopped before updating its facts graph, so "
                    f"library queries would answer wrong; run `kg refresh --store {self.path}`")
        return outdated_message(self.path, self.oxigraph)

    @property
    def _pending(self) -> Path:
        """The marker of a bulk load whose facts graph update is still to come."""
        return self.path / PENDING

    def _facts_written(self) -> None:
        """The facts graph is up to date: on disk, and the marker goes."""
        self.oxigraph.flush()
        self._pending.unlink(missing_ok=True)

    # -- lifetime ------------------------------------------------------------------

    def close(self) -> None:
        """Flush and release the store (and its lock) so another process can open it."""
        if self._store is not None:
            try:
                if not self.read_only:
                    self._store.flush()
            finally:
                self._store = None

    def __enter__(self) -> "DocumentStore":
        return self

    def __exit__(self, *exc) -> None:
        self.close()


def replace_update(graph: NamedNode, triples: list, touched: set[NamedNode],
                   summaries: Touched | None = None) -> str:
    """The SPARQL update that makes ``graph`` hold exactly ``triples`` and recomputes the
    facts of the ``touched`` entities (those of the old and the new version) and the
    ``summaries`` they touch (:mod:`kg.store.summaries`).

    One SPARQL update is one transaction: a crash, or a reader, sees either the old
    document or the new one, each with its facts.  A writer talking to a server sends the
    same text to its update endpoint.  (N-Triples is valid SPARQL triple syntax; the graph
    holds no blank nodes.)
    """
    data = serialize(triples, format=RdfFormat.N_TRIPLES).decode("utf-8") if triples else ""
    refresh = [refresh_update(touched), *(summary_updates(summaries) if summaries else [])]
    return " ;\n".join([f"DROP SILENT GRAPH {graph} ;\nINSERT DATA {{ GRAPH {graph} {{\n{data}}} }}",
                        *filter(None, refresh)])


def _collector(delta: SupportDelta, target: GraphName):
    """quad -> counted into ``delta``, a default-graph quad as in ``target`` (where it goes)."""
    def collect(quad: Quad) -> None:
        if isinstance(quad.graph_name, DefaultGraph):
            quad = Quad(quad.subject, quad.predicate, quad.object, target)
        delta.add(quad)
    return collect


def doc_id_of(graph: NamedNode) -> str:
    """The document id of a document graph IRI (inverse of kg.rdf.iris.document_iri)."""
    return unquote(graph.value[len(_DOC_BASE):])


def open_store(path: str | os.PathLike, *, create: bool = True, read_only: bool = False) -> DocumentStore:
    """Open (creating it unless ``create`` is False) the store in folder ``path``; with
    ``read_only`` an existing store, without its writer lock (Oxigraph: undefined while
    another process writes it)."""
    return DocumentStore(path, create=create, read_only=read_only)

"""The facts graph kept up to date by counting what a bulk load changes, not by a rescan.

Recomputing the facts graph (:func:`kg.store.facts.add_facts`) reads every quad of the
store: at 10,000 documents that was 37 s of CPU after a load, however few documents the
load brought.  But a bulk load knows exactly which graphs leave the store (the ones it
replaces, read from the store before they go) and which come in (read anyway, to check
the files, or the build's own N-Quads bytes).  A fact's support is the number of graphs
stating its triple, so the load's :class:`SupportDelta` (triple -> graphs gained minus
graphs lost) and the current ``kgo:supportCount`` give the new count of every fact it
touches, and only those facts are read and written (:func:`apply_delta`).

It is exact under the same rules as the SPARQL refresh: a triple counts once per named
graph (duplicates in a graph count once), ``kgo:mentionedIn`` and non-entity subjects stay
out, the default graph and the facts graph itself do not count.  Where it cannot follow
(a graph's quads not contiguous in the input, so its duplicates could not be told apart; a
load that writes the facts graph; a blank node as object; a store whose facts graph is
missing or inconsistent) it says so and the whole graph is recomputed instead.

Memory stays flat however big the load: the delta may be applied whenever it grows large
(after any whole graphs have been loaded: the counts are read back from the store, so
applying it in several steps gives the facts one step gives), and it is applied in slices
of :data:`SLICE` triples, so neither the delta nor the fact quads written grow with the
corpus (a 100,000-document build kept them all until the end: 3.4 GB).

The summaries (:mod:`kg.store.summaries`) keep a first and a last date, which a
count cannot follow: the delta only notes the attackers and mentioned entities the load
names (in the graphs that come and in those that go), and their summaries are recomputed
after the facts.
"""
from __future__ import annotations

from pyoxigraph import BlankNode, Literal, NamedNode, Quad, RdfFormat, Store, parse

from kg.store.facts import ENTITY_BASE, add_facts, fact_iri, fact_statement
from kg.store.layout import STAMP
from kg.store.summaries import refresh_summaries
from kg.store.summary_touched import Touched
from kg.vocab import FACTS_GRAPH, KGO, RDF

_ENTITY_LINE = b"<" + ENTITY_BASE.encode("utf-8")
# an attack's attacker line: the attackers whose summaries a load touches
_ATTACKER = b" <" + KGO.attacker.value.encode("utf-8") + b"> "
# a statement's subject line: the backers whose summaries a load touches
_STATEMENT_SUBJECT = b" <" + RDF.subject.value.encode("utf-8") + b"> "
# an attack's place and target lines: the places whose summaries a load touches
_PLACE = b" <" + KGO.place.value.encode("utf-8") + b"> "
_TARGET = b" <" + KGO.target.value.encode("utf-8") + b"> "
# an attack's event code line: the event types whose summaries a load touches
_EVENT_CODE = b" <" + KGO.eventCode.value.encode("utf-8") + b"> "
#: Changed triples whose facts are read and written together in :func:`apply_delta`.
SLICE = 20_000


class SupportDelta:
    """Triple -> number of graphs that state it after a load minus before it."""

    def __init__(self) -> None:
        self.change: dict[tuple, int] = {}
        #: True when the delta cannot be trusted: recompute the whole facts graph.
        self.whole = False
        #: Set by a store whose facts graph is of this code's layout (or new): applying the
        #: delta stamps it (:mod:`kg.store.layout`); a delta of unknown origin leaves the
        #: stamp as it is.
        self.stamp = False
        self._graph = None
        self._triples: set[tuple] = set()
        # graphs met in this load, kept when the delta is applied part way: a graph met
        # again after that would add to what was counted, so it still says "whole"
        self._seen: set = set()
        #: attackers and entities named in the graphs met: their summaries are recomputed
        self.touched = Touched()

    def __len__(self) -> int:
        """Triples counted and not yet applied (what the delta holds in memory)."""
        return len(self.change) + len(self._triples)

    # -- graphs entering the store, quad by quad ----------------------------------

    def add(self, quad: Quad) -> None:
        """A quad the load writes (every quad of the input may be given: this filters)."""
        graph = quad.graph_name
        if graph != self._graph:
            self._close_graph()
            if not isinstance(graph, NamedNode):
                self._graph = None
                return
            if graph in self._seen or graph == FACTS_GRAPH:
                self.whole = True
            self._graph = graph
            self._seen.add(graph)
        if self.whole:  # nothing counted is used: the whole graph is recomputed
            return
        self.touched.add(quad)
        triple = _entity_triple(quad)
        if triple is not None:
            if isinstance(triple[2], BlankNode):
                self.whole = True
            self._triples.add(triple)

    def add_nquads(self, data: bytes) -> None:
        """The quads of N-Quads bytes (a build's batch); only entity, attacker, place,
        target, event-code and statement-subject lines are parsed."""
        lines = b"\n".join(line for line in data.split(b"\n")
                           if line.startswith(_ENTITY_LINE) or _ATTACKER in line
                           or _STATEMENT_SUBJECT in line or _PLACE in line or _TARGET in line
                           or _EVENT_CODE in line)
        if lines:
            for quad in parse(lines, format=RdfFormat.N_QUADS):
                self.add(quad)

    def _close_graph(self) -> None:
        if self.whole:
            self.change.clear()
            self._triples = set()
            return
        for triple in self._triples:
            self.change[triple] = self.change.get(triple, 0) + 1
        self._triples = set()

    # -- graphs leaving the store ---------------------------------------------------

    def remove_graph(self, store: Store, graph) -> None:
        """The graph is about to be dropped from ``store``: its triples lose its support."""
        if not isinstance(graph, NamedNode):
            return
        if graph == FACTS_GRAPH:
            self.whole = True
        if self.whole:
            return
        triples = set()
        for quad in store.quads_for_pattern(None, None, None, graph):
            # every quad, entity triples too: a relation that goes changes its ends' links
            # (kg.store.summary_links), a stated opposition or class the hostility flag
            self.touched.add(quad)
            triple = _entity_triple(quad)
            if triple is not None:
                triples.add(triple)
        for triple in triples:
            self.change[triple] = self.change.get(triple, 0) - 1

    def finish(self) -> None:
        self._close_graph()
        self._graph = None


def _entity_triple(quad: Quad) -> tuple | None:
    s = quad.subject
    if isinstance(s, NamedNode) and s.value.startswith(ENTITY_BASE) and quad.predicate != KGO.mentionedIn:
        return (s, quad.predicate, quad.object)
    return None


def facts_graph_exact(store: Store) -> bool:
    """True when the store's facts graph can be updated by a delta: it exists, or the
    store is empty (a new store, whose facts graph is empty)."""
    return store.contains_named_graph(FACTS_GRAPH) or next(iter(store), None) is None


def apply_delta(store: Store, delta: SupportDelta) -> int:
    """Bring the facts graph up to date with ``delta`` and empty it; returns the facts written.

    Reads one ``kgo:supportCount`` per changed triple: the cost follows the load, not the
    store.  A count that would go below zero means the graph was not exact: it is then
    recomputed whole, as it is when the delta says so.  The delta is emptied (the graphs it
    has met are kept), so a load may apply it again after more graphs.
    """
    delta.finish()
    change, delta.change = delta.change, {}
    touched, delta.touched = delta.touched, Touched()
    if delta.whole:
        add_facts(store)  # the summaries too
        delta.whole = False  # exact again: what follows can be counted
        return -1
    written = 0
    items = [(triple, n) for triple, n in change.items() if n]
    del change
    for start in range(0, len(items), SLICE):
        if not _apply_slice(store, items[start:start + SLICE]):
            add_facts(store)
            return -1
        written += min(SLICE, len(items) - start)
    store.add_graph(FACTS_GRAPH)
    refresh_summaries(store, touched)  # of the attackers and entities the load named
    if delta.stamp:
        store.add(STAMP)  # a new store's first load: its summaries are this code's
    return written


def _apply_slice(store: Store, items: list[tuple[tuple, int]]) -> bool:
    """Write the new counts of some changed triples; False when one would go below zero."""
    remove: list[Quad] = []
    add: list[Quad] = []
    for (s, p, o), change in items:
        node = fact_iri(s, p, o)
        old = next(store.quads_for_pattern(node, KGO.supportCount, None, FACTS_GRAPH), None)
        count = (int(old.object.value) if old is not None else 0) + change
        if count < 0 or (old is None and change < 0):
            return False
        if old is not None:
            remove.append(old)
        if count == 0:
            remove += fact_statement(s, p, o, node)
        else:
            if old is None:
                add += fact_statement(s, p, o, node)
            add.append(Quad(node, KGO.supportCount, Literal(count), FACTS_GRAPH))
    for quad in remove:
        store.remove(quad)
    if add:
        # the bulk loader: 8x faster than a transaction for a new store's 100 k quads, and
        # a bulk load is no transaction anyway (a stopped one is caught by the marker)
        store.bulk_extend(add)
    return True

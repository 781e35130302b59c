"""The facts graph: each entity triple of the document graphs once, with its support.

The document graphs stay the truth (one named graph per document, replaced and removed
whole).  Next to them a store keeps ``FACTS_GRAPH``: every triple whose subject is an
entity (``ent:``) and that some graph of the store states, once, except ``kgo:mentionedIn``
(the link from an entity to its documents, which stays in the document graphs: evidence
is one hop away).  For each such triple a fact node records it and how many graphs (one
per document, or a loaded file's graph) contain it::

    GRAPH graph:facts {
      ent:iran kgo:supports ent:houthis .
      fact:3f2a… kgo:factSubject ent:iran ; kgo:factPredicate kgo:supports ;
                 kgo:factObject ent:houthis ; kgo:supportCount 12 .
    }

Queries read the entity facts there (one row per fact, not one per document that repeats
it), which is what keeps joins over relations small on a big store.

The graph is never edited by hand: :func:`refresh_update` recomputes the facts of some
subjects (or of all) from the document graphs, so it is exact by construction — a fact
stated by two documents survives the removal of one, and goes with the last.  The
store sends the refresh in the same SPARQL update as the change of a document, so a
reader never sees the two disagree.  The same text runs on a graph file loaded into
memory (:func:`add_facts`), so ``kg query --graph`` reads the same graph.

The graph also holds per-attacker attack summaries (:mod:`kg.store.summaries`), recomputed
with the facts of the documents that name the attacker, and the neighbour set
(:mod:`kg.store.summary_links`), whose triples have entity subjects: ``kgo:linkedWith`` is
no fact, so the refresh of an entity's facts leaves those triples to their own update.
"""
from __future__ import annotations

import hashlib
from typing import Iterable, Iterator

from pyoxigraph import NamedNode, Quad, Store

from kg.store.layout import STAMP, remove_stamp, stamp_update
from kg.store.summaries import SUMMARY_SIZE, summary_updates
from kg.vocab import FACT_BASE, FACTS_GRAPH, ID, KGO

ENTITY_BASE = ID.base + "entity/"

# The fact node's IRI hashes the triple; a literal object keeps its language and datatype
# apart ("1" and 1 are two facts).
_FACT_IRI = ('IRI(CONCAT("{base}", SUBSTR(SHA1(CONCAT(STR(?s), " ", STR(?p), " ", '
             'IF(isIRI(?o), "I", "L"), STR(?o), " ", COALESCE(LANG(?o), ""), " ", '
             'COALESCE(STR(DATATYPE(?o)), ""))), 1, 24)))').format(base=FACT_BASE)


def _values(subjects: Iterable[NamedNode] | None) -> str:
    if subjects is None:
        return f'FILTER (STRSTARTS(STR(?s), "{ENTITY_BASE}"))'
    return "VALUES ?s { " + " ".join(str(s) for s in sorted(set(subjects), key=str)) + " }"


def refresh_update(subjects: Iterable[NamedNode] | None = None) -> str:
    """A SPARQL update recomputing the facts of ``subjects`` (all entities when None).

    Every graph but the facts graph counts: a document's, a loaded file's, ``kg reason``'s.
    """
    subjects = None if subjects is None else [s for s in subjects if s.value.startswith(ENTITY_BASE)]
    if subjects is not None and not subjects:
        return ""
    facts, values = str(FACTS_GRAPH), _values(subjects)
    if subjects is None:
        clear = f"DROP SILENT GRAPH {facts} ;\n"
    else:
        clear = (f"DELETE {{ GRAPH {facts} {{ ?f ?fp ?fo }} }} WHERE {{ {values} "
                 f"GRAPH {facts} {{ ?f {KGO.factSubject} ?s . ?f ?fp ?fo }} }} ;\n"
                 f"DELETE {{ GRAPH {facts} {{ ?s ?p ?o }} }} WHERE {{ {values} "
                 f"GRAPH {facts} {{ ?s ?p ?o }} FILTER (?p != {KGO.linkedWith}) }} ;\n")
    return clear + f"""INSERT {{ GRAPH {facts} {{
    ?s ?p ?o .
    ?f {KGO.factSubject} ?s ; {KGO.factPredicate} ?p ; {KGO.factObject} ?o ; {KGO.supportCount} ?n .
}} }}
WHERE {{
  {{ SELECT ?s ?p ?o (COUNT(DISTINCT ?g) AS ?n) WHERE {{
      {values}
      GRAPH ?g {{ ?s ?p ?o }}
      FILTER (?g != {facts} && ?p != {KGO.mentionedIn})
    }} GROUP BY ?s ?p ?o }}
  BIND ({_FACT_IRI} AS ?f)
}}"""


def whole_updates() -> list[str]:
    """The SPARQL updates recomputing the whole facts graph, then each kind of summary
    (a remote store gets them one request at a time, each within the request timeout),
    and last the layout stamp (:mod:`kg.store.layout`; the first drops the old one)."""
    return [refresh_update(None), *summary_updates(None), stamp_update()]


def whole_update() -> str:
    """The SPARQL update recomputing the whole facts graph, attack summaries included
    (what an rdflib dataset runs)."""
    return " ;\n".join(whole_updates())


def entity_subjects(triples) -> set[NamedNode]:
    """The entity subjects among triples or quads (what a refresh must look at)."""
    return {t.subject for t in triples
            if isinstance(t.subject, NamedNode) and t.subject.value.startswith(ENTITY_BASE)}


#: Entity subjects whose facts :func:`add_facts` computes and writes together: what it
#: holds in Python is the fact quads of this many entities, not of the whole store.
SUBJECT_BATCH = 500
#: New fact quads given to the bulk loader at once by :func:`add_facts`.
WRITE_QUADS = 200_000

_ENTITY_SUBJECTS = f"""SELECT DISTINCT ?s WHERE {{
  {{ GRAPH ?g {{ ?s ?p ?o }} FILTER (STRSTARTS(STR(?s), "{ENTITY_BASE}")) }}
  UNION {{ GRAPH {FACTS_GRAPH} {{ ?f {KGO.factSubject} ?s }} }}
}}"""

_FACTS_OF = f"""SELECT ?s ?p ?o (COUNT(DISTINCT ?g) AS ?n) WHERE {{
  {{values}}
  GRAPH ?g {{ ?s ?p ?o }}
  FILTER (?g != {FACTS_GRAPH} && ?p != {KGO.mentionedIn})
}} GROUP BY ?s ?p ?o"""

_FACTS_SIZE = f"SELECT (COUNT(*) AS ?n) WHERE {{ GRAPH {FACTS_GRAPH} {{ ?s ?p ?o }} }}"


def fact_iri(s: NamedNode, p: NamedNode, o) -> NamedNode:
    """The fact node of a triple: the same IRI the SPARQL of :func:`refresh_update` makes."""
    if isinstance(o, NamedNode):
        obj, lang, datatype = "I" + o.value, "", ""
    else:
        obj, lang, datatype = "L" + o.value, o.language or "", o.datatype.value
    key = f"{s.value} {p.value} {obj} {lang} {datatype}"
    return NamedNode(FACT_BASE + hashlib.sha1(key.encode("utf-8")).hexdigest()[:24])


def fact_statement(s: NamedNode, p: NamedNode, o, node: NamedNode | None = None) -> list[Quad]:
    """The facts graph's quads of one fact but its count: the triple itself and its node's
    subject, predicate and object (``node``: its :func:`fact_iri`, when known)."""
    node = node or fact_iri(s, p, o)
    return [Quad(s, p, o, FACTS_GRAPH), Quad(node, KGO.factSubject, s, FACTS_GRAPH),
            Quad(node, KGO.factPredicate, p, FACTS_GRAPH), Quad(node, KGO.factObject, o, FACTS_GRAPH)]


def fact_quads(store, subjects: list[NamedNode] | None = None) -> set[Quad]:
    """The facts graph's quads of some entities (all when None), computed from the store's
    other graphs."""
    if subjects is None:
        subjects = entity_subjects_of(store)
        if not subjects:
            return set()
    quads = set()
    for row in store.query(_FACTS_OF.replace("{values}", _values(subjects))):
        s, p, o, n = row[0], row[1], row[2], row[3]
        node = fact_iri(s, p, o)
        quads.update(fact_statement(s, p, o, node))
        quads.add(Quad(node, KGO.supportCount, n, FACTS_GRAPH))
    return quads


def entity_subjects_of(store: Store) -> list[NamedNode]:
    """Every entity that is a subject in a graph of the store, or has facts (sorted)."""
    return sorted((row[0] for row in store.query(_ENTITY_SUBJECTS)), key=str)


def _present(store: Store, subjects: list[NamedNode]) -> set[Quad]:
    """The facts graph's quads of some entities as they are: their direct triples and
    every quad of their fact nodes."""
    quads = set()
    for s in subjects:
        quads.update(q for q in store.quads_for_pattern(s, None, None, FACTS_GRAPH)
                     if q.predicate != KGO.linkedWith)
        for link in store.quads_for_pattern(None, KGO.factSubject, s, FACTS_GRAPH):
            quads.update(store.quads_for_pattern(link.subject, None, None, FACTS_GRAPH))
    return quads


def add_facts(store) -> None:
    """(Re)compute the whole facts graph of a pyoxigraph Store or an rdflib Dataset, its
    attack summaries included.

    On Oxigraph the facts are computed and written :data:`SUBJECT_BATCH` entities at a
    time, so memory follows the batch, not the store (the whole graph computed at once
    held 0.8 GB in Python at 10,000 documents, and grows with the corpus).  Only the
    difference is written: dropping and rewriting the graph costs more than computing it,
    and after loading a few documents into a big store little changes.  A quad that no
    entity's batch reaches (the graph was written by something else) is found by the
    count at the end, and the graph is then written again from nothing.  rdflib runs the
    SPARQL update.
    """
    if not isinstance(store, Store):
        store.update(whole_update())
        return
    remove_stamp(store)  # written again last: a recomputation stopped half way leaves none
    subjects = entity_subjects_of(store)
    batches = [subjects[i:i + SUBJECT_BATCH] for i in range(0, len(subjects), SUBJECT_BATCH)]
    written = _write(store, batches)
    if _size(store, _FACTS_SIZE) - _size(store, SUMMARY_SIZE) != written:
        store.remove_graph(FACTS_GRAPH)
        _write(store, batches, fresh=True)
    for update in summary_updates(None):
        store.update(update)
    store.add(STAMP)


def _size(store: Store, query: str) -> int:
    return int(next(iter(store.query(query)))[0].value)


def _write(store: Store, batches: list[list[NamedNode]], fresh: bool = False) -> int:
    """Make the facts of each batch of entities what the other graphs say (``fresh``: the
    graph holds none of them); returns how many quads they are.

    New quads go to the bulk loader (8x faster than a transaction for a new store's quads)
    :data:`WRITE_QUADS` at a time rather than once per batch of entities: each bulk load
    leaves files of its own in RocksDB, whose indexes stay in memory.
    """
    written, pending = 0, []
    for subjects in batches:
        wanted = fact_quads(store, subjects)
        present = set() if fresh else _present(store, subjects)
        for quad in present - wanted:
            store.remove(quad)
        pending += wanted - present
        written += len(wanted)
        if len(pending) >= WRITE_QUADS:
            store.bulk_extend(pending)
            pending = []
    if pending:
        store.bulk_extend(pending)
    return written

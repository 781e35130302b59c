"""An analysed :class:`~kg.model.Doc` -> RDF quads in the document's named graph.

Shape of the output (see ``ontology/shabaka.ttl``):

* entities: ``rdf:type``, ``rdfs:label`` per language, ``skos:altLabel`` for other
  surface forms seen, ``kgo:mentionedIn`` the document, ``skos:exactMatch`` Wikidata,
  ``kgo:cameoCode``; a document-scoped description (the gunmen) gets an IRI inside its
  document;
* relations: the direct triple (``:iran kgo:supports :houthis``) unless denied, and a
  ``kgo:Statement`` node per assertion with ``rdf:subject/predicate/object``, polarity,
  confidence, rule, evidence sentence and who said it (Wikidata's truthy triple plus
  statement node);
* attacks: an ``kgo:Attack`` (or subclass) node with attacker, target (either may be
  unknown and then absent; an armed clash writes both sides in both roles), place, date,
  weapon, fatalities and injured with their qualifiers, CAMEO and ACLED concepts, and the
  same provenance as statements;
* the document (``nif:Context``) and evidence sentences (``nif:Sentence`` with offsets).
"""
from __future__ import annotations

import re
from functools import lru_cache
from typing import Iterator

from pyoxigraph import Literal, Quad, RdfFormat, parse

from kg.model import ASSERTED, DENIED, REPORTED, Attack, Doc, Entity, Evidence, Relation
from kg.rdf.iris import attack_text, document_text, entity_iri, statement_text
from kg.vocab import (ACLED, ATTACK_KINDS, CAMEO, DCTERMS, KGO, NIF, PROV, RDF, RDFS, SKOS, WD,
                      XSD, acled_slug, class_parents)

# Terms are kept as their N-Triples text ("<iri>", '"text"@ar'), not pyoxigraph terms:
# building a NamedNode or Literal copies it into Rust (~1.5 us), hashing one hashes the
# text again on every use, and writing it makes a new Python string; a str is built once,
# hashes once and is written as it is. Each quad is kept as its line without the graph.


class _Refs:
    """``<iri>`` of a namespace's terms, each made once (``_Refs(KGO).attacker``)."""

    def __init__(self, namespace):
        self._namespace = namespace

    def __getattr__(self, name: str) -> str:
        if name.startswith("_"):
            raise AttributeError(name)
        ref = self.__dict__[name] = f"<{self._namespace[name].value}>"
        return ref

    def __getitem__(self, name: str) -> str:
        return self.__dict__.get(name) or self.__getattr__(name)


_KGO, _RDF, _RDFS, _NIF, _DCT = _Refs(KGO), _Refs(RDF), _Refs(RDFS), _Refs(NIF), _Refs(DCTERMS)
_SKOS, _PROV, _XSD, _WD, _CAMEO, _ACLED = (_Refs(SKOS), _Refs(PROV), _Refs(XSD), _Refs(WD),
                                           _Refs(CAMEO), _Refs(ACLED))
_TYPE = _RDF.type
_POLARITY = {ASSERTED: _KGO.Asserted, REPORTED: _KGO.Reported, DENIED: _KGO.Denied}

# What pyoxigraph escapes in a literal (controls, quote, backslash, DEL, U+FFFE/FFFF) and
# lone surrogates (which it refuses): such a value is written by pyoxigraph itself, so the
# bytes and the errors stay its own. tests/rdf/test_mapping.py checks every code point.
_ESCAPED = re.compile("[\x00-\x1f\"\\\\\x7f\ufffe\uffff\ud800-\udfff]")


def _quoted(value: str) -> str:
    if _ESCAPED.search(value) is None:
        return '"' + value + '"'
    return str(Literal(value))


_LANG_TAGS: dict[str, str] = {}


def _lit(value: str, lang: str | None = None) -> str:
    if not lang:
        return _quoted(value)
    tag = _LANG_TAGS.get(lang)
    if tag is None:
        # pyoxigraph checks and lowercases the tag: take its own form, once per tag.
        tag = _LANG_TAGS[lang] = str(Literal("", language=lang))[2:]
    return _quoted(value) + tag


def _typed(value: str, datatype: str) -> str:
    return _quoted(value) + "^^" + datatype


def _int(value: int) -> str:
    return f'"{value}"^^{_XSD.nonNegativeInteger}'


@lru_cache(maxsize=16384)   # pure, called for every fact naming an entity
def _entity_ref(key: str, scope: str | None) -> str:
    # Through entity_iri: a NamedNode checks the key's characters once per entity.
    return f"<{entity_iri(key, scope).value}>"


class DocGraph:
    """Collects the quads of one document, without duplicates, in a stable order."""

    def __init__(self, doc: Doc):
        self.doc = doc
        self.graph = f"<{document_text(doc.id)}>"
        # "s p o" line -> None: a dict keeps the first-seen order and drops duplicates.
        self._lines: dict[str, None] = {}
        self._types: set[str] = set()       # objects of rdf:type, for class_axioms
        self._sentence_nodes: dict[tuple, str] = {}   # each evidence sentence, written once

    def add(self, s: str, p: str, o: str) -> None:
        self._lines[f"{s} {p} {o}"] = None

    def add_type(self, s: str, cls: str) -> None:
        self._lines[f"{s} {_TYPE} {cls}"] = None
        self._types.add(cls)

    def __len__(self) -> int:
        return len(self._lines)

    def quads(self) -> list[Quad]:
        return list(parse(self.nquads(), format=RdfFormat.N_QUADS))

    def nquads(self) -> bytes:
        """The same quads as N-Quads text, byte for byte what pyoxigraph writes for them."""
        if not self._lines:
            return b""
        suffix = f" {self.graph} .\n"
        return (suffix.join(self._lines) + suffix).encode()

    # -- parts -------------------------------------------------------------------

    def class_axioms(self) -> None:
        """rdfs:subClassOf for the classes used, up to the top (Region -> Place), so the
        data alone tells that a Region is a Place and a DroneStrike an Attack."""
        for line in _class_axiom_lines(frozenset(self._types)):
            self._lines[line] = None

    def document(self) -> None:
        d = self.doc.document
        node = self.graph
        self.add_type(node, _KGO.Document)
        self.add_type(node, _NIF.Context)
        self.add(node, _DCT.identifier, _lit(d.id))
        self.add(node, _NIF.isString, _lit(d.text))
        self.add(node, _DCT.language, _lit(self.doc.lang))
        if d.title:
            self.add(node, _DCT.title, _lit(d.title, self.doc.lang))
        if d.date:
            self.add(node, _DCT.issued, _typed(d.date.isoformat(), _XSD.date))
        if d.source:
            self.add(node, _DCT.source, _lit(d.source))
        if d.url:
            self.add(node, _NIF.sourceUrl, _typed(d.url, _XSD.anyURI))

    def ent(self, key: str) -> str:
        """The IRI of entity ``key`` as this document names it: inside the document when
        the entity is a document-scoped description (Entity.scope)."""
        e = self.doc.entities.get(key)
        return _entity_ref(key, e.scope if e is not None else None)

    def entity(self, e: Entity) -> str:
        node = _entity_ref(e.key, e.scope)
        self.add_type(node, _KGO[e.cls])
        for lang, label in sorted(e.labels.items()):
            self.add(node, _RDFS.label, _lit(label, lang))
        labels = {(label, lang) for lang, label in e.labels.items()}
        for alias, lang in sorted(e.aliases - labels):
            self.add(node, _SKOS.altLabel, _lit(alias, lang))
        if e.wikidata:
            self.add(node, _SKOS.exactMatch, _WD[e.wikidata])
        if e.cameo:
            self.add(node, _KGO.cameoCode, _lit(e.cameo))
        self.add(node, _KGO.mentionedIn, self.graph)
        return node

    def sentence(self, ev: Evidence) -> str:
        # Each fact names its sentence: the IRI (quoting the document id) is made, and the
        # sentence described, once.
        key = (ev.doc_id, ev.start, ev.end)
        node = self._sentence_nodes.get(key)
        if node is None:
            node = self._sentence_nodes[key] = f"<{document_text(ev.doc_id)}#char={ev.start},{ev.end}>"
            self.add_type(node, _NIF.Sentence)
            self.add(node, _NIF.referenceContext, self.graph)
            self.add(node, _NIF.beginIndex, _int(ev.start))
            self.add(node, _NIF.endIndex, _int(ev.end))
            self.add(node, _NIF.anchorOf, _lit(self.doc.text[ev.start:ev.end]))
        return node

    def provenance(self, node: str, ev: Evidence, rule: str, confidence: float,
                   polarity: str) -> None:
        self.add(node, _KGO.evidence, self.sentence(ev))
        self.add(node, _PROV.wasDerivedFrom, self.graph)
        self.add(node, _KGO.extractionRule, _lit(rule))
        self.add(node, _KGO.confidence, f'"{confidence:.2f}"^^{_XSD.decimal}')
        self.add(node, _KGO.polarity, _POLARITY[polarity])
        if ev.said_by:
            self.add(node, _KGO.saidBy, self.ent(ev.said_by))

    def relation(self, r: Relation) -> None:
        s, o = self.ent(r.subject), self.ent(r.object)
        p = _KGO[r.predicate]
        if r.polarity != DENIED:
            self.add(s, p, o)
        stmt = "<" + statement_text(self.doc.id, r.subject, r.predicate, r.object,
                                    r.evidence.start, r.evidence.end, r.polarity) + ">"
        self.add_type(stmt, _KGO.Statement)
        self.add(stmt, _RDF.subject, s)
        self.add(stmt, _RDF.predicate, p)
        self.add(stmt, _RDF.object, o)
        self.provenance(stmt, r.evidence, r.rule, r.confidence, r.polarity)

    def attack(self, a: Attack) -> None:
        node = "<" + attack_text(self.doc.id, a.attacker, a.target, a.date, a.evidence.start,
                                 a.kind, a.place) + ">"
        self.add_type(node, _KGO[a.kind])
        # An armed clash: each side fought the other, so both are attacker and target. With
        # one side unknown, the known one keeps its own role only (never "X attacked X").
        both = a.mutual and a.attacker and a.target
        attackers = [a.attacker, a.target] if both else [a.attacker, *a.allies] if a.attacker else []
        targets = [a.target, a.attacker] if both else [a.target] if a.target else []
        for key in attackers:
            self.add(node, _KGO.attacker, self.ent(key))
        for key in targets:
            self.add(node, _KGO.target, self.ent(key))
        if a.place:
            self.add(node, _KGO.place, self.ent(a.place))
        if a.date:
            self.add(node, _KGO.date, _typed(a.date.isoformat(), _XSD.date))
        for w in a.weapons:
            self.add(node, _KGO.weapon, self.ent(w))
        for count, number, qualifier in ((a.fatalities, _KGO.fatalities, _KGO.fatalitiesQualifier),
                                         (a.injured, _KGO.injured, _KGO.injuredQualifier)):
            if count is not None:
                self.add(node, number, _int(count.value))
                self.add(node, qualifier, _lit(count.qualifier))
        cameo, acled = ATTACK_KINDS[a.kind]
        self.add(node, _KGO.eventCode, _CAMEO[cameo])
        if acled:
            self.add(node, _KGO.acledSubEventType, _ACLED[acled_slug(acled)])
        self.add(node, _RDFS.label, _lit(self._attack_label(a), "en"))
        self.provenance(node, a.evidence, a.rule, a.confidence, a.polarity)

    def _attack_label(self, a: Attack) -> str:
        def name(key):
            e = self.doc.entities.get(key)
            return (e.labels.get("en") or e.labels.get("ar") or key) if e else key
        when = f" on {a.date.isoformat()}" if a.date else ""
        where = f" in {name(a.place)}" if a.place else ""
        if a.mutual and a.attacker and a.target:
            return f"{a.kind} between {name(a.attacker)} and {name(a.target)}{where}{when}"
        who = " and ".join(name(k) for k in (a.attacker, *a.allies)) if a.attacker else "unknown attacker"
        whom = name(a.target) if a.target else "unknown target"
        return f"{a.kind} by {who} on {whom}{where if not a.target else ''}{when}"


@lru_cache(maxsize=4096)   # few sets of classes recur: every document asks
def _class_axiom_lines(types: frozenset[str]) -> tuple[str, ...]:
    """The "s p o" lines of :meth:`DocGraph.class_axioms` for the rdf:type objects ``types``."""
    parents = class_parents()
    used = {o[1 + len(KGO.base):-1] for o in types if o[1:-1] in KGO}
    seen: set[str] = set()
    pairs: set[tuple[str, str]] = set()
    while used:
        cls = used.pop()
        if cls in seen:
            continue
        seen.add(cls)
        for parent in parents.get(cls, ()):
            pairs.add((cls, parent))
            used.add(parent)
    # Sorted: set order changes with the process's hash seed, and the output must
    # not (Dask workers and local workers must write the same bytes).
    return tuple(f"{_KGO[cls]} {_RDFS.subClassOf} {_KGO[parent]}" for cls, parent in sorted(pairs))


def doc_to_quads(doc: Doc) -> list[Quad]:
    """All quads of one analysed document, in its own named graph."""
    return doc_graph(doc).quads()


def doc_to_nquads(doc: Doc) -> tuple[bytes, int]:
    """(N-Quads text, number of quads) of one analysed document: the fast path of
    ``kg build``, same bytes as serialising :func:`doc_to_quads`."""
    g = doc_graph(doc)
    return g.nquads(), len(g)


def doc_graph(doc: Doc) -> DocGraph:
    """The :class:`DocGraph` of one analysed document, filled."""
    g = DocGraph(doc)
    g.document()
    used = _used_entities(doc)
    for key in sorted(used):
        g.entity(doc.entities[key])
    for r in doc.relations:
        g.relation(r)
    for a in doc.attacks:
        g.attack(a)   # a denied attack keeps its roles with polarity kgo:Denied; queries filter it
    g.class_axioms()
    return g


def _used_entities(doc: Doc) -> set[str]:
    # A named entity is written wherever it is mentioned; a document-scoped description
    # ("officials", "the gunmen") only when it takes part in a fact: otherwise every
    # article would add its own bare "officials" node.
    used = {m.entity for m in doc.mentions
            if m.entity in doc.entities and doc.entities[m.entity].scope is None}
    for r in doc.relations:
        used.update((r.subject, r.object))
        if r.evidence.said_by:
            used.add(r.evidence.said_by)
    for a in doc.attacks:
        used.update(k for k in (a.attacker, *a.allies, a.target, a.place, *a.weapons) if k)
        if a.evidence.said_by:
            used.add(a.evidence.said_by)
    return {k for k in used if k in doc.entities}


def iter_quads(docs) -> Iterator[Quad]:
    for doc in docs:
        yield from doc_to_quads(doc)

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

from typing import Iterator

from pyoxigraph import Literal, NamedNode, Quad

from kg.model import ASSERTED, DENIED, REPORTED, Attack, Doc, Entity, Evidence, Relation
from kg.rdf.iris import attack_iri, document_iri, entity_iri, sentence_iri, statement_iri
from kg.vocab import (ACLED, ATTACK_KINDS, CAMEO, DCTERMS, KGO, NIF, PROV, RDF, RDFS, SKOS, WD,
                      XSD, acled_slug, class_parents)

_POLARITY = {ASSERTED: KGO.Asserted, REPORTED: KGO.Reported, DENIED: KGO.Denied}


def _lit(value: str, lang: str | None = None) -> Literal:
    return Literal(value, language=lang) if lang else Literal(value)


def _int(value: int) -> Literal:
    return Literal(str(value), datatype=XSD.nonNegativeInteger)


_NT_NAMES: dict[NamedNode, str] = {}


def _nt(term) -> str:
    """N-Triples form of a term (``str`` of a pyoxigraph term); IRIs are memoised."""
    if type(term) is NamedNode:
        text = _NT_NAMES.get(term)
        if text is None:
            text = str(term)
            if len(_NT_NAMES) >= 20_000:   # bounded: flat memory on any corpus; the
                _NT_NAMES.clear()          # terms that repeat come straight back
            _NT_NAMES[term] = text
        return text
    return str(term)


class DocGraph:
    """Collects the quads of one document, without duplicates, in a stable order."""

    def __init__(self, doc: Doc):
        self.doc = doc
        self.graph = document_iri(doc.id)
        # (s, p, o) tuples, not Quads: building a pyoxigraph Quad costs ~5 us (it copies
        # every term into Rust), a tuple ~0.5 us; Quads are made only if asked for.
        self._triples: dict[tuple, None] = {}
        self._sentence_nodes: dict[tuple, NamedNode] = {}   # each evidence sentence, written once

    def add(self, s, p, o) -> None:
        self._triples[(s, p, o)] = None

    def __len__(self) -> int:
        return len(self._triples)

    def quads(self) -> list[Quad]:
        g = self.graph
        return [Quad(s, p, o, g) for s, p, o in self._triples]

    def nquads(self) -> bytes:
        """The same quads as N-Quads text, byte for byte what pyoxigraph writes for them."""
        suffix = f" {self.graph} .\n"
        names = _NT_NAMES
        named = NamedNode
        # _nt written out for the object (a call per quad saved): a memoised IRI, or a
        # literal's own N-Triples form.
        return "".join([f"{names.get(s) or _nt(s)} {names.get(p) or _nt(p)} "
                        f"{(names.get(o) or _nt(o)) if type(o) is named else str(o)}{suffix}"
                        for s, p, o in self._triples]).encode()

    # -- parts -------------------------------------------------------------------

    def class_axioms(self) -> None:
        """rdfs:subClassOf for the classes used, up to the top (Region -> Place), so the
        data alone tells that a Region is a Place and a DroneStrike an Attack."""
        parents = class_parents()
        used = {o.value[len(KGO.base):] for _s, p, o in self._triples
                if p == RDF.type and o.value in KGO}
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
        for cls, parent in sorted(pairs):
            self.add(KGO[cls], RDFS.subClassOf, KGO[parent])

    def document(self) -> None:
        d = self.doc.document
        node = self.graph
        self.add(node, RDF.type, KGO.Document)
        self.add(node, RDF.type, NIF.Context)
        self.add(node, DCTERMS.identifier, _lit(d.id))
        self.add(node, NIF.isString, _lit(d.text))
        self.add(node, DCTERMS.language, _lit(self.doc.lang))
        if d.title:
            self.add(node, DCTERMS.title, _lit(d.title, self.doc.lang))
        if d.date:
            self.add(node, DCTERMS.issued, Literal(d.date.isoformat(), datatype=XSD.date))
        if d.source:
            self.add(node, DCTERMS.source, _lit(d.source))
        if d.url:
            self.add(node, NIF.sourceUrl, Literal(d.url, datatype=XSD.anyURI))

    def ent(self, key: str) -> NamedNode:
        """The IRI of entity ``key`` as this document names it: inside the document when
        the entity is a document-scoped description (Entity.scope)."""
        e = self.doc.entities.get(key)
        return entity_iri(key, e.scope if e is not None else None)

    def entity(self, e: Entity) -> NamedNode:
        node = entity_iri(e.key, e.scope)
        self.add(node, RDF.type, KGO[e.cls])
        for lang, label in sorted(e.labels.items()):
            self.add(node, RDFS.label, _lit(label, lang))
        labels = {(label, lang) for lang, label in e.labels.items()}
        for alias, lang in sorted(e.aliases - labels):
            self.add(node, SKOS.altLabel, _lit(alias, lang))
        if e.wikidata:
            self.add(node, SKOS.exactMatch, WD[e.wikidata])
        if e.cameo:
            self.add(node, KGO.cameoCode, _lit(e.cameo))
        self.add(node, KGO.mentionedIn, self.graph)
        return node

    def sentence(self, ev: Evidence) -> NamedNode:
        # Each fact names its sentence: the IRI (quoting the document id) is made, and the
        # sentence described, once.
        key = (ev.doc_id, ev.start, ev.end)
        node = self._sentence_nodes.get(key)
        if node is None:
            node = self._sentence_nodes[key] = sentence_iri(ev.doc_id, ev.start, ev.end)
            self.add(node, RDF.type, NIF.Sentence)
            self.add(node, NIF.referenceContext, self.graph)
            self.add(node, NIF.beginIndex, _int(ev.start))
            self.add(node, NIF.endIndex, _int(ev.end))
            self.add(node, NIF.anchorOf, _lit(self.doc.text[ev.start:ev.end]))
        return node

    def provenance(self, node: NamedNode, ev: Evidence, rule: str, confidence: float,
                   polarity: str) -> None:
        self.add(node, KGO.evidence, self.sentence(ev))
        self.add(node, PROV.wasDerivedFrom, self.graph)
        self.add(node, KGO.extractionRule, _lit(rule))
        self.add(node, KGO.confidence, Literal(f"{confidence:.2f}", datatype=XSD.decimal))
        self.add(node, KGO.polarity, _POLARITY[polarity])
        if ev.said_by:
            self.add(node, KGO.saidBy, self.ent(ev.said_by))

    def relation(self, r: Relation) -> None:
        s, o = self.ent(r.subject), self.ent(r.object)
        p = KGO[r.predicate]
        if r.polarity != DENIED:
            self.add(s, p, o)
        stmt = statement_iri(self.doc.id, r.subject, r.predicate, r.object,
                             r.evidence.start, r.evidence.end, r.polarity)
        self.add(stmt, RDF.type, KGO.Statement)
        self.add(stmt, RDF.subject, s)
        self.add(stmt, RDF.predicate, p)
        self.add(stmt, RDF.object, o)
        self.provenance(stmt, r.evidence, r.rule, r.confidence, r.polarity)

    def attack(self, a: Attack) -> None:
        node = attack_iri(self.doc.id, a.attacker, a.target, a.date, a.evidence.start,
                          a.kind, a.place)
        self.add(node, RDF.type, KGO[a.kind])
        # An armed clash: each side fought the other, so both are attacker and target. With
        # one side unknown, the known one keeps its own role only (never "X attacked X").
        both = a.mutual and a.attacker and a.target
        attackers = [a.attacker, a.target] if both else [a.attacker] if a.attacker else []
        targets = [a.target, a.attacker] if both else [a.target] if a.target else []
        for key in attackers:
            self.add(node, KGO.attacker, self.ent(key))
        for key in targets:
            self.add(node, KGO.target, self.ent(key))
        if a.place:
            self.add(node, KGO.place, self.ent(a.place))
        if a.date:
            self.add(node, KGO.date, Literal(a.date.isoformat(), datatype=XSD.date))
        for w in a.weapons:
            self.add(node, KGO.weapon, self.ent(w))
        for count, number, qualifier in ((a.fatalities, KGO.fatalities, KGO.fatalitiesQualifier),
                                         (a.injured, KGO.injured, KGO.injuredQualifier)):
            if count is not None:
                self.add(node, number, _int(count.value))
                self.add(node, qualifier, _lit(count.qualifier))
        cameo, acled = ATTACK_KINDS[a.kind]
        self.add(node, KGO.eventCode, CAMEO[cameo])
        if acled:
            self.add(node, KGO.acledSubEventType, ACLED[acled_slug(acled)])
        self.add(node, RDFS.label, _lit(self._attack_label(a), "en"))
        self.provenance(node, a.evidence, a.rule, a.confidence, a.polarity)

    def _attack_label(self, a: Attack) -> str:
        def name(key):
            e = self.doc.entities.get(key)
            return (e.labels.get("en") or e.labels.get("ar") or key) if e else key
        when = f" on {a.date.isoformat()}" if a.date else ""
        where = f" in {name(a.place)}" if a.place else ""
        if a.mutual and a.attacker and a.target:
            return f"{a.kind} between {name(a.attacker)} and {name(a.target)}{where}{when}"
        who = name(a.attacker) if a.attacker else "unknown attacker"
        whom = name(a.target) if a.target else "unknown target"
        return f"{a.kind} by {who} on {whom}{where if not a.target else ''}{when}"


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
        used.update(k for k in (a.attacker, a.target, a.place, *a.weapons) if k)
        if a.evidence.said_by:
            used.add(a.evidence.said_by)
    return {k for k in used if k in doc.entities}


def iter_quads(docs) -> Iterator[Quad]:
    for doc in docs:
        yield from doc_to_quads(doc)

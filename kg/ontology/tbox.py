"""A read-only view of the ontology's axioms: classes, properties, labels, alignments.

Used by the documentation generator, by the reasoner front end (to pick the direct
facts and to explain inconsistencies) and by the tests.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from functools import cached_property

import rdflib
from rdflib.collection import Collection

from kg.vocab import KGO, OWL, RDF, RDFS, SKOS


def u(node) -> rdflib.URIRef:
    """A kg.vocab term (pyoxigraph NamedNode) as an rdflib URIRef."""
    return rdflib.URIRef(node.value)


_TYPE, _LABEL, _COMMENT = u(RDF.type), u(RDFS.label), u(RDFS.comment)
_SUBCLASS, _SUBPROP, _DOMAIN, _RANGE = u(RDFS.subClassOf), u(RDFS.subPropertyOf), u(RDFS.domain), u(RDFS.range)
_SEEALSO = u(RDFS.seeAlso)
_UNION, _ONEOF, _DISJOINT = u(OWL.unionOf), u(OWL.oneOf), u(OWL.disjointWith)
_ALLDISJOINT, _MEMBERS, _INVERSE, _EQUIV = u(OWL.AllDisjointClasses), u(OWL.members), u(OWL.inverseOf), u(OWL.equivalentClass)
_CLASS, _OBJPROP, _DATAPROP, _ANNPROP = u(OWL.Class), u(OWL.ObjectProperty), u(OWL.DatatypeProperty), u(OWL.AnnotationProperty)
_TRANSITIVE, _SYMMETRIC, _FUNCTIONAL = u(OWL.TransitiveProperty), u(OWL.SymmetricProperty), u(OWL.FunctionalProperty)
_INDIVIDUAL = u(OWL.NamedIndividual)
_CLOSE, _RELATED, _EXACT = u(SKOS.closeMatch), u(SKOS.relatedMatch), u(SKOS.exactMatch)
_NOTATION, _PREFLABEL, _INSCHEME, _BROADER = u(SKOS.notation), u(SKOS.prefLabel), u(SKOS.inScheme), u(SKOS.broader)
_SCHEME = u(SKOS.ConceptScheme)

#: Alignment predicates shown in the documentation, strongest first.
MATCH_PREDICATES = {"exactMatch": _EXACT, "closeMatch": _CLOSE, "relatedMatch": _RELATED, "seeAlso": _SEEALSO}


@dataclass
class ClassExpression:
    """A class or a union of named classes (the only class expressions used in
    domains and ranges)."""

    members: tuple[str, ...]

    @property
    def is_union(self) -> bool:
        return len(self.members) > 1


@dataclass
class Term:
    iri: str
    kind: str                                   # class | object | datatype | annotation | individual
    labels: dict[str, str] = field(default_factory=dict)
    comment: str = ""


class Tbox:
    """The axioms of an ontology graph, with the few closures the tools need."""

    def __init__(self, graph: rdflib.Graph):
        self.graph = graph

    # -- terms ----------------------------------------------------------------------

    def _declared(self, rdf_class: rdflib.URIRef) -> set[str]:
        return {str(s) for s in self.graph.subjects(_TYPE, rdf_class) if isinstance(s, rdflib.URIRef)}

    @cached_property
    def classes(self) -> set[str]:
        return self._declared(_CLASS)

    @cached_property
    def object_properties(self) -> set[str]:
        return self._declared(_OBJPROP)

    @cached_property
    def datatype_properties(self) -> set[str]:
        return self._declared(_DATAPROP)

    @cached_property
    def annotation_properties(self) -> set[str]:
        return self._declared(_ANNPROP)

    @cached_property
    def individuals(self) -> set[str]:
        return self._declared(_INDIVIDUAL)

    @cached_property
    def declared(self) -> set[str]:
        """Every IRI the ontology declares (classes, properties, individuals, schemes)."""
        return (self.classes | self.object_properties | self.datatype_properties
                | self.annotation_properties | self.individuals | self._declared(_SCHEME))

    def own(self, iris) -> list[str]:
        """The ``kgo:`` terms among ``iris``, sorted."""
        return sorted(i for i in iris if i.startswith(KGO.base))

    def term(self, iri: str) -> Term:
        kind = ("class" if iri in self.classes else "object" if iri in self.object_properties
                else "datatype" if iri in self.datatype_properties
                else "annotation" if iri in self.annotation_properties else "individual")
        node = rdflib.URIRef(iri)
        labels = {lit.language or "": str(lit) for lit in self.graph.objects(node, _LABEL)}
        comment = " ".join(str(c) for c in self.graph.objects(node, _COMMENT))
        return Term(iri, kind, labels, comment)

    def label(self, iri: str, lang: str = "en") -> str:
        return self.term(iri).labels.get(lang, "")

    # -- classes ----------------------------------------------------------------------

    def superclasses(self, iri: str) -> list[str]:
        """Direct named superclasses."""
        return sorted(str(o) for o in self.graph.objects(rdflib.URIRef(iri), _SUBCLASS)
                      if isinstance(o, rdflib.URIRef))

    def subclasses(self, iri: str) -> list[str]:
        return sorted(str(s) for s in self.graph.subjects(_SUBCLASS, rdflib.URIRef(iri))
                      if isinstance(s, rdflib.URIRef))

    def ancestors(self, iri: str) -> set[str]:
        """The class itself and all its named superclasses."""
        seen, todo = set(), [iri]
        while todo:
            c = todo.pop()
            if c not in seen:
                seen.add(c)
                todo.extend(self.superclasses(c))
        return seen

    @cached_property
    def disjoint_pairs(self) -> set[frozenset[str]]:
        pairs = {frozenset((str(a), str(b))) for a, b in self.graph.subject_objects(_DISJOINT)}
        for node in self.graph.subjects(_TYPE, _ALLDISJOINT):
            members = [str(m) for m in Collection(self.graph, self.graph.value(node, _MEMBERS))]
            pairs.update(frozenset((a, b)) for i, a in enumerate(members) for b in members[i + 1:])
        return pairs

    def disjoint_with(self, iri: str) -> list[str]:
        """Classes declared disjoint with this one (not inherited)."""
        return sorted(next(iter(p - {iri})) for p in self.disjoint_pairs if iri in p and len(p) == 2)

    def are_disjoint(self, a: str, b: str) -> bool:
        """True when the ontology makes classes ``a`` and ``b`` disjoint (via ancestors)."""
        ancestors_b = self.ancestors(b)
        return any(frozenset((x, y)) in self.disjoint_pairs
                   for x in self.ancestors(a) for y in ancestors_b)

    def one_of(self, iri: str) -> list[str]:
        """Members of an enumerated class (owl:equivalentClass [owl:oneOf (...)])."""
        for eq in self.graph.objects(rdflib.URIRef(iri), _EQUIV):
            lst = self.graph.value(eq, _ONEOF)
            if lst is not None:
                return [str(m) for m in Collection(self.graph, lst)]
        return []

    # -- properties -------------------------------------------------------------------

    def _expression(self, node) -> ClassExpression | None:
        if node is None:
            return None
        if isinstance(node, rdflib.URIRef):
            return ClassExpression((str(node),))
        union = self.graph.value(node, _UNION)
        if union is not None:
            return ClassExpression(tuple(str(m) for m in Collection(self.graph, union)))
        return None

    def domain(self, prop: str) -> ClassExpression | None:
        return self._expression(self.graph.value(rdflib.URIRef(prop), _DOMAIN))

    def range(self, prop: str) -> ClassExpression | None:
        return self._expression(self.graph.value(rdflib.URIRef(prop), _RANGE))

    def superproperties(self, prop: str) -> list[str]:
        return sorted(str(o) for o in self.graph.objects(rdflib.URIRef(prop), _SUBPROP))

    @cached_property
    def inverses(self) -> dict[str, str]:
        """Property -> its inverse, both ways round."""
        pairs = {}
        for a, b in self.graph.subject_objects(_INVERSE):
            pairs[str(a)], pairs[str(b)] = str(b), str(a)
        return pairs

    def characteristics(self, prop: str) -> list[str]:
        node = rdflib.URIRef(prop)
        return [name for name, cls in (("transitive", _TRANSITIVE), ("symmetric", _SYMMETRIC),
                                       ("functional", _FUNCTIONAL))
                if (node, _TYPE, cls) in self.graph]

    def is_transitive(self, prop: str) -> bool:
        return (rdflib.URIRef(prop), _TYPE, _TRANSITIVE) in self.graph

    def is_symmetric(self, prop: str) -> bool:
        return (rdflib.URIRef(prop), _TYPE, _SYMMETRIC) in self.graph

    # -- alignments and concepts ---------------------------------------------------------

    def matches(self, iri: str) -> dict[str, list[str]]:
        """skos:exactMatch / closeMatch / relatedMatch and rdfs:seeAlso targets of a term."""
        node = rdflib.URIRef(iri)
        found = {name: sorted(str(o) for o in self.graph.objects(node, pred))
                 for name, pred in MATCH_PREDICATES.items()}
        return {name: targets for name, targets in found.items() if targets}

    def concept(self, iri: str) -> dict:
        node = rdflib.URIRef(iri)
        return {"notation": str(self.graph.value(node, _NOTATION) or ""),
                "labels": {lit.language or "": str(lit) for lit in self.graph.objects(node, _PREFLABEL)},
                "scheme": str(self.graph.value(node, _INSCHEME) or ""),
                "broader": sorted(str(b) for b in self.graph.objects(node, _BROADER))}

    @cached_property
    def schemes(self) -> list[str]:
        return sorted(self._declared(_SCHEME))

    def concepts(self, scheme: str) -> list[str]:
        return sorted(str(c) for c in self.graph.subjects(_INSCHEME, rdflib.URIRef(scheme)))

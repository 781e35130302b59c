"""OWL reasoning over a graph with owlready2 + HermiT (Java).

What the reasoner sees: the ontology (TBox) and the graph's *direct* facts (ABox):
``rdf:type`` triples of entities and events, and the relation and attack-role triples
between them.  Statement nodes, evidence sentences, documents and literals stay out:
they are provenance, not facts about the world, and HermiT would only slow down on them.

What comes back, into the named graph ``kg.vocab.INFERRED_GRAPH``: the ``kgo:`` classes
each individual belongs to (``ent:iran a kgo:Actor, kgo:Place``), the transitive closure
of ``kgo:locatedIn``, and the inverse and symmetric triples (``ent:houthis
kgo:supportedBy ent:iran``).  HermiT's property inferences do not include inverse or
symmetric values (owlready2 keeps those implicit), but owlready2's
``Property.get_relations()`` yields them, so each fact property is read back that way.

An inconsistent graph (something both a Person and a Place) is a :class:`ReasoningError`
naming the individuals and the disjoint classes when the axioms explain it.
"""
from __future__ import annotations

import os
import tempfile
from dataclasses import dataclass, field
from pathlib import Path
from typing import Iterable

import rdflib
from pyoxigraph import NamedNode, Quad

from kg.errors import KgError, UsageError
from kg.ontology.files import load_ontology, read_quads, short
from kg.ontology.tbox import Tbox, u
from kg.rdf.serialize import QUAD_FORMATS, rdf_format, write_quads
from kg.vocab import ID, INFERRED_GRAPH, KGO, OWL, RDF, RDFS, RELATIONS

#: Properties whose triples are facts about the world (fed to the reasoner).
ATTACK_ROLES = ("attacker", "target", "place", "weapon")
#: Classes whose instances are provenance, not world facts.
PROVENANCE_CLASSES = ("Statement", "Document", "Polarity")
#: IRI of the temporary ontology holding the direct facts inside owlready2.
_ABOX_IRI = ID.base + "graph/abox"
MAX_EXPLAINED = 5


class ReasoningError(KgError):
    """The graph contradicts the ontology, or the reasoner could not run."""


@dataclass
class Facts:
    """The ABox: individuals' asserted classes and the direct triples between them."""

    types: dict[str, set[str]] = field(default_factory=dict)
    edges: set[tuple[str, str, str]] = field(default_factory=set)

    @property
    def individuals(self) -> set[str]:
        return set(self.types) | {s for s, _, _ in self.edges} | {o for _, _, o in self.edges}


@dataclass
class ReasonReport:
    individuals: int = 0
    asserted: int = 0
    inferred_types: int = 0
    inferred_relations: int = 0
    output: Path | None = None

    @property
    def inferred(self) -> int:
        return self.inferred_types + self.inferred_relations


def fact_properties(tbox: Tbox) -> set[str]:
    """The relations, their inverses, and the attack roles: the object properties fed in."""
    props = {KGO.iri(r) for r in RELATIONS} | {KGO.iri(r) for r in ATTACK_ROLES}
    return props | {tbox.inverses[p] for p in props if p in tbox.inverses}


def direct_facts(quads: Iterable[Quad], tbox: Tbox) -> Facts:
    """Pick the ABox out of a graph's quads (all named graphs together)."""
    props = fact_properties(tbox)
    world_classes = set(tbox.own(tbox.classes)) - {KGO.iri(c) for c in PROVENANCE_CLASSES}
    rdf_type = RDF.type.value
    facts = Facts()
    for q in quads:
        s, p, o = q.subject, q.predicate.value, q.object
        if not (isinstance(s, NamedNode) and isinstance(o, NamedNode)):
            continue
        if p == rdf_type:
            if o.value in world_classes:
                facts.types.setdefault(s.value, set()).add(o.value)
        elif p in props:
            facts.edges.add((s.value, p, o.value))
    return facts


def reason(graph_paths: Iterable[str | os.PathLike], output: str | os.PathLike, *,
           include_input: bool = True, ontology: str | os.PathLike | None = None) -> ReasonReport:
    """Materialise the inferences of the graph files into ``output`` (.trig or .nq).

    With ``include_input`` the output also holds the input quads unchanged, so it can be
    queried on its own; inferred triples always go to the named graph
    ``INFERRED_GRAPH`` (an earlier run's inferred graph in the input is replaced).
    """
    fmt = rdf_format(output)
    if fmt not in QUAD_FORMATS:
        raise UsageError(f"{output}: kg reason writes a named graph; use a .trig or .nq file")
    quads = [q for q in read_quads(graph_paths) if q.graph_name != INFERRED_GRAPH]
    tbox_graph = load_ontology(ontology)
    tbox = Tbox(tbox_graph)
    facts = direct_facts(quads, tbox)
    types, edges = infer(tbox_graph, facts, tbox)
    inferred = _inferred_quads(facts, types, edges)
    write_quads((quads if include_input else []) + inferred, output)
    n_types = sum(1 for q in inferred if q.predicate == RDF.type)
    return ReasonReport(individuals=len(facts.individuals),
                        asserted=sum(map(len, facts.types.values())) + len(facts.edges),
                        inferred_types=n_types, inferred_relations=len(inferred) - n_types,
                        output=Path(output))


def infer(tbox_graph: rdflib.Graph, facts: Facts, tbox: Tbox | None = None
          ) -> tuple[dict[str, set[str]], set[tuple[str, str, str]]]:
    """Run HermiT; return every individual's ``kgo:`` classes and all fact triples
    (asserted and inferred, inverse and symmetric ones included)."""
    import owlready2

    tbox = tbox or Tbox(tbox_graph)
    with tempfile.TemporaryDirectory(prefix="kg-reason-") as tmp:
        tbox_file, abox_file = Path(tmp, "tbox.nt"), Path(tmp, "abox.nt")
        _reasoner_tbox(tbox_graph).serialize(tbox_file, format="nt", encoding="utf-8")
        abox_file.write_bytes(_abox_ntriples(facts))
        world = owlready2.World()
        try:
            world.get_ontology(tbox_file.as_uri()).load(format="ntriples")
            world.get_ontology(abox_file.as_uri()).load(format="ntriples")
            inferred_onto = world.get_ontology(INFERRED_GRAPH.value)
            try:
                with inferred_onto:
                    owlready2.sync_reasoner_hermit(world, infer_property_values=True, debug=0)
            except owlready2.OwlReadyInconsistentOntologyError:
                raise ReasoningError(_inconsistency_message(tbox, facts)) from None
            except (owlready2.OwlReadyJavaError, FileNotFoundError, OSError) as exc:
                detail = str(exc).strip().splitlines()
                raise ReasoningError("HermiT could not run (needs a Java runtime: `make sysdeps` "
                                     f"installs one): {detail[-1] if detail else type(exc).__name__}") from None
            types = _classes_of(world, tbox, facts)
            edges = _property_values(world, tbox, fact_properties(tbox))
        finally:
            world.close()
    return types, edges | facts.edges


def _reasoner_tbox(graph: rdflib.Graph) -> rdflib.Graph:
    """The ontology as HermiT can take it: no ranges of datatype properties (xsd:date is
    not in the OWL 2 datatype map, and no literal reaches the reasoner anyway)."""
    out = rdflib.Graph()
    datatype_props = set(graph.subjects(u(RDF.type), u(OWL.DatatypeProperty)))
    rng = u(RDFS.range)
    for s, p, o in graph:
        if not (p == rng and s in datatype_props):
            out.add((s, p, o))
    return out


def _abox_ntriples(facts: Facts) -> bytes:
    ontology = NamedNode(_ABOX_IRI)
    lines = [f"{ontology} {RDF.type} {OWL.Ontology} ."]
    for ind in sorted(facts.individuals):
        lines.append(f"{NamedNode(ind)} {RDF.type} {OWL.NamedIndividual} .")
        lines.extend(f"{NamedNode(ind)} {RDF.type} {NamedNode(c)} ." for c in sorted(facts.types.get(ind, ())))
    lines.extend(f"{NamedNode(s)} {NamedNode(p)} {NamedNode(o)} ." for s, p, o in sorted(facts.edges))
    return ("\n".join(lines) + "\n").encode("utf-8")


def _classes_of(world, tbox: Tbox, facts: Facts) -> dict[str, set[str]]:
    import owlready2

    own = set(tbox.own(tbox.classes))
    types = {}
    for ind in facts.individuals:
        entity = world[ind]
        if entity is None:
            continue
        classes = {c.iri for c in entity.INDIRECT_is_a if isinstance(c, owlready2.ThingClass)}
        types[ind] = classes & own
    return types


def _property_values(world, tbox: Tbox, props: set[str]) -> set[tuple[str, str, str]]:
    edges = set()
    for p in props:
        prop = world[p]
        if prop is None:
            continue
        for s, o in prop.get_relations():
            if hasattr(s, "iri") and hasattr(o, "iri"):
                edges.add((s.iri, p, o.iri))
    return edges


def _inferred_quads(facts: Facts, types: dict[str, set[str]],
                    edges: set[tuple[str, str, str]]) -> list[Quad]:
    g = INFERRED_GRAPH
    quads = [Quad(NamedNode(ind), RDF.type, NamedNode(c), g)
             for ind in sorted(types) for c in sorted(types[ind] - facts.types.get(ind, set()))]
    quads.extend(Quad(NamedNode(s), NamedNode(p), NamedNode(o), g)
                 for s, p, o in sorted(edges - facts.edges))
    return quads


# -- explaining an inconsistency ---------------------------------------------------------

def _inconsistency_message(tbox: Tbox, facts: Facts) -> str:
    problems = explain_inconsistency(tbox, facts)
    if not problems:
        return ("the graph is inconsistent with the ontology (HermiT), and no single "
                "individual's classes explain it")
    more = f"; and {len(problems) - MAX_EXPLAINED} more" if len(problems) > MAX_EXPLAINED else ""
    return "the graph is inconsistent with the ontology: " + "; ".join(problems[:MAX_EXPLAINED]) + more


def explain_inconsistency(tbox: Tbox, facts: Facts) -> list[str]:
    """Individuals whose classes, asserted or implied by a domain or range, are disjoint."""
    reasons: dict[str, dict[str, str]] = {}     # individual -> class -> why it has it
    unions: dict[str, list[tuple[tuple[str, ...], str]]] = {}

    def note(ind: str, expr, why: str):
        if expr is None:
            return
        if expr.is_union:
            unions.setdefault(ind, []).append((expr.members, why))
        else:
            reasons.setdefault(ind, {}).setdefault(expr.members[0], why)

    for ind, classes in facts.types.items():
        for c in classes:
            reasons.setdefault(ind, {})[c] = "its rdf:type"
    for s, p, o in sorted(facts.edges):
        note(s, tbox.domain(p), f"the subject of {short(p)}")
        note(o, tbox.range(p), f"the object of {short(p)}")

    problems = []
    for ind in sorted(set(reasons) | set(unions)):
        own = reasons.get(ind, {})
        names = sorted(own)
        clash = next(((a, b) for i, a in enumerate(names) for b in names[i + 1:]
                      if tbox.are_disjoint(a, b)), None)
        if clash:
            a, b = clash
            problems.append(f"{short(ind)} is both {short(a)} ({own[a]}) and {short(b)} ({own[b]}), "
                            f"which are disjoint")
            continue
        for members, why in unions.get(ind, []):
            blocked = [next((c for c in names if tbox.are_disjoint(m, c)), None) for m in members]
            if all(blocked):
                options = " or ".join(short(m) for m in members)
                problems.append(f"{short(ind)} is {why}, so it must be {options}, "
                                f"but it is {short(blocked[0])} ({own[blocked[0]]})")
                break
    return problems

"""The ontology file itself, read through kg.ontology.tbox: declarations, labels,
modelling decisions, agreement with kg.vocab and with the gold annotations."""
from __future__ import annotations

import itertools
from pathlib import Path

import owlready2
import pytest
import rdflib
import yaml
from pyoxigraph import NamedNode, parse

from kg.ontology import ontology_path
from kg.ontology.tbox import u
from kg.rdf.serialize import rdf_format
from kg.vocab import (ACLED, ATTACK_KINDS, CAMEO, KGO, NIF, ORG, OWL, PROV, RDF, RDFS, RELATIONS, SEM, SKOS,
                      WDT, acled_slug)
import kg.vocab

REPO = Path(kg.vocab.__file__).resolve().parents[1]

#: Terms a graph may use without the ontology declaring them (RDF/RDFS/OWL built-ins).
# The build also writes rdfs:subClassOf for the classes it uses (the hierarchy travels with
# the data).
BUILT_IN = {RDF.iri(t) for t in ("type", "subject", "predicate", "object")} | {RDFS.iri("label"), RDFS.iri("subClassOf")}


def test_ontology_parses_with_rdflib():
    g = rdflib.Graph().parse(ontology_path(), format="turtle")
    assert (rdflib.URIRef(KGO.base.rstrip("#")), u(RDF.type), u(OWL.Ontology)) in g


def test_ontology_loads_in_owlready2_from_rdfxml(tmp_path):
    xml = tmp_path / "shabaka.owl"
    rdflib.Graph().parse(ontology_path(), format="turtle").serialize(xml, format="xml")
    world = owlready2.World()
    try:
        onto = world.get_ontology(xml.as_uri()).load()
        state = world[KGO.iri("State")]
        assert state is not None and onto.base_iri.startswith(KGO.base.rstrip("#"))
        parents = {c.iri for c in state.is_a if hasattr(c, "iri")}
        assert {KGO.iri("Actor"), KGO.iri("Place")} <= parents
        located = world[KGO.iri("locatedIn")]
        assert owlready2.TransitiveProperty in located.is_a
    finally:
        world.close()


def test_every_vocab_term_is_declared_and_nothing_else(tbox):
    declared_own = {i[len(KGO.base):] for i in tbox.declared if i.startswith(KGO.base)}
    assert KGO.terms - declared_own == set(), "terms in kg/vocab.py KGO missing from the ontology"
    assert declared_own - KGO.terms == set(), "ontology terms missing from kg/vocab.py KGO"


def test_every_own_term_has_arabic_and_english_labels_and_a_comment(tbox):
    for name in sorted(KGO.terms):
        term = tbox.term(KGO.iri(name))
        assert term.labels.get("en"), f"kgo:{name} has no @en label"
        assert term.labels.get("ar"), f"kgo:{name} has no @ar label"
        assert any("\u0600" <= ch <= "\u06ff" for ch in term.labels["ar"]), f"kgo:{name} @ar label is not Arabic"
        assert term.comment, f"kgo:{name} has no rdfs:comment"


def _used_terms(path) -> set[str]:
    """Predicates, classes and kgo: IRIs anywhere in a graph file."""
    used = set()
    for q in parse(path=str(path), format=rdf_format(path)):
        used.add(q.predicate.value)
        if q.predicate == RDF.type:
            used.add(q.object.value)
        for term in (q.subject, q.object):
            if isinstance(term, NamedNode) and term.value.startswith(KGO.base):
                used.add(term.value)
    return used


@pytest.mark.parametrize("which", ["seed", "mini"])
def test_graph_uses_only_declared_terms(which, tbox, seed_graphs, mini_graph):
    path = seed_graphs["trig"] if which == "seed" else mini_graph
    undeclared = _used_terms(path) - tbox.declared - BUILT_IN
    assert undeclared == set()


def test_mini_graph_exercises_relations_attacks_and_statements(mini_graph):
    used = _used_terms(mini_graph)
    for name in ("Statement", "DroneStrike", "supports", "attacker", "evidence", "saidBy", "polarity", "Denied"):
        assert KGO.iri(name) in used


def test_attack_kinds_agree_with_the_ontology(tbox):
    attack = KGO.iri("Attack")
    subclasses = {c for c in tbox.own(tbox.classes) if attack in tbox.ancestors(c)}
    assert subclasses == {KGO.iri(k) for k in ATTACK_KINDS}
    for kind, (code, acled) in ATTACK_KINDS.items():
        matches = set(tbox.matches(KGO.iri(kind)).get("closeMatch", []))
        cameo = {m for m in matches if m.startswith(CAMEO.base)}
        assert cameo == {CAMEO.iri(code)}, kind
        concept = tbox.concept(CAMEO.iri(code))
        assert concept["notation"] == code and concept["scheme"] == CAMEO.base
        assert concept["labels"].get("en") and concept["labels"].get("ar")
        acled_matches = {m for m in matches if m.startswith(ACLED.base)}
        if acled is None:
            assert acled_matches == set(), kind
            continue
        assert acled_matches == {ACLED.iri(acled_slug(acled))}, kind
        concept = tbox.concept(ACLED.iri(acled_slug(acled)))
        assert concept["notation"] == acled and concept["labels"].get("en") == acled
        assert concept["scheme"] == ACLED.base and concept["labels"].get("ar")


def test_lead_modelling_decisions(tbox):
    k = KGO.iri
    assert {k("Actor"), k("Place")} <= set(tbox.superclasses(k("State")))
    for cls in ("Region", "MilitaryBase", "Facility"):
        assert k("Place") in tbox.ancestors(k(cls))
    for cls in ("ArmedGroup", "Government", "Coalition"):
        assert {k("Organization"), k("Actor")} <= tbox.ancestors(k(cls))
    for a, b in [("Person", "Place"), ("Person", "Organization"), ("Weapon", "Actor"), ("Weapon", "Place"),
                 ("Person", "State"), ("Person", "ArmedGroup"), ("Weapon", "MilitaryBase")]:
        assert tbox.are_disjoint(k(a), k(b)), (a, b)
    for a, b in [("State", "Actor"), ("State", "Place"), ("Region", "Actor"), ("Vessel", "Place")]:
        assert not tbox.are_disjoint(k(a), k(b)), (a, b)
    assert tbox.is_transitive(k("locatedIn")) and tbox.domain(k("locatedIn")) is None
    assert tbox.range(k("locatedIn")).members == (k("Place"),)
    assert tbox.is_symmetric(k("alliedWith"))
    for prop, inverse in [("supports", "supportedBy"), ("memberOf", "hasMember"), ("leaderOf", "hasLeader"),
                          ("spokespersonOf", "hasSpokesperson"), ("officialOf", "hasOfficial"),
                          ("operatedBy", "operates")]:
        assert tbox.inverses[k(prop)] == k(inverse)


@pytest.mark.parametrize("term, relation, target", [
    ("memberOf", RDFS.subPropertyOf, ORG.memberOf),
    ("spokespersonOf", RDFS.subPropertyOf, ORG.memberOf),
    ("officialOf", RDFS.subPropertyOf, ORG.memberOf),
    ("leaderOf", RDFS.subPropertyOf, ORG.headOf),
    ("supports", RDFS.subPropertyOf, ORG.linkedTo),
    ("alliedWith", RDFS.subPropertyOf, ORG.linkedTo),
    ("opposes", RDFS.subPropertyOf, ORG.linkedTo),
    ("Organization", RDFS.subClassOf, ORG.Organization),
    ("Actor", RDFS.subClassOf, SEM.Actor),
    ("Place", RDFS.subClassOf, SEM.Place),
    ("Event", RDFS.subClassOf, SEM.Event),
    ("attacker", RDFS.subPropertyOf, SEM.hasActor),
    ("target", RDFS.subPropertyOf, SEM.hasActor),
    ("place", RDFS.subPropertyOf, SEM.hasPlace),
    ("date", RDFS.subPropertyOf, SEM.hasTimeStamp),
    ("saidBy", RDFS.subPropertyOf, PROV.wasAttributedTo),
    ("saidBy", SKOS.closeMatch, SEM.accordingTo),
    ("evidence", RDFS.range, NIF.Sentence),
    ("Document", RDFS.subClassOf, NIF.Context),
    ("Document", RDFS.subClassOf, PROV.Entity),
    ("memberOf", SKOS.closeMatch, WDT.P463),
    ("locatedIn", SKOS.closeMatch, WDT.P131),
    ("attacker", SKOS.closeMatch, WDT.P8031),
    ("place", SKOS.closeMatch, WDT.P276),
    ("date", SKOS.closeMatch, WDT.P585),
])
def test_alignment_axioms(tbox, term, relation, target):
    assert (u(KGO[term]), u(relation), u(target)) in tbox.graph


def _gold_files():
    return sorted((REPO / "tests" / "gold").rglob("*.gold.yaml"))


def _as_list(x):
    return x if isinstance(x, list) else [x]


def _fits(tbox, cls: str, expr) -> bool:
    return expr is None or any(m in tbox.ancestors(KGO.iri(cls)) for m in expr.members)


@pytest.mark.parametrize("gold", _gold_files(), ids=lambda p: p.name)
def test_gold_annotations_satisfy_domains_and_ranges(gold, tbox):
    """Every fact and attack the annotators accept (required or optional, any of the
    listed alternatives) fits the ontology's domains and ranges, so the reasoner would
    never call a correct extraction inconsistent or retype it."""
    data = yaml.safe_load(gold.read_text(encoding="utf-8"))
    types = {key: e["type"] for key, e in data["entities"].items()}
    assert {KGO.iri(t) for t in types.values()} <= tbox.classes
    misfits = []
    for s, p, o in (data.get("facts") or []) + (data.get("optional") or []):
        for s1, p1, o1 in itertools.product(_as_list(s), _as_list(p), _as_list(o)):
            prop = KGO.iri(p1)
            if not _fits(tbox, types[s1], tbox.domain(prop)):
                misfits.append(f"{s1} ({types[s1]}) as subject of {p1}")
            if not _fits(tbox, types[o1], tbox.range(prop)):
                misfits.append(f"{o1} ({types[o1]}) as object of {p1}")
    for attack in (data.get("attacks") or []) + (data.get("optional_attacks") or []):
        for role, prop in (("attacker", "attacker"), ("target", "target"), ("place", "place"), ("weapons", "weapon")):
            for key in [k for k in _as_list(attack.get(role)) if k]:
                if not _fits(tbox, types[key], tbox.range(KGO.iri(prop))):
                    misfits.append(f"{key} ({types[key]}) as attack {role}")
    assert misfits == []


def test_relations_in_vocab_are_object_properties(tbox):
    assert {KGO.iri(r) for r in RELATIONS} <= tbox.object_properties

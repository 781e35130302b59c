"""SHACL validation (kg.ontology.validation): the real graphs conform, broken ones fail
with a readable line naming the node, the property and the problem."""
from __future__ import annotations

import pytest
import rdflib

from kg.errors import InputError
from kg.ontology import Violation, validate
from kg.ontology.files import read_quads, short, to_rdflib
from kg.ontology.tbox import u
from kg.ontology.validation import validate_graph
from kg.rdf.iris import entity_iri
from kg.vocab import KGO, NIF, RDF, RDFS, XSD


def test_seed_graph_conforms(seed_graphs):
    assert validate([seed_graphs["ttl"]]) == []
    assert validate([seed_graphs["trig"]]) == []


@pytest.mark.parametrize("fixture", ["mini_graph", "mini_nquads"])
def test_mini_graph_with_statements_and_attacks_conforms(fixture, request):
    assert validate([request.getfixturevalue(fixture)]) == []


def test_graph_with_generic_actors_casualties_and_a_clash_conforms(events_graph, events):
    from kg.rdf.mapping import doc_to_quads
    quads = doc_to_quads(events)
    assert any(q.predicate == KGO.fatalities for q in quads)
    assert any(q.object == KGO.ArmedClash for q in quads)
    assert validate([events_graph]) == []


def test_two_sides_in_both_roles_conform_whatever_the_attack_kind(base):
    g = rdflib.Graph()
    g += base
    attack = _attack(g)   # a drone strike by the Houthis: make it a fight with Iran
    g.remove((attack, u(KGO.target), None))
    for role in (KGO.attacker, KGO.target):
        g.add((attack, u(role), _ent("houthis")))
        g.add((attack, u(role), _ent("iran")))
    assert validate_graph(g) == []


def test_generic_actor_without_cameo_code_is_only_a_warning(events_graph):
    g = to_rdflib(read_quads([events_graph]))
    gunmen = next(g.subjects(u(RDF.type), u(KGO.UnidentifiedArmedGroup)))
    g.remove((gunmen, u(KGO.cameoCode), None))
    (result,) = validate_graph(g)
    assert not result.is_error and "kgo:cameoCode" in str(result)


def test_several_files_are_validated_as_one_graph(seed_graphs, mini_graph):
    assert validate([seed_graphs["trig"], mini_graph]) == []


@pytest.fixture(scope="module")
def base(mini_graph) -> rdflib.Graph:
    return to_rdflib(read_quads([mini_graph]))


def _ent(key):
    return rdflib.URIRef(entity_iri(key).value)


def _attack(g):
    return next(g.subjects(u(KGO.attacker), None))


def _statement(g, predicate="spokespersonOf"):
    return next(g.subjects(u(RDF.predicate), u(KGO[predicate])))


def _sentence(g):
    return next(g.objects(_attack(g), u(KGO.evidence)))


def _lit(value, datatype=None, lang=None):
    return rdflib.Literal(value, datatype=u(datatype) if datatype else None, lang=lang)


# (name, how to break the graph, the node that must be named, the path, words of the message)
BREAKS = [
    ("two targets", lambda g: g.add((_attack(g), u(KGO.target), _ent("iraq"))),
     _attack, None, "not the same sides in both roles"),
    ("clash sides differ by role", lambda g: [g.add((_attack(g), u(KGO.attacker), _ent("iran"))),
                                              g.add((_attack(g), u(KGO.target), _ent("iraq")))],
     _attack, None, "not the same sides in both roles"),
    ("three sides of a clash", lambda g: [g.add((_attack(g), u(p), _ent(k)))
                                          for p in (KGO.attacker, KGO.target)
                                          for k in ("houthis", "ain_al_asad", "iran")],
     _attack, KGO.target, "more than two kgo:target"),
    ("negative fatalities", lambda g: [g.add((_attack(g), u(KGO.fatalities), _lit(-3, XSD.integer))),
                                       g.add((_attack(g), u(KGO.fatalitiesQualifier), _lit("exact")))],
     _attack, KGO.fatalities, "non-negative integer"),
    ("injured as text", lambda g: [g.add((_attack(g), u(KGO.injured), _lit("many"))),
                                   g.add((_attack(g), u(KGO.injuredQualifier), _lit("about")))],
     _attack, KGO.injured, "non-negative integer"),
    ("unknown qualifier", lambda g: [g.add((_attack(g), u(KGO.fatalities), _lit(4, XSD.nonNegativeInteger))),
                                     g.add((_attack(g), u(KGO.fatalitiesQualifier), _lit("dozens")))],
     _attack, KGO.fatalitiesQualifier, "one of exact, at-least"),
    ("number without qualifier", lambda g: g.add((_attack(g), u(KGO.injured), _lit(2, XSD.nonNegativeInteger))),
     _attack, KGO.injuredQualifier, "kgo:injured without kgo:injuredQualifier"),
    ("qualifier without number", lambda g: g.add((_attack(g), u(KGO.fatalitiesQualifier), _lit("at-least"))),
     _attack, KGO.fatalities, "kgo:fatalitiesQualifier without kgo:fatalities"),
    ("lower-case CAMEO code", lambda g: g.add((_ent("houthis"), u(KGO.cameoCode), _lit("yemreb"))),
     lambda g: _ent("houthis"), KGO.cameoCode, "three-letter segments"),
    ("CAMEO code not in segments", lambda g: g.add((_ent("iraq"), u(KGO.cameoCode), _lit("IRQCO"))),
     lambda g: _ent("iraq"), KGO.cameoCode, "three-letter segments"),
    ("date as text", lambda g: g.set((_attack(g), u(KGO.date), _lit("Tuesday"))),
     _attack, KGO.date, "xsd:date"),
    ("weapon is a person", lambda g: g.add((_attack(g), u(KGO.weapon), _ent("saree"))),
     _attack, KGO.weapon, "kgo:Weapon"),
    ("target is a weapon", lambda g: g.set((_attack(g), u(KGO.target), _ent("drone"))),
     _attack, KGO.target, "kgo:Actor, kgo:Place or kgo:Vessel"),
    ("confidence above 1", lambda g: g.set((_statement(g), u(KGO.confidence), _lit("1.5", XSD.decimal))),
     _statement, KGO.confidence, "between 0 and 1"),
    ("confidence as text", lambda g: g.set((_statement(g), u(KGO.confidence), _lit("high"))),
     _statement, KGO.confidence, "xsd:decimal"),
    ("unknown polarity", lambda g: g.set((_statement(g), u(KGO.polarity), u(KGO.Statement))),
     _statement, KGO.polarity, "kgo:Asserted, kgo:Reported or kgo:Denied"),
    ("two subjects", lambda g: g.add((_statement(g), u(RDF.subject), _ent("iran"))),
     _statement, RDF.subject, "exactly one rdf:subject"),
    ("no evidence", lambda g: g.remove((_statement(g), u(KGO.evidence), None)),
     _statement, KGO.evidence, "exactly one kgo:evidence"),
    ("direct triple missing", lambda g: g.remove((_ent("saree"), u(KGO.spokespersonOf), _ent("houthis"))),
     _statement, None, "direct triple ent:saree kgo:spokespersonOf ent:houthis is missing"),
    ("begin after end", lambda g: g.set((_sentence(g), u(NIF.beginIndex), _lit(200, XSD.nonNegativeInteger))),
     _sentence, NIF.beginIndex, "after nif:endIndex"),
    ("negative offset", lambda g: g.set((_sentence(g), u(NIF.beginIndex), _lit(-1, XSD.integer))),
     _sentence, NIF.beginIndex, "non-negative integer"),
    ("offset as text", lambda g: g.set((_sentence(g), u(NIF.endIndex), _lit("134"))),
     _sentence, NIF.endIndex, "non-negative integer"),
    ("anchor is not the text", lambda g: g.set((_sentence(g), u(NIF.anchorOf), _lit("another sentence"))),
     _sentence, None, "not the document text"),
    ("no label", lambda g: g.remove((_ent("iran"), u(RDFS.label), None)),
     lambda g: _ent("iran"), RDFS.label, "at least one rdfs:label"),
    ("label in French", lambda g: g.add((_ent("iran"), u(RDFS.label), _lit("Iran", lang="fr"))),
     lambda g: _ent("iran"), RDFS.label, "@ar or @en"),
    ("two English labels", lambda g: g.add((_ent("iran"), u(RDFS.label), _lit("Persia", lang="en"))),
     lambda g: _ent("iran"), RDFS.label, "more than one rdfs:label in one language"),
    ("untyped entity", lambda g: g.remove((_ent("yemen"), u(RDF.type), None)),
     lambda g: _ent("yemen"), None, "no rdf:type among the ontology's entity classes"),
    ("person and place", lambda g: g.add((_ent("saree"), u(RDF.type), u(KGO.Place))),
     lambda g: _ent("saree"), None, "two disjoint classes: kgo:Person and kgo:Place"),
    ("located in a weapon", lambda g: g.add((_ent("anbar"), u(KGO.locatedIn), _ent("drone"))),
     lambda g: _ent("anbar"), KGO.locatedIn, "must point at a kgo:Place"),
    ("leader of a person", lambda g: g.add((_ent("iran"), u(KGO.leaderOf), _ent("saree"))),
     lambda g: _ent("iran"), KGO.leaderOf, "organisation or a polity"),
    ("official is a state", lambda g: g.add((_ent("iraq"), u(KGO.officialOf), _ent("houthis"))),
     lambda g: _ent("iraq"), None, "must be a kgo:Person"),
    ("dangling speaker", lambda g: g.set((_statement(g), u(KGO.saidBy), _ent("nobody"))),
     lambda g: _ent("nobody"), None, "no rdf:type"),
]


@pytest.mark.parametrize("name, breaks, focus, path, words", BREAKS, ids=[b[0] for b in BREAKS])
def test_broken_graph_fails_with_a_readable_line(base, name, breaks, focus, path, words):
    g = rdflib.Graph()
    g += base
    expected_focus = short(focus(g))
    breaks(g)
    violations = validate_graph(g)
    assert violations, f"{name}: the broken graph passed"
    matching = [v for v in violations if v.focus == expected_focus and words in v.message
                and (path is None or v.path == short(path))]
    assert matching, "\n".join(map(str, violations))
    line = str(matching[0])
    assert "\n" not in line and line.removeprefix("[warning] ").startswith(expected_focus) and words in line


def test_two_labels_in_one_language_is_only_a_warning(base):
    g = rdflib.Graph()
    g += base
    g.add((_ent("iran"), u(RDFS.label), _lit("Persia", lang="en")))
    (result,) = validate_graph(g)
    assert not result.is_error and str(result).startswith("[warning] ent:iran rdfs:label:")


def test_violation_line_names_focus_path_message_and_value():
    v = Violation("ent:x", "kgo:target", "attack needs exactly one kgo:target", "ent:y")
    assert str(v) == "ent:x kgo:target: attack needs exactly one kgo:target (value ent:y)"
    assert str(Violation("ent:x", "", "bad")) == "ent:x: bad"


def test_missing_graph_file_is_an_input_error(tmp_path):
    with pytest.raises(InputError, match="nope.ttl: no such file"):
        validate([tmp_path / "nope.ttl"])


def test_unparsable_graph_file_names_the_file(tmp_path):
    bad = tmp_path / "bad.ttl"
    bad.write_text("<a> <b> .\n", encoding="utf-8")
    with pytest.raises(InputError, match="bad.ttl: not valid"):
        validate([bad])


def test_allies_two_attackers_of_one_target_validate(base):
    # States named together as one side ("US and British warplanes") are each an attacker.
    g = rdflib.Graph()
    g += base
    g.add((_attack(g), u(KGO.attacker), _ent("iran")))
    assert validate_graph(g) == [], "two attackers of one target are allies, no violation"

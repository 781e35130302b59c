"""OWL reasoning with owlready2 + HermiT (real Java): inverses, transitive locatedIn and
inferred classes land in their own named graph; inconsistencies name the individuals."""
from __future__ import annotations

import pytest
from pyoxigraph import NamedNode, Quad, RdfFormat, parse

from kg.ontology import ReasoningError, reason
from kg.ontology.files import read_quads
from kg.rdf.iris import entity_iri
from kg.rdf.serialize import write_quads
from kg.vocab import INFERRED_GRAPH, KGO, RDF

pytestmark = pytest.mark.java

PREFIXES = """
@prefix kgo: <https://w3id.org/shabaka/ontology#> .
@prefix ent: <https://w3id.org/shabaka/id/entity/> .
"""
# A base in Anbar in Iraq, a group in an umbrella: the smallest graph with a known
# transitive inference and a known inverse.
SMALL = PREFIXES + """
ent:ain_al_asad a kgo:MilitaryBase ; kgo:locatedIn ent:anbar .
ent:anbar a kgo:Region ; kgo:locatedIn ent:iraq .
ent:iraq a kgo:State .
ent:nujaba a kgo:ArmedGroup ; kgo:memberOf ent:coordination_framework .
ent:coordination_framework a kgo:Organization .
ent:usa a kgo:State ; kgo:alliedWith ent:kurdistan_region .
ent:kurdistan_region a kgo:Region .
"""


def _e(key):
    return entity_iri(key)


def _graph_of(path, graph_name):
    fmt = RdfFormat.TRIG if str(path).endswith(".trig") else RdfFormat.N_QUADS
    return {(q.subject, q.predicate, q.object) for q in parse(path=str(path), format=fmt)
            if q.graph_name == graph_name}


@pytest.fixture(scope="module")
def small(tmp_path_factory, java):
    folder = tmp_path_factory.mktemp("reason")
    source = folder / "small.ttl"
    source.write_text(SMALL, encoding="utf-8")
    output = folder / "small.trig"
    report = reason([source], output)
    return source, output, report


def test_transitive_located_in(small):
    _, output, _ = small
    inferred = _graph_of(output, INFERRED_GRAPH)
    assert (_e("ain_al_asad"), KGO.locatedIn, _e("iraq")) in inferred


def test_inverse_has_member(small):
    _, output, _ = small
    inferred = _graph_of(output, INFERRED_GRAPH)
    assert (_e("coordination_framework"), KGO.hasMember, _e("nujaba")) in inferred


def test_symmetric_allied_with(small):
    _, output, _ = small
    assert (_e("kurdistan_region"), KGO.alliedWith, _e("usa")) in _graph_of(output, INFERRED_GRAPH)


def test_inferred_classes(small):
    _, output, _ = small
    inferred = _graph_of(output, INFERRED_GRAPH)
    for key, cls in [("iraq", "Actor"), ("iraq", "Place"), ("ain_al_asad", "Facility"),
                     ("ain_al_asad", "Place"), ("nujaba", "Organization"), ("nujaba", "Actor")]:
        assert (_e(key), RDF.type, KGO[cls]) in inferred, (key, cls)


def test_inferred_graph_holds_only_new_triples_and_input_is_kept(small):
    source, output, report = small
    asserted = {(q.subject, q.predicate, q.object) for q in read_quads([source])}
    inferred = _graph_of(output, INFERRED_GRAPH)
    assert inferred and not inferred & asserted
    from pyoxigraph import DefaultGraph
    assert _graph_of(output, DefaultGraph()) == asserted
    assert report.inferred == len(inferred)


def test_inferred_only_output(tmp_path, small):
    source, output, _ = small
    only = tmp_path / "inferred.nq"
    reason([source], only, include_input=False)
    graphs = {q.graph_name for q in parse(path=str(only), format=RdfFormat.N_QUADS)}
    assert graphs == {INFERRED_GRAPH}
    assert _graph_of(only, INFERRED_GRAPH) == _graph_of(output, INFERRED_GRAPH)


def test_reasoning_again_over_the_output_changes_nothing(tmp_path, small):
    _, output, _ = small
    again = tmp_path / "again.trig"
    reason([output], again)
    assert _graph_of(again, INFERRED_GRAPH) == _graph_of(output, INFERRED_GRAPH)


def test_mini_graph_statements_are_not_reasoned_over(tmp_path, mini_graph, java):
    output = tmp_path / "mini.nq"
    reason([mini_graph], output, include_input=False)
    inferred = _graph_of(output, INFERRED_GRAPH)
    assert (_e("houthis"), KGO.supportedBy, _e("iran")) in inferred
    assert (_e("houthis"), KGO.hasSpokesperson, _e("saree")) in inferred
    # The denied "Iran supports Saree" exists only as a statement node: nothing follows from it.
    assert (_e("saree"), KGO.supportedBy, _e("iran")) not in inferred
    subjects = {s.value for s, _, _ in inferred}
    assert not any("/statement/" in s or "#char=" in s for s in subjects)


def test_seed_graph_reasons(tmp_path, seed_graphs, java):
    output = tmp_path / "seed.trig"
    report = reason([seed_graphs["trig"]], output)
    assert report.individuals > 0 and report.inferred_types > 0
    # iran is a State, so it is inferred to be an Actor and a Place.
    inferred = _graph_of(output, INFERRED_GRAPH)
    assert {(_e("iran"), RDF.type, KGO.Actor), (_e("iran"), RDF.type, KGO.Place)} <= inferred


@pytest.mark.parametrize("turtle, words", [
    ("ent:barzani a kgo:Person , kgo:Place .",
     ["ent:barzani", "kgo:Person", "kgo:Place", "disjoint"]),
    ("ent:saree a kgo:Person . ent:base kgo:locatedIn ent:saree .",
     ["ent:saree", "kgo:Person", "object of kgo:locatedIn"]),
    ("ent:drone a kgo:Weapon . ent:kaabi kgo:leaderOf ent:drone .",
     ["ent:drone", "kgo:Weapon", "kgo:Organization or kgo:Place"]),
])
def test_inconsistency_names_the_individual(tmp_path, java, turtle, words):
    source = tmp_path / "bad.ttl"
    source.write_text(PREFIXES + turtle + "\n", encoding="utf-8")
    output = tmp_path / "out.trig"
    with pytest.raises(ReasoningError) as err:
        reason([source], output)
    message = str(err.value)
    assert "inconsistent" in message and "\n" not in message
    for word in words:
        assert word in message
    assert not output.exists()


def test_output_must_hold_named_graphs(tmp_path, small):
    from kg.errors import UsageError
    source, _, _ = small
    with pytest.raises(UsageError, match="trig or .nq"):
        reason([source], tmp_path / "out.ttl")


def test_arabic_and_escaped_iris_survive_reasoning(tmp_path, java):
    base, place = NamedNode(_e("قاعدة عين الأسد").value), NamedNode(_e("الأنبار \"x\" 🙂").value)
    country = _e("العراق")
    source = tmp_path / "ar.nq"
    write_quads([Quad(base, KGO.locatedIn, place), Quad(place, KGO.locatedIn, country),
                 Quad(base, RDF.type, KGO.MilitaryBase)], source)
    output = tmp_path / "ar-out.nq"
    reason([source], output)
    assert (base, KGO.locatedIn, country) in _graph_of(output, INFERRED_GRAPH)

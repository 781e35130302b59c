"""--param values become bound RDF terms, never query text (kg.query.params)."""
from __future__ import annotations

import pytest
from pyoxigraph import Literal, NamedNode

from kg.errors import UsageError
from kg.query import load_query, query_from_text, run_query
from kg.query.library import Param
from kg.query.params import as_iri, curie, parse_assignments, resolve_label, to_term
from kg.vocab import ID, PREFIXES, XSD

from pathlib import Path

QUERIES = Path(__file__).resolve().parents[2] / "queries"
ENGINES = ["oxigraph", "rdflib", "store"]

MALICIOUS = [
    'x" } UNION { ?backer ?p ?o } #',
    "x' } UNION { ?s ?p ?o } #",
    "> } UNION { ?s ?p ?o } <",
    "ent:iran> } UNION { ?s ?p ?o",
    "http://x.org/> } ; DROP ALL ; SELECT * WHERE { <http://a",
    "\" . ?backer ?p ?o . FILTER(true || \"",
    "ent:iran } UNION { ?backer a ?c",
    "\\u0022 } UNION { ?s ?p ?o }",
]


def test_parse_assignments():
    assert parse_assignments(["actor=ent:iran", "?n=3", "label=a=b"]) == {
        "actor": "ent:iran", "n": "3", "label": "a=b"}
    for bad in (["actor"], ["=x"], ["bad name=x"]):
        with pytest.raises(UsageError):
            parse_assignments(bad)
    with pytest.raises(UsageError, match="twice"):
        parse_assignments(["a=1", "a=2"])


def test_iris_and_curies_become_iris_everything_else_literals():
    ent = PREFIXES["ent"]
    assert as_iri("ent:iran", PREFIXES) == NamedNode(ent + "iran")
    assert as_iri("<https://example.org/x>", PREFIXES) == NamedNode("https://example.org/x")
    assert as_iri("https://example.org/x", PREFIXES) == NamedNode("https://example.org/x")
    assert as_iri("urn:isbn:123", PREFIXES) == NamedNode("urn:isbn:123")
    assert as_iri("Iran", PREFIXES) is None
    assert as_iri("note: unknown prefix", PREFIXES) is None
    auto = Param("x")
    assert to_term(auto, "ent:iran", PREFIXES) == NamedNode(ent + "iran")
    assert to_term(auto, "Iran", PREFIXES) == Literal("Iran")
    assert to_term(Param("n", "integer"), "07", PREFIXES) == Literal("7", datatype=XSD.integer)
    assert to_term(Param("d", "date"), "2023-10-31", PREFIXES) == Literal("2023-10-31", datatype=XSD.date)
    assert to_term(Param("s", "literal"), "ent:iran", PREFIXES) == Literal("ent:iran")
    with pytest.raises(UsageError, match="not an integer"):
        to_term(Param("n", "integer"), "2; DROP", PREFIXES)
    with pytest.raises(UsageError, match="not an IRI"):
        to_term(Param("i", "iri"), "Iran", PREFIXES)
    with pytest.raises(UsageError, match="not a valid IRI"):
        as_iri("<http://x> } UNION {>", PREFIXES)


def test_document_scoped_actor_prints_as_a_curie_that_reads_back():
    from kg.rdf.iris import entity_iri
    gunmen = entity_iri("gunmen", "some article")
    text = curie(gunmen)
    assert text.startswith("ent:") and text.endswith("/gunmen")
    assert as_iri(text, PREFIXES) == gunmen
    assert curie(NamedNode("https://example.org/a/b")) == "<https://example.org/a/b>"


@pytest.mark.parametrize("engine_name", ENGINES)
def test_labels_resolve_to_entities_in_any_spelling(engine_name, fixture_engines):
    engine = fixture_engines[engine_name]
    houthis = ID["entity/houthis"]
    for label in ("Houthis", "houthis", "الحوثيون", "أنصار الله", "انصار الله", "Ansar Allah", "Houthi"):
        assert resolve_label(label, engine) == houthis, label
    with pytest.raises(UsageError, match="no entity is labelled"):
        resolve_label("Hezbollah", engine)


def test_required_and_unknown_parameters(fixture_engines):
    engine = fixture_engines["oxigraph"]
    q = query_from_text("# param: who (entity) - someone\nSELECT ?who WHERE { ?who ?p ?o }", name="q")
    with pytest.raises(UsageError, match="parameter who is required"):
        run_query(q, engine)
    with pytest.raises(UsageError, match="no parameter other"):
        run_query(q, engine, {"who": "ent:iran", "other": "1"})


@pytest.mark.parametrize("engine_name", ENGINES)
@pytest.mark.parametrize("value", MALICIOUS)
def test_malicious_value_cannot_change_the_query(value, engine_name, fixture_engines):
    engine = fixture_engines[engine_name]
    query = load_query(QUERIES / "who_supports_whom.rq")
    everything = run_query(query, engine)
    assert everything.rows, "the fixture has backers, so an injected UNION would show rows"
    try:
        result = run_query(query, engine, {"backer": value})
    except UsageError as exc:  # refused as a value: not an IRI, or no such entity
        assert "--param backer" in str(exc) or "not a valid IRI" in str(exc)
        return
    assert result.rows == []


@pytest.mark.parametrize("engine_name", ENGINES)
@pytest.mark.parametrize("value", MALICIOUS)
def test_malicious_literal_is_matched_as_a_plain_string(value, engine_name, fixture_engines):
    engine = fixture_engines[engine_name]
    q = query_from_text("# param: name (literal) - a label\nPREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>\n"
                        "SELECT ?e ?name WHERE { ?e rdfs:label ?label FILTER(STR(?label) = ?name) }",
                        name="q")
    assert run_query(q, engine, {"name": value}).rows == []
    assert len(run_query(q, engine, {"name": "Iran"}).rows) >= 1

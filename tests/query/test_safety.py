"""Queries never reach the network or write unless allowed (kg.query.safety)."""
from __future__ import annotations

import pytest

from kg.errors import QueryError
from kg.query import run_query
from kg.query.safety import check_query, declared_prefixes, projected_variables, query_form

NETWORK = [
    "SELECT * FROM <http://example.org/g> WHERE { ?s ?p ?o }",
    "SELECT * FROM NAMED <http://example.org/g> WHERE { GRAPH ?g { ?s ?p ?o } }",
    "select * from<http://example.org/g> where { ?s ?p ?o }",
    "SELECT * WHERE { SERVICE <http://example.org/sparql> { ?s ?p ?o } }",
    "SELECT * WHERE { SERVICE SILENT <http://example.org/sparql> { ?s ?p ?o } }",
    "PREFIX ex: <http://example.org/>\nSELECT * WHERE {\n ?s ?p ?o .\n service ex:sparql { ?s ?p ?o } }",
]
UPDATES = [
    "LOAD <http://example.org/data.ttl>",
    "LOAD <http://example.org/data.ttl> INTO GRAPH <http://example.org/g>",
    "INSERT DATA { <http://a> <http://b> <http://c> }",
    "DELETE WHERE { ?s ?p ?o }",
    "DROP ALL",
    "CLEAR GRAPH <http://example.org/g>",
    "WITH <http://g> DELETE { ?s ?p ?o } WHERE { ?s ?p ?o }",
    "SELECT * WHERE { ?s ?p ?o } ; DROP ALL",
]
HARMLESS = [
    "SELECT ?from ?service WHERE { ?from ?service ?load }",
    'SELECT * WHERE { ?s ?p "FROM <http://x> SERVICE LOAD DROP" }',
    "SELECT * WHERE { ?s ?p '''multi\nline FROM <http://x>''' }",
    "# FROM <http://example.org/g> in a comment\nSELECT * WHERE { ?s ?p ?o }",
    "PREFIX from: <http://example.org/>\nSELECT * WHERE { ?s from:service ?o . ?o a from:LOAD }",
    "PREFIX ex: <http://example.org/>\nSELECT * WHERE { ?s ex:from ?o }",
    "SELECT * WHERE { GRAPH <https://w3id.org/shabaka/id/doc/x> { ?s ?p ?o } }",
    'SELECT * WHERE { ?s ?p "x"@en }',
]


@pytest.mark.parametrize("text", NETWORK)
def test_check_query_refuses_network_access(text):
    with pytest.raises(QueryError, match="--allow-network"):
        check_query(text)
    check_query(text, allow_network=True)


@pytest.mark.parametrize("text", UPDATES)
def test_check_query_refuses_updates_even_with_network_allowed(text):
    with pytest.raises(QueryError, match="SPARQL update"):
        check_query(text, allow_network=True)


@pytest.mark.parametrize("text", HARMLESS)
def test_check_query_accepts_keywords_inside_names_strings_and_comments(text):
    check_query(text)


def test_refusal_names_the_query_and_line():
    with pytest.raises(QueryError, match=r"^q\.rq: line 3: FROM NAMED"):
        check_query("PREFIX a: <http://a/>\nSELECT *\nFROM NAMED <http://x> WHERE {}", where="q.rq")


@pytest.mark.parametrize("engine_name", ["oxigraph", "rdflib"])
def test_run_query_refuses_from_url_before_any_engine_sees_it(engine_name, fixture_engines):
    with pytest.raises(QueryError, match="FROM"):
        run_query("SELECT * FROM <http://127.0.0.1:9/x.ttl> WHERE { ?s ?p ?o }",
                  fixture_engines[engine_name])


def test_rdflib_never_left_loading_graphs(fixture_engines):
    import rdflib.plugins.sparql as rdflib_sparql
    run_query("SELECT * WHERE { ?s ?p ?o } LIMIT 1", fixture_engines["rdflib"], allow_network=True)
    assert rdflib_sparql.SPARQL_LOAD_GRAPHS is False


def test_projected_variables():
    assert projected_variables("SELECT ?a (COUNT(?b) AS ?n) WHERE { ?a ?p ?b }") == {"a", "n"}
    assert projected_variables("SELECT DISTINCT ?x\nWHERE { { SELECT ?y WHERE {} } }") == {"x"}
    assert projected_variables("SELECT * WHERE { ?a ?p ?b }") is None
    assert projected_variables("ASK { ?a ?p ?b }") is None


def test_query_form_and_prefixes():
    text = "# SELECT in a comment\nPREFIX ent: <https://e/>\nCONSTRUCT { ?s ?p ?o } WHERE { ?s ?p ?o }"
    assert query_form(text) == "CONSTRUCT"
    assert declared_prefixes(text) == {"ent": "https://e/"}


def test_outbound_requests_name_their_targets():
    from kg.query.safety import outbound_requests
    found = outbound_requests("PREFIX ex: <http://e/>\nSELECT * FROM NAMED <http://g> WHERE {\n"
                              " SERVICE SILENT <http://a/sparql> { ?s ?p ?o }\n SERVICE ?e {} "
                              "SERVICE ex:x {} }")
    assert [(o.keyword, o.target, o.line) for o in found] == [
        ("FROM NAMED", "http://g", 2), ("SERVICE", "http://a/sparql", 3),
        ("SERVICE", None, 4), ("SERVICE", None, 4)]
    assert outbound_requests('SELECT ?service WHERE { ?s ?p "SERVICE <http://x>" }') == []


def test_check_served_allows_only_named_endpoints():
    from kg.query.safety import check_served
    query = "SELECT * WHERE { SERVICE <http://a/sparql> { ?s ?p ?o } }"
    with pytest.raises(QueryError, match="--allow-service"):
        check_served(query)
    with pytest.raises(QueryError, match="--allow-service"):
        check_served(query, ["http://b/sparql"])
    check_served(query, ["http://a/sparql"])
    with pytest.raises(QueryError, match="LOAD to <http://a/x.ttl>"):
        check_served("LOAD <http://a/x.ttl>", ["http://a/sparql"])
    with pytest.raises(QueryError, match="not a full IRI"):
        check_served("SELECT * WHERE { SERVICE ?e { ?s ?p ?o } }", ["http://a/sparql"])
    check_served("SELECT * FROM <http://g> WHERE { ?s ?p ?o }")  # Oxigraph fetches nothing for FROM

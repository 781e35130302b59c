"""The ontology's statement model answers the questions it is built for, in SPARQL over a
real Oxigraph store: who supports whom (one triple pattern over the direct triples), and
which sentence says so and who said it (over the statement nodes)."""
from __future__ import annotations

import pytest
from pyoxigraph import RdfFormat, Store

from kg.model import DENIED
from kg.rdf.iris import document_iri, entity_iri
from kg.vocab import sparql_prefixes


@pytest.fixture(scope="module")
def store(mini_graph):
    s = Store()
    s.load(path=str(mini_graph), format=RdfFormat.TRIG)
    return s


def _select(store, query):
    return [tuple(row) for row in store.query(sparql_prefixes() + query, use_default_graph_as_union=True)]


def test_who_supports_whom_is_one_triple_pattern(store, mini):
    rows = _select(store, "SELECT ?backer ?backed WHERE { ?backer kgo:supports ?backed }")
    expected = {(entity_iri(r.subject), entity_iri(r.object)) for r in mini.relations
                if r.predicate == "supports" and r.polarity != DENIED}
    assert expected and set(rows) == expected


def test_which_sentence_says_so_and_who_said_it(store, mini):
    rows = _select(store, """
        SELECT ?s ?o ?sentence ?begin ?end ?doc ?speaker ?polarity WHERE {
            ?statement a kgo:Statement ; rdf:subject ?s ; rdf:predicate kgo:spokespersonOf ;
                       rdf:object ?o ; kgo:evidence ?e ; kgo:polarity ?polarity .
            ?e nif:anchorOf ?sentence ; nif:beginIndex ?begin ; nif:endIndex ?end ;
               nif:referenceContext ?doc .
            OPTIONAL { ?statement kgo:saidBy ?speaker }
        }""")
    (relation,) = [r for r in mini.relations if r.predicate == "spokespersonOf"]
    (row,) = rows
    s, o, sentence, begin, end, doc, speaker, _polarity = row
    assert (s, o) == (entity_iri(relation.subject), entity_iri(relation.object))
    ev = relation.evidence
    assert sentence.value == mini.text[ev.start:ev.end]
    assert (int(begin.value), int(end.value)) == (ev.start, ev.end)
    assert doc == document_iri(mini.id)
    assert speaker == entity_iri(ev.said_by)


def test_denied_fact_has_a_statement_node_and_no_direct_triple(store, mini):
    (denied,) = [r for r in mini.relations if r.polarity == DENIED]
    s, o = entity_iri(denied.subject), entity_iri(denied.object)
    ask = f"ASK {{ {s} kgo:{denied.predicate} {o} }}"
    assert not store.query(sparql_prefixes() + ask, use_default_graph_as_union=True)
    rows = _select(store, f"""
        SELECT ?speaker ?sentence WHERE {{
            ?st rdf:subject {s} ; rdf:predicate kgo:{denied.predicate} ; rdf:object {o} ;
                kgo:polarity kgo:Denied ; kgo:saidBy ?speaker ; kgo:evidence/nif:anchorOf ?sentence .
        }}""")
    (speaker, sentence), = rows
    assert speaker == entity_iri(denied.evidence.said_by)
    assert sentence.value == mini.text[denied.evidence.start:denied.evidence.end]


def test_attack_roles_and_codes_are_queryable(store, mini):
    (attack,) = mini.attacks
    rows = _select(store, """
        SELECT ?attacker ?target ?code WHERE {
            ?a a kgo:DroneStrike ; kgo:attacker ?attacker ; kgo:target ?target ; kgo:eventCode ?code .
        }""")
    assert [(r[0], r[1]) for r in rows] == [(entity_iri(attack.attacker), entity_iri(attack.target))]

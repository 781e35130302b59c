"""Every query in queries/: same answers on rdflib, Oxigraph in memory and the Oxigraph
store; the known answers over the fixture graph (data/fixture_answers.yaml)."""
from __future__ import annotations

from pathlib import Path

import pytest
import yaml

from kg.query import run_query
from kg.query.params import curie
from kg.vocab import PREFIXES

HERE = Path(__file__).parent
DATA = HERE / "data"
QUERIES = HERE.parents[1] / "queries"

ANSWERS = yaml.safe_load((DATA / "fixture_answers.yaml").read_text(encoding="utf-8"))
QUERY_NAMES = sorted(p.stem for p in QUERIES.glob("*.rq"))


_INTEGER_SUBTYPES = ("nonNegativeInteger", "positiveInteger", "long", "int", "unsignedInt")


def _term(t) -> str:
    """N-Triples form of a term. An Oxigraph store keeps integer literals as xsd:integer
    whatever integer subtype they were loaded with (nif offsets are nonNegativeInteger), so
    integer subtypes compare as xsd:integer: same value, same answer."""
    if t is None:
        return ""
    text = str(t)
    for sub in _INTEGER_SUBTYPES:
        text = text.replace(f"^^<http://www.w3.org/2001/XMLSchema#{sub}>",
                            "^^<http://www.w3.org/2001/XMLSchema#integer>")
    return text


def canonical(result) -> list[tuple[str, ...]]:
    """Rows as N-Triples strings, sorted: a multiset to compare engines."""
    return sorted(tuple(_term(t) for t in row) for row in result.rows)


def readable(term):
    if term is None:
        return None
    return curie(term, PREFIXES) if type(term).__name__ == "NamedNode" else term.value


def expected_value(value):
    if value is None:
        return None
    if isinstance(value, bool):
        return "true" if value else "false"
    return str(value)


def test_library_has_the_queries_analysts_asked_for():
    assert len(QUERY_NAMES) >= 15
    for name in ("who_supports_whom", "actor_profile", "leaders_spokespeople_officials",
                 "membership_hierarchy", "attack_timeline", "attacks_by_backer",
                 "most_attacked_places", "actors_within_hops", "claims_and_denials",
                 "evidence_for_facts", "entity_aliases", "places_hierarchy",
                 "attacks_per_event_type", "documents_per_actor", "conflicting_statements",
                 "attacks_with_most_fatalities", "unidentified_attackers_per_place",
                 "clashes_between_two_sides"):
        assert name in QUERY_NAMES


def test_every_query_has_known_fixture_answers():
    assert sorted(ANSWERS) == QUERY_NAMES


def _cases():
    for name in QUERY_NAMES:
        for i, case in enumerate(ANSWERS.get(name, [])):
            yield pytest.param(name, case, id=f"{name}-{i}")


@pytest.mark.parametrize("name,case", list(_cases()))
def test_query_answers_on_fixture(name, case, library, fixture_engines):
    query = next(q for q in library if q.name == name)
    params = {k: str(v) for k, v in (case.get("params") or {}).items()}
    expected = case["rows"]
    columns = sorted({k for row in expected for k in row})
    assert all(sorted(row) == columns for row in expected), "every expected row names the same columns"
    for engine_name, engine in fixture_engines.items():
        result = run_query(query, engine, params)
        assert set(columns) <= set(result.variables)
        idx = [result.variables.index(c) for c in columns]
        got = [tuple(readable(row[i]) for i in idx) for row in result.rows]
        want = [tuple(expected_value(row[c]) for c in columns) for row in expected]
        if case.get("ordered"):
            assert got == want, engine_name
        else:
            assert sorted(got, key=repr) == sorted(want, key=repr), engine_name


@pytest.mark.parametrize("name", QUERY_NAMES)
def test_engines_agree_on_fixture(name, library, fixture_engines):
    query = next(q for q in library if q.name == name)
    answers = {n: canonical(run_query(query, e)) for n, e in fixture_engines.items()}
    assert answers["rdflib"] == answers["oxigraph"] == answers["store"]


@pytest.mark.parametrize("name", QUERY_NAMES)
def test_engines_agree_on_seed(name, library, seed_engines):
    query = next(q for q in library if q.name == name)
    answers = {n: canonical(run_query(query, e)) for n, e in seed_engines.items()}
    assert answers["rdflib"] == answers["oxigraph"] == answers["store"]


@pytest.mark.parametrize("name,case", [c for c in _cases() if c.values[1].get("params")])
def test_engines_agree_with_parameters(name, case, library, fixture_engines):
    query = next(q for q in library if q.name == name)
    params = {k: str(v) for k, v in case["params"].items()}
    answers = {n: canonical(run_query(query, e, params)) for n, e in fixture_engines.items()}
    assert answers["rdflib"] == answers["oxigraph"] == answers["store"]


def test_fixture_follows_the_mapping_of_today():
    """fixture.trig is what make_fixture.py writes with kg.rdf.mapping; if the mapping changes,
    regenerate it (.venv/bin/python tests/query/data/make_fixture.py) and recheck the answers."""
    import importlib.util

    from pyoxigraph import Store
    spec = importlib.util.spec_from_file_location("make_query_fixture", DATA / "make_fixture.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    # Both sides go through an Oxigraph store, which canonicalises numeric literals
    # (as the TriG writer does): compare the data, not its spelling.
    built, stored = Store(), Store()
    built.extend(module.build())
    stored.load(path=str(DATA / "fixture.trig"))
    assert set(built) == set(stored)


@pytest.mark.parametrize("engine_class", ["rdflib", "oxigraph"])
def test_first_and_last_dates_skip_attacks_without_a_date(engine_class, library, tmp_path):
    """Oxigraph's MIN/MAX give nothing when one row has no value; the queries must not."""
    from pyoxigraph import Literal, NamedNode, Quad

    from kg.query.engines import OxigraphEngine, RdflibEngine
    from kg.rdf.serialize import write_quads
    from kg.vocab import ID, KGO, RDF, XSD

    g = ID["doc/dates"]
    dated, undated = ID["attack/dated"], ID["attack/undated"]
    attacker, weapon, place = ID["entity/x"], ID["entity/w"], ID["entity/p"]
    quads = [Quad(place, RDF.type, KGO.Place, g)]
    for attack in (dated, undated):
        quads += [Quad(attack, RDF.type, KGO.ArmedClash, g), Quad(attack, KGO.eventCode, NamedNode(KGO.base + "c"), g),
                  Quad(attack, KGO.attacker, attacker, g), Quad(attack, KGO.target, ID["entity/y"], g),
                  Quad(attack, KGO.weapon, weapon, g), Quad(attack, KGO.place, place, g)]
    quads.append(Quad(dated, KGO.date, Literal("2007-05-03", datatype=XSD.date), g))
    path = tmp_path / "dates.trig"
    write_quads(quads, path)
    engine = {"rdflib": RdflibEngine, "oxigraph": OxigraphEngine}[engine_class].from_file(path)
    for name in ("weapons_by_attacker", "most_attacked_places"):
        query = next(q for q in library if q.name == name)
        result = run_query(query, engine)
        (row,) = result.rows
        first, last = (row[result.variables.index(v)] for v in ("first", "last"))
        assert (first.value, last.value) == ("2007-05-03", "2007-05-03"), name

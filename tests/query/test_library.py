"""The .rq files and their header (kg.query.library)."""
from __future__ import annotations

from pathlib import Path

import pytest

from kg.errors import InputError, QueryError
from kg.query.library import load_folder, load_query, parse_param, query_from_text
from kg.query.safety import check_query, declared_prefixes
from kg.vocab import PREFIXES

QUERIES = Path(__file__).resolve().parents[2] / "queries"


def test_parse_param_options():
    p = parse_param("actor (entity, default ent:iran) - IRI or label of an actor", "q")
    assert (p.name, p.kind, p.default, p.optional) == ("actor", "entity", "ent:iran", False)
    assert p.description == "IRI or label of an actor"
    assert parse_param("actor - IRI or label of an actor", "q").kind == "auto"
    assert parse_param("actor - x", "q").required
    assert not parse_param("n (integer, optional)", "q").required
    assert parse_param("n (integer, default: 3)", "q").default == "3"
    with pytest.raises(QueryError, match="unknown option"):
        parse_param("actor (entitty)", "q")


def test_header_fields_and_continuation_lines():
    q = query_from_text("# title: T\n# description: first line\n#   second line\n"
                        "# param: who (entity, optional) - the one\n#   we look for\n"
                        "SELECT ?who WHERE { ?who ?p ?o }", name="t")
    assert q.title == "T"
    assert q.description == "first line second line"
    assert q.params["who"].description == "the one we look for"


def test_param_must_be_a_projected_variable():
    with pytest.raises(QueryError, match="not a variable"):
        query_from_text("# param: nobody\nSELECT ?x WHERE { ?x ?p ?o }")
    with pytest.raises(QueryError, match="must be projected"):
        query_from_text("# param: o\nSELECT ?x WHERE { ?x ?p ?o }")
    query_from_text("# param: o\nSELECT * WHERE { ?x ?p ?o }")


def test_load_errors_name_the_file(tmp_path):
    with pytest.raises(InputError, match="no .rq query files"):
        load_folder(tmp_path)
    bad = tmp_path / "bad.rq"
    bad.write_bytes(b"\xff\xfe SELECT")
    with pytest.raises(InputError, match=r"bad\.rq: not UTF-8"):
        load_query(bad)


@pytest.mark.parametrize("path", sorted(QUERIES.glob("*.rq")), ids=lambda p: p.stem)
def test_library_query_is_documented_and_uses_project_prefixes(path):
    q = load_query(path)
    assert q.title and q.description, "every query opens with # title: and # description:"
    for p in q.params.values():
        assert p.description, f"parameter {p.name} needs a description"
        assert not p.required, "library queries run without parameters (make run)"
    for prefix, iri in declared_prefixes(q.text).items():
        assert PREFIXES.get(prefix) == iri, f"PREFIX {prefix}: differs from kg.vocab.PREFIXES"
    check_query(q.text, where=path.name)  # no FROM, SERVICE or update outside comments

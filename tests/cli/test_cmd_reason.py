"""kg reason on real files (needs Java for HermiT)."""
from __future__ import annotations

import pytest
from pyoxigraph import RdfFormat, parse

from kg.cli import main
from kg.vocab import INFERRED_GRAPH

pytestmark = pytest.mark.java

PREFIXES = """@prefix kgo: <https://w3id.org/shabaka/ontology#> .
@prefix ent: <https://w3id.org/shabaka/id/entity/> .
"""


def test_reason_writes_the_inferred_graph(tmp_path, capsys):
    graph = tmp_path / "g.ttl"
    graph.write_text(PREFIXES + "ent:a kgo:locatedIn ent:b . ent:b kgo:locatedIn ent:c .\n", encoding="utf-8")
    output = tmp_path / "out.trig"
    assert main(["reason", str(graph), "--output", str(output)]) == 0
    assert f"wrote {output}" in capsys.readouterr().out
    inferred = [q for q in parse(path=str(output), format=RdfFormat.TRIG) if q.graph_name == INFERRED_GRAPH]
    assert any(q.subject.value.endswith("/a") and q.object.value.endswith("/c") for q in inferred)


def test_inconsistent_graph_is_one_error_line_and_no_output(tmp_path, capsys):
    graph = tmp_path / "g.ttl"
    graph.write_text(PREFIXES + "ent:p a kgo:Person , kgo:Place .\n", encoding="utf-8")
    output = tmp_path / "out.nq"
    assert main(["reason", str(graph), "-o", str(output)]) == 1
    err = capsys.readouterr().err
    assert "inconsistent" in err and "ent:p" in err and err.count("\n") == 1
    assert not output.exists()


def test_turtle_output_is_a_usage_error(tmp_path, capsys):
    graph = tmp_path / "g.ttl"
    graph.write_text(PREFIXES, encoding="utf-8")
    assert main(["reason", str(graph), "-o", str(tmp_path / "out.ttl")]) == 2
    assert "out.ttl" in capsys.readouterr().err

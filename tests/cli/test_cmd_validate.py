"""kg validate on real files: exit status, one line per violation, bad input."""
from __future__ import annotations

from kg.cli import main

PREFIXES = """@prefix kgo: <https://w3id.org/shabaka/ontology#> .
@prefix ent: <https://w3id.org/shabaka/id/entity/> .
@prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .
"""


def _build_seed(tmp_path):
    from pathlib import Path

    import kg.vocab
    from kg.build import build
    out = tmp_path / "seed.trig"
    build([Path(kg.vocab.__file__).resolve().parents[1] / "seeds"], [out])
    return out


def test_seed_graph_conforms(tmp_path, capsys):
    graph = _build_seed(tmp_path)
    assert main(["validate", str(graph)]) == 0
    out = capsys.readouterr().out
    assert "conforms" in out and str(graph) in out


def test_violations_are_printed_one_per_line_and_exit_1(tmp_path, capsys):
    graph = tmp_path / "bad.ttl"
    graph.write_text(PREFIXES + 'ent:x kgo:locatedIn ent:y .\nent:y a kgo:Weapon ; rdfs:label "y"@fr .\n',
                     encoding="utf-8")
    assert main(["validate", str(graph)]) == 1
    captured = capsys.readouterr()
    lines = captured.out.splitlines()
    assert any(line.startswith("ent:x kgo:locatedIn: kgo:locatedIn must point at a kgo:Place") for line in lines)
    assert any(line.startswith("ent:y rdfs:label: label must be a string tagged @ar or @en") for line in lines)
    assert "violation" in captured.err and captured.err.count("\n") == 1


def test_missing_file_is_one_line_without_traceback(tmp_path, capsys):
    assert main(["validate", str(tmp_path / "missing.ttl")]) == 1
    err = capsys.readouterr().err
    assert "missing.ttl: no such file" in err and "Traceback" not in err and err.count("\n") == 1


def test_help_has_examples(capsys):
    assert main(["validate", "--help"]) == 0
    assert "kg validate out/graph.trig" in capsys.readouterr().out


def test_warnings_alone_do_not_fail(tmp_path, capsys):
    graph = _build_seed(tmp_path)
    extra = tmp_path / "extra.ttl"
    extra.write_text(PREFIXES + 'ent:iran rdfs:label "Persia"@en .\n', encoding="utf-8")
    assert main(["validate", str(graph), str(extra)]) == 0
    out = capsys.readouterr().out
    assert "[warning] ent:iran rdfs:label:" in out and "conforms to the shapes (1 warning)" in out

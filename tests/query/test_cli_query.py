"""kg query on real files (kg/cli/cmd_query.py)."""
from __future__ import annotations

import csv
import json
from pathlib import Path

import pytest
import yaml

from kg.cli import main

QUERIES = Path(__file__).resolve().parents[2] / "queries"


def run(capsys, *argv):
    code = main(list(map(str, argv)))
    out, err = capsys.readouterr()
    return code, out, err


def test_query_file_prints_a_table(capsys, fixture_graph):
    code, out, err = run(capsys, "query", QUERIES / "leaders_spokespeople_officials.rq",
                         "--graph", fixture_graph)
    assert code == 0, err
    assert out.splitlines()[0].split() == ["organization", "role", "person", "documents"]
    assert "Akram al-Kaabi" in out and "(3 rows)" in out


def test_a_library_query_by_its_name_from_another_folder(capsys, fixture_graph, tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)      # no queries/ here: the name is looked up in the library
    by_file = run(capsys, "query", QUERIES / "leaders_spokespeople_officials.rq", "--graph", fixture_graph)
    by_name = run(capsys, "query", "leaders_spokespeople_officials", "--graph", fixture_graph)
    assert by_name[0] == 0, by_name[2]
    assert by_name[1] == by_file[1]
    code, out, err = run(capsys, "query", "no_such_library_query", "--graph", fixture_graph)
    assert code == 2 and "no_such_library_query: no such query" in err and "Traceback" not in err


@pytest.mark.parametrize("text,value", [
    ("SELECT ?who ?org WHERE { ?who kgo:leaderOf ?org }", "ent:nujaba"),
    # an inline query may declare an entity parameter: then a label is resolved
    ("# param: org (entity) - group\nSELECT ?who ?org WHERE { ?who kgo:leaderOf ?org }", "حركة النجباء"),
])
def test_inline_query_with_param_and_json(capsys, fixture_graph, text, value):
    code, out, err = run(capsys, "query", text, "--graph", fixture_graph, "--param", f"org={value}",
                         "--format", "json")
    assert code == 0, err
    doc = json.loads(out)
    assert doc["head"]["vars"] == ["who", "org"]
    assert [b["who"]["value"] for b in doc["results"]["bindings"]] == [
        "https://w3id.org/shabaka/id/entity/kaabi"]


def test_folder_writes_one_csv_per_query(capsys, fixture_graph, tmp_path):
    out_dir = tmp_path / "answers"
    code, out, err = run(capsys, "query", QUERIES, "--graph", fixture_graph, "--format", "csv",
                         "--output-dir", out_dir)
    assert code == 0, err
    names = sorted(p.stem for p in QUERIES.glob("*.rq"))
    assert sorted(p.stem for p in out_dir.glob("*.csv")) == names
    with open(out_dir / "who_supports_whom.csv", newline="", encoding="utf-8") as fh:
        rows = list(csv.reader(fh))
    assert rows[0] == ["backer", "backed", "documents"]
    assert len(rows) == 4
    assert not list(out_dir.glob(".*.tmp"))


def test_folder_with_a_broken_query_writes_the_others_and_fails(capsys, fixture_graph, tmp_path):
    folder = tmp_path / "q"
    folder.mkdir()
    (folder / "good.rq").write_text("# title: good\nSELECT ?s WHERE { ?s a kgo:Person }\n", encoding="utf-8")
    (folder / "bad.rq").write_text("# title: bad\nSELECT ?s WHERE { ?s a }\n", encoding="utf-8")
    out_dir = tmp_path / "answers"
    code, out, err = run(capsys, "query", folder, "--graph", fixture_graph, "--format", "csv",
                         "--output-dir", out_dir)
    assert code == 1
    assert (out_dir / "good.csv").exists() and not (out_dir / "bad.csv").exists()
    assert "bad.rq: SPARQL syntax error" in err and "Traceback" not in err


@pytest.mark.parametrize("argv,code,message", [
    (["SELECT * FROM <http://example.org/x> WHERE { ?s ?p ?o }"], 1, "FROM may fetch"),
    (["SELECT * WHERE { SERVICE <http://example.org/sparql> { ?s ?p ?o } }"], 1, "SERVICE"),
    (["DROP ALL"], 1, "DROP is a SPARQL update"),
    ([str(QUERIES / "attacks_by_backer.rq"), "--param", "nobody=1"], 2, "no parameter nobody"),
    ([str(QUERIES / "attacks_by_backer.rq"), "--param", "backer=Atlantis"], 2, "no entity is labelled"),
    ([str(QUERIES / "actors_within_hops.rq"), "--param", "max_hops=two"], 2, "not an integer"),
    (["nothing.rq"], 2, "no such query file"),
    (["SELECT ?s WHERE { ?s ?p ?o }", "--format", "xml"], 2, "unknown --format"),
])
def test_errors_are_one_line_with_the_right_exit_status(capsys, fixture_graph, argv, code, message):
    got, out, err = run(capsys, "query", *argv, "--graph", fixture_graph)
    assert got == code
    assert message in err
    assert len(err.strip().splitlines()) == 1 and "Traceback" not in err


def test_bad_graph_file_is_named(capsys, tmp_path):
    bad = tmp_path / "broken.trig"
    bad.write_text("<http://a> <http://b> .", encoding="utf-8")
    code, out, err = run(capsys, "query", "SELECT * WHERE { ?s ?p ?o }", "--graph", bad)
    assert code == 1 and "broken.trig" in err and "Traceback" not in err
    code, out, err = run(capsys, "query", "SELECT * WHERE { ?s ?p ?o }", "--graph", tmp_path / "none.ttl")
    assert code == 1 and "none.ttl: no such file" in err


def test_needs_exactly_one_source(capsys, fixture_graph, tmp_path):
    assert run(capsys, "query", "SELECT * WHERE { ?s ?p ?o }")[0] == 2
    assert run(capsys, "query", "SELECT * WHERE { ?s ?p ?o }", "--graph", fixture_graph,
               "--store", tmp_path)[0] == 2


def test_rdflib_engine_gives_the_same_csv(capsys, fixture_graph):
    query = QUERIES / "attack_timeline.rq"
    _, ox, _ = run(capsys, "query", query, "--graph", fixture_graph, "--format", "csv")
    _, rd, _ = run(capsys, "query", query, "--graph", fixture_graph, "--format", "csv", "--engine", "rdflib")
    # a header, then one line per row the fixture answers list
    rows = yaml.safe_load((fixture_graph.parent / "fixture_answers.yaml").read_text(encoding="utf-8"))
    assert ox == rd and ox.count("\n") == 1 + len(rows["attack_timeline"][0]["rows"])


@pytest.mark.parametrize("command", ["query", "load", "serve", "remove"])
def test_commands_have_help_with_examples(capsys, command):
    code, out, err = run(capsys, command, "--help")
    assert code == 0 and "Examples" in out


def csv_rows(text: str) -> list[list[str]]:
    return list(csv.reader(text.splitlines()))[1:]


def test_pages_walk_the_whole_answer_in_order(capsys, fixture_graph, tmp_path):
    query = QUERIES / "entity_aliases.rq"
    code, out, err = run(capsys, "query", query, "--graph", fixture_graph, "-f", "csv", "--all")
    assert code == 0, err
    everything = csv_rows(out)
    assert len(everything) > 10 and err == ""
    pages, offset = [], 0
    while True:
        code, out, err = run(capsys, "query", query, "--graph", fixture_graph, "-f", "csv",
                             "--limit", 4, "--offset", offset)
        assert code == 0, err
        pages += csv_rows(out)
        offset += 4
        if not err:
            break
        assert f"next page --offset {offset}" in err and err.count("\n") == 1
    assert pages == everything

    target = tmp_path / "all.csv"
    code, out, err = run(capsys, "query", query, "--graph", fixture_graph, "-f", "csv", "-o", target)
    assert code == 0 and csv_rows(target.read_text(encoding="utf-8")) == everything


def test_terminal_default_is_one_page(capsys, tmp_path):
    # A graph with more rows than a page: 150 labels written here.
    graph = tmp_path / "many.nt"
    graph.write_text("".join(f'<https://w3id.org/shabaka/id/entity/e{i:03d}> '
                             f'<http://www.w3.org/2000/01/rdf-schema#label> "e{i}" .\n'
                             for i in range(150)), encoding="utf-8")
    text = "SELECT ?e WHERE { ?e rdfs:label ?l } ORDER BY ?e"
    code, out, err = run(capsys, "query", text, "--graph", graph, "-f", "csv")
    assert code == 0 and len(csv_rows(out)) == 100 and "--offset 100" in err
    code, out, err = run(capsys, "query", text, "--graph", graph, "-f", "csv", "--offset", 100)
    assert code == 0 and len(csv_rows(out)) == 50 and err == ""
    assert csv_rows(out)[0] == ["https://w3id.org/shabaka/id/entity/e100"]


@pytest.mark.parametrize("engine", ["oxigraph", "rdflib"])
def test_engine_pages_match_slices_of_the_full_answer(fixture_engines, engine):
    from kg.query import load_query, run_query
    q = load_query(QUERIES / "entity_aliases.rq")
    full = run_query(q, fixture_engines[engine])
    first = run_query(q, fixture_engines[engine], limit=3)
    middle = run_query(q, fixture_engines[engine], limit=3, offset=2)
    tail = run_query(q, fixture_engines[engine], limit=len(full.rows), offset=len(full.rows) - 1)
    assert first.rows == full.rows[:3] and first.more
    assert middle.rows == full.rows[2:5] and middle.more
    assert tail.rows == full.rows[-1:] and not tail.more


@pytest.mark.parametrize("fmt", ["csv", "tsv", "json"])
def test_all_streams_the_same_answer_as_pages_on_a_store(capsys, fixture_graph, tmp_path, fmt):
    """--all on a store streams rows to the file and to stdout; the text is the one a page
    as big as the answer gives (which is built in memory)."""
    store = tmp_path / "s"
    assert run(capsys, "load", "--store", store, fixture_graph)[0] == 0
    query = QUERIES / "attack_timeline.rq"
    code, paged, err = run(capsys, "query", query, "--store", store, "-f", fmt, "--limit", 10000)
    assert code == 0 and err == ""
    code, streamed, err = run(capsys, "query", query, "--store", store, "-f", fmt, "--all")
    assert code == 0 and err == "" and streamed == paged
    target = tmp_path / f"all.{fmt}"
    code, out, err = run(capsys, "query", query, "--store", store, "-f", fmt, "--all", "-o", target)
    assert code == 0 and target.read_bytes().decode("utf-8") == paged
    assert len(paged.splitlines()) > 10

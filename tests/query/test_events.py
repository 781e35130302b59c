"""The event table (kg export --to events, queries/attack_events.rq): one row per attack
that is not denied, built from graphs the library makes from our own sentences."""
from __future__ import annotations

import csv
import json
from pathlib import Path

import pytest
from pyoxigraph import NamedNode, Quad

from kg.cli import main
from kg.io.documents import make_document
from kg.model import DENIED
from kg.pipeline import analyze
from kg.rdf.iris import attack_iri, document_iri, entity_iri
from kg.rdf.mapping import doc_to_nquads
from kg.vocab import KGO

TEXT = ("Hezbollah fired rockets and drones at an Israeli army post near the border on 14 April 2024.\n\n"
        "The Houthis attacked US warships in the Red Sea.\n")
AR_TEXT = "وقال المرصد السوري إن طائرة مسيرة استهدفت قاعدة التنف في سوريا.\n"


def _doc(doc_id="d1", text=TEXT, url="https://news.example/d1"):
    return analyze(make_document(f"{doc_id}.txt", doc_id, text, {"url": url, "date": None}))


def _write(path: Path, docs, extra: list[Quad] = ()) -> Path:
    with open(path, "wb") as fh:
        for doc in docs:
            fh.write(doc_to_nquads(doc)[0])
        for q in extra:
            fh.write(f"{q.subject} {q.predicate} {q.object} {q.graph_name} .\n".encode())
    return path


def _export(graph: Path, out: Path) -> int:
    return main(["export", str(graph), "--to", "events", "--output", str(out)])


def _rows_csv(path):
    with open(path, newline="", encoding="utf-8") as fh:
        return list(csv.DictReader(fh))


def test_one_row_per_attack_with_its_evidence(tmp_path):
    docs = {"d1": _doc(), "d3": _doc("d3", AR_TEXT, "https://news.example/d3")}
    graph = _write(tmp_path / "g.nq", docs.values())
    assert _export(graph, tmp_path / "e.csv") == 0
    rows = _rows_csv(tmp_path / "e.csv")
    expected = {attack_iri(doc.id, a.attacker, a.target, a.date, a.evidence.start).value
                for doc in docs.values() for a in doc.attacks if a.polarity != DENIED}
    assert len(expected) >= 3
    assert {r["event_id"] for r in rows} == expected and len(rows) == len(expected)
    for r in rows:
        doc = docs[r["document_id"]]
        start, end = int(r["sentence_start"]), int(r["sentence_end"])
        assert r["sentence"] == doc.text[start:end]
        assert r["source_url"] == f"https://news.example/{doc.id}"
        assert r["document"] == document_iri(doc.id).value
        assert r["cameo_code"].startswith("19")
    by_sentence = {r["sentence"][:10]: r for r in rows}
    rockets = by_sentence["Hezbollah "]
    assert rockets["attackers"] == "Hezbollah" and rockets["date"] == "2024-04-14"
    assert rockets["weapons"] == " | ".join(sorted(rockets["weapons"].split(" | ")))
    assert len(rockets["weapons"].split(" | ")) == 2
    reported = [r for r in rows if r["polarity"] == "reported"]
    assert reported and all(r["said_by"] for r in reported)
    assert [r for r in rows if r["country"] == "Syria"]


def test_denied_attacks_are_not_rows(tmp_path):
    doc = _doc()
    denied = doc.attacks[0]
    denied.polarity = DENIED
    graph = _write(tmp_path / "g.nq", [doc])
    assert _export(graph, tmp_path / "e.jsonl") == 0
    rows = [json.loads(l) for l in (tmp_path / "e.jsonl").read_text(encoding="utf-8").splitlines()]
    ids = {r["event_id"] for r in rows}
    assert attack_iri(doc.id, denied.attacker, denied.target, denied.date, denied.evidence.start).value not in ids
    assert len(rows) == len(doc.attacks) - 1


def test_clash_sides_joined_in_stable_order_with_their_codes(tmp_path):
    # An armed clash: both sides in both roles (added to a mapped attack node).
    doc = _doc()
    a = doc.attacks[0]
    node = attack_iri(doc.id, a.attacker, a.target, a.date, a.evidence.start)
    g = document_iri(doc.id)
    extra = [Quad(node, KGO.attacker, entity_iri(a.target), g), Quad(node, KGO.target, entity_iri(a.attacker), g)]
    extra = [Quad(NamedNode(q.subject.value), NamedNode(str(q.predicate).strip("<>")),
                  NamedNode(q.object.value), NamedNode(g.value)) for q in extra]
    graph = _write(tmp_path / "g.nq", [doc], extra)
    assert _export(graph, tmp_path / "e.csv") == 0
    row = next(r for r in _rows_csv(tmp_path / "e.csv") if r["event_id"] == node.value)
    attackers, codes = row["attackers"].split(" | "), row["attacker_codes"].split(" | ")
    assert len(attackers) == 2 and attackers == sorted(attackers)
    assert sorted(attackers) == sorted(row["targets"].split(" | "))
    assert dict(zip(attackers, codes)) == dict(zip(row["targets"].split(" | "), row["target_codes"].split(" | ")))


def test_formats_agree_and_output_is_deterministic(tmp_path):
    pq = pytest.importorskip("pyarrow.parquet")
    graph = _write(tmp_path / "g.nq", [_doc("d2"), _doc("d1")])
    for name in ("a.csv", "b.csv", "e.jsonl", "e.parquet"):
        assert _export(graph, tmp_path / name) == 0
    assert (tmp_path / "a.csv").read_bytes() == (tmp_path / "b.csv").read_bytes()
    rows = _rows_csv(tmp_path / "a.csv")
    assert [r["document_id"] for r in rows] == sorted(r["document_id"] for r in rows)
    lines = [json.loads(l) for l in (tmp_path / "e.jsonl").read_text(encoding="utf-8").splitlines()]
    table = pq.read_table(tmp_path / "e.parquet").to_pylist()
    assert table == lines
    assert [{k: "" if v is None else str(v) for k, v in r.items()} for r in lines] == rows


def test_kg_query_runs_the_same_library_query(tmp_path, capsys):
    graph = _write(tmp_path / "g.nq", [_doc()])
    assert _export(graph, tmp_path / "e.csv") == 0
    query = Path(__file__).resolve().parents[2] / "queries" / "attack_events.rq"
    capsys.readouterr()
    assert main(["query", str(query), "--graph", str(graph), "--format", "csv"]) == 0
    out = capsys.readouterr().out
    ids = {r["event_id"] for r in csv.DictReader(out.splitlines())}
    assert ids == {r["event_id"] for r in _rows_csv(tmp_path / "e.csv")}


def test_bad_output_is_one_line(tmp_path, capsys):
    graph = _write(tmp_path / "g.nq", [_doc()])
    capsys.readouterr()
    assert _export(graph, tmp_path / "e.xlsx") == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and ".csv" in err and "Traceback" not in err
    assert not (tmp_path / "e.xlsx").exists()

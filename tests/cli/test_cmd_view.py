"""kg view on real files: writes one page, options, bad input (one line, no traceback)."""
from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from kg.cli import main

FIXTURE = Path(__file__).resolve().parents[1] / "view" / "data" / "network.trig"


def _page_data(path: Path) -> dict:
    text = path.read_text(encoding="utf-8")
    return json.loads(re.search(r'<script type="application/json" id="kg-data">(.*?)</script>', text, re.S).group(1))


def test_view_writes_a_self_contained_page(tmp_path, capsys):
    out = tmp_path / "sub" / "graph.html"
    assert main(["view", "--graph", str(FIXTURE), "--output", str(out)]) == 0
    data = _page_data(out)
    assert f"wrote {out} ({len(data['nodes'])} nodes, {len(data['edges'])} links)" in capsys.readouterr().out
    assert data["lang"] == "ar" and '<html lang="ar" dir="rtl">' in out.read_text(encoding="utf-8")


def test_view_focus_hops_lang_title(tmp_path):
    out = tmp_path / "focus.html"
    assert main(["view", "-g", str(FIXTURE), "-o", str(out), "--focus", "أنصار الله", "--hops", "1",
                 "--lang", "en", "--title", "Houthis & co"]) == 0
    data = _page_data(out)
    keys = {n["key"] for n in data["nodes"]}
    assert "houthis" in keys and "nujaba" not in keys and "israel" in keys
    assert data["nodes"][data["centre"]]["key"] == "houthis"
    assert "<title>Houthis &amp; co</title>" in out.read_text(encoding="utf-8")


def test_view_attacks_as_edges(tmp_path):
    out = tmp_path / "edges.html"
    assert main(["view", "-g", str(FIXTURE), "-o", str(out), "--attacks", "edges"]) == 0
    data = _page_data(out)
    assert not [n for n in data["nodes"] if n["kind"] == "attack"]
    assert [e for e in data["edges"] if e["rel"] == "attacks"]


@pytest.mark.parametrize("args,code,message", [
    (["--graph", "missing.trig"], 1, "missing.trig: no such file"),
    (["--graph", str(FIXTURE), "--lang", "fr"], 2, "--lang must be one of ar, en"),
    (["--graph", str(FIXTURE), "--hops", "2"], 2, "--hops needs --focus"),
    (["--graph", str(FIXTURE), "--focus", "Atlantis"], 2, "no node has this name"),
    (["--graph", str(FIXTURE), "--attacks", "arrows"], 2, "--attacks must be one of"),
    (["--graph", "graph.xyz"], 2, "unknown graph format"),
])
def test_view_bad_input_is_one_line_and_writes_nothing(tmp_path, capsys, monkeypatch, args, code, message):
    monkeypatch.chdir(tmp_path)
    out = tmp_path / "out.html"
    assert main(["view", *args, "--output", str(out)]) == code
    err = capsys.readouterr().err
    assert message in err and len(err.strip().splitlines()) == 1 and "Traceback" not in err
    assert not out.exists() and not list(tmp_path.glob(".out.html.*"))


def test_view_malformed_graph_names_the_file(tmp_path, capsys):
    bad = tmp_path / "bad.trig"
    bad.write_text("<a> <b> .\n", encoding="utf-8")
    assert main(["view", "--graph", str(bad), "--output", str(tmp_path / "x.html")]) == 1
    err = capsys.readouterr().err
    assert err.startswith(f"kg: error: {bad}: not valid trig") and len(err.splitlines()) == 1


def test_view_has_help_with_examples(capsys):
    assert main(["view", "--help"]) == 0
    out = capsys.readouterr().out
    assert "kg view --graph out/graph.trig --output out/graph.html" in out
    assert 'kg view -g out/graph.trig -o houthis.html --focus "Houthis" --hops 2 --lang en' in out

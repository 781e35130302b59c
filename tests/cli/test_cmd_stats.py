"""kg stats on real files: text and JSON output, bad input."""
from __future__ import annotations

import json
from pathlib import Path

from kg.cli import main
from kg.view import load_network
from kg.view.stats import format_stats, graph_stats

FIXTURE = Path(__file__).resolve().parents[1] / "view" / "data" / "network.trig"


def test_stats_text_is_the_library_output(capsys):
    assert main(["stats", str(FIXTURE)]) == 0
    assert capsys.readouterr().out == format_stats(graph_stats(load_network(FIXTURE)))


def test_stats_json(capsys):
    assert main(["stats", str(FIXTURE), "--format", "json", "--top", "3"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert data == json.loads(json.dumps(graph_stats(load_network(FIXTURE), top=3)))
    assert len(data["central_actors"]["degree"]) == 3


def test_stats_bad_format_and_missing_file(tmp_path, capsys):
    assert main(["stats", str(FIXTURE), "--format", "xml"]) == 2
    assert main(["stats", str(tmp_path / "none.ttl")]) == 1
    err = capsys.readouterr().err.splitlines()
    assert err == ["kg: error: --format must be text or json, not 'xml'",
                   f"kg: error: {tmp_path / 'none.ttl'}: no such file"]

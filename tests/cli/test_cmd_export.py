"""kg export on real files: GraphML and GEXF that networkx reads back, bad input."""
from __future__ import annotations

from pathlib import Path

import networkx as nx
import pytest

from kg.cli import main
from kg.view import load_network

FIXTURE = Path(__file__).resolve().parents[1] / "view" / "data" / "network.trig"


@pytest.mark.parametrize("fmt,read", [("graphml", nx.read_graphml), ("gexf", nx.read_gexf)])
def test_export_writes_a_readable_file(tmp_path, capsys, fmt, read):
    out = tmp_path / f"graph.{fmt}"
    assert main(["export", str(FIXTURE), "--to", fmt, "--output", str(out)]) == 0
    G = load_network(FIXTURE)
    back = read(out)
    assert (back.number_of_nodes(), back.number_of_edges()) == (G.number_of_nodes(), G.number_of_edges())
    assert f"wrote {out}" in capsys.readouterr().out


def test_export_unknown_target_is_a_usage_error(tmp_path, capsys):
    out = tmp_path / "graph.dot"
    assert main(["export", str(FIXTURE), "--to", "dot", "-o", str(out)]) == 2
    assert "--to must be one of graphml, gexf" in capsys.readouterr().err
    assert not out.exists()

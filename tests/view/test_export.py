"""GraphML and GEXF export (kg/view/export.py): files networkx (and Gephi) read back."""
from __future__ import annotations

import networkx as nx
import pytest

from kg.errors import UsageError
from kg.view import load_network
from kg.view.export import export_graph

READERS = {"graphml": nx.read_graphml, "gexf": nx.read_gexf}


@pytest.mark.parametrize("fmt", sorted(READERS))
def test_export_graph_parses_back_with_the_same_nodes_and_links(fixture_network, tmp_path, fmt):
    out = tmp_path / f"g.{fmt}"
    export_graph(fixture_network, out, fmt)
    back = READERS[fmt](out)
    assert set(back.nodes) == set(fixture_network.nodes)
    assert back.number_of_edges() == fixture_network.number_of_edges()
    for v, d in fixture_network.nodes(data=True):
        assert back.nodes[v]["label_ar"] == d["label_ar"] and back.nodes[v]["class"] == d["cls"]
    got = sorted((u, v, d["relation"], d["status"]) for u, v, d in back.edges(data=True))
    want = sorted((u, v, d["relation"], d["status"]) for u, v, d in fixture_network.edges(data=True))
    assert got == want


@pytest.mark.parametrize("fmt", sorted(READERS))
def test_export_graph_hostile_text_survives_as_text(hostile_trig, tmp_path, fmt):
    G = load_network(hostile_trig)
    for d in G.nodes.values():      # control characters scraped text can carry
        d["label_en"] = d["label_en"] + "\x01\x0b"
    out = tmp_path / f"h.{fmt}"
    export_graph(G, out, fmt)
    back = READERS[fmt](out)
    labels = {d["label_en"] for _, d in back.nodes(data=True)}
    assert '<script>window.pwned=4;document.title="pwned"</script>' in labels
    assert not any("\x01" in x for x in labels)


def test_export_graph_unknown_format(fixture_network, tmp_path):
    with pytest.raises(UsageError):
        export_graph(fixture_network, tmp_path / "g.dot", "dot")
    assert not list(tmp_path.iterdir())


@pytest.mark.parametrize("fmt", sorted(READERS))
def test_export_graph_keeps_casualties_and_codes(events_trig, tmp_path, fmt):
    G = load_network(events_trig)
    out = tmp_path / f"e.{fmt}"
    export_graph(G, out, fmt)
    back = READERS[fmt](out)
    for v, d in G.nodes(data=True):
        assert back.nodes[v]["cameo"] == d["cameo"]
        if d["kind"] != "attack":
            continue
        assert back.nodes[v]["event_code"] == d["event_code"] and back.nodes[v]["acled"] == d["acled"]
        for name in ("fatalities", "injured"):
            if d[name]:
                assert int(back.nodes[v][name]) == d[name]["value"]
                assert back.nodes[v][f"{name}_qualifier"] == d[name]["qualifier"]
            else:
                assert name not in back.nodes[v]
    assert sum("fatalities" in d for _, d in back.nodes(data=True)) == 2

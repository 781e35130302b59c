"""Precomputed positions and importance (kg/view/layout.py)."""
from __future__ import annotations

import math

import networkx as nx

from kg.view.layout import centrality, layout


def test_layout_places_every_node_apart(fixture_network):
    pos = layout(fixture_network)
    assert set(pos) == set(fixture_network.nodes)
    points = list(pos.values())
    closest = min(math.dist(a, b) for i, a in enumerate(points) for b in points[i + 1:])
    assert closest >= 20


def test_layout_is_deterministic(fixture_network):
    assert layout(fixture_network) == layout(fixture_network.copy())


def test_layout_keeps_labelled_boxes_from_overlapping():
    G = nx.MultiDiGraph()
    G.add_nodes_from(range(12))
    G.add_edges_from((0, i) for i in range(1, 12))
    labels = {i: f"a fairly long label number {i}" for i in G}
    pos = layout(G, labels=labels, sizes={i: 10 for i in G})
    # Two labels drawn below their nodes must not sit on top of each other.
    for a in G:
        for b in G:
            if a < b:
                dx, dy = abs(pos[a][0] - pos[b][0]), abs(pos[a][1] - pos[b][1])
                assert dx >= 120 or dy >= 30, (a, b, pos[a], pos[b])


def test_centrality_hub_is_most_important():
    G = nx.MultiDiGraph()
    G.add_edges_from([("hub", x) for x in "abcde"] + [("a", "b")])
    c = centrality(G)
    assert max(c, key=lambda v: c[v]["importance"]) == "hub"
    assert c["hub"]["degree"] == 5 and 0 <= c["e"]["importance"] <= 1


def test_layout_of_empty_graph_is_empty():
    assert layout(nx.MultiDiGraph()) == {} and centrality(nx.MultiDiGraph()) == {}


def test_layout_pair_and_isolates_are_spaced_for_their_labels():
    G = nx.MultiDiGraph()
    G.add_edge("a", "b")
    G.add_nodes_from(["c", "d"])
    labels = {v: "x" * 30 for v in G}
    pos = layout(G, labels=labels, sizes={v: 8 for v in G})
    assert set(pos) == {"a", "b", "c", "d"}
    assert abs(pos["a"][0] - pos["b"][0]) >= 150 and pos["a"][1] == pos["b"][1]


def test_layout_is_the_same_in_every_process(fixture_trig):
    """String hashing differs between processes; the picture must not."""
    import json
    import os
    import subprocess
    import sys
    code = ("import json, sys; from kg.view import load_network; from kg.view.focus import focus_subgraph;"
            "from kg.view.layout import layout; from kg.view.stats import graph_stats;"
            "G = load_network(sys.argv[1]); sub, _ = focus_subgraph(G, 'houthis', 2);"
            "print(json.dumps([sorted(layout(G).items()), list(sub.nodes), sorted(layout(sub).items()),"
            " graph_stats(G)['communities']]))")
    runs = [subprocess.run([sys.executable, "-c", code, str(fixture_trig)], capture_output=True, text=True, check=True,
                           env={**os.environ, "PYTHONHASHSEED": seed}).stdout for seed in ("1", "2", "3")]
    assert json.loads(runs[0]) == json.loads(runs[1]) == json.loads(runs[2])

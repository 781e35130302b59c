"""Node positions and importance, computed once in Python so the page opens settled.

Each connected component is laid out on its own (networkx spring layout, fixed seed, so
the same graph always gets the same picture), scaled to its size, and the components
are packed in rows, largest first; unconnected nodes go in a tidy grid after them.
Importance mixes degree and betweenness centrality (sampled on big graphs).
"""
from __future__ import annotations

import math

import networkx as nx

SEED = 7
NODE_SPACING = 120          # px between neighbours at zoom 1: room for a label below
ISOLATE_CELL = (170, 80)    # grid cell of an unconnected node
BETWEENNESS_SAMPLE_FROM = 600
BETWEENNESS_SAMPLES = 250


def undirected(G: nx.MultiDiGraph) -> nx.Graph:
    """Simple undirected view for centrality and layout: one edge per linked pair."""
    H = nx.Graph()
    H.add_nodes_from(G.nodes)
    H.add_edges_from((u, v) for u, v in G.edges() if u != v)
    return H


def centrality(G: nx.MultiDiGraph) -> dict[str, dict[str, float]]:
    """Per node: degree (distinct neighbours), betweenness and importance in [0, 1]."""
    H = undirected(G)
    n = H.number_of_nodes()
    if n == 0:
        return {}
    k = BETWEENNESS_SAMPLES if n > BETWEENNESS_SAMPLE_FROM else None
    betweenness = nx.betweenness_centrality(H, k=k, seed=SEED if k else None)
    degree = dict(H.degree())
    max_deg = max(degree.values()) or 1
    max_btw = max(betweenness.values()) or 1.0
    return {v: {"degree": degree[v], "betweenness": betweenness[v],
                "importance": 0.5 * degree[v] / max_deg + 0.5 * math.sqrt(betweenness[v] / max_btw)}
            for v in H}


def _component_layout(H: nx.Graph, nodes: list) -> dict:
    sub = H.subgraph(nodes)
    n = len(nodes)
    if n == 1:
        return {nodes[0]: (0.0, 0.0)}
    if n == 2:
        return {nodes[0]: (-NODE_SPACING / 2, 0.0), nodes[1]: (NODE_SPACING / 2, 0.0)}
    # Fewer iterations on big components: networkx's force layout is O(n^2) per step.
    iterations = 80 if n <= 300 else max(20, int(80 * 300 / n))
    start = nx.kamada_kawai_layout(sub) if n <= 60 else None
    pos = nx.spring_layout(sub, seed=SEED, pos=start, iterations=iterations if start is None else 30,
                           k=1.6 / math.sqrt(n))
    # Rescale so the median edge length is about NODE_SPACING.
    lengths = sorted(math.dist(pos[u], pos[v]) for u, v in sub.edges())
    median = lengths[len(lengths) // 2] or 1.0
    scale = NODE_SPACING / median
    return {v: (float(x) * scale, float(y) * scale) for v, (x, y) in pos.items()}


def _bounds(pos: dict) -> tuple[float, float, float, float]:
    xs, ys = [p[0] for p in pos.values()], [p[1] for p in pos.values()]
    return min(xs), min(ys), max(xs), max(ys)


def layout(G: nx.MultiDiGraph) -> dict[str, tuple[int, int]]:
    """Positions (px at zoom 1) of every node of ``G``."""
    H = undirected(G)
    components = sorted((sorted(c) for c in nx.connected_components(H) if len(c) > 1),
                        key=lambda c: (-len(c), c[0]))
    isolates = sorted((v for v in H if H.degree(v) == 0),
                      key=lambda v: (G.nodes[v].get("group", ""), G.nodes[v].get("label_en", ""), v))
    placed: dict[str, tuple[float, float]] = {}
    blocks = [_component_layout(H, c) for c in components]
    total_area = sum((b[2] - b[0] + NODE_SPACING) * (b[3] - b[1] + NODE_SPACING)
                     for b in map(_bounds, blocks)) if blocks else 0
    # Rows about as wide as the whole is tall: the page shows it in a roughly square pane.
    widest = max((b[2] - b[0] + NODE_SPACING for b in map(_bounds, blocks)), default=0.0)
    row_width = max(widest, math.sqrt(total_area + len(isolates) * ISOLATE_CELL[0] * ISOLATE_CELL[1]) * 1.15)
    x = y = row_height = 0.0
    for pos in blocks:
        x0, y0, x1, y1 = _bounds(pos)
        w, h = x1 - x0 + NODE_SPACING, y1 - y0 + NODE_SPACING
        if x > 0 and x + w > row_width:
            x, y, row_height = 0.0, y + row_height, 0.0
        placed.update({v: (px - x0 + x, py - y0 + y) for v, (px, py) in pos.items()})
        x, row_height = x + w, max(row_height, h)
    top = y + row_height + (NODE_SPACING if blocks else 0)
    cols = max(1, int(max(row_width, ISOLATE_CELL[0]) // ISOLATE_CELL[0]))
    for i, v in enumerate(isolates):
        placed[v] = ((i % cols) * ISOLATE_CELL[0], top + (i // cols) * ISOLATE_CELL[1])
    return {v: (round(px), round(py)) for v, (px, py) in placed.items()}

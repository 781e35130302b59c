"""Node positions and importance, computed once in Python so the page opens settled.

Each connected component is laid out on its own (Kamada-Kawai then spring layout from
networkx, fixed seed, so the same graph always gets the same picture), turned so its
long side is horizontal, and pushed apart where a node or its label would overlap
another; the components are packed in rows, largest first, and unconnected nodes go in
a grid after them.  Importance mixes degree and betweenness (sampled on big graphs).
"""
from __future__ import annotations

import math

import networkx as nx
import numpy as np
from scipy.spatial import cKDTree

SEED = 7
NODE_SPACING = 120          # px between neighbours at zoom 1: room for a label below
ISOLATE_CELL = (170, 80)    # room for an unconnected node and its label
PANE = (820, 780)           # size of the network pane of the page at 1400x900
BETWEENNESS_SAMPLE_FROM = 600
BETWEENNESS_SAMPLES = 250
OVERLAP_MAX_NODES = 1500    # pairwise overlap removal is O(n^2) per step
OVERLAP_STEPS = 200
# Must match the page (view.js): node radius and label font grow with importance.
NODE_SIZE = (8, 30)
LABEL_FONT = (13, 20)
LABEL_WIDTH_MAX = 200       # the page wraps labels wider than this
CHAR_WIDTH = 0.42           # of the font size, measured in Chromium for Arabic and Latin
LINE_HEIGHT = 1.1           # of the font size


def undirected(G: nx.MultiDiGraph) -> nx.Graph:
    """Simple undirected view for centrality and layout: one edge per linked pair."""
    H = nx.Graph()
    H.add_nodes_from(G.nodes)
    H.add_edges_from((u, v) for u, v in G.edges() if u != v)
    return H


def ordered_subgraph(H: nx.Graph, nodes) -> nx.Graph:
    """The subgraph of ``H`` on ``nodes``, with nodes in the given order.

    ``H.subgraph`` iterates a small subgraph in the order of a Python set, which changes
    from run to run (string hashing), and networkx layouts and community detection
    depend on node order: this keeps the picture the same for the same graph."""
    keep = dict.fromkeys(nodes)
    sub = nx.Graph()
    sub.add_nodes_from(keep)
    sub.add_edges_from(sorted((u, v) if u <= v else (v, u) for u, v in H.edges(keep) if v in keep))
    return sub


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


def _label_rows(text: str, font: float) -> tuple[float, int]:
    """Width and number of rows of a label as vis-network wraps it (greedy, by words)."""
    widest, rows = 0.0, 0
    for line in text.split("\n"):
        width = 0.0
        rows += 1
        for word in line.split():
            w = len(word) * CHAR_WIDTH * font
            step = w if width == 0 else width + CHAR_WIDTH * font + w
            if width and step > LABEL_WIDTH_MAX:
                widest, width, rows = max(widest, width), w, rows + 1
            else:
                width = step
        widest = max(widest, width)
    return min(widest, LABEL_WIDTH_MAX), rows


def _boxes(nodes: list, labels: dict, sizes: dict) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """Half-width, height and downward offset of each node's box (the node and its label
    drawn below it), in px at zoom 1; the offset moves the box centre below the node."""
    half_w, height, offset = [], [], []
    for v in nodes:
        size = sizes.get(v, 10.0)
        font = LABEL_FONT[0] + (LABEL_FONT[1] - LABEL_FONT[0]) * (size - NODE_SIZE[0]) / (NODE_SIZE[1] - NODE_SIZE[0])
        width, rows = _label_rows(labels.get(v, ""), font)
        label_h = rows * font * LINE_HEIGHT
        half_w.append(max(size, width / 2) + 10)
        height.append(2 * size + label_h + 16)
        offset.append(label_h / 2)
    return np.array(half_w), np.array(height), np.array(offset)


def _remove_overlaps(xy: np.ndarray, half_w: np.ndarray, height: np.ndarray, offset: np.ndarray) -> np.ndarray:
    """Push apart nodes whose boxes (node plus label) overlap, along the cheaper axis."""
    n = len(xy)
    if n < 2 or n > OVERLAP_MAX_NODES:
        return xy
    box = xy + np.column_stack([np.zeros(n), offset])
    iu = np.triu_indices(n, 1)
    need_x = (half_w[:, None] + half_w[None, :])[iu]
    need_y = ((height[:, None] + height[None, :]) / 2)[iu]
    for _ in range(OVERLAP_STEPS if n <= 300 else OVERLAP_STEPS // 4):
        dx = (box[:, None, 0] - box[None, :, 0])[iu]
        dy = (box[:, None, 1] - box[None, :, 1])[iu]
        over_x, over_y = need_x - np.abs(dx), need_y - np.abs(dy)
        hit = (over_x > 0) & (over_y > 0)
        if not hit.any():
            break
        i, j = iu[0][hit], iu[1][hit]
        along_x = over_x[hit] < over_y[hit]
        sign_x = np.where(dx[hit] >= 0, 1.0, -1.0)
        sign_y = np.where(dy[hit] >= 0, 1.0, -1.0)
        push = np.zeros((len(i), 2))
        push[:, 0] = np.where(along_x, sign_x * (over_x[hit] / 2 + 1), 0.0)
        push[:, 1] = np.where(along_x, 0.0, sign_y * (over_y[hit] / 2 + 1))
        move = np.zeros_like(box)
        np.add.at(move, i, push)
        np.add.at(move, j, -push)
        box += move * 0.5
    return box - np.column_stack([np.zeros(n), offset])


def _horizontal(xy: np.ndarray) -> np.ndarray:
    """Turn a layout so its principal axis is horizontal (the pane is wider than tall)."""
    centred = xy - xy.mean(axis=0)
    if len(xy) < 3:
        return centred
    _, vectors = np.linalg.eigh(np.cov(centred.T))
    main = vectors[:, -1]
    angle = -np.arctan2(main[1], main[0])
    rot = np.array([[np.cos(angle), -np.sin(angle)], [np.sin(angle), np.cos(angle)]])
    return centred @ rot.T


def _component_layout(H: nx.Graph, nodes: list, labels: dict, sizes: dict) -> dict:
    sub = ordered_subgraph(H, nodes)
    n = len(nodes)
    if n == 1:
        return {nodes[0]: (0.0, 0.0)}
    if n == 2:
        half_w, _, _ = _boxes(nodes, labels, sizes)
        gap = max(NODE_SPACING, half_w.sum() + 10) / 2
        return {nodes[0]: (-gap, 0.0), nodes[1]: (gap, 0.0)}
    # Fewer iterations on big components: each step of networkx's layout costs O(n^2)
    # (small) or a scipy optimisation (500 nodes and more).
    iterations = 80 if n <= 300 else max(15, int(80 * 300 / n))
    start = nx.kamada_kawai_layout(sub) if n <= 60 else None
    pos = nx.spring_layout(sub, seed=SEED, pos=start, iterations=iterations if start is None else 30,
                           k=1.6 / math.sqrt(n))
    xy = np.array([pos[v] for v in nodes])
    # Rescale so the median edge is about NODE_SPACING long and, in dense hairballs,
    # neighbouring nodes are still half of that apart.
    index = {v: i for i, v in enumerate(nodes)}
    ends = np.array([(index[u], index[v]) for u, v in sub.edges()])
    lengths = np.linalg.norm(xy[ends[:, 0]] - xy[ends[:, 1]], axis=1)
    nearest = cKDTree(xy).query(xy, k=2)[0][:, 1]
    scale = max(NODE_SPACING / (np.median(lengths) or 1.0), NODE_SPACING / 2 / (np.median(nearest) or 1.0))
    xy = _horizontal(xy * scale)
    xy = _remove_overlaps(xy, *_boxes(nodes, labels, sizes))
    return {v: (float(x), float(y)) for v, (x, y) in zip(nodes, xy)}


def _bounds(pos: dict) -> tuple[float, float, float, float]:
    xs, ys = [p[0] for p in pos.values()], [p[1] for p in pos.values()]
    return min(xs), min(ys), max(xs), max(ys)


def _pack(sizes: list[tuple[float, float]], row_width: float) -> tuple[list[tuple[float, float]], float, float]:
    """Shelf packing: rows of columns; a block shorter than its row stacks in a column.

    Returns each block's top-left corner and the width and height used."""
    corners = []
    x = y = row_h = col_x = col_y = col_w = 0.0
    width = 0.0
    for w, h in sizes:
        if corners and row_h and col_y + h <= row_h and col_w >= w * 0.8:
            corners.append((col_x, y + col_y))          # stack under the previous block
            col_y += h
            col_w = max(col_w, w)
        else:
            if corners and x + w > row_width:
                x, y, row_h = 0.0, y + row_h, 0.0       # new row
            corners.append((x, y))
            col_x, col_y, col_w = x, h, w
            row_h = max(row_h, h)
            x += w
        x = max(x, col_x + col_w)
        width = max(width, x)
    return corners, width, y + row_h


def layout(G: nx.MultiDiGraph, labels: dict | None = None,
           sizes: dict | None = None) -> dict[str, tuple[int, int]]:
    """Positions (px at zoom 1) of every node of ``G``.

    ``labels`` (node -> label text shown) and ``sizes`` (node -> radius in px) let the
    layout keep labels from overlapping; without them nodes are treated as small dots.
    The components and unconnected nodes are packed to fit a pane of about PANE px.
    """
    labels, sizes = labels or {}, sizes or {}
    H = undirected(G)
    components = sorted((sorted(c) for c in nx.connected_components(H) if len(c) > 1),
                        key=lambda c: (-len(c), c[0]))
    isolates = sorted((v for v in H if H.degree(v) == 0),
                      key=lambda v: (G.nodes[v].get("group", ""), G.nodes[v].get("label_en", ""), v))
    blocks = [_component_layout(H, c, labels, sizes) for c in components]
    blocks += [{v: (0.0, 0.0)} for v in isolates]
    bounds = [_bounds(b) for b in blocks]
    dims = [(x1 - x0 + NODE_SPACING, y1 - y0 + NODE_SPACING) if len(b) > 1 else ISOLATE_CELL
            for b, (x0, y0, x1, y1) in zip(blocks, bounds)]
    if not blocks:
        return {}
    # Try a few row widths; keep the packing that the pane shows at the largest zoom.
    widest = max(w for w, _ in dims)
    area = sum(w * h for w, h in dims)
    candidates = sorted({widest, *(max(widest, math.sqrt(area) * f) for f in (0.8, 1.0, 1.2, 1.5, 2.0))})
    best = max(((min(PANE[0] / w, PANE[1] / h), -rw, corners)
                for rw in candidates for corners, w, h in [_pack(dims, rw)]), key=lambda t: t[:2])
    corners = best[2]
    placed = {}
    for pos, (x0, y0, _, _), (cx, cy), (w, h) in zip(blocks, bounds, corners, dims):
        if len(pos) == 1:
            (v,) = pos
            placed[v] = (cx + w / 2, cy + h / 3)
        else:
            placed.update({v: (px - x0 + cx + NODE_SPACING / 2, py - y0 + cy + NODE_SPACING / 2)
                           for v, (px, py) in pos.items()})
    return {v: (round(px), round(py)) for v, (px, py) in placed.items()}

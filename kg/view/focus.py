"""Find a node by name and cut the graph down to its neighbourhood (``--focus``)."""
from __future__ import annotations

import networkx as nx

from kg.errors import UsageError
from kg.text.normalize import normalize_key
from kg.view.network import node_label

_ARTICLES = ("ال", "al-", "al ", "the ")


def name_key(text: str) -> str:
    """Matching key of a name: normalised, lower-cased, leading article dropped."""
    key = normalize_key(text).lower()
    for article in _ARTICLES:
        if key.startswith(article) and len(key) > len(article) + 1:
            return key[len(article):]
    return key


def find_node(G: nx.MultiDiGraph, query: str) -> str:
    """The node an analyst means by ``query``: an IRI, an entity key or any alias."""
    if query in G:
        return query
    by_key = [v for v, d in G.nodes(data=True) if d.get("key") == query]
    if len(by_key) == 1:
        return by_key[0]
    wanted = name_key(query)
    hits = sorted({v for v, d in G.nodes(data=True) if d.get("kind") == "entity" and any(
        name_key(a) == wanted for a in [*d.get("aliases", ()), d.get("label_ar", ""), d.get("label_en", "")] if a)})
    if not hits:
        raise UsageError(f"--focus {query!r}: no node has this name (try an English or Arabic "
                         f"label, an alias, or the entity key)")
    if len(hits) > 1:
        names = ", ".join(f"{node_label(G.nodes[v])} ({G.nodes[v]['key']})" for v in hits[:5])
        raise UsageError(f"--focus {query!r} is ambiguous: {names}; give the entity key")
    return hits[0]


def neighbourhood(G: nx.MultiDiGraph, centre: str, hops: int) -> set[str]:
    """Nodes within ``hops`` links of ``centre``, ignoring direction.

    An attack event node does not count as a hop: reaching it also reaches its attacker,
    target, place and weapon, so "Houthis, 1 hop" shows whom they attacked.
    """
    seen, frontier = {centre}, [centre]
    for _ in range(hops):
        nxt = []
        for v in frontier:
            for w in nx.all_neighbors(G, v):
                if w in seen:
                    continue
                seen.add(w)
                if G.nodes[w].get("kind") == "attack":
                    for x in nx.all_neighbors(G, w):
                        if x not in seen:
                            seen.add(x)
                            nxt.append(x)
                else:
                    nxt.append(w)
        frontier = nxt
    return seen


def focus_subgraph(G: nx.MultiDiGraph, query: str, hops: int = 1) -> tuple[nx.MultiDiGraph, str]:
    """The subgraph around the node named ``query`` and that node's id."""
    if hops < 0:
        raise UsageError(f"--hops must be 0 or more, not {hops}")
    centre = find_node(G, query)
    keep = neighbourhood(G, centre, hops)
    # Built in G's order (not G.subgraph, which follows set order for small subgraphs).
    sub = nx.MultiDiGraph(**G.graph)
    sub.add_nodes_from((v, d) for v, d in G.nodes(data=True) if v in keep)
    sub.add_edges_from((u, v, k, d) for u, v, k, d in G.edges(keys=True, data=True) if u in keep and v in keep)
    return sub, centre

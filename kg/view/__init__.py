"""The graph for people: an offline interactive HTML network, statistics and exports.

    from kg.view import load_network, write_view
    G = load_network("out/graph.trig")          # networkx MultiDiGraph
    write_view("out/graph.trig", "out/graph.html", focus="Houthis", hops=2, lang="en")
"""
from __future__ import annotations

import os

import networkx as nx

from kg.rdf.serialize import atomic_output
from kg.view.focus import focus_subgraph
from kg.view.network import ATTACK_MODES, build_network
from kg.view.page import LANGS, render_html
from kg.view.read import read_store

__all__ = ["ATTACK_MODES", "LANGS", "build_network", "load_network", "read_store", "render_html",
           "write_view"]


def load_network(path: str | os.PathLike, attacks: str = "events") -> nx.MultiDiGraph:
    """Read a graph file (any RDF syntax) into the view's networkx graph."""
    return build_network(read_store(path), attacks=attacks)


def write_view(graph: str | os.PathLike, output: str | os.PathLike, *, focus: str | None = None,
               hops: int = 1, lang: str = "ar", title: str | None = None,
               attacks: str = "events") -> nx.MultiDiGraph:
    """Write the HTML view of ``graph`` to ``output`` (atomically); returns the graph shown."""
    G = load_network(graph, attacks=attacks)
    centre = None
    if focus:
        G, centre = focus_subgraph(G, focus, hops)
    page = render_html(G, lang=lang, title=title, centre=centre)
    with atomic_output(output, "wb") as fh:
        fh.write(page.encode("utf-8", "replace"))
    return G

"""GraphML and GEXF files of the view graph, for Gephi, Cytoscape and yEd users.

Both formats hold only scalar attributes, so lists are joined with `` | `` and the
evidence is reduced to a count and the first sentence.  Characters XML 1.0 cannot carry
(control characters from scraped text) are dropped rather than producing a file that
the other tools refuse.
"""
from __future__ import annotations

import os
import re

import networkx as nx

from kg.errors import UsageError
from kg.rdf.serialize import atomic_output
from kg.view.legend import GROUPS
from kg.view.network import node_label

EXPORT_FORMATS = ("graphml", "gexf")
_XML_INVALID = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff\ud800-\udfff]")
SEP = " | "


def _text(value) -> str:
    return _XML_INVALID.sub("", str(value))


def _rgb(colour: str) -> dict:
    return {"r": int(colour[1:3], 16), "g": int(colour[3:5], 16), "b": int(colour[5:7], 16), "a": 1.0}


def flat_graph(G: nx.MultiDiGraph, gexf_viz: bool = False) -> nx.MultiDiGraph:
    """A copy of ``G`` whose node and edge attributes are all strings or numbers."""
    F = nx.MultiDiGraph()
    for v, d in G.nodes(data=True):
        attrs = {
            "label": _text(node_label(d, "en")), "label_ar": _text(d.get("label_ar", "")),
            "label_en": _text(d.get("label_en", "")), "class": d.get("cls", ""),
            "group": d.get("group", ""), "kind": d.get("kind", ""), "entity_key": _text(d.get("key", "")),
            "aliases": _text(SEP.join(d.get("aliases", []))), "wikidata": d.get("wikidata", ""),
            "documents": len(d.get("documents", [])), "degree": G.degree(v), "cameo": d.get("cameo", ""),
        }
        if d.get("kind") == "attack":
            attrs.update(date=d.get("date", ""), polarity=d.get("polarity", ""),
                         description=_text(d.get("description", "")),
                         event_code=d.get("event_code", ""), acled=d.get("acled", ""))
            # A count the text does not give is left out: 0 would claim nobody was hurt.
            for name in ("fatalities", "injured"):
                if d.get(name):
                    attrs[name] = d[name]["value"]
                    attrs[f"{name}_qualifier"] = d[name]["qualifier"]
        if gexf_viz:
            attrs["viz"] = {"color": _rgb(GROUPS.get(d.get("group", "other"), GROUPS["other"])[1]),
                            "size": 5.0 + 2.0 * G.degree(v)}
        F.add_node(_text(v), **attrs)
    for i, (u, v, d) in enumerate(G.edges(data=True)):
        evidence = d.get("evidence", [])
        F.add_edge(_text(u), _text(v), key=i, id=str(i), relation=d["relation"], status=d["status"],
                   label=d["relation"] if d["status"] == "asserted" else f"denied: {d['relation']}",
                   dates=SEP.join(d.get("dates", [])), evidence_count=len(evidence),
                   evidence=_text(evidence[0]["sentence"]) if evidence else "")
    return F


def export_graph(G: nx.MultiDiGraph, output: str | os.PathLike, fmt: str) -> None:
    """Write ``G`` as GraphML or GEXF to ``output``, atomically."""
    if fmt not in EXPORT_FORMATS:
        raise UsageError(f"unknown export format {fmt!r}; use one of {', '.join(EXPORT_FORMATS)}")
    F = flat_graph(G, gexf_viz=fmt == "gexf")
    with atomic_output(output, "wb") as fh:
        if fmt == "graphml":
            nx.write_graphml(F, fh, encoding="utf-8", prettyprint=True)
        else:
            nx.write_gexf(F, fh, encoding="utf-8", prettyprint=True, version="1.2draft")

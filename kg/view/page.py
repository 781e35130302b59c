"""One self-contained HTML page showing the network (vis-network, inlined).

Nothing leaves the page: vis-network's script and style come from the files shipped in
the pyvis package and are inlined; there is no CDN link, no web font and no bootstrap.
A Content-Security-Policy allows only the page's own two scripts (by hash), so even a
mistake elsewhere could not run injected script, and forbids any fetch.

Article text is untrusted.  The data goes in as JSON inside a non-executed
``<script type="application/json">`` block with ``<``, ``>``, ``&``, U+2028 and U+2029
escaped, so no string can close the block; the page script puts it on screen only with
``textContent`` and DOM calls (never ``innerHTML``), and vis-network draws labels on a
canvas.  pyvis's own template is not used: it links bootstrap from a CDN, builds a
popup with ``innerHTML`` when a title contains "href", and does not escape its heading.
"""
from __future__ import annotations

import base64
import hashlib
import html
import json
import re
from importlib import resources
from pathlib import Path

import networkx as nx

from kg.text.normalize import normalize
from kg.view.layout import NODE_SIZE, centrality, layout
from kg.view.legend import CLASS_NAMES, EDGE_KINDS, GROUPS, RELATION_COLOURS, words
from kg.view.network import node_label

VIS_VERSION = "vis-9.1.2"
LANGS = ("ar", "en")
_JSON_ESCAPES = {"<": "\\u003c", ">": "\\u003e", "&": "\\u0026", "\u2028": "\\u2028", "\u2029": "\\u2029"}
_JSON_UNSAFE = re.compile("[<>&\u2028\u2029]")


def script_json(data) -> str:
    """JSON that is safe as the text of a ``<script>`` element."""
    text = json.dumps(data, ensure_ascii=False, separators=(",", ":"), sort_keys=False)
    return _JSON_UNSAFE.sub(lambda m: _JSON_ESCAPES[m.group()], text)


def _vis_asset(name: str) -> str:
    import pyvis
    return (Path(pyvis.__file__).parent / "lib" / VIS_VERSION / name).read_text(encoding="utf-8")


def _own_asset(name: str) -> str:
    return resources.files("kg.view").joinpath("assets", name).read_text(encoding="utf-8")


def _inline(text: str, tag: str) -> str:
    """Static code about to be inlined must not be able to end its own element."""
    if re.search(rf"</{tag}|<!--", text, re.IGNORECASE):
        raise ValueError(f"cannot inline code that contains </{tag} or <!--")
    return text


def _normalise_table() -> dict[str, str]:
    """The matching normalisation of kg.text.normalize as a character table, for search."""
    table = {}
    for code in range(0x20, 0x3000):
        ch = chr(code)
        if 0xD800 <= code < 0xE000:
            continue
        out = normalize(ch)
        if out != ch:
            table[ch] = out
    return table


def _sizes(cent: dict) -> dict:
    """Node radius as vis-network scales it: linear in importance between min and max."""
    low = min((c["importance"] for c in cent.values()), default=0.0)
    high = max((c["importance"] for c in cent.values()), default=1.0)
    span = (high - low) or 1.0
    return {v: NODE_SIZE[0] + (NODE_SIZE[1] - NODE_SIZE[0]) * (c["importance"] - low) / span
            for v, c in cent.items()}


def _shown_label(d: dict, lang: str) -> str:
    """The label the page draws for a node (as view.js makes it), for layout spacing."""
    if d.get("kind") == "attack":
        names = CLASS_NAMES.get(d.get("cls", ""), ("هجوم", "Attack"))
        return names[0 if lang == "ar" else 1] + ("\n" + d["date"] if d.get("date") else "")
    return node_label(d, lang)


class _Refs:
    """Node ids in the page (small integers) and labels for names outside the page."""

    def __init__(self, G: nx.MultiDiGraph):
        self.index = {v: i for i, v in enumerate(G.nodes)}
        self.labels = G.graph.get("labels", {})
        self.docs: dict[str, int] = {}

    def node(self, iri: str) -> dict:
        ar, en = self.labels.get(iri, ("", ""))
        return {"id": self.index.get(iri), "ar": ar, "en": en or (iri.rsplit("/", 1)[-1] if not ar else "")}

    def doc(self, iri: str) -> int:
        return self.docs.setdefault(iri, len(self.docs))

    def evidence(self, items: list[dict]) -> list[dict]:
        return [{"sentence": e["sentence"], "doc": self.doc(e["document"]) if e["document"] else None,
                 "said_by": self.node(e["said_by"]) if e["said_by"] else None,
                 "polarity": e["polarity"], "confidence": e["confidence"]} for e in items]


def page_data(G: nx.MultiDiGraph, lang: str = "ar", title: str = "", centre: str | None = None) -> dict:
    """Everything the page script needs, as plain JSON-able data."""
    refs = _Refs(G)
    cent = centrality(G)
    pos = layout(G, labels={v: _shown_label(d, lang) for v, d in G.nodes(data=True)},
                 sizes=_sizes(cent))
    nodes = []
    for v, d in G.nodes(data=True):
        c = cent.get(v, {"degree": 0, "betweenness": 0.0, "importance": 0.0})
        node = {"id": refs.index[v], "iri": v, "key": d.get("key", ""), "kind": d.get("kind", "entity"),
                "cls": d.get("cls", ""), "group": d.get("group", "other"),
                "ar": d.get("label_ar", ""), "en": d.get("label_en", ""),
                "aliases": d.get("aliases", []), "wikidata": d.get("wikidata", ""), "cameo": d.get("cameo", ""),
                "docs": [refs.doc(x) for x in d.get("documents", [])],
                "x": pos[v][0], "y": pos[v][1], "degree": c["degree"],
                "betweenness": round(c["betweenness"], 4), "importance": round(c["importance"], 4)}
        if node["kind"] == "attack":
            node.update(date=d.get("date", ""), dates=d.get("dates", []), polarity=d.get("polarity", ""),
                        description=d.get("description", ""), evidence=refs.evidence(d.get("evidence", [])),
                        roles={r: [refs.node(x) for x in xs] for r, xs in d.get("roles", {}).items()},
                        fatalities=d.get("fatalities"), injured=d.get("injured"),
                        event_code=d.get("event_code", ""), acled=d.get("acled", ""))
        nodes.append(node)
    edges = []
    for i, (u, v, d) in enumerate(G.edges(data=True)):
        edge = {"id": i, "from": refs.index[u], "to": refs.index[v], "rel": d["relation"],
                "status": d["status"], "dates": d.get("dates", []),
                "evidence": refs.evidence(d.get("evidence", []))}
        if "attacks" in d:
            edge["attacks"] = [{"cls": a["cls"], "date": a["date"],
                                "weapons": [refs.node(w) for w in a["weapons"]],
                                "places": [refs.node(p) for p in a["places"]]} for a in d["attacks"]]
        edges.append(edge)
    docs = G.graph.get("documents", {})
    documents = [None] * len(refs.docs)
    for iri, i in refs.docs.items():
        documents[i] = {"iri": iri, **docs.get(iri, {"title": "", "date": "", "source": "", "url": ""})}
    present_groups = {n["group"] for n in nodes}
    present_rels = {e["rel"] for e in edges}
    return {
        "lang": lang, "title": title, "centre": refs.index.get(centre) if centre else None,
        "words": {x: words(x) for x in LANGS},
        "groups": [{"key": g, "shape": shape, "colour": colour}
                   for g, (shape, colour, _) in GROUPS.items() if g in present_groups],
        "relations": [{"key": r, "colour": RELATION_COLOURS[r]} for r in EDGE_KINDS if r in present_rels],
        "normalise": _normalise_table(),
        "documents": documents, "nodes": nodes, "edges": edges,
    }


def _csp_hash(script: str) -> str:
    return "'sha256-" + base64.b64encode(hashlib.sha256(script.encode("utf-8")).digest()).decode() + "'"


def render_html(G: nx.MultiDiGraph, lang: str = "ar", title: str | None = None,
                centre: str | None = None) -> str:
    """The complete page for ``G`` as a string."""
    if lang not in LANGS:
        raise ValueError(f"lang must be one of {LANGS}")
    title = title or ("شبكة — خريطة الفاعلين" if lang == "ar" else "Shabaka network")
    vis_js, app_js = _inline(_vis_asset("vis-network.min.js"), "script"), _inline(_own_asset("view.js"), "script")
    css = _inline(_vis_asset("vis-network.css"), "style") + "\n" + _inline(_own_asset("view.css"), "style")
    csp = ("default-src 'none'; script-src " + _csp_hash(vis_js) + " " + _csp_hash(app_js)
           + "; style-src 'unsafe-inline'; img-src data:; font-src 'none'; connect-src 'none'; "
           "base-uri 'none'; form-action 'none'")
    parts = {
        "LANG": lang, "DIR": "rtl" if lang == "ar" else "ltr", "CSP": html.escape(csp, quote=True),
        "TITLE": html.escape(title, quote=True), "STYLE": css,
        "DATA": script_json(page_data(G, lang, title, centre)), "VIS_JS": vis_js, "APP_JS": app_js,
    }
    # One pass, so text substituted in is never scanned for further placeholders.
    return re.sub(r"\{\{([A-Z_]+)\}\}", lambda m: parts[m.group(1)], _own_asset("view.html"))

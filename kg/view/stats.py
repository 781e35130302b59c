"""Numbers about a graph: what is in it, who is central, which groups hang together.

Centrality and communities are computed on the *entity network*: entities linked by
asserted relations and by attacker -> target pairs of asserted attacks.  Denied
statements never count as links.  The central-actor lists keep actors only (people,
groups, states, organisations); places and bases still carry paths between them.
"""
from __future__ import annotations

from collections import Counter

import networkx as nx

from kg.view.layout import BETWEENNESS_SAMPLE_FROM, BETWEENNESS_SAMPLES, SEED, ordered_subgraph
from kg.view.network import is_actor, node_label

TOP = 10


def entity_network(G: nx.MultiDiGraph) -> nx.Graph:
    """Entities joined by asserted relations and asserted attacker-target pairs."""
    H = nx.Graph()
    H.add_nodes_from(v for v, d in G.nodes(data=True) if d.get("kind") == "entity")
    for u, v, d in G.edges(data=True):
        if d["status"] == "asserted" and u in H and v in H and u != v:
            H.add_edge(u, v)
    for _, d in _attacks(G):
        if d.get("polarity") != "denied":
            roles = d.get("roles", {})
            H.add_edges_from((a, t) for a in roles.get("attacker", []) for t in roles.get("target", [])
                             if a in H and t in H and a != t)
    return H


def _attacks(G: nx.MultiDiGraph):
    return [(v, d) for v, d in G.nodes(data=True) if d.get("kind") == "attack"]


def _who(G: nx.MultiDiGraph, v: str) -> dict:
    d = G.nodes[v] if v in G else {}
    ar, en = G.graph.get("labels", {}).get(v, (d.get("label_ar", ""), d.get("label_en", "")))
    return {"key": d.get("key", v.rsplit("/", 1)[-1]), "label_en": en, "label_ar": ar, "class": d.get("cls", "")}


def graph_stats(G: nx.MultiDiGraph, top: int = TOP) -> dict:
    """Counts, central actors, communities and busiest targets of a view graph (events mode)."""
    entities = [(v, d) for v, d in G.nodes(data=True) if d.get("kind") == "entity"]
    attacks = _attacks(G)
    relations: dict[str, Counter] = {}
    for _, _, d in G.edges(data=True):
        if d["relation"] not in ("attacker", "target", "place", "weapon", "attacks"):
            relations.setdefault(d["relation"], Counter())[d["status"]] += 1
    H = entity_network(G)
    degree = dict(H.degree())
    k = BETWEENNESS_SAMPLES if len(H) > BETWEENNESS_SAMPLE_FROM else None
    betweenness = nx.betweenness_centrality(H, k=k, seed=SEED if k else None) if len(H) else {}
    actors = [v for v, d in entities if is_actor(d) and degree.get(v, 0) > 0]

    def ranked(score: dict, name: str) -> list[dict]:
        best = sorted(actors, key=lambda v: (-score[v], node_label(G.nodes[v]), v))[:top]
        return [{**_who(G, v), name: round(score[v], 4) if isinstance(score[v], float) else score[v]}
                for v in best if score[v] > 0]

    linked = ordered_subgraph(H, [v for v in H if degree[v] > 0])
    communities = nx.community.louvain_communities(linked, seed=SEED) if len(linked) else []
    communities = sorted((sorted(c, key=lambda v: (-degree[v], v)) for c in communities if len(c) > 1),
                         key=lambda c: (-len(c), c[0]))
    targets: dict[str, Counter] = {}
    for _, d in attacks:
        if d.get("polarity") == "denied":
            continue
        roles = d.get("roles", {})
        for t in roles.get("target", []):
            targets.setdefault(t, Counter()).update(roles.get("attacker", []) or ["?"])
    busiest = sorted(targets, key=lambda t: (-sum(targets[t].values()), t))[:top]
    return {
        "nodes": G.number_of_nodes(), "links": G.number_of_edges(),
        "documents": len(G.graph.get("documents", {})),
        "entities": len(entities), "attacks": len(attacks),
        "classes": dict(Counter(d.get("cls") or "?" for _, d in entities).most_common()),
        "attack_kinds": dict(Counter(d.get("cls") for _, d in attacks).most_common()),
        "denied_attacks": sum(1 for _, d in attacks if d.get("polarity") == "denied"),
        "relations": {r: {"asserted": c["asserted"], "denied": c["denied"]}
                      for r, c in sorted(relations.items(), key=lambda x: (-sum(x[1].values()), x[0]))},
        "central_actors": {"degree": ranked(degree, "degree"), "betweenness": ranked(betweenness, "betweenness")},
        "communities": [{"size": len(c), "members": [_who(G, v) for v in c[:top]]} for c in communities[:top]],
        "attack_targets": [{**_who(G, t), "attacks": sum(targets[t].values()),
                            "attackers": [_who(G, a) if a != "?" else None for a, _ in targets[t].most_common()]}
                           for t in busiest],
    }


def _name(who: dict | None) -> str:
    if not who:
        return "unknown attacker"
    en, ar = who.get("label_en"), who.get("label_ar")
    return f"{en} ({ar})" if en and ar else en or ar or who.get("key", "?")


def format_stats(stats: dict) -> str:
    """The stats as plain text for a terminal."""
    lines = [f"{stats['nodes']} nodes, {stats['links']} links from {stats['documents']} document(s): "
             f"{stats['entities']} entities, {stats['attacks']} attacks", ""]

    def table(title: str, rows: list[tuple]) -> None:
        lines.append(title)
        if not rows:
            lines.append("  (none)")
        width = max((len(str(r[0])) for r in rows), default=0)
        lines.extend("  " + str(r[0]).ljust(width) + "  " + "  ".join(str(x) for x in r[1:]) for r in rows)
        lines.append("")

    table("Entities by class", list(stats["classes"].items()))
    table("Attacks by kind", [(k, v) for k, v in stats["attack_kinds"].items()]
          + ([("(denied)", stats["denied_attacks"])] if stats["denied_attacks"] else []))
    table("Relations (asserted, denied)", [(r, c["asserted"], c["denied"]) for r, c in stats["relations"].items()])
    table("Most central actors by degree",
          [(f"{i}.", _name(a), a["class"], a["degree"]) for i, a in enumerate(stats["central_actors"]["degree"], 1)])
    table("Most central actors by betweenness",
          [(f"{i}.", _name(a), a["class"], f"{a['betweenness']:.3f}")
           for i, a in enumerate(stats["central_actors"]["betweenness"], 1)])
    table("Communities (Louvain)",
          [(f"{i}.", f"{c['size']} members:", ", ".join(m["label_en"] or m["label_ar"] or m["key"] for m in c["members"])
            + (", ..." if c["size"] > len(c["members"]) else ""))
           for i, c in enumerate(stats["communities"], 1)])
    table("Busiest attack targets",
          [(f"{i}.", _name(t), f"{t['attacks']} attack(s) by",
            ", ".join((a["label_en"] or a["label_ar"] or a["key"]) if a else "unknown" for a in t["attackers"]))
           for i, t in enumerate(stats["attack_targets"], 1)])
    return "\n".join(lines).rstrip() + "\n"

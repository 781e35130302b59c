"""Counts, centrality, communities and attack targets (kg/view/stats.py)."""
from __future__ import annotations

import sys
from collections import Counter
from pathlib import Path

import networkx as nx

from kg.view.network import is_actor
from kg.view.stats import entity_network, format_stats, graph_stats

sys.path.insert(0, str(Path(__file__).parent / "data"))
import make_fixture  # noqa: E402

DOCS = make_fixture.build_docs()


def test_graph_stats_counts_classes_relations_and_attacks(fixture_network):
    s = graph_stats(fixture_network)
    G = fixture_network
    assert s["classes"] == dict(Counter(d["cls"] for _, d in G.nodes(data=True) if d["kind"] == "entity"))
    assert s["attacks"] == sum(len(d.attacks) for d in DOCS)
    assert s["denied_attacks"] == sum(a.polarity == "denied" for d in DOCS for a in d.attacks)
    want = Counter((r.predicate, "denied" if r.polarity == "denied" else "asserted") for d in DOCS for r in d.relations)
    assert {(r, k): v for r, c in s["relations"].items() for k, v in c.items() if v} == dict(want)
    assert s["documents"] == len(DOCS)


def test_graph_stats_central_actors_are_actors_ranked_by_degree(fixture_network):
    s = graph_stats(fixture_network)
    H = entity_network(fixture_network)
    ranked = s["central_actors"]["degree"]
    assert [a["degree"] for a in ranked] == sorted((a["degree"] for a in ranked), reverse=True)
    by_key = {d["key"]: v for v, d in fixture_network.nodes(data=True)}
    for a in ranked:
        assert is_actor(fixture_network.nodes[by_key[a["key"]]]) and H.degree(by_key[a["key"]]) == a["degree"]
    # The Houthis: a spokesperson, Iran's support and two attacks.
    assert ranked[0]["key"] == "houthis"
    assert s["central_actors"]["betweenness"][0]["betweenness"] > 0


def test_entity_network_ignores_denied_facts(fixture_network):
    H = entity_network(fixture_network)
    key = {d["key"]: v for v, d in fixture_network.nodes(data=True)}
    assert not H.has_edge(key["iran"], key["nujaba"])            # denied support
    assert not H.has_edge(key["nujaba"], key["victory_base"])    # denied attack
    assert H.has_edge(key["houthis"], key["israel"])             # asserted attack


def test_graph_stats_communities_partition_linked_entities(fixture_network):
    s = graph_stats(fixture_network, top=50)
    members = [m["key"] for c in s["communities"] for m in c["members"]]
    assert len(members) == len(set(members))
    H = entity_network(fixture_network)
    for c in s["communities"]:
        keys = {m["key"] for m in c["members"]}
        nodes = [v for v in H if fixture_network.nodes[v]["key"] in keys]
        assert nx.is_connected(H.subgraph(nodes)) and c["size"] == len(keys)


def test_graph_stats_busiest_targets_count_asserted_attacks(fixture_network):
    s = graph_stats(fixture_network)
    want = Counter(a.target for d in DOCS for a in d.attacks if a.polarity != "denied")
    assert {t["key"]: t["attacks"] for t in s["attack_targets"]} == dict(want)
    israel = next(t for t in s["attack_targets"] if t["key"] == "israel")
    assert [a["key"] for a in israel["attackers"]] == ["houthis"]


def test_format_stats_lists_the_sections(fixture_network):
    text = format_stats(graph_stats(fixture_network))
    for heading in ("Entities by class", "Relations (asserted, denied)", "Most central actors by degree",
                    "Most central actors by betweenness", "Communities (Louvain)", "Busiest attack targets"):
        assert heading in text
    assert "Houthis (الحوثيون)" in text


def test_graph_stats_of_an_empty_graph():
    s = graph_stats(nx.MultiDiGraph())
    assert s["nodes"] == 0 and s["communities"] == [] and s["central_actors"]["degree"] == []
    assert "(none)" in format_stats(s)

"""Finding a node by any of its names and cutting out its neighbourhood (kg/view/focus.py)."""
from __future__ import annotations

from pathlib import Path

import pytest

from kg.errors import UsageError
from kg.view.focus import find_node, focus_subgraph, neighbourhood


def _key(G, v):
    return G.nodes[v]["key"]


@pytest.mark.parametrize("query", ["houthis", "Houthis", "الحوثيون", "ansar allah", "أنصار الله",
                                   "انصار الله", "أَنْصَار الله", "جماعة الحوثى", "https://w3id.org/shabaka/id/entity/houthis"])
def test_find_node_by_key_iri_or_any_alias_normalised(fixture_network, query):
    assert _key(fixture_network, find_node(fixture_network, query)) == "houthis"


def test_find_node_unknown_name_is_a_usage_error(fixture_network):
    with pytest.raises(UsageError, match="no node has this name"):
        find_node(fixture_network, "Hezbollah")


def test_find_node_ambiguous_name_lists_candidates(fixture_network):
    G = fixture_network.copy()
    G.add_node("https://w3id.org/shabaka/id/entity/other_iran", kind="entity", key="other_iran",
               label_en="Iran", label_ar="", aliases=["Iran"], cls="State")
    with pytest.raises(UsageError, match="ambiguous.*other_iran"):
        find_node(G, "Iran")


def test_neighbourhood_passes_through_attack_nodes(fixture_network):
    G = fixture_network
    houthis = find_node(G, "houthis")
    one_hop = {_key(G, v) for v in neighbourhood(G, houthis, 1) if G.nodes[v]["kind"] == "entity"}
    # Whom they attacked, with what and where, counts as one step away.
    assert {"israel", "galaxy_leader", "red_sea", "ballistic_missile", "drone", "iran", "saree"} <= one_hop
    assert "nujaba" not in one_hop
    assert "nujaba" in {_key(G, v) for v in neighbourhood(G, houthis, 2)}


def test_focus_subgraph_zero_hops_is_the_node_alone(fixture_network):
    sub, centre = focus_subgraph(fixture_network, "Iran", 0)
    assert list(sub.nodes) == [centre] and sub.number_of_edges() == 0


def test_focus_subgraph_keeps_documents_and_labels(fixture_network):
    sub, _ = focus_subgraph(fixture_network, "Yahya Saree", 1)
    assert sub.graph["documents"] == fixture_network.graph["documents"]
    assert set(sub.graph["labels"]) == set(fixture_network.nodes)
    assert set(sub.nodes) < set(fixture_network.nodes)


def test_focus_subgraph_negative_hops_is_a_usage_error(fixture_network):
    with pytest.raises(UsageError):
        focus_subgraph(fixture_network, "Iran", -1)


def test_find_node_tells_apart_the_gunmen_of_two_documents():
    """Described actors are scoped to their document: the same words in two articles are two
    nodes, told apart by the document digest in their key."""
    from kg.rdf.iris import entity_iri
    from kg.view import load_network
    G = load_network(Path(__file__).parents[1] / "query" / "data" / "fixture.trig")
    with pytest.raises(UsageError, match="ambiguous") as err:
        find_node(G, "gunmen")
    one, two = (entity_iri("gunmen", d).value for d in ("fx_ev1", "fx_ev2"))
    keys = [G.nodes[v]["key"] for v in (one, two)]
    assert all(k.endswith("/gunmen") and k in str(err.value) for k in keys)
    assert [find_node(G, k) for k in keys] == [one, two]
    assert find_node(G, "mahdi_army") == entity_iri("mahdi_army").value

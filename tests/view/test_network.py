"""The knowledge graph as a networkx graph (kg/view/network.py), on the fixture TriG
written by the real mapping (tests/view/data/make_fixture.py)."""
from __future__ import annotations

import sys
from pathlib import Path

import pytest

from kg.view import load_network
from kg.view.network import build_network, local_name
from kg.view.read import read_store
from kg.vocab import ATTACK_KINDS, KGO, RELATIONS

sys.path.insert(0, str(Path(__file__).parent / "data"))
import make_fixture  # noqa: E402


def _by_key(G, key):
    (node,) = [v for v, d in G.nodes(data=True) if d["key"] == key]
    return node


def _rel_edges(G, rel):
    return [(G.nodes[u]["key"], G.nodes[v]["key"], d) for u, v, d in G.edges(data=True) if d["relation"] == rel]


def test_build_network_entities_have_class_labels_and_aliases(fixture_network):
    G = fixture_network
    for key, (cls, ar, en, other) in make_fixture.ENTITIES.items():
        matches = [d for _, d in G.nodes(data=True) if d["key"] == key]
        if not matches:   # the mapping writes only entities used in the documents
            continue
        d = matches[0]
        assert (d["cls"], d["label_ar"], d["label_en"]) == (cls, ar, en)
        assert set(d["aliases"]) == {ar, en, *other}
        assert d["kind"] == "entity"


def test_build_network_relations_match_the_documents(fixture_network):
    G = fixture_network
    want = {(r.subject, r.predicate, r.object, "denied" if r.polarity == "denied" else "asserted")
            for doc in make_fixture.build_docs() for r in doc.relations}
    got = {(G.nodes[u]["key"], d["relation"], G.nodes[v]["key"], d["status"])
           for u, v, d in G.edges(data=True) if d["relation"] in RELATIONS}
    assert got == want


def test_build_network_denied_statement_is_never_an_asserted_edge(fixture_network):
    G = fixture_network
    denied = [(s, o, d) for s, o, d in _rel_edges(G, "supports") if d["status"] == "denied"]
    assert [(s, o) for s, o, _ in denied] == [("iran", "nujaba")]
    assert not G.has_edge(_by_key(G, "iran"), _by_key(G, "nujaba"), key="supports:asserted")
    (ev,) = denied[0][2]["evidence"]
    assert ev["polarity"] == "denied" and ev["said_by"].endswith("/iran")
    assert ev["sentence"] == make_fixture.AR_SENTENCES[3]


def test_build_network_evidence_names_document_and_speaker(fixture_network):
    G = fixture_network
    (edge,) = [d for s, o, d in _rel_edges(G, "supports") if o == "iranian_militias"]
    (ev,) = edge["evidence"]
    assert ev["polarity"] == "reported" and local_name(ev["said_by"]) == "sohr"
    doc = G.graph["documents"][ev["document"]]
    assert doc["title"] == "إيران تشحن وكلاءها في العراق" and doc["date"] == "2023-11-01"
    assert edge["dates"] == ["2023-11-01"]


def test_build_network_attacks_are_event_nodes_linked_to_participants(fixture_network):
    G = fixture_network
    attacks = {v: d for v, d in G.nodes(data=True) if d["kind"] == "attack"}
    want = [a for doc in make_fixture.build_docs() for a in doc.attacks]
    assert len(attacks) == len(want)
    for a in want:
        (node,) = [v for v, d in attacks.items() if d["date"] == a.date.isoformat()]
        d = attacks[node]
        assert d["cls"] == a.kind and d["polarity"] == a.polarity
        roles = {role: sorted(local_name(x) for x in xs) for role, xs in d["roles"].items()}
        assert roles == {"attacker": [a.attacker], "target": [a.target],
                         "place": [a.place] if a.place else [], "weapon": sorted(a.weapons)}
        assert G.has_edge(_by_key(G, a.attacker), node, key="attacker")
        assert G.has_edge(node, _by_key(G, a.target), key="target")
        status = {d["status"] for _, _, d in G.edges(node, data=True)}
        assert status == {"denied" if a.polarity == "denied" else "asserted"}


def test_build_network_attack_edges_mode_links_attacker_to_target(fixture_trig):
    G = build_network(read_store(fixture_trig), attacks="edges")
    assert not [v for v, d in G.nodes(data=True) if d["kind"] == "attack"]
    got = sorted((s, o, d["status"], d["attacks"][0]["date"]) for s, o, d in _rel_edges(G, "attacks"))
    want = sorted((a.attacker, a.target, "denied" if a.polarity == "denied" else "asserted", a.date.isoformat())
                  for doc in make_fixture.build_docs() for a in doc.attacks)
    assert got == want


def test_build_network_both_mode_has_events_and_edges(fixture_trig):
    events = build_network(read_store(fixture_trig), attacks="events")
    both = build_network(read_store(fixture_trig), attacks="both")
    assert set(both.nodes) == set(events.nodes)
    assert len(_rel_edges(both, "attacks")) == len([v for v, d in events.nodes(data=True) if d["kind"] == "attack"])


def test_build_network_direct_triple_without_statement_is_asserted(tmp_path):
    from pyoxigraph import Literal, NamedNode, Quad, Store
    from kg.vocab import RDF, RDFS
    a, b = NamedNode("https://w3id.org/shabaka/id/entity/a"), NamedNode("https://w3id.org/shabaka/id/entity/b")
    store = Store()
    store.extend([Quad(a, RDF.type, KGO.ArmedGroup), Quad(b, RDF.type, KGO.State),
                  Quad(a, RDFS.label, Literal("مجموعة")), Quad(a, KGO.opposes, b)])
    G = build_network(store)
    assert G.nodes[str(a.value)]["label_ar"] == "مجموعة"       # untagged Arabic -> ar
    assert G.nodes[str(b.value)]["label_en"] == ""
    (edge,) = G.get_edge_data(a.value, b.value).values()
    assert edge["status"] == "asserted" and edge["evidence"] == []


def test_build_network_rejects_unknown_attack_mode(fixture_trig):
    with pytest.raises(ValueError):
        build_network(read_store(fixture_trig), attacks="arrows")


def test_build_network_follows_subclass_declarations():
    from pyoxigraph import NamedNode, Quad, Store
    from kg.vocab import RDF, RDFS
    militia = NamedNode("https://example.org/onto#Militia")
    x = NamedNode("https://w3id.org/shabaka/id/entity/x")
    store = Store()
    store.extend([Quad(militia, RDFS.subClassOf, KGO.ArmedGroup), Quad(x, RDF.type, militia)])
    assert build_network(store).nodes[x.value]["group"] == "armed_group"


def test_build_network_generic_actors_have_their_own_groups_and_cameo_codes(events_trig):
    from kg.view.legend import GROUPS
    from kg.view.network import is_actor
    G = load_network(events_trig)
    # a described actor's key carries its document's digest: <digest>/gunmen
    by_key = {d["key"].rsplit("/", 1)[-1]: d for _, d in G.nodes(data=True) if d["kind"] == "entity"}
    assert by_key["gunmen"]["key"] != "gunmen" and by_key["iraq_army"]["key"] == "iraq_army"
    assert (by_key["gunmen"]["group"], by_key["gunmen"]["cameo"]) == ("unidentified", "---UAF")
    assert (by_key["worshippers"]["group"], by_key["worshippers"]["cameo"]) == ("generic", "---CVL")
    assert (by_key["iraq_army"]["group"], by_key["iraq_army"]["cameo"]) == ("security_forces", "IRQMIL")
    assert by_key["baqubah"]["cameo"] == ""
    assert all(is_actor(by_key[k]) for k in ("gunmen", "worshippers", "iraq_army", "mahdi_army"))
    # A described actor is drawn in its family's shape (diamond, square) with its own colour.
    assert GROUPS["unidentified"][0] == GROUPS["armed_group"][0]
    assert GROUPS["unidentified"][1] != GROUPS["armed_group"][1]


def test_build_network_attack_nodes_carry_casualties_and_event_codes(events_trig):
    G = load_network(events_trig)
    attacks = {d["cls"]: d for _, d in G.nodes(data=True) if d["kind"] == "attack"}
    bomb, shooting, clash = attacks["Bombing"], attacks["Shooting"], attacks["ArmedClash"]
    assert bomb["fatalities"] == {"value": 12, "qualifier": "at-least"}
    assert bomb["injured"] == {"value": 30, "qualifier": "exact"}
    assert (bomb["event_code"], bomb["acled"]) == (ATTACK_KINDS["Bombing"][0], ATTACK_KINDS["Bombing"][1])
    assert bomb["roles"]["attacker"] == bomb["roles"]["target"] == []
    assert shooting["fatalities"] == {"value": 5, "qualifier": "exact"} and shooting["injured"] is None
    assert clash["fatalities"] is None and clash["acled"] == "Armed clash"
    assert sorted(clash["roles"]["attacker"]) == sorted(clash["roles"]["target"])


def test_build_network_clash_gives_attack_edges_both_ways_and_no_self_loop(events_trig):
    G = load_network(events_trig, attacks="edges")
    pairs = {(G.nodes[u]["key"].rsplit("/", 1)[-1], G.nodes[v]["key"].rsplit("/", 1)[-1])
             for u, v, d in G.edges(data=True) if d["relation"] == "attacks"}
    assert {("mahdi_army", "iraq_army"), ("iraq_army", "mahdi_army"), ("gunmen", "worshippers")} == pairs


@pytest.mark.parametrize("classes,group", [
    (("UnidentifiedArmedGroup", "ArmedGroup", "GenericActor", "Actor"), "unidentified"),
    (("SecurityForces", "Organization", "Actor"), "security_forces"),
    (("Civilians", "GenericActor", "Actor"), "generic"),
])
def test_build_network_reasoned_types_keep_the_most_specific_group(classes, group):
    """After kg reason a described actor also has its superclasses; its group stays its own."""
    from pyoxigraph import NamedNode, Quad, Store
    from kg.vocab import RDF
    x = NamedNode("https://w3id.org/shabaka/id/entity/d/x")
    store = Store()
    store.extend([Quad(x, RDF.type, KGO[c]) for c in reversed(classes)])
    assert build_network(store).nodes[x.value]["group"] == group

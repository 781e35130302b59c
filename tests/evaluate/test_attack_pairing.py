"""kg eval's one-to-one attack recall: one system attack stands for one gold attack."""
import rdflib

from kg.evaluate import score_graph
from kg.vocab import ID, KGO, RDFS


def _iri(term):
    return rdflib.URIRef(term.value)


def _gold(attacks):
    return {"document": "x", "facts": [], "optional": [], "optional_attacks": [],
            "entities": {"militia": {"names": ["The Militia"], "type": "ArmedGroup"},
                         "base": {"names": ["Camp North"], "type": "MilitaryBase"},
                         "port": {"names": ["Port South"], "type": "Place"}},
            "attacks": attacks}


def _graph(*events):
    g = rdflib.Graph()
    for name in ("The Militia", "Camp North", "Port South"):
        g.add((_iri(ID[name.replace(" ", "_")]), _iri(RDFS.label), rdflib.Literal(name)))
    for n, (attacker, target) in enumerate(events):
        e = _iri(ID[f"event_{n}"])
        g.add((e, _iri(KGO.attacker), _iri(ID[attacker.replace(" ", "_")])))
        g.add((e, _iri(KGO.target), _iri(ID[target.replace(" ", "_")])))
    return g


TWO_ON_ONE_BASE = [{"attacker": "militia", "target": "base"}, {"attacker": None, "target": "base"}]


def test_one_system_attack_pairs_with_one_gold_attack():
    att = score_graph(_gold(TWO_ON_ONE_BASE), _graph(("The Militia", "Camp North"))).summary()["attacks"]
    assert att["recall"] == 1.0            # the team's scorer: one attack matches both
    assert att["paired"] == 1 and att["recall_one_to_one"] == 0.5


def test_two_system_attacks_pair_with_both():
    g = _graph(("The Militia", "Camp North"), ("The Militia", "Camp North"))
    att = score_graph(_gold(TWO_ON_ONE_BASE), g).summary()["attacks"]
    assert att["paired"] == 2 and att["recall_one_to_one"] == 1.0


def test_pairing_moves_an_earlier_choice_to_reach_the_most():
    # One event agrees with both gold attacks, the other only with the first: pairing the
    # first event seen with the first gold attack it agrees with, for good, can pair one.
    gold = _gold([{"attacker": "militia", "target": "base"}, {"attacker": None, "target": "port"}])
    g = rdflib.Graph()
    g += _graph(("The Militia", "Camp North"))
    e = _iri(ID["event-both"])
    g.add((e, _iri(KGO.attacker), _iri(ID["The_Militia"])))
    for t in ("Camp_North", "Port_South"):
        g.add((e, _iri(KGO.target), _iri(ID[t])))
    assert score_graph(gold, g).summary()["attacks"]["paired"] == 2

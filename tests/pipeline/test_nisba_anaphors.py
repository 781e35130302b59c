"""English "the <state adjective> group" refers back to the last group of that state
(kg/pipeline/nisba_anaphors.py). Sentences are our own."""
from __future__ import annotations


def test_nisba_group_refers_to_the_group_of_that_state(analyze):
    result = analyze("Hamas and Kataib Hezbollah fired rockets overnight. The Iraqi militant group "
                     "said it struck a port.", "en")
    nouns = [m for m in result.mentions() if m.rule == "coref.nisba_head"]
    assert [m.entity for m in nouns] == ["kataib_hezbollah"], result.describe()
    assert result.surface(nouns[0]) == "group"


def test_nisba_group_carries_relations(analyze):
    result = analyze("Hezbollah fired drones at a base. The Lebanese group's deputy chief, Ali Saad, "
                     "spoke later. The Lebanese movement is funded by Tehran.", "en")
    assert ("iran", "supports", "hezbollah") in result.triples, result.describe()


def test_nisba_group_without_a_group_of_that_state_refers_to_nothing(analyze):
    result = analyze("Hezbollah fired drones at a base. The Iraqi group said it was not involved.", "en")
    assert not [m for m in result.mentions() if m.rule == "coref.nisba_head"], result.describe()

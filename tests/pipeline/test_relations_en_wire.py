"""English wire phrasings of the ninth round of issue 13 (probed with our own sentences in
the style of the wires and the Gulf English press): titles whose body is a unit named after
a possessive, and the kinds listed below. Every sentence is our own; each case was checked
to fail with its change disabled."""
from __future__ import annotations

import pytest

from tests.pipeline.relation_cases import assert_case, case

CASES = [
    # the head of a state's force, the state's possessive before the force
    case("en.leader.person_title_of",
         "Esmail Qaani, the head of Iran's Quds Force, met the faction leaders in Baghdad.",
         ("qaani", "leaderOf", "quds_force")),
    # one commander of a group's unit: a member of both, the head of neither
    case("en.member.role_in_org",
         "Ali Hamdan, a commander of Hezbollah's Radwan Force, was buried in Nabatieh.",
         ("ali_hamdan", "memberOf", "radwan_force"), ("ali_hamdan", "memberOf", "hezbollah")),
    # the commander of one of a group's operations is a member of it
    case("en.member.person_in_charge_of_org",
         "Hamid Saleh, commander of the PMF's Diyala operations, toured the checkpoints.",
         ("hamid_saleh", "memberOf", "pmf")),
]


@pytest.mark.parametrize("rule_id, sentence, expected", CASES)
def test_wire_rule_generalises(analyze, rule_id, sentence, expected):
    assert_case(analyze(sentence), rule_id, expected)


@pytest.mark.parametrize("sentence, triple", [
    # "a commander of X" is one of its commanders, never its head
    ("Ali Hamdan, a commander of Hezbollah, was buried in Nabatieh.", ("ali_hamdan", "leaderOf", "hezbollah")),
    # the head of a unit named after the group's possessive heads the unit, not the group
    ("Ali Hamdan, the head of Hezbollah's Radwan Force, was buried in Nabatieh.",
     ("ali_hamdan", "leaderOf", "hezbollah")),
    ("Hamid Saleh, commander of the PMF's Diyala operations, toured the checkpoints.",
     ("hamid_saleh", "leaderOf", "pmf")),
])
def test_wire_guard(analyze, sentence, triple):
    assert triple not in analyze(sentence).triples

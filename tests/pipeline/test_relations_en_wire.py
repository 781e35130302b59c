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
    # membership in a relative clause, by a group's fighters, of a party in a coalition,
    # and under a state's possessive
    case("en.member.apposition",
         "Kataib Imam Ali fighters, who are officially part of the PMF, manned the checkpoint.",
         ("kataib_imam_ali", "memberOf", "pmf")),
    case("en.member.apposition",
         "Badr, a leading party within the Coordination Framework, named its candidate.",
         ("badr", "memberOf", "coordination_framework")),
    case("en.member.apposition",
         "The Houthis, part of Iran's Axis of Resistance, vowed to widen the war.",
         ("houthis", "memberOf", "axis_of_resistance")),
    case("en.member.joined",
         "Nujaba, which belongs to the Islamic Resistance in Iraq, issued a warning.",
         ("nujaba", "memberOf", "islamic_resistance_iraq")),
    case("en.member.joined",
         "Samir Hadi, who belongs to the Badr Organization, chaired the committee.",
         ("samir_hadi", "memberOf", "badr")),
    # backing: the backed actor before "with" and the means after it
    case("en.supports.provides_with",
         "Tehran has supplied Hamas with rockets and cash for years.",
         ("iran", "supports", "hamas")),
    # backing: the giver's adjective before the means a group relies on or received
    case("en.supports.relies_on_means",
         "Kataib Hezbollah relies largely on Iranian drones and funding.",
         ("iran", "supports", "kataib_hezbollah")),
    case("en.supports.receives_means_from",
         "The Houthis have received cash and equipment from Tehran.",
         ("iran", "supports", "houthis")),
    # a collective's place, then the names it lists
    case("en.supports.backed_collective_names",
         "Tehran's proxies across the region, including the Houthis and Hezbollah, were put on alert.",
         ("iran", "supports", "houthis"), ("iran", "supports", "hezbollah")),
    case("en.supports.allies_such_as",
         "Iran's network of allies in Iraq and Syria, such as Nujaba, has grown.",
         ("iran", "supports", "nujaba")),
    case("en.member.includes_such_as",
         "The Axis of Resistance is made up of several groups, among them the Houthis.",
         ("houthis", "memberOf", "axis_of_resistance")),
    # the backed collective's listed names after the verb's object
    case("en.supports.verb",
         "The IRGC has trained the Iraqi militias, including Asaib Ahl al-Haq.",
         ("irgc", "supports", "asaib_ahl_al_haq")),
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

"""English phrasings of the issue-13 real-news dev round (helper i13k34): joint or combined
operations "with" a group (allies), a place that "came under the control of" a group, a group "formed ... to fight" another, support
for a side's war named by its adjective and support offered in a participle clause, a wing named after "the armed wing of" its parent in
apposition, and a region's plural kind of town before the towns listed ("the West Bank towns
of A and B"). Every sentence is our own; each case fails on main."""
from __future__ import annotations

import pytest

from tests.pipeline.relations.relation_cases import assert_case, case

CASES = [
    case("en.allied.joint_operations_with",
         "Kataib Hezbollah said on Friday that it had carried out three joint military "
         "operations with Hezbollah against Israeli targets.",
         ("kataib_hezbollah", "alliedWith", "hezbollah")),
    case("en.member.wing_of_apposed",
         "The Gaza-based military wing of Hamas, the Qassam Brigades, fired rockets at Ashkelon.",
         ("qassam_brigades", "memberOf", "hamas"), ("qassam_brigades", "locatedIn", "gaza")),
    case("en.located.kind_of_towns",
         "Troops raided the West Bank towns of Nablus, Tubas and Qalqilya overnight.",
         ("nablus", "locatedIn", "west_bank"), ("tubas", "locatedIn", "west_bank"),
         ("qalqilya", "locatedIn", "west_bank")),
    case("en.operated.under_control_of",
         "The fighting spread soon after Sanaa fell under the control of the Houthis in 2014.",
         ("sanaa", "operatedBy", "houthis")),
    case("en.opposes.formed_to_fight",
         "Badr joined the Popular Mobilization Forces, an umbrella of mostly Shiite Iraqi armed "
         "groups that was set up in June 2014 to combat the Islamic State.",
         ("pmf", "opposes", "isis")),
    case("en.supports.support_for_deed",
         "Protests grew over Britain's unwavering support for the Israeli offensive in Rafah.",
         ("uk", "supports", "israel")),
    case("en.supports.offering_support",
         "Iran was praised in Beirut after offering military support to Hezbollah.",
         ("iran", "supports", "hezbollah")),
]


@pytest.mark.parametrize("rule_id, sentence, expected", CASES)
def test_operations_wings_towns_rule_generalises(analyze, rule_id, sentence, expected):
    assert_case(analyze(sentence, "en"), rule_id, expected)


def test_combined_strikes_with_the_iraqi_group_named_with_group_in(analyze):
    a = analyze("The Houthis announced they launched two combined drone strikes with the "
                "Islamic Resistance group in Iraq.", "en")
    assert ("houthis", "alliedWith", "islamic_resistance_iraq") in a.triples, a.describe()


def test_operations_of_another_actor_named_between_do_not_ally_the_first(analyze):
    a = analyze("Hamas said Israel conducted joint operations with the Wagner Group.", "en")
    assert not a.relations("hamas", "alliedWith"), a.describe()


def test_a_wing_of_one_group_is_not_the_wing_of_the_group_named_after_it_by_and(analyze):
    # the parent must stand right after "wing of"; "the armed wing, the X" alone says nothing
    a = analyze("Israel struck the armed wing, the Qassam Brigades, and Hamas leaders.", "en")
    assert not a.relations("qassam_brigades", "memberOf", "israel"), a.describe()


def test_a_group_named_between_takes_the_purpose_clause(analyze):
    # the relative after the second named group is that group's, not the first's
    a = analyze("Hezbollah praised the Popular Mobilization Forces, which was formed in 2014 to fight ISIS.", "en")
    assert not a.relations("hezbollah", "opposes", "isis"), a.describe()
    assert a.relations("pmf", "opposes", "isis"), a.describe()


def test_the_participle_clause_belongs_to_the_sentence_subject_only(analyze):
    # "Iran ... Israel after offering support": not Israel's support; the rule stays silent
    a = analyze("Iran condemned Israel after offering support for Hamas.", "en")
    assert not a.relations("israel", "supports", "hamas"), a.describe()

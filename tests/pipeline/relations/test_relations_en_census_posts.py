"""English posts told after a name in the census of unseen English articles (issue 13):
a unit ranked after its owner's possessive ("the group's elite X"), a tenure or civil
title before the post ("the current commander", "the general manager"), an adviser of a
body, and the premier of a government named as a body. Every sentence is our own; each
case fails without its change."""
from __future__ import annotations

import pytest

from kg.keys import person_key
from tests.pipeline.relations.relation_cases import assert_case, case

CASES = [
    # a unit after its owner's possessive and a ranking adjective is what the person headed
    case("en.leader.person_heads_org",
         "Hezbollah fired rockets at Safed. A raid later killed Karim Haddad, who headed the group's "
         "elite Radwan Force.",
         (person_key("Karim Haddad"), "leaderOf", "radwan_force")),
    # a ranking adjective between a state's possessive and the body headed
    case("en.leader.person_title_of",
         "Samir Nasser, the head of Iran's elite Quds Force, met the envoy in Beirut.",
         (person_key("Samir Nasser"), "leaderOf", "quds_force")),
    # a tenure before the post: the name is found and heads the group
    case("en.leader.person_title_of",
         "The strike hit a car carrying Fadi Mansour, the current commander of Kataib Hezbollah.",
         (person_key("Fadi Mansour"), "leaderOf", "kataib_hezbollah")),
    # an adviser of a body serves it; a state's adjective and a word of kind qualify the body
    case("en.member.adviser_of_group",
         "The blast killed Nader Karimi, a long-time adviser of the Iranian paramilitary Revolutionary "
         "Guard in Syria.",
         (person_key("Nader Karimi"), "memberOf", "irgc")),
    # the premier of a government named as a body heads it
    case("en.leader.person_government_premier",
         "Ahmed Ghaleb, the Houthi government's prime minister, spoke on Monday.",
         (person_key("Ahmed Ghaleb"), "leaderOf", "houthi_government")),
]


@pytest.mark.parametrize("rule_id, sentence, expected", CASES)
def test_relations_en_census_posts(analyze, rule_id, sentence, expected):
    assert_case(analyze(sentence, "en"), rule_id, expected)


@pytest.mark.parametrize("sentence, triple", [
    # the unit after "the group's elite" is the one headed, never the group itself
    ("Hezbollah fired rockets at Safed. A raid later killed Karim Haddad, who headed the group's elite "
     "Radwan Force.", (person_key("Karim Haddad"), "leaderOf", "hezbollah")),
    # an adviser to a body's leader is the leader's, not one of the body's people
    ("Nader Karimi, a senior adviser to Hezbollah's leader, was wounded.",
     (person_key("Nader Karimi"), "memberOf", "hezbollah")),
])
def test_relations_en_census_posts_not(analyze, sentence, triple):
    assert triple not in analyze(sentence, "en").triples


def test_general_manager_is_a_person(analyze):
    # "the general manager of" opens a person's apposition as "the commander of" does
    result = analyze("Rami Saleh, the general manager of the Gaza port authority, was killed.", "en")
    assert person_key("Rami Saleh") in result.keys, result.describe()

"""English posts whose group is coordinated or named apart from the title (ninth round of
issue 13): "senior X and Y commander P" (a commander of each, the second possibly a unit's
short name), a headline's "<nisba> group's leader P" with the group named before, and a bare
"hospital director P" right after the hospital is named. Every sentence is our own; each
case fails without its change (guards beside them)."""
from __future__ import annotations

import pytest

from kg.keys import person_key
from tests.pipeline.relations.relation_cases import assert_case, case

P = person_key("Karim Hadi Mansour")

CASES = [
    # coordinated groups before one title: a commander of each
    case("en.member.joint_groups_commander_person",
         "Last March, a drone strike killed senior Hamas and Islamic Jihad commander Karim Hadi Mansour.",
         (P, "memberOf", "hamas"), (P, "memberOf", "pij")),
    # the second conjunct a short name the lexicon does not hold alone
    case("en.member.joint_groups_commander_person",
         "In May, a raid killed senior Hezbollah and Aziz commander Karim Hadi Mansour near Tyre.",
         (P, "memberOf", "hezbollah")),
    # a bare title of the institution's own kind right after it is named
    case("en.leader.bare_institution_title_after",
         "Nine wounded reached Kfarkela public hospital on Sunday, where hospital director Karim Hadi Mansour "
         "met the minister.",
         (P, "leaderOf", "kfarkela_public_hospital")),
    # a role told without a name, its holder opening the next sentence
    case("en.member.role_holder_next_sentence",
         "A veteran commander with the Radwan unit died on Monday, two sources said. Karim Hadi Mansour had "
         "led its drone teams since 2021, the sources added.",
         (P, "memberOf", "radwan_force")),
]


@pytest.mark.parametrize("rule_id, sentence, expected", CASES)
def test_split_posts_rule_generalises(analyze, rule_id, sentence, expected):
    assert_case(analyze(sentence, "en"), rule_id, expected)


def test_headline_nisba_group_possessive_is_the_group_named_before(analyze):
    # a headline drops the article: "Lebanese group's leader P" is the Lebanese group just named
    result = analyze("Hezbollah fighter killed in raid on border town, army says\n"
                     "Lebanese group's leader Karim Hadi Mansour vows a response\n"
                     "The army said the raid hit a depot.", "en")
    assert (P, "leaderOf", "hezbollah") in result.triples, result.describe()


def test_nisba_before_a_name_stays_a_kind(analyze):
    # "Lebanese group Hezbollah": the noun names the kind of the name after it, no anaphor
    result = analyze("Hamas fired rockets on Monday.\nLebanese group Hezbollah's leader Karim Hadi Mansour spoke.",
                     "en")
    assert (P, "leaderOf", "hamas") not in result.triples, result.describe()


def test_bare_institution_title_heads_the_institution_just_named(analyze):
    result = analyze("After the strikes, nine wounded people reached nearby Kfarkela public hospital, "
                     "four of them children, hospital director Karim Hadi Mansour told reporters.", "en")
    hospitals = [m.entity for m in result.doc.mentions if m.rule == "en.discover.institution_lower_head"]
    assert hospitals, result.describe()
    assert (P, "leaderOf", hospitals[0]) in result.triples, result.describe()
    assert result.rule_matches("en.leader.bare_institution_title_after")
    # the strikes only date the clause: the hospital is no target
    assert not result.attacks_on(hospitals[0]), result.describe()


def test_sentence_initial_capital_is_no_hospital_name(analyze):
    result = analyze("Earlier the army shelled a road. Nearby hospital staff treated the wounded.", "en")
    assert not [m for m in result.doc.mentions if m.rule == "en.discover.institution_lower_head"], \
        result.describe()


def test_role_told_without_name_then_holder_opens_next_sentence(analyze):
    result = analyze("Rockets fell on Metula on Sunday. A veteran commander with the Radwan unit died on Monday "
                     "when a drone hit his car near Tyre, two sources said. Adel Nour Haddad "
                     "had led the unit's drone teams since 2021, the sources added.", "en")
    holder = person_key("Adel Nour Haddad")
    assert (holder, "memberOf", "radwan_force") in result.triples, result.describe()
    assert result.rule_matches("en.member.role_holder_next_sentence")


def test_name_two_sentences_after_the_role_is_not_its_holder(analyze):
    # only the very next sentence names the holder; later a name opening a sentence is anyone
    result = analyze("A veteran commander with the Radwan unit died on Monday, sources said. "
                     "The army said it hit a car. Adel Nour Haddad is the army's spokesman, the sources added.",
                     "en")
    assert (person_key("Adel Nour Haddad"), "memberOf", "radwan_force") not in result.triples, result.describe()

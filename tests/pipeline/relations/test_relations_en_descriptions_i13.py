"""English phrasings of the issue-13 real-news dev round (helper i13h29): a group's
copular description ("X is a Syria-based faction aligned with Iran and part of Y"), a
member list whose items carry their own descriptions split by semicolons, and a group's
bracketed acronym used alone later. Every sentence is our own; each case fails on main."""
from __future__ import annotations

import pytest

from tests.pipeline.relations.relation_cases import assert_case, case

CASES = [
    case("en.located.based_description",
         "Kataib Sayyid al-Shuhada is a Syria-based Shiite militia, officials said.",
         ("kataib_sayyid_al_shuhada", "locatedIn", "syria")),
    case("en.supports.copula_aligned",
         "Harakat al-Nujaba is a hardline faction allied with Iran, analysts say.",
         ("iran", "supports", "nujaba")),
    case("en.member.description_and_part_of",
         "Badr is an influential Shiite group aligned with Iran and also part of the PMF.",
         ("badr", "memberOf", "pmf")),
    case("en.member.members_include_described",
         "Members of the Popular Mobilization Forces include Harakat al-Nujaba, founded in 2013; "
         "Kataib Sayyid al-Shuhada, which fought in Syria; and the Badr Organization, the oldest of them.",
         ("nujaba", "memberOf", "pmf"), ("kataib_sayyid_al_shuhada", "memberOf", "pmf"),
         ("badr", "memberOf", "pmf")),
    case("en.member.includes_described",
         "The Popular Mobilization Forces includes Harakat al-Nujaba, founded in 2013; and Kataib "
         "Sayyid al-Shuhada, active since 2013.",
         ("nujaba", "memberOf", "pmf"), ("kataib_sayyid_al_shuhada", "memberOf", "pmf")),
]


@pytest.mark.parametrize("rule_id, sentence, expected", CASES)
def test_description_rule_generalises(analyze, rule_id, sentence, expected):
    assert_case(analyze(sentence, "en"), rule_id, expected)


def test_a_bracketed_acronym_names_the_group_later(analyze):
    result = analyze("Washington sanctioned Harakat Ansar Allah al-Awfiya (HAAA) on Monday. "
                     "HAAA is an Iraq-based militia group.", "en")
    assert ("ansar_allah_al_awfiya", "locatedIn", "iraq") in result.triples, result.describe()


@pytest.mark.parametrize("sentence, triple", [
    # a lower-case word spelled like the acronym is no mention of the group
    ("Officials named the Islamic Resistance in Iraq (IRI) group. Iri is a name and Syria-based units moved.",
     ("islamic_resistance_iraq", "locatedIn", "syria")),
    # a group described in another's item is no member ("A, an ally of B; C")
    ("Members of the Popular Mobilization Forces include Harakat al-Nujaba, an ally of Hezbollah; and Badr.",
     ("hezbollah", "memberOf", "pmf")),
    # a state-based noun that is no group's head noun places nothing
    ("Harakat al-Nujaba is a Syria-based threat to the region, officials said.",
     ("nujaba", "locatedIn", "syria")),
])
def test_description_guard(analyze, sentence, triple):
    assert triple not in analyze(sentence, "en").triples


def test_a_label_after_a_is_no_group_acronym(analyze):
    result = analyze("Kataib Hezbollah, which was listed as a Foreign Terrorist Organization (FTO) in 2009, has "
                     "continued to fire rockets at US forces.", "en")
    assert not any(m.rule == "coref.acronym" for m in result.doc.mentions), result.describe()

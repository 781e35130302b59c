"""Backing rules of the eighth round of issue 13: a second backer joined by "و" / "and",
and a proxy noun with its owner set off after the groups it describes ("الحوثيون، وكلاء
إيران"; "the Houthis, Iran's proxies"), and the accused backer before "of arming". Every sentence is our own; each case was checked
to fail with its change disabled."""
from __future__ import annotations

import pytest

from tests.pipeline.relations.relation_cases import assert_case, case

CASES = [
    # a second state joined to the backer: both back the group
    case("ar.supports.backed_by",
         "وتسيطر حركة حماس المدعومة من إيران وقطر على المعبر.",
         ("iran", "supports", "hamas"), ("qatar", "supports", "hamas")),
    case("en.supports.backed_by",
         "Hamas, which is backed by Iran and Qatar, rejected the ceasefire terms.",
         ("iran", "supports", "hamas"), ("qatar", "supports", "hamas")),
    # the proxy noun with its owner, set off by commas after the groups
    case("ar.supports.proxy_collective_apposition",
         "وهدد الحوثيون، وكلاء إيران في اليمن، باستهداف السفن.",
         ("iran", "supports", "houthis")),
    case("en.supports.apposition_backed_collective",
         "The Houthis, Iran's proxies in Yemen, threatened more strikes on shipping.",
         ("iran", "supports", "houthis")),
]


@pytest.mark.parametrize("rule_id, sentence, expected", CASES)
def test_joined_backers_rule_generalises(analyze, rule_id, sentence, expected):
    assert_case(analyze(sentence), rule_id, expected)


#: Rules whose wording is a reported claim (an accusation): the relation is not asserted.
REPORTED_CASES = [
    # the accused backer before "of" and a verbal noun of backing: the accuser's claim
    case("en.supports.accused_of_arming",
         "Riyadh accuses Tehran of training and equipping the Houthis.",
         ("iran", "supports", "houthis")),
]


@pytest.mark.parametrize("rule_id, sentence, expected", REPORTED_CASES)
def test_joined_backers_reported_rule_generalises(analyze, rule_id, sentence, expected):
    assert_case(analyze(sentence), rule_id, expected, asserted=False)


@pytest.mark.parametrize("sentence, triple", [
    # the state after "و" starts a new clause (a verb follows it): it backs nothing
    ("وقالت حركة حماس المدعومة من إيران والولايات المتحدة تصنفها منظمة إرهابية.",
     ("usa", "supports", "hamas")),
    ("Hamas is backed by Iran and the United States lists it as a terror group.",
     ("usa", "supports", "hamas")),
    # a collective joined by "و" after a comma is a second subject, not a description
    ("وضربت إسرائيل حزب الله، والفصائل الموالية لإيران تتوعد بالرد.", ("iran", "supports", "hezbollah")),
])
def test_joined_backers_guard(analyze, sentence, triple):
    assert triple not in analyze(sentence).triples

"""Issue 13, round i13h27 (Arabic): plural sites in a territory or an area, then
"including" and their names (each named site lies there), a hamlet named with its noun
("خربة ..."), and a place in a region set in a state by a direction. Sentences of our own; each case fails on main (guards excepted)."""
from __future__ import annotations

import pytest

from tests.pipeline.relations.relation_cases import assert_case, case

CASES = [
    # the territory by its land and the state's nisba; a hamlet first in the list
    case("ar.located.sites_in_territory_including",
         "وهاجمت فصائل عراقية أمس قواعد القوات الأمريكية في الأراضي السورية ومنها خربة عدنان والشدادي والتنف.",
         ("خربه_عدنان", "locatedIn", "syria"), ("shaddadi", "locatedIn", "syria"),
         ("al_tanf", "locatedIn", "syria")),
    # an area named after a place noun, "من بينها" after a comma: every listed site
    case("ar.located.sites_in_territory_including",
         "وتنتشر القوات الأمريكية في مواقع عدة في محافظة الحسكة، من بينها الشدادي وتل بيدر.",
         ("shaddadi", "locatedIn", "hasakah"), ("tal_baidar", "locatedIn", "hasakah")),
    # a place in a region, then the region's direction in a state
    case("ar.located.town_region_state",
         "واستهدفت المسيرات قاعدة قرب مطار أربيل الدولي في إقليم كردستان شمال العراق.",
         ("kurdistan_region", "locatedIn", "iraq"), ("erbil_airport", "locatedIn", "iraq")),
]


@pytest.mark.parametrize("rule_id, sentence, expected", CASES)
def test_case(analyze, rule_id, sentence, expected):
    assert_case(analyze(sentence), rule_id, expected)


@pytest.mark.parametrize("sentence, triple", [
    # two areas before "ومنها": the sites may lie in either
    ("وتواصل الفصائل استهداف القواعد الأمريكية في العراق وسوريا ومنها عين الأسد والتنف.",
     ("ain_al_asad", "locatedIn", "syria")),
    ("وتواصل الفصائل استهداف القواعد الأمريكية في سوريا والعراق، ومنها: عين الأسد، والتنف.",
     ("ain_al_asad", "locatedIn", "syria")),
])
def test_guard(analyze, sentence, triple):
    result = analyze(sentence)
    assert triple not in result.triples, result.describe()


def test_hamlet_is_a_place(analyze):
    """"خربة" opens a hamlet's name, as "قرية" a village's."""
    result = analyze("وسقطت قذيفة قرب خربة سلم في جنوب لبنان.")
    assert result.mention("خربة سلم").cls == "Place", result.describe()

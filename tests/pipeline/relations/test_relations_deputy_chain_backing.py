"""Round i13k33: one case per relation rule of the round (a deputy after his head's name,
the next link of a place chain after a list, an alliance's backing adjective), on
sentences of our own; the kinds are tested at length in test_relations_described_units.py,
test_relations_dual_places.py and test_relations_described_coalitions.py."""
from __future__ import annotations

import pytest

from kg.keys import mint_key, person_key
from tests.pipeline.relations.relation_cases import assert_case, case

CASES = [
    case("ar.member.head_then_his_deputy",
         "اغتالت إسرائيل قائد فيلق القدس في سوريا، رضا حسين موسوي، ونائبه علي كريم نجفي.",
         (person_key("علي كريم نجفي"), "memberOf", "quds_force")),
    case("ar.located.listed_towns_area_chained",
         "قصفت الطائرات منطقتي الروضة والمنصورة بمديرية الشهداء جنوب صنعاء.",
         (mint_key("مديرية الشهداء"), "locatedIn", "sanaa")),
    case("ar.supports.backing_modifier",
         "قال مصدر في التحالف الإقليمي المؤيد لسوريا إن الغارة أصابت مستودعا.",
         (mint_key("التحالف الإقليمي"), "supports", "syria")),
]


@pytest.mark.parametrize("rule_id, sentence, expected", CASES)
def test_relations_k33(analyze, rule_id, sentence, expected):
    assert_case(analyze(sentence, "ar"), rule_id, expected)

"""Acting heads (round i13a16): "القائم بأعمال رئيس X" and "الرئيس بالنيابة لـX" head X,
and "القائم" before "بأعمال" is no town (Al-Qaim). Sentences are our own."""
from __future__ import annotations

import pytest

from tests.pipeline.relations.relation_cases import assert_case, case

CASES = [
    case("ar.leader.person_title_org",
         "وقال سالم عيسى الحمداني، القائم بأعمال رئيس حركة حماس، إن الحركة لن تتراجع.",
         ("سالم_عيسي_الحمداني", "leaderOf", "hamas")),
    case("ar.leader.person_title_org",
         "وقال سالم عيسى الحمداني، القائم بأعمال الأمين العام لحزب الله، إن الحزب سيرد.",
         ("سالم_عيسي_الحمداني", "leaderOf", "hezbollah")),
    case("ar.leader.person_title_org",
         "وقال سالم عيسى الحمداني، الرئيس بالنيابة للمجلس السياسي الأعلى، إن الجلسة أجلت.",
         ("سالم_عيسي_الحمداني", "leaderOf", "supreme_political_council")),
]


@pytest.mark.parametrize("rule_id, sentence, expected", CASES)
def test_acting_heads(analyze, rule_id, sentence, expected):
    assert_case(analyze(sentence, "ar"), rule_id, expected)


def test_acting_is_no_town(analyze):
    result = analyze("وقال القائم بأعمال رئيس حركة حماس سالم عيسى الحمداني إن الحركة لن تتراجع.", "ar")
    assert "qaim" not in result.keys, result.describe()
    assert ("سالم_عيسي_الحمداني", "leaderOf", "hamas") in result.triples, result.describe()

"""Commanders listed after a count of the group's own, posts in apposition after a kunya in
quotes, units with a generic head named by what completes them (issue 13, the eighth real
round's kind 1). Sentences are our own."""
from __future__ import annotations

import pytest

from tests.pipeline.relations.relation_cases import assert_case, case

# The new rules, one case each (counted by test_relations_ar_every_rule_has_a_case).
CASES = [
    case("ar.member.counted_own_then_named", "ونعت سرايا القدس ثلاثة من قادتها بينهم سامر يوسف وخالد منصور.",
         ("سامر_يوسف", "memberOf", "al_quds_brigades"), ("خالد_منصور", "memberOf", "al_quds_brigades")),
    case("ar.member.chief_of_staff", "وأكدت سرايا القدس مقتل سامر يوسف \"أبو علي\"، قائد أركان سرايا القدس، في الغارة.",
         ("سامر_يوسف", "memberOf", "al_quds_brigades")),
    case("ar.member.mourned_by_spokesman", "كما نعى المتحدث باسم سرايا القدس القائد سامر يوسف.",
         ("سامر_يوسف", "memberOf", "al_quds_brigades")),
]


@pytest.mark.parametrize("rule_id, sentence, expected", CASES)
def test_commander_rule_reads_its_case(analyze, rule_id, sentence, expected):
    assert_case(analyze(sentence, "ar"), rule_id, expected)


def test_one_named_after_the_count_with_a_title(analyze):
    a = analyze("وأعلن حزب الله مقتل 4 من عناصره، منهم القيادي سامر يوسف.", "ar")
    assert a.relations("سامر_يوسف", "memberOf", "hezbollah"), a.describe()


@pytest.mark.parametrize("sentence, unit", [
    pytest.param("ونعت الحركة سامر يوسف “أبو علي”، قائد لواء خان يونس.", "لواء_خان_يونس", id="brigade-of-a-place"),
    pytest.param("وقتل في الغارة سامر يوسف \"أبو علي\"، قائد ركن التسليح في سرايا القدس.", "ركن_التسليح",
                 id="branch-of-the-staff"),
])
def test_a_post_after_a_quoted_kunya_heads_a_generic_unit(analyze, sentence, unit):
    a = analyze(sentence, "ar")
    assert any(m.entity == unit and m.cls == "ArmedGroup" for m in a.mentions()), a.describe()
    assert a.relations("سامر_يوسف", "leaderOf", unit), a.describe()


def test_a_rank_with_the_article_is_no_unit(analyze):
    a = analyze("وقال اللواء سامر يوسف إن القوات تقدمت.", "ar")
    assert not [m for m in a.mentions() if m.cls == "ArmedGroup"], a.describe()


def test_the_commander_mourned_by_the_spokesman_is_not_the_spokesman(analyze):
    a = analyze("كما نعى المتحدث باسم سرايا القدس القائد سامر يوسف.", "ar")
    assert not a.relations("سامر_يوسف", "spokespersonOf"), a.describe()


@pytest.mark.parametrize("sentence, person, body", [
    pytest.param("وقال العقيد سامر يوسف، السكرتير الصحفي للبنتاغون، إن الضربات ستستمر.", "سامر_يوسف", "pentagon",
                 id="press-secretary-after-name"),
    pytest.param("وقالت السكرتيرة الصحفية للبيت الأبيض ليلى حسن إن الرئيس سيزور المنطقة.", "ليلي_حسن", "white_house",
                 id="press-secretary-before-name"),
])
def test_a_press_secretary_speaks_for_the_body(analyze, sentence, person, body):
    a = analyze(sentence, "ar")
    assert a.relations(person, "spokespersonOf", body), a.describe()

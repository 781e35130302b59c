"""Group nouns between a title and the group, a group's second man, the noun of support
(issue 13): kinds counted over 61 unannotated press pages, each in three or more of them.
Sentences are our own."""
from __future__ import annotations

import pytest

from tests.pipeline.relations.relation_cases import assert_case, case

# The new rules, one case each (counted by test_relations_ar_every_rule_has_a_case).
CASES = [
    case("ar.member.number_two", "واستهدفت الغارة سامر يوسف، الذي يعد الرجل الثاني في حركة حماس.",
         ("سامر_يوسف", "memberOf", "hamas")),
    case("ar.supports.support_noun_of", "ومنذ بداية دعم حزب الله لحماس تصاعد القصف على الحدود.",
         ("hezbollah", "supports", "hamas")),
]


@pytest.mark.parametrize("rule_id, sentence, expected", CASES)
def test_census_rule_reads_its_case(analyze, rule_id, sentence, expected):
    assert_case(analyze(sentence, "ar"), rule_id, expected)


@pytest.mark.parametrize("sentence, lang, triple", [
    # A group's head noun (and its adjectives) between the title and the group.
    pytest.param("وصل الأمين العام للجماعة اللبنانية حزب الله، نعيم قاسم، إلى طهران.", "ar",
                 ("naim_qassem", "leaderOf", "hezbollah"), id="title-group-noun-name"),
    pytest.param("وقال زعيم ميليشيا حركة النجباء أكرم الكعبي إن الحركة مستعدة.", "ar",
                 ("kaabi", "leaderOf", "nujaba"), id="title-militia-noun-name"),
    # A group's obituary, the group's head noun after the verb.
    pytest.param("ونعت ميليشيا حزب الله في بيان سامر يوسف.", "ar",
                 ("سامر_يوسف", "memberOf", "hezbollah"), id="mourned-by-militia"),
    # Where the group sits, or where the holder serves, between the group and the name.
    pytest.param("وقال نائب الأمين العام لحركة النجباء المنضوية ضمن الحشد الشعبي سامر يوسف إن الحركة لن تنسحب.",
                 "ar", ("سامر_يوسف", "memberOf", "nujaba"), id="deputy-within-body"),
    pytest.param("وقتل مسؤول حزب الله في بلدة الخيام سامر يوسف بغارة.", "ar",
                 ("سامر_يوسف", "memberOf", "hezbollah"), id="official-in-town"),
    # The group's "second man".
    pytest.param("واستهدفت الغارة سامر يوسف، الذي يعد الرجل الثاني في حركة حماس.", "ar",
                 ("سامر_يوسف", "memberOf", "hamas"), id="second-man"),
    pytest.param("وكان يعتبر سامر يوسف القيادي رقم 2 في حزب الله.", "ar",
                 ("سامر_يوسف", "memberOf", "hezbollah"), id="number-two-verb-first"),
    # The noun of support in construct with its giver.
    pytest.param("ومنذ بداية دعم حزب الله لحماس تصاعد القصف على الحدود.", "ar",
                 ("hezbollah", "supports", "hamas"), id="support-noun-group"),
    pytest.param("وانتقد البيان دعم واشنطن لإسرائيل في الحرب.", "ar",
                 ("usa", "supports", "israel"), id="support-noun-state"),
    pytest.param("The group said the attacks answered Washington's support of Israel.", "en",
                 ("usa", "supports", "israel"), id="en-support-of"),
])
def test_census_kind_gives_the_fact(analyze, sentence, lang, triple):
    a = analyze(sentence, lang)
    assert a.relations(*triple), a.describe()


def test_a_name_after_the_head_and_a_saying_verb_is_not_the_head(analyze):
    a = analyze("ورد زعيم حزب الله نعيم قاسم قائلا: نتنياهو يكذب على شعبه.", "ar")
    assert a.relations("naim_qassem", "leaderOf", "hezbollah"), a.describe()
    assert not a.relations("netanyahu", "leaderOf", "hezbollah"), a.describe()


def test_a_deputy_after_a_relative_clause_is_no_head(analyze):
    a = analyze("وقال نائب الأمين العام لحركة النجباء المنضوية ضمن الحشد الشعبي سامر يوسف إن الحركة لن تنسحب.", "ar")
    assert not a.relations("سامر_يوسف", "leaderOf", "nujaba"), a.describe()


def test_a_second_man_is_not_read_from_someone_elses_words(analyze):
    a = analyze("وقال سامر يوسف إن الرجل الثاني في حركة حماس غادر غزة.", "ar")
    assert not a.relations("سامر_يوسف", "memberOf", "hamas"), a.describe()


def test_a_persons_support_is_no_backing(analyze):
    a = analyze("ورحب البيان بدعم سامر يوسف لحماس.", "ar")
    assert not a.relations("سامر_يوسف", "supports", "hamas"), a.describe()


def test_a_bare_president_is_not_the_head_of_a_country_named_only_as_a_place(analyze):
    a = analyze("وكان الرئيس جو بايدن قد أذن بالغارات عقب هجمات طالت القوات الأمريكية في سوريا.", "ar")
    assert not a.relations("biden", "leaderOf", "syria"), a.describe()


def test_a_bare_president_of_the_country_the_sentence_names_as_actor(analyze):
    a = analyze("وقال الرئيس عبد اللطيف رشيد إن العراق يرفض الهجمات.", "ar")
    assert a.relations("abdul_latif_rashid", "leaderOf", "iraq"), a.describe()


def test_a_deputy_of_a_force_named_with_its_head_noun(analyze):
    a = analyze("وشغل سامر يوسف منصب نائب قائد قوة فيلق القدس لسنوات.", "ar")
    assert a.relations("سامر_يوسف", "memberOf", "quds_force"), a.describe()
    assert not a.relations("سامر_يوسف", "leaderOf", "quds_force"), a.describe()


def test_areas_of_a_country_under_a_groups_control_leave_the_country_unrun(analyze):
    a = analyze("وشنت القوات ضربات في مناطق باليمن خاضعة لسيطرة جماعة الحوثي.", "ar")
    assert not a.relations("yemen", "operatedBy", "houthis"), a.describe()
    b = analyze("قصفت الطائرات مطار صنعاء الخاضع لسيطرة الحوثيين.", "ar")
    assert b.relations("sanaa_airport", "operatedBy", "houthis"), b.describe()

"""Membership told in lists of quoted names (ninth real round of issue 13, kind 1), on
sentences of our own: the quoted names after a colon, "among them" or "groups from X" are
groups (their first word is a unit's or body's noun), each a member of the body that
comprises them; a list may run onto the line after the colon, gloss a member in brackets
and repeat the members' kind ("وفصائل «X»"); quoted slogans and operations stay unnamed."""
from __future__ import annotations

import pytest

from tests.pipeline.relations.relation_cases import assert_case, case

FRONT = "جبهه_الانقاذ_الوطني"

CASES = [
    case("ar.member.verb_first_includes",
         'وتضم جبهة الإنقاذ الوطني الفصائل المسلحة التالية:\n"جيش النصر"، "الجبهة الساحلية"، "لواء الصقور".',
         ("جيش_النصر", "memberOf", FRONT), ("الجبهه_الساحليه", "memberOf", FRONT),
         ("لواء_الصقور", "memberOf", FRONT)),
    case("ar.member.verb_first_includes",
         'وتضم جبهة الإنقاذ الوطني فصائل عدة بينها «جيش النصر» (المعروف سابقا بلواء البرق)، «الجبهة الساحلية».',
         ("جيش_النصر", "memberOf", FRONT), ("الجبهه_الساحليه", "memberOf", FRONT)),
    case("ar.member.groups_from_among",
         'وانضمت إلى الهجوم مجموعات أخرى من "جبهة الإنقاذ الوطني"، بينها "جيش النصر"، وفصائل "الجبهة الساحلية".',
         ("جيش_النصر", "memberOf", FRONT), ("الجبهه_الساحليه", "memberOf", FRONT)),
    case("ar.member.persons_belong_to",
         "وأسماء المعتقلين هي: سامر خليل، وعادل منصور، وكانوا ينتمون إلى كتائب الفجر.",
         ("سامر_خليل", "memberOf", "كتايب_الفجر"), ("عادل_منصور", "memberOf", "كتايب_الفجر")),
    case("ar.member.pronoun_includes_among",
         'وتنشط حركة حماس في غزة منذ عقود. وهي تضم مجموعات عسكرية عدة، بينها: "كتائب القسام"، "لواء الصقور".',
         ("qassam_brigades", "memberOf", "hamas"), ("لواء_الصقور", "memberOf", "hamas")),
]


@pytest.mark.parametrize("rule_id, sentence, expected", CASES)
def test_quoted_list_members_read_their_case(analyze, rule_id, sentence, expected):
    assert_case(analyze(sentence, "ar"), rule_id, expected)


def _listed(result) -> set[str]:
    return {result.surface(m) for m in result.mentions() if m.rule == "ar.discover.listed_quoted_name"}


def test_quoted_list_names_are_groups(analyze):
    result = analyze('وتضم جبهة الإنقاذ الوطني الفصائل التالية: "جيش النصر"، "حركة فجر الإسلام".', "ar")
    assert _listed(result) == {"جيش النصر", "حركة فجر الإسلام"}, result.describe()


def test_a_list_member_glossed_in_brackets_lends_no_membership_to_the_gloss(analyze):
    result = analyze('وتضم جبهة الإنقاذ الوطني فصائل عدة بينها «جيش النصر» (الحليف لإيران)، «لواء الصقور».', "ar")
    assert ("iran", "memberOf", FRONT) not in result.triples, result.describe()


@pytest.mark.parametrize("sentence", [
    'ورفع المتظاهرون شعارات عدة، بينها: "الشعب يريد الخبز"، "لا للحرب".',
    'وبدأت الفصائل هجومها تحت اسم: "فجر الحرية".',
    'وقال المتحدث: "جيش الاحتلال سيدفع الثمن".',
    'وأضاف: "حركة السفن متوقفة".',
])
def test_quoted_slogans_and_operations_in_lists_are_no_groups(analyze, sentence):
    assert not _listed(analyze(sentence, "ar"))

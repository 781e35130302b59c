"""Thirteenth round of issue 13 (Arabic, conflict reporting): kinds found by probing
unannotated press pages on strikes, obituaries and brigades, written as sentences of our
own. A person, then a post named by its complement "in" a group ("مسؤول الاستخبارات في X",
"قائد ركن التسليح في X", "مهندس الطائرات المسيرة في X") is a member of the group, so is "P، الذي يعد أحد قياديي X"
and "القيادي في ميليشيا X، P"; a
faction set off by dashes as "one of the factions of Y" is in Y; the spokesman of the forces
belonging to a group speaks for the group. Each case was checked to fail on main
(guards excepted)."""
from __future__ import annotations

import pytest

from tests.pipeline.relations.relation_cases import assert_case, case

CASES = [
    # a post with its complement, after a comma, "وهو", "الذي يعد" or no joint at all
    case("ar.member.person_post_in_group",
         "وقتل في الغارة حسن الموسوي، مسؤول الاستخبارات في فيلق القدس، مع اثنين من مرافقيه.",
         ("حسن_الموسوي", "memberOf", "quds_force")),
    case("ar.member.person_post_in_group",
         "ونعت الحركة القيادي سامي الحلو وهو قائد ركن التسليح في كتائب القسام.",
         ("سامي_الحلو", "memberOf", "qassam_brigades")),
    case("ar.member.person_post_in_group",
         "وكان بين القتلى علي الربيعي الذي يعد مهندس الطائرات المسيرة في كتائب حزب الله.",
         ("علي_الربيعي", "memberOf", "kataib_hezbollah")),
    case("ar.member.person_post_in_group",
         "وأعلنت كتائب حزب الله الحداد. وأصيب مصطفى الزيدي مسؤول منظومة الاتصالات في الكتائب بجروح.",
         ("مصطفي_الزيدي", "memberOf", "kataib_hezbollah")),
    # a kunya in brackets between the name and the post
    case("ar.member.person_post_in_group",
         "وقتل محمود شريف (أبو خالد)، قائد ركن الهندسة في سرايا القدس، في الضربة.",
         ("محمود_شريف", "memberOf", "al_quds_brigades")),
    # "الذي يعد أحد قياديي X" after the name; a descriptive "ميليشيا" before the group's name
    case("ar.member.person_role_in_org",
         "وقتل علي حمود، الذي يعد أحد قياديي قوة الرضوان، في الغارة.",
         ("علي_حمود", "memberOf", "radwan_force")),
    # "يعد" ends a name: the role follows with no comma
    case("ar.member.person_role_in_org",
         "وكان حسين الموسوي يعد أحد قياديي قوة الرضوان قبل مقتله.",
         ("حسين_الموسوي", "memberOf", "radwan_force")),
    case("ar.member.role_in_org",
         "وقتل القيادي في ميليشيا حزب الله، علي حمود، في الغارة.",
         ("علي_حمود", "memberOf", "hezbollah")),
    # a faction between dashes, "one of the factions of Y"
    case("ar.member.one_of",
         "وقال أبو آلاء الولائي، الأمين العام لكتائب سيد الشهداء -أحد فصائل الحشد الشعبي- إن الهجوم فشل.",
         ("kataib_sayyid_al_shuhada", "memberOf", "pmf")),
    case("ar.member.one_of",
         "وتقاتل عصائب أهل الحق - وهي من أبرز فصائل الحشد الشعبي - في سوريا.",
         ("asaib_ahl_al_haq", "memberOf", "pmf")),
    # the spokesman of the forces belonging to a group
    case("ar.spokes.person_title_org",
         "وقال العميد يحيى سريع، المتحدث العسكري باسم القوات التابعة لجماعة الحوثيين، إن الهجوم نجح.",
         ("saree", "spokespersonOf", "houthis")),
]


@pytest.mark.parametrize("rule_id, sentence, expected", CASES)
def test_posts_in_group(analyze, rule_id, sentence, expected):
    assert_case(analyze(sentence), rule_id, expected)


def test_a_post_in_a_state_is_no_membership(analyze):
    """"قائد القوات الأمريكية في العراق": the place after "في" is no group of his."""
    result = analyze("وقال حسن الموسوي، قائد القوات الأمريكية في العراق، إن الوضع هادئ.")
    assert not [r for r in result.relations(predicate="memberOf")], result.describe()


def test_a_post_against_a_group_is_no_membership(analyze):
    """"قائد الهجمات ضد X": only "في"، "بـ"، "لدى" or "التابع لـ" put the post inside X."""
    result = analyze("وقال سامي الحلو، قائد العمليات ضد حزب الله، إن الحملة مستمرة.")
    assert ("سامي_الحلو", "memberOf", "hezbollah") not in result.triples, result.describe()


def test_a_killing_noun_is_no_name_word(analyze):
    """"أفادت مصادر محلية بمقتل قائد ميداني في X": the words between the speech verb and the
    title are the sources and the killing, no person, so no member of X is named."""
    result = analyze("وأفادت مصادر محلية بمقتل قائد ميداني في حزب الله بغارة.")
    assert not any(m.cls == "Person" for m in result.mentions()), result.describe()
    assert not result.relations(predicate="memberOf"), result.describe()

"""Thirteenth round of issue 13 (Arabic, kinds left by the morning's probes), on sentences
of our own: a numbered unit "in" a group is the group's unit, never its container ("عناصر
الحشد في اللواء 52"); a unit described as a group's own between a title and the name
("قائد X، الذراع العسكرية لـY، P"), or "so-called" and whose the body is ("رئيس ما يسمى
بـX، التابع لـY، P"), leave the title's reading to the name; "مقاتلة" after a
collective head ("فصائل مقاتلة موالية لإيران، بينها X") is an adjective, no weapon; "وأصبح عضوا
قياديا في X" gives the person before the role; "أحد قادة العمل العسكري للسرايا" reads past the field to
the group named again by "السرايا". Each case was
checked to fail before the change (guards excepted)."""
from __future__ import annotations

import pytest

from tests.pipeline.relations.relation_cases import assert_case, case

CASES = [
    # a group's fighters "in" a numbered brigade: the brigade is the group's
    case("ar.member.in_group",
         "وقتل ثلاثة من عناصر الحشد الشعبي في اللواء 52 بقصف على مواقعهم.",
         ("لواء_52", "memberOf", "pmf")),
    case("ar.member.in_group",
         "وانسحب مقاتلو كتائب حزب الله في الفوج 3 من الموقع.",
         ("فوج_3", "memberOf", "kataib_hezbollah")),
    # a unit's description in apposition between the title and the name
    case("ar.leader.title_org_person",
         "ونجا قائد «كتائب القسام»، الذراع العسكرية لحركة حماس، محمد الضيف، من محاولة اغتيال.",
         ("deif", "leaderOf", "qassam_brigades"), ("qassam_brigades", "memberOf", "hamas")),
    case("ar.leader.title_org_person",
         "وأكد الجيش مقتل قائد قوة الرضوان، وحدات النخبة في حزب الله، علي حمود، في الغارة.",
         ("علي_حمود", "leaderOf", "radwan_force"), ("radwan_force", "memberOf", "hezbollah")),
    # "so-called" before the body, whose it is set off by commas after it
    case("ar.leader.title_org_person",
         "ونشرت الوكالة قرارا لرئيس ما يسمى بالمجلس السياسي الأعلى، التابع للحوثيين، مهدي المشاط، بتعيين محافظ جديد.",
         ("mashat", "leaderOf", "supreme_political_council")),
    # a leading member in the accusative after a verb of being, its subject the person before
    case("ar.member.became_member_after_clause",
         "اعتقلت القوات علي حمود في بغداد، وكان قياديا في كتائب حزب الله.",
         ("علي_حمود", "memberOf", "kataib_hezbollah")),
    case("ar.member.became_member_opening",
         "انضم سامي الحلو إلى صفوف البيشمركة عام 1990. وأصبح عضوا قياديا في الاتحاد الوطني الكردستاني عام 2005.",
         ("سامي_الحلو", "memberOf", "puk")),
    # the field a role is in, then the group by a definite back-reference ("للسرايا")
    case("ar.member.person_role_in_org",
         "نعت سرايا القدس ثلاثة من قادتها. وكان بينهم سامي الحلو أحد قادة العمل العسكري للسرايا في مدينة طولكرم.",
         ("سامي_الحلو", "memberOf", "al_quds_brigades")),
    case("ar.member.person_role_in_org",
         "وقتل علي حمود، أحد قادة الجناح العسكري لحركة حماس، في الغارة.",
         ("علي_حمود", "memberOf", "hamas")),
    # "مقاتلة" after a collective head is its adjective (fighting), no fighter jet: the
    # collective keeps its backer, and the groups it names have it
    case("ar.supports.backed_collective_then_names",
         "وتنشط في سوريا جماعات مقاتلة موالية لإيران، بينها حركة النجباء.",
         ("iran", "supports", "nujaba")),
    case("ar.supports.backed_collective_then_names",
         "وأرسلت طهران السلاح إلى الفصائل المقاتلة الموالية لإيران، ومنها عصائب أهل الحق.",
         ("iran", "supports", "asaib_ahl_al_haq")),
]


@pytest.mark.parametrize("rule_id, sentence, expected", CASES)
def test_units_and_appositions(analyze, rule_id, sentence, expected):
    assert_case(analyze(sentence), rule_id, expected)


def test_a_group_is_never_inside_a_numbered_unit(analyze):
    result = analyze("وقتل ثلاثة من عناصر الحشد الشعبي في اللواء 52 بقصف على مواقعهم.")
    assert ("pmf", "memberOf", "لواء_52") not in result.triples, result.describe()


def test_a_numbered_unit_in_a_group_keeps_its_direction(analyze):
    result = analyze("وانتشر اللواء 47 في الحشد الشعبي قرب الحدود.")
    assert ("لواء_47", "memberOf", "pmf") in result.triples, result.describe()


def test_a_post_in_apposition_is_no_unit(analyze):
    """"قائد X، وزير الدفاع في Y، P": a title between them is another person's post, so the
    name after it is not read as X's head."""
    result = analyze("والتقى الوفد قائد الحرس الثوري، وزير الدفاع في الحكومة الإيرانية، علي حمود.")
    assert ("علي_حمود", "leaderOf", "irgc") not in result.triples, result.describe()


def test_a_fighter_jet_is_still_a_weapon(analyze):
    """Only after a collective head is "مقاتلة" an adjective: "قصفت مقاتلة" names the jet."""
    result = analyze("وقصفت مقاتلة إسرائيلية مواقع الفصائل قرب الحدود.")
    assert any(m.cls == "Weapon" for m in result.mentions()), result.describe()
    result = analyze("وتنشط في سوريا جماعات مقاتلة موالية لإيران.")
    assert not any(m.cls == "Weapon" for m in result.mentions()), result.describe()


def test_an_opening_verb_needs_one_person_before(analyze):
    """After "قال P1 إن القوات اعتقلت P2" either may be the leader: nothing is read."""
    result = analyze("قال سامي الحلو إن القوات اعتقلت علي حمود. وكان قياديا في كتائب حزب الله.")
    assert not result.relations(predicate="memberOf"), result.describe()


def test_a_state_becoming_a_member_is_no_leading_member(analyze):
    result = analyze("التقى علي حمود الوفد، وأصبحت إيران عضوا في المنظمة.")
    assert not result.relations(predicate="memberOf"), result.describe()


def test_an_age_is_no_person(analyze):
    """"عن عمر يناهز 16 عاما": "يناهز" ends a name, so no person "عمر يناهز" is the subject
    of the next sentence's opening verb."""
    result = analyze("انضم إلى البيشمركة عن عمر يناهز 16 عاما. وأصبح عضوا قياديا في الحزب الديمقراطي الكردستاني.")
    assert not any(m.cls == "Person" for m in result.mentions()), result.describe()
    assert not result.relations(predicate="memberOf"), result.describe()

"""Kinds of the ninth real round of issue 13 on sentences of our own: hostility said with a
verbal noun (a vow to widen one's operations against Y, toppling or overthrowing a ruler's
regime, members "united in fighting" a list), backing read off the members a group comprises
("يضم ... الذين يتلقون تمويلاً من Y"), answering to a group after a descriptive noun ("وهي
ميليشيا تتبع لـY"), a former membership in a relative clause ("كان سابقاً ضمن إطار Y"), and
an alliance with the verb and its "with" phrase before the subject list ("ويتحالف مع Y ...")."""
from __future__ import annotations

import pytest

from tests.pipeline.relations.relation_cases import assert_case, case

CASES = [
    case("ar.opposes.vows_wider_operations",
         "وتتوعد حركة حماس الفلسطينية بتوسيع عملياتها العسكرية ضد الاحتلال الإسرائيلي.",
         ("hamas", "opposes", "israel")),
    case("ar.opposes.vows_wider_operations",
         "وهددت كتائب حزب الله بتصعيد هجماتها على القوات الأميركية في العراق.",
         ("kataib_hezbollah", "opposes", "usa")),
    case("ar.opposes.topples_regime",
         "وتسعى هيئة تحرير الشام إلى إسقاط حكم بشار الأسد.",
         ("hts", "opposes", "assad")),
    case("ar.opposes.topples_regime",
         "وانضمت إلى الجبهة هيئة تحرير الشام، التي هدفها المعلن الإطاحة بنظام بشار الأسد.",
         ("hts", "opposes", "assad")),
    case("ar.opposes.members_united_in",
         "ويتكون الإطار التنسيقي من أحزاب شيعية، والتي، رغم تنافسها، متحدة في معارضة الولايات المتحدة وإسرائيل.",
         ("coordination_framework", "opposes", "usa"), ("coordination_framework", "opposes", "israel")),
    case("ar.supports.members_receive_from",
         "ويضم الجيش الوطني السوري فصائل عدة التي تتلقى التمويل والسلاح من تركيا.",
         ("turkey", "supports", "syrian_national_army")),
    case("ar.supports.members_receive_from",
         "ويعد لواء زينبيون من أبرز الفصائل في سوريا، ويضم مئات المقاتلين الذين يتلقون تدريبا وتمويلا من إيران.",
         ("iran", "supports", "zainabiyoun")),
    case("ar.supports.members_receive_from",
         "وتعد كتائب حزب الله فصيلا مسلحا في العراق. وتضم آلاف المقاتلين الذين يتلقون الدعم والتدريب من إيران.",
         ("iran", "supports", "kataib_hezbollah")),
    case("ar.member.belongs_to",
         "وأعلنت كتائب حزب الله، وهي ميليشيا تتبع لفيلق القدس، مسؤوليتها عن الهجوم.",
         ("kataib_hezbollah", "memberOf", "quds_force")),
    case("ar.member.formerly_within",
         "وقاتل لواء زينبيون، الذي كان سابقاً ضمن إطار الحرس الثوري، في ريف حلب.",
         ("zainabiyoun", "memberOf", "irgc")),
    case("ar.member.formerly_within",
         "وأعلنت كتائب سيد الشهداء، التي كانت محسوبة سابقاً أيضاً على الحشد الشعبي، انسحابها.",
         ("kataib_sayyid_al_shuhada", "memberOf", "pmf")),
    case("ar.allied.allies_with_before_subject",
         "ويتحالف مع حركة حماس فصائل أخرى من محور المقاومة، بينها حركة الجهاد الإسلامي، وكتائب حزب الله.",
         ("pij", "alliedWith", "hamas"), ("kataib_hezbollah", "alliedWith", "hamas"),
         ("pij", "memberOf", "axis_of_resistance")),
    case("ar.allied.allies_with_before_subject",
         "وتتحالف مع حركة حماس حركة الجهاد الإسلامي في غزة.",
         ("pij", "alliedWith", "hamas")),
]


@pytest.mark.parametrize("rule_id, sentence, expected", CASES)
def test_descriptor_kind_reads_its_case(analyze, rule_id, sentence, expected):
    assert_case(analyze(sentence, "ar"), rule_id, expected)


def test_failing_to_topple_is_no_stance_read(analyze):
    a = analyze("ولم تنجح حركة حماس في إسقاط حكم السلطة الفلسطينية.", "ar")
    assert not a.rule_matches("ar.opposes.topples_regime"), a.describe()


def test_members_refusing_funding_give_no_backing(analyze):
    a = analyze("ويضم التحالف فصائل عدة تقاتل في الشمال، وهي فصائل لا تتلقى دعما من إيران.", "ar")
    assert not a.relations("iran", "supports"), a.describe()


def test_a_relative_that_criticises_is_no_former_membership(analyze):
    a = analyze("وأعلنت كتائب سيد الشهداء، التي كانت تنتقد الحشد الشعبي، انسحابها.", "ar")
    assert not a.relations("kataib_sayyid_al_shuhada", "memberOf", "pmf"), a.describe()


def test_a_negated_alliance_before_its_subject_is_none(analyze):
    a = analyze("ولا يتحالف مع حركة حماس حركة الجهاد الإسلامي.", "ar")
    assert not a.relations("pij", "alliedWith", "hamas"), a.describe()


def test_a_bare_collective_subject_is_left_unread(analyze):
    a = analyze("ويتحالف مع حركة حماس فصائل أخرى في القطاع.", "ar")
    assert not a.relations(predicate="alliedWith", obj="hamas"), a.describe()

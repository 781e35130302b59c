"""Relation rules of the seventh round of issue 13: backing worded as closeness to another
armed group (the IRGC, the Quds Force), backing set off by commas, the ally noun with an
adjective after it, and the head of a group's political bureau named before the person.
Every sentence is our own; each case was checked to fail with its rule disabled."""
from __future__ import annotations

import pytest

from kg.keys import mint_key
from tests.pipeline.relations.relation_cases import assert_case, case

CASES = [
    # close to / tied to another armed group is backing by that group
    case("ar.supports.close_to_group",
         "وهددت كتائب الإمام علي المقربة من فيلق القدس بالرد على القصف.",
         ("quds_force", "supports", "kataib_imam_ali")),
    case("ar.supports.close_to_group",
         "وتبنت حركة النجباء، المرتبطة بالحرس الثوري، إطلاق الصواريخ.",
         ("irgc", "supports", "nujaba")),
    # the loyalty modifier between commas
    case("ar.supports.loyal_to_apposition",
         "وأعلنت كتائب سيد الشهداء، الموالية لطهران، مقتل اثنين من عناصرها.",
         ("iran", "supports", "kataib_sayyid_al_shuhada")),
    # the ally noun with its adjective after it: "الحليف الأبرز لـY"
    case("ar.supports.proxy_apposition",
         "وحذرت جماعة الحوثي، الحليف الأوثق لإيران في اليمن، من التصعيد.",
         ("iran", "supports", "houthis")),
    # a political body's branch named by its place before the person
    case("ar.member.body_title_person",
         "وأوضح عضو المكتب السياسي لحركة الجهاد الإسلامي في بيروت، محمد الهندي، أن الحركة لم تتلق المقترح.",
         ("mohammed_hindi", "memberOf", "pij")),
    # a member of parliament for a bloc, the title first
    case("ar.member.mp_for_bloc_person",
         "وطالب عضو مجلس النواب عن ائتلاف دولة القانون، محمد الصيهود، بعقد جلسة طارئة.",
         (mint_key("محمد الصيهود"), "memberOf", "state_of_law")),
    case("en.supports.group_close_to_group",
         "Kataib Sayyid al-Shuhada, which is close to the Quds Force, vowed to retaliate.",
         ("quds_force", "supports", "kataib_sayyid_al_shuhada")),
    case("en.supports.group_close_to_group",
         "Asaib Ahl al-Haq, a militia closely tied to the Revolutionary Guards, denied the report.",
         ("irgc", "supports", "asaib_ahl_al_haq")),
    case("en.leader.org_bureau_chief_person",
         "Hamas politburo chief Khaled Meshaal spoke from Doha.",
         ("meshaal", "leaderOf", "hamas")),
]


@pytest.mark.parametrize("rule_id, sentence, expected", CASES)
def test_backing_by_groups_rule_generalises(analyze, rule_id, sentence, expected):
    assert_case(analyze(sentence), rule_id, expected)


@pytest.mark.parametrize("sentence, triple", [
    # a news agency close to the IRGC is not backed by it (an optional operatedBy at most)
    ("وقالت وكالة تسنيم المقربة من الحرس الثوري إن الوفد وصل.", ("irgc", "supports", "tasnim")),
    # the nisba of an "arm of" the IRGC names where the arm is, not its backer
    ("وتنشط حركة النجباء، الذراع العراقية للحرس الثوري، في ديالى.", ("iraq", "supports", "nujaba")),
    # a deputy of the political bureau is no head
    ("Hamas deputy political bureau chief Khalil al-Hayya spoke in Cairo.", ("hayya", "leaderOf", "hamas")),
])
def test_backing_by_groups_not_produced(analyze, sentence, triple):
    result = analyze(sentence)
    assert triple not in result.triples, result.describe()

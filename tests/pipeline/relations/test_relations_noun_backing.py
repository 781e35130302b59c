"""Round i13h28: kinds the blind annotators saw on new real dev articles (backing said with
nouns, a group a state controls, inclusion in a whole named before, "its war with", a
sector commander, a town after a state's nisba, a village by its district), each shown on
sentences of our own with other actors and places than any article."""
from __future__ import annotations

import pytest

from tests.pipeline.relations.relation_cases import assert_case, case

CASES = [
    # Reliance on a backer for aid: the state named before the group ("عليها") backs it.
    case("ar.supports.relies_on_it",
         "ويعكس ذلك نفوذ إيران على جماعة الحوثي التي تعتمد عليها كليا في التمويل والسلاح.",
         ("iran", "supports", "houthis")),
    case("ar.supports.relies_on",
         "وتعتمد جماعة الحوثي على إيران في السلاح والتمويل.",
         ("iran", "supports", "houthis")),
    # "Thanks to the support of" fronted, then the verb and the backed subject.
    case("ar.supports.thanks_to_support",
         "وبفضل الدعم الإيراني توسعت حركة حماس في القطاع.",
         ("iran", "supports", "hamas")),
    case("ar.supports.thanks_to_support",
         "وبفضل تمويل قطر استعادت حركة حماس قدراتها.",
         ("qatar", "supports", "hamas")),
    # Funded from a backer, past a direction word before the place ("في شمال X").
    case("ar.supports.with_support_of",
         "وتنشط كتائب حزب الله في شمال العراق بتمويل من الحرس الثوري.",
         ("irgc", "supports", "kataib_hezbollah")),
    # A group a state controls: the verb carries the group's pronoun.
    case("ar.operated.controlled_group",
         "ويرى محللون أن حركة الجهاد الإسلامي تسيطر عليها طهران بالكامل.",
         ("pij", "operatedBy", "iran")),
    # "But it backed": the subject of the clause before, not a state after "في".
    case("ar.supports.but_it_backed",
         "ولم تتدخل روسيا مباشرة في القتال في السودان لكنها دعمت قوات الدعم السريع.",
         ("russia", "supports", "rsf")),
    # "Its war / conflict with": the actor named last before the pronoun.
    case("ar.opposes.its_war_with",
         "وتواصل كوريا الشمالية صراعها الطويل مع الولايات المتحدة.",
         ("north_korea", "opposes", "usa")),
    case("ar.opposes.its_war_with",
         "وتساند طهران حركة حماس في حربها مع إسرائيل.",
         ("hamas", "opposes", "israel")),
    # A sector commander "in" a force that belongs to a group, the name after them.
    case("ar.member.unit_commander",
         "وقتل قائد منطقة الخيام في قوة الرضوان التابعة لحزب الله، سامر عبد الكريم، في الغارة.",
         ("سامر_عبدالكريم", "memberOf", "radwan_force")),
    # The place noun with the state's nisba before the town.
    case("ar.located.head_nisba_town",
         "وصل الوفد إلى المدينة الساحلية اللبنانية صيدا ثم إلى العاصمة العراقية بغداد.",
         ("sidon", "locatedIn", "lebanon"), ("baghdad", "locatedIn", "iraq")),
]


@pytest.mark.parametrize("rule_id, sentence, expected", CASES)
def test_noun_backing_and_analysis_prose(analyze, rule_id, sentence, expected):
    assert_case(analyze(sentence, "ar"), rule_id, expected)


def test_the_whole_referred_back_to(analyze):
    """"ذلك المحور" is the axis named in the sentence before."""
    result = analyze("وتحدث محور المقاومة عن التصعيد. ويشمل ذلك المحور جماعة الحوثي في اليمن.", "ar")
    assert ("houthis", "memberOf", "axis_of_resistance") in result.triples, result.describe()


def test_reliance_on_other_things_is_no_backing(analyze):
    """Relying on tunnels or tactics names no backer."""
    result = analyze("وتعتمد حركة حماس على الأنفاق في القتال ضد إسرائيل.", "ar")
    assert not result.relations(predicate="supports"), result.describe()


def test_a_village_by_its_district(analyze):
    """A one-word village name ending like an adjective is a village when its district
    follows; the village lies in the district."""
    result = analyze("وقتل شخص بغارة على سيارة في بلدة كفرشمسية بقضاء صور.", "ar")
    village = result.mention("بلدة كفرشمسية").entity
    assert (village, "locatedIn", "tyre") in result.triples, result.describe()


def test_an_adjective_after_a_town_noun_is_no_village(analyze):
    """Without a district after it, the adjective stays an adjective."""
    result = analyze("وقتل شخص بغارة على سيارة في بلدة حدودية بالجنوب.", "ar")
    assert not any(m.cls == "Place" and "حدودي" in result.surface(m) for m in result.mentions()), \
        result.describe()


def test_a_given_name_after_an_honorific_in_a_village_name(analyze):
    result = analyze("وسيطر الجيش على قرية حوش السيد علي على الحدود.", "ar")
    assert result.mention("قرية حوش السيد علي").cls == "Place", result.describe()


def test_members_listed_under_a_heading(analyze):
    """A heading ending with a colon names the whole; each group alone on a later line is
    a member; a line that says more (a verb, a person) is a description."""
    result = analyze("وفيما يلي أبرز الفصائل في (الإطار التنسيقي):\nمنظمة بدر\nيقودها هادي العامري منذ عقود.\n"
                     "عصائب أهل الحق العراقية\nيقودها قيس الخزعلي.", "ar")
    assert ("badr", "memberOf", "coordination_framework") in result.triples, result.describe()
    assert ("asaib_ahl_al_haq", "memberOf", "coordination_framework") in result.triples, result.describe()


def test_no_member_without_a_heading_of_members(analyze):
    result = analyze("وقال المتحدث باسم الإطار التنسيقي:\nمنظمة بدر\nتدعم الحكومة.", "ar")
    assert ("badr", "memberOf", "coordination_framework") not in result.triples, result.describe()

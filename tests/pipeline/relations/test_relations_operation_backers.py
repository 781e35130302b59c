"""Round i13a17: kinds missed on new real dev articles nobody had studied, each with
sentences of our own (none copied from an article)."""
from __future__ import annotations

import pytest

from tests.pipeline.relations.relation_cases import assert_case, case

CASES = [
    # States listed as backing an operation, after a collective of states and "including":
    # each backs the sentence's subject (the states themselves new to the lexicon).
    case("ar.supports.with_support_of_states",
         "شنت الولايات المتحدة غارات على مواقع في اليمن بدعم من عدد من الدول، منها كندا وهولندا والدنمرك.",
         ("canada", "supports", "usa"), ("netherlands", "supports", "usa"), ("denmark", "supports", "usa")),
    case("ar.supports.with_support_of_states",
         "نفذت البحرية البريطانية العملية بمشاركة دول أوروبية منها الدنمارك وإيطاليا وبلجيكا.",
         ("denmark", "supports", "royal_navy"), ("italy", "supports", "royal_navy"),
         ("belgium", "supports", "royal_navy")),
    case("ar.supports.with_support_of_states",
         "شنت الولايات المتحدة غارات جديدة على مواقع في اليمن بدعم من أستراليا ونيوزيلندا.",
         ("australia", "supports", "usa"), ("new_zealand", "supports", "usa")),
    # Occupation is control: the verb in a relative clause (any tense), "under its occupation".
    case("ar.operated.occupied_by",
         "حلقت الطائرات فوق مرتفعات الجولان التي تحتلها إسرائيل منذ عقود.",
         ("golan", "operatedBy", "israel")),
    case("ar.operated.occupied_by",
         "سقط الصاروخ في مزارع شبعا التي احتلتها إسرائيل عام 1967.",
         ("shebaa_farms", "operatedBy", "israel")),
    case("ar.operated.occupied_by",
         "تقع القرية في الضفة الغربية الخاضعة للاحتلال الإسرائيلي.",
         ("west_bank", "operatedBy", "israel")),
    # Sites listed before "in the Syrian depth / soil" each lie in that state.
    case("ar.located.site_in_territory",
         "تعرضت قاعدتا \"كونيكو\" و\"القرية الخضراء\" في العمق السوري لهجوم.",
         ("conoco_field", "locatedIn", "syria"), ("omar_field", "locatedIn", "syria")),
    # A deputy of a post "in" a group is a member; "قوة القدس" is the Quds Force, and
    # "للحرس" after the IRGC was named is the IRGC.
    case("ar.member.person_post_in_group",
         "قصفت إسرائيل مبنى يستخدمه الحرس الثوري الإيراني في دمشق. وقتل في الغارة العميد سالم عيسى "
         "الحمداني، نائب الاستخبارات في قوة القدس التابعة للحرس في سوريا.",
         ("سالم_عيسي_الحمداني", "memberOf", "quds_force"), ("quds_force", "memberOf", "irgc")),
    # "the army" bare after a state army was named: its spokesman, a rank before the name,
    # past the group the army struck.
    case("ar.spokes.the_army",
         "أعلن الجيش الإسرائيلي مقتل قيادي في حزب الله بغارة على بلدة في الجنوب. وجاء الإعلان من "
         "المتحدث باسم الجيش، العقيد سالم عيسى الحمداني، عبر منشور.",
         ("سالم_عيسي_الحمداني", "spokespersonOf", "idf")),
    # A cleft: "the only party inside Y (that ...) is X".
    case("ar.member.cleft_inside",
         "وكانت الجهة الوحيدة داخل الإطار التنسيقي والتي طالبت بإقالة الوزير هي حركة عصائب أهل الحق.",
         ("asaib_ahl_al_haq", "memberOf", "coordination_framework")),
    case("ar.member.cleft_inside",
         "وأبرز الفصائل في الحشد الشعبي الرافضة للقرار هي كتائب حزب الله وحركة النجباء.",
         ("kataib_hezbollah", "memberOf", "pmf"), ("nujaba", "memberOf", "pmf")),
    # A body made of one group's MPs is that group's, not the other way round.
    case("ar.member.includes_its_people",
         "وصرح سالم عيسى، عضو كتلة \"الوفاء للمقاومة\" البرلمانية، التي تضم نواب \"حزب الله\"، بأن الحزب لن يسكت.",
         ("loyalty_to_resistance", "memberOf", "hezbollah")),
]


@pytest.mark.parametrize("rule_id, sentence, expected", CASES)
def test_operation_backers(analyze, rule_id, sentence, expected):
    assert_case(analyze(sentence, "ar"), rule_id, expected)


def test_a_speaker_is_not_the_backed_side(analyze):
    # "P said the strikes were carried out with the support of ...": no state backs P.
    result = analyze("قال سالم عيسى الحمداني إن الضربات نفذت بدعم من دول حليفة بينها إيطاليا والسويد.", "ar")
    assert {"italy", "sweden"} <= result.keys, result.describe()
    assert not result.relations(predicate="supports"), result.describe()


def test_occupied_names_no_occupier_without_one(analyze):
    result = analyze("انسحب المقاتلون من الجولان المحتل.", "ar")
    assert not result.relations(predicate="operatedBy"), result.describe()


def test_a_bloc_of_two_groups_people_is_neither_s(analyze):
    result = analyze("أعلنت كتلة الوفاء للمقاومة التي تضم نواب حزب الله وحركة أمل رفضها للقرار.", "ar")
    assert not result.relations(predicate="memberOf"), result.describe()


def test_a_body_that_includes_groups_still_has_them_as_members(analyze):
    result = analyze("ويقود الإطار التنسيقي، الذي يضم عصائب أهل الحق ومنظمة بدر، المفاوضات.", "ar")
    assert ("badr", "memberOf", "coordination_framework") in result.triples, result.describe()


def test_the_guard_is_never_a_guard_not_named(analyze):
    # "الحرس" alone refers back only to a guard the text named before.
    result = analyze("وقال سالم عيسى الحمداني إن عناصر الحرس انتشروا في المدينة.", "ar")
    assert "irgc" not in result.keys, result.describe()


def test_the_army_with_no_army_named_is_nobody_s(analyze):
    result = analyze("وقال المتحدث باسم الجيش العقيد سالم عيسى الحمداني إن العملية انتهت.", "ar")
    assert not result.relations(predicate="spokespersonOf"), result.describe()


def test_a_state_s_intelligence_service_by_its_nisba(analyze):
    # "جهاز المخابرات الإيراني" is one body, Iran's (not "جهاز المخابرات" and a nisba).
    result = analyze("وقالت وسائل إعلام قريبة من جهاز المخابرات الإيراني إن الخلية فككت.", "ar")
    assert ("iran_intelligence_service", "memberOf", "iran") in result.triples, result.describe()
    result = analyze("وقالت وزارة الاستخبارات الإيرانية إن الخلية فككت.", "ar")
    assert ("iran_intelligence_ministry", "memberOf", "iran") in result.triples, result.describe()


def test_the_official_lebanese_agency_is_nna(analyze):
    result = analyze("وذكرت وكالة الأنباء اللبنانية الرسمية أن الغارة استهدفت منزلا.", "ar")
    assert "nna_lebanon" in result.keys, result.describe()


def test_a_name_without_the_father_s_is_the_full_name_s_person(analyze):
    result = analyze("وأبرز الضحايا هو سالم حسن الجبوري، ابن النائب حسن الجبوري. "
                     "وقال مصدر إن سالم الجبوري كان في المنزل.", "ar")
    assert "سالم_الجبوري" not in result.keys and "سالم_حسن_الجبوري" in result.keys, result.describe()
    assert "حسن_الجبوري" in result.keys, result.describe()   # the father stays his own node


def test_two_full_names_sharing_the_ends_leave_the_short_one_apart(analyze):
    result = analyze("قتل سالم حسن الجبوري وسالم علي الجبوري. وقال مصدر إن سالم الجبوري كان في المنزل.", "ar")
    assert "سالم_الجبوري" in result.keys, result.describe()


def test_a_known_head_s_administration_is_a_government(analyze):
    result = analyze("وأثار القصف إحراج إدارة بايدن في واشنطن.", "ar")
    assert "biden_administration" in result.keys and "biden" not in result.keys, result.describe()
    result = analyze("وقال مدير إدارة سالم إن الشركة خسرت.", "ar")
    assert not any(k.endswith("_administration") for k in result.keys), result.describe()


def test_an_outlet_that_tells_of_it_is_not_the_backed_side(analyze):
    result = analyze("ونقلت وكالة الصحافة الفرنسية عن ضابط قوله إن قوة من الشرطة توجهت إلى المبنى "
                     "بدعم من القوات الأميركية وبريطانيا.", "ar")
    assert "afp" in result.keys, result.describe()
    assert not result.relations(predicate="supports"), result.describe()

"""Round i13k32: kinds missed on new real dev articles (Iraq: posts, a drone strike in the
Kurdistan Region, bases named through their occupier, the Sadrists), each with sentences
of our own (none copied from an article)."""
from __future__ import annotations

import pytest

from kg.keys import mint_key
from tests.pipeline.relations.relation_cases import assert_case, case

CASES = [
    # A second description joined by "و" between the post in a group and the name.
    case("ar.member.role_in_org",
         "وقال القيادي بالتيار الصدري والمقرب من مقتدى الصدر، سالم عيسى الحمداني، إن القرار نهائي.",
         (mint_key("سالم عيسى الحمداني"), "memberOf", "sadrist_movement")),
    case("ar.member.role_in_org",
         "وأكد القيادي في حزب الله والمقرب من الحرس الثوري، سالم كاظم الموسوي، أن الحزب لن يتراجع.",
         (mint_key("سالم كاظم الموسوي"), "memberOf", "hezbollah")),
    # A movement's former name restated in quotes before "بزعامة".
    case("ar.leader.led_by",
         "وينتظر الجميع عودة التيار الوطني الشيعي \"التيار الصدري سابقاً\" بزعامة مقتدى الصدر إلى البرلمان.",
         ("sadr", "leaderOf", "sadrist_movement")),
    # A unit in one body, then "ضمن" a second after a comma: within the second too, and
    # its commander a member of it.
    case("ar.member.within_after_group",
         "وكان سالم عيسى الحمداني آمر اللواء 12 في الحشد الشعبي، ضمن حركة النجباء.",
         (mint_key("لواء 12"), "memberOf", "nujaba"), (mint_key("سالم عيسى الحمداني"), "memberOf", "nujaba")),
    # A civil site by a state's adjective is where it lies; a military base so named is
    # the state's.
    case("ar.located.facility_nisba",
         "واستهدف الفصيل مطار \"بن غوريون\" الإسرائيلي بطائرات مسيرة.",
         ("ben_gurion_airport", "locatedIn", "israel")),
    case("ar.operated.nisba",
         "واستهدف الفصيل قاعدة حرير الأمريكية بطائرات مسيرة.",
         ("harir", "operatedBy", "usa")),
    # The second link of a chain of administrative units, a spelling in brackets after it.
    case("ar.located.district_chain",
         "سقطت القذائف قرب ناحية بامرني في قضاء العمادية (ئامێدی) بمحافظة دهوك.",
         ("amadiya", "locatedIn", "duhok")),
]


@pytest.mark.parametrize("rule_id, sentence, expected", CASES)
def test_chains_owners(analyze, rule_id, sentence, expected):
    assert_case(analyze(sentence, "ar"), rule_id, expected)


def test_a_list_of_bodies_gives_no_within(analyze):
    # "A في B، ضمن خطة ...": only a group after "ضمن" is one the unit is within.
    result = analyze("وانتشر اللواء 12 في الحشد الشعبي، ضمن خطة أمنية جديدة.", "ar")
    assert not [r for r in result.relations(predicate="memberOf") if r.object != "pmf"], result.describe()


def test_an_airport_by_its_state_s_adjective_is_not_run_by_it(analyze):
    result = analyze("واستهدف الفصيل مطار \"بن غوريون\" الإسرائيلي بطائرات مسيرة.", "ar")
    assert not result.relations(predicate="operatedBy"), result.describe()


def test_a_two_word_subdistrict_before_its_district(analyze):
    # "ناحية A B في قضاء C": the two words are the subdistrict's name, in C, in the province.
    result = analyze("وقصفت الطائرات قرية بيدار التابعة لناحية كاني ماسي في قضاء العمادية بمحافظة دهوك.", "ar")
    kani = mint_key("كاني ماسي")
    assert (kani, "locatedIn", "amadiya") in result.triples, result.describe()
    assert (mint_key("بيدار"), "locatedIn", kani) in result.triples, result.describe()
    assert ("amadiya", "locatedIn", "duhok") in result.triples, result.describe()


def test_a_belonging_participle_ends_the_name(analyze):
    result = analyze("وقصفت المدفعية قرية سروان التابعة لقضاء زاخو.", "ar")
    assert mint_key("سروان") in result.keys, result.describe()
    assert not any("تابع" in k for k in result.keys), result.describe()


def test_two_indefinite_words_without_a_district_stay_no_name(analyze):
    # Without the district after them, two indefinite words after "ناحية" may be anything.
    result = analyze("وزار المحافظ ناحية كاني ماسي أمس.", "ar")
    assert mint_key("كاني ماسي") not in result.keys, result.describe()


def test_a_direction_is_no_containment_in_a_chain(analyze):
    result = analyze("ووقع الانفجار في مدينة الحلة بمحافظة بابل جنوب بغداد.", "ar")
    assert ("babil", "locatedIn", "baghdad") not in result.triples, result.describe()


def test_a_base_named_after_its_occupier(analyze):
    result = analyze("واستهدف المقاتلون قاعدة الاحتلال الأميركي عين الأسد غرب العراق بطائرتين مسيرتين.", "ar")
    assert ("ain_al_asad", "operatedBy", "usa") in result.triples, result.describe()
    result = analyze("وهاجموا بعد ذلك قاعدة القوات الأمريكية، \"حرير\"، الواقعة في أربيل.", "ar")
    assert ("harir", "operatedBy", "usa") in result.triples, result.describe()


def test_an_unnamed_base_near_a_named_one_is_not_it(analyze):
    result = analyze("وضربت المسيرات قاعدة أمريكية قرب حرير.", "ar")
    assert not result.relations(predicate="operatedBy"), result.describe()

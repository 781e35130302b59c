"""Issue 13, recall census on unseen articles: kinds of stated relations the rules lost,
each with sentences of our own (none copied from an article): a chain of places told by
directions, a place named with its own noun then its state's adjective, a spokesperson
by the state's adjective, members counted as the group's own then named one at a time,
and "القطاع" referring back to the strip named before."""
from __future__ import annotations

import pytest

from kg.keys import mint_key
from tests.pipeline.relations.relation_cases import assert_case, case

CASES = [
    # The second link after a comma: the town just placed is itself placed in a region.
    case("ar.located.area_then_its_area",
         "سقطت قذائف على قرية الجفتلك شرق مدينة نابلس، شمال الضفة الغربية، صباح اليوم.",
         ("nablus", "locatedIn", "west_bank")),
    # The place noun inside the name ("محافظة ديالى"), the state's adjective right after.
    case("ar.located.place_then_nisba",
         "وانفجرت عبوة ناسفة بمحافظة ديالى العراقية دون إصابات.",
         ("diyala", "locatedIn", "iraq")),
    # A spokesperson by the state's adjective, no body named: the state's.
    case("ar.spokes.state_adjective",
         "وأكد المتحدث العسكري الأردني مصطفى حسن العبادي أن الحدود مغلقة.",
         (mint_key("مصطفى حسن العبادي"), "spokespersonOf", "jordan")),
    # Members counted as the group's own ("من مقاتليها"), then one named by "يدعى".
    case("ar.member.killed_named_later",
         "أعلنت حركة الجهاد الإسلامي مقتل ثلاثة من مقاتليها في غارة. "
         "وفي بيان آخر، أعلنت مقتل مقاتل آخر يدعى مصطفى حسن العبادي.",
         (mint_key("مصطفى حسن العبادي"), "memberOf", "pij")),
    # ... and the second one after "والثاني".
    case("ar.member.killed_named_later",
         "أعلنت حركة الجهاد الإسلامي مقتل اثنين من مقاتليها. والقتيل الأول يدعى "
         "سامر طالب الزيدي من بلدة كفرا، والثاني مصطفى حسن العبادي من بلدة عرابة.",
         (mint_key("سامر طالب الزيدي"), "memberOf", "pij"), (mint_key("مصطفى حسن العبادي"), "memberOf", "pij")),
    # The group's statement that one named, then where he came from, died.
    case("ar.member.group_announces_death",
         "قالت حركة الجهاد الإسلامي إن سامر طالب الزيدي، من مدينة جنين، قتل في الاشتباك.",
         (mint_key("سامر طالب الزيدي"), "memberOf", "pij")),
    # A seat in a named body of a group, the name after a comma: a member of the body.
    case("ar.member.member_of_named_body",
         "وصرح عضو المجلس السياسي الأعلى لجماعة الحوثي، سامر طالب الزيدي، بأن الحصار سيستمر.",
         (mint_key("سامر طالب الزيدي"), "memberOf", "supreme_political_council")),
    # A deputy's post with the body after "بـ", a comma, then the name: he is in the
    # operations command (kg/lang/ar/operations_commands.py), the command in the PMF.
    case("ar.member.deputy_head",
         "وأعلنت الحركة مقتل معاون قائد عمليات الأنبار بالحشد الشعبي، سامر طالب الزيدي، بقصف على مقر.",
         (mint_key("سامر طالب الزيدي"), "memberOf", "anbar_operations_command"),
         ("anbar_operations_command", "memberOf", "pmf")),
    # The "so-called" umbrella in brackets after the verb of belonging.
    case("ar.member.belongs_to",
         "وقالت كتائب سيد الشهداء التي تنتمي لما يسمى (محور المقاومة) إنها أصابت الهدف.",
         ("kataib_sayyid_al_shuhada", "memberOf", "axis_of_resistance")),
]

EN_CASES = [
    # The town named by its kind before it, then the region after a comma.
    case("en.located.town_comma_direction",
         "Two fighters died when a drone hit a car in the district of Nabatieh, southern Lebanon, on Monday.",
         ("nabatieh", "locatedIn", "south_lebanon")),
    # A role in a group written after its backer's prefix: the role is in the group.
    case("en.member.role_in_org",
         "Abu Fadak, a senior commander in the Iran-backed Popular Mobilization Forces, spoke on Sunday.",
         ("abu_fadak", "memberOf", "pmf")),
    case("en.member.person_was_role_in_org",
         "Akram al-Kaabi was a member of the Iran-aligned Kataib Hezbollah before 2010.",
         ("kaabi", "memberOf", "kataib_hezbollah")),
    case("en.member.title_in_org_person",
         "A senior commander in the Iran-backed Kataib Hezbollah, Akram al-Kaabi, was wounded.",
         ("kaabi", "memberOf", "kataib_hezbollah")),
]


@pytest.mark.parametrize("rule_id, sentence, expected", CASES)
def test_unseen_census(analyze, rule_id, sentence, expected):
    assert_case(analyze(sentence, "ar"), rule_id, expected)


@pytest.mark.parametrize("rule_id, sentence, expected", EN_CASES)
def test_unseen_census_en(analyze, rule_id, sentence, expected):
    assert_case(analyze(sentence, "en"), rule_id, expected)


def test_en_the_prefix_group_is_not_the_one_a_member_is_in(analyze):
    # "a fighter with the Hamas-allied X": one of X's, not of the prefix's group.
    result = analyze("Akram al-Kaabi was a fighter with the Hamas-allied Palestinian Islamic Jihad.", "en")
    assert ("kaabi", "memberOf", "hamas") not in result.triples, result.describe()


def test_two_towns_by_directions_are_a_list_not_a_chain(analyze):
    # "شمال A، جنوب B" with two towns may name two places struck: only a region, a
    # state or a province holds the place before the comma.
    result = analyze("وقصفت المدفعية مواقع شرق مدينة نابلس، جنوب مدينة جنين، صباح اليوم.", "ar")
    assert not result.rule_matches("ar.located.area_then_its_area"), result.describe()


def test_a_state_s_name_after_a_place_is_no_adjective(analyze):
    # "شارع لبنان" is a street's name: the state's name after it places nothing.
    result = analyze("وسقطت قذيفة على مبنى في منطقة شارع لبنان وسط المدينة.", "ar")
    assert not result.rule_matches("ar.located.place_then_nisba"), result.describe()


def test_a_count_by_another_party_names_the_group_in_construct(analyze):
    # "مقتل اثنين من عناصر X" told by the army: the one named later is X's.
    result = analyze("قال الجيش إنه قتل اثنين من عناصر حركة الجهاد الإسلامي. "
                     "وأضاف أن القتيل الأول يدعى مصطفى حسن العبادي.", "ar")
    assert result.relations(mint_key("مصطفى حسن العبادي"), "memberOf", "pij"), result.describe()


def test_a_second_named_with_no_count_is_no_member(analyze):
    # "والثاني P" names a member only after the group's dead were counted.
    result = analyze("وقال الوزير إن القرار الأول يخص الموانئ، والثاني مصطفى حسن العبادي.", "ar")
    assert not result.relations(predicate="memberOf"), result.describe()


def test_counts_of_two_groups_name_no_group(analyze):
    # Two groups' dead counted, one named: whose he is is not said.
    result = analyze("أعلنت حركة الجهاد الإسلامي مقتل اثنين من مقاتليها، وأعلنت حركة حماس "
                     "مقتل ثلاثة من عناصرها. وقال مصدر إن القتيل الأول يدعى مصطفى حسن العبادي.", "ar")
    assert not result.relations(mint_key("مصطفى حسن العبادي"), "memberOf"), result.describe()


def test_the_strip_refers_back_to_the_strip_named_before(analyze):
    # "وسط القطاع" after "قطاع غزة": the camp lies in the strip.
    result = analyze("واصلت المدفعية قصف مناطق في قطاع غزة. كما استهدفت غارة منزلا في مخيم "
                     "المغازي وسط القطاع.", "ar")
    assert result.mention("القطاع").entity == "gaza", result.describe()
    assert result.relations(mint_key("مخيم المغازي"), "locatedIn", "gaza"), result.describe()

"""Round i13a15 of issue 13 (Arabic): kinds found by probing unannotated press pages on the
Iranian and Syrian governments, Hezbollah's and Hamas's commanders and the Houthis'
government, written as sentences of our own. Ministers named by their appointment ("P
وزيرا للخارجية" in a line-up, "تكليف P بأعمال وزير ..."), bare ministers' titles read as the
document's country (never against a post the text gives elsewhere), and a line under a
heading that is one person's name ("أحد القادة في X"). Each case was checked to fail on
main (guards excepted)."""
from __future__ import annotations

import pytest

from kg.keys import mint_key
from tests.pipeline.relations.relation_cases import assert_case, case

CASES = [
    # a government's line-up: each name, then the accusative title and its portfolio
    case("ar.official.appointed_minister",
         "وفي إيران، ضمت التشكيلة كمال رضا الحسيني وزيرا للخارجية، وحميد نوري زاده وزيرا للدفاع.",
         (mint_key("كمال رضا الحسيني"), "officialOf", "iran"), (mint_key("حميد نوري زاده"), "officialOf", "iran")),
    # the government named after the portfolio, with a description of the appointee first
    case("ar.official.appointed_minister",
         "وعينت الإدارة الجديدة سالم أحمد المداني، أحد قادة الفصائل التي قاتلت نظام الأسد، وزيرا للدفاع في الحكومة السورية.",
         (mint_key("سالم أحمد المداني"), "officialOf", "syria_government")),
    # the charge "بأعمال وزير" and the portfolio taken "في الحكومة ..."
    case("ar.official.appointed_minister",
         "وأعلنت القيادة العامة تكليف سالم أحمد المداني بتولي حقيبة وزارة الخارجية في الحكومة السورية المؤقتة.",
         (mint_key("سالم أحمد المداني"), "officialOf", "syria_government")),
    # the portfolio handed "to" him, in a document about one country (its nisba only)
    case("ar.official.appointed_minister",
         "وقدم الرئيس الإيراني قائمته، وأسندت حقيبة وزارة الخارجية لكمال رضا الحسيني.",
         (mint_key("كمال رضا الحسيني"), "officialOf", "iran")),
    # a bare minister's title before the name, after it, and a head of government after it
    case("ar.official.bare_minister",
         "وفي العراق، قال وزير الخارجية الجديد كمال رضا الحسيني إن بغداد ترفض التصعيد.",
         (mint_key("كمال رضا الحسيني"), "officialOf", "iraq")),
    case("ar.official.bare_minister",
         "وفي سوريا، شهد الاجتماع تعيين وزير الزراعة المهندس سالم أحمد المداني ووزير الأوقاف الشيخ كمال رضا الحسيني.",
         (mint_key("سالم أحمد المداني"), "officialOf", "syria"), (mint_key("كمال رضا الحسيني"), "officialOf", "syria")),
    case("ar.official.bare_minister",
         "وفي العراق، اجتمع كمال رضا الحسيني رئيس الوزراء الحالي مع قادة الكتل.",
         (mint_key("كمال رضا الحسيني"), "officialOf", "iraq")),
    # a line under a heading that is one person's name: a member, or the group named before
    case("ar.member.line_under_name_heading",
         "قادة حزب الله\nسليم عباس حيدر\nأحد القادة البارزين في حزب الله، وكان مسؤولا عن ملف الحدود.",
         (mint_key("سليم عباس حيدر"), "memberOf", "hezbollah")),
    case("ar.member.line_under_name_heading",
         "وتعرض حزب الله لضربات متتالية.\nسليم عباس حيدر\nأحد أبرز الشخصيات العسكرية في الجماعة منذ عقدين.",
         (mint_key("سليم عباس حيدر"), "memberOf", "hezbollah")),
    case("ar.member.line_under_name_heading",
         "سليم عباس حيدر\nالأمين العام لحركة النجباء منذ تأسيسها.",
         (mint_key("سليم عباس حيدر"), "leaderOf", "nujaba")),
    # a member described as former or prominent, the adjective before "في"
    case("ar.member.former_or_prominent",
         "وكان الجنرال سعيد كاظم نوري عضوا سابقا في الحرس الثوري الإيراني.",
         (mint_key("سعيد كاظم نوري"), "memberOf", "irgc")),
    case("ar.member.former_or_prominent",
         "ويعد سالم أحمد المداني شخصية بارزة في هيئة تحرير الشام، وقاد معارك عدة.",
         (mint_key("سالم أحمد المداني"), "memberOf", "hts")),
    # the name first, then a department's head with the group in quotes
    case("ar.member.department_head",
         "وقتل سالم أحمد المداني، مسؤول أمن \"حماس\" في مخيم البداوي، في غارة.",
         (mint_key("سالم أحمد المداني"), "memberOf", "hamas")),
    # a bare head of state's title: the document's country
    case("ar.leader.bare_president",
         "وفي العراق، استقبل الرئيس عبد اللطيف رشيد وفدا من البرلمان.",
         ("abdul_latif_rashid", "leaderOf", "iraq")),
    case("ar.leader.bare_president",
         "ومنح البرلمان الإيراني الثقة لحكومة الرئيس سالم أحمد المداني بعد أسبوعين.",
         (mint_key("سالم أحمد المداني"), "leaderOf", "iran")),
    # "leads it" opening a clause: the group of the heading, or named before
    case("ar.leader.led_by_it_opening",
         "عصائب أهل الحق\nيتزعمها قيس الخزعلي منذ انشقاقه عن جيش المهدي.",
         ("khazali", "leaderOf", "asaib_ahl_al_haq")),
    case("ar.leader.led_by_it_opening",
         "وتضم حركة النجباء عشرة آلاف مقاتل، ويتزعمها سالم أحمد المداني منذ 2014.",
         (mint_key("سالم أحمد المداني"), "leaderOf", "nujaba")),
    # ... and "his appointment as its commander"
    case("ar.leader.led_by_it_opening",
         "وأعلنت كتائب حزب الله مقتل سالم أحمد المداني، بعد عام من تعيينه قائداً لها.",
         (mint_key("سالم أحمد المداني"), "leaderOf", "kataib_hezbollah")),
    # a movement's military commander is a member, not its head; a place may follow the group
    case("ar.member.military_commander_of",
         "وقتل القائد العسكري لحركة الجهاد الإسلامي في جنين سالم أحمد المداني.",
         (mint_key("سالم أحمد المداني"), "memberOf", "pij")),
    case("ar.member.military_commander_of",
         "وقال سالم أحمد المداني، القائد العسكري لحركة حماس في الضفة، إن الحركة سترد.",
         (mint_key("سالم أحمد المداني"), "memberOf", "hamas")),
    # the head of "their" government: the government the lexicon names after the group
    case("ar.leader.their_government_head",
         "وأعلن الحوثيون مقتل رئيس حكومتهم (غير المعترف بها دوليا) سالم أحمد المداني في غارة.",
         (mint_key("سالم أحمد المداني"), "leaderOf", "houthi_government")),
    # an election "as its head" with the day and a title between, the one succeeded after it
    case("ar.leader.took_office",
         "وانتخب مجلس النواب العراقي اليوم الخميس النائب سالم أحمد المداني رئيسا جديدا له خلفا للرئيس "
         "السابق كمال رضا الحسيني.",
         (mint_key("سالم أحمد المداني"), "leaderOf", "iraqi_parliament"),
         (mint_key("كمال رضا الحسيني"), "leaderOf", "iraqi_parliament")),
    # "held the post of head of X", the verb first
    case("ar.leader.took_office",
         "وشغل سالم أحمد المداني منصب رئيس مجلس النواب العراقي بين عامي 2006 و2008.",
         (mint_key("سالم أحمد المداني"), "leaderOf", "iraqi_parliament")),
    # a post held "in" a group: a member
    case("ar.member.held_post_in_group",
         "واعترفت الجماعة بمقتل سالم أحمد المداني، الذي كان يشغل منصب رئيس الأركان العامة في جماعة الحوثي.",
         (mint_key("سالم أحمد المداني"), "memberOf", "houthis")),
    # "its head" after a government named by the group's nisba (a government is what "ها" is)
    case("ar.leader.its_leader",
         "وقالت وكالة سبأ إن الاجتماع عقد. وضمت الحكومة الحوثية الجديدة 22 وزيرا بالإضافة إلى رئيسها "
         "سالم أحمد المداني.",
         (mint_key("سالم أحمد المداني"), "leaderOf", "houthi_government")),
    # a dual head's title of one group, then the two people: each headed it
    case("ar.leader.successive_heads",
         "وتحدث عن تشييع الأمينين العامين السابقين لحركة النجباء، سالم أحمد المداني وكمال رضا الحسيني.",
         (mint_key("سالم أحمد المداني"), "leaderOf", "nujaba"), (mint_key("كمال رضا الحسيني"), "leaderOf", "nujaba")),
    # the head named after "his office" is still the head
    case("ar.leader.head_of_state",
         "وشغل منصب أمين عام اللجنة الخاضعة لمكتب المرشد الإيراني علي خامنئي.",
         ("khamenei", "leaderOf", "iran")),
]


@pytest.mark.parametrize("rule_id, sentence, expected", CASES)
def test_appointments_and_headings(analyze, rule_id, sentence, expected):
    assert_case(analyze(sentence), rule_id, expected)


def test_a_group_appointing_keeps_the_country_out(analyze):
    result = analyze("وفي اليمن، عينت جماعة الحوثي سالم أحمد المداني وزيرا للدفاع.")
    assert not result.relations(mint_key("سالم أحمد المداني"), "officialOf", "yemen"), result.describe()


def test_a_name_after_a_preposition_is_no_appointee(analyze):
    result = analyze("وعينت الإدارة في سوريا سالم أحمد المداني، أحد قادة المعارضة التي أطاحت ببشار الأسد، "
                     "وزيرا للدفاع في الحكومة السورية.")
    assert not result.relations("assad", "officialOf"), result.describe()


def test_a_bare_title_yields_to_a_post_given_elsewhere(analyze):
    result = analyze("والتقى وزير الدفاع الأمريكي لويد أوستن نظيره في بغداد. "
                     "وقال وزير الدفاع لويد أوستن إن العراق شريك.")
    assert result.relations(predicate="officialOf", obj="usa"), result.describe()
    assert not result.relations(predicate="officialOf", obj="iraq"), result.describe()


def test_a_line_under_a_sentence_is_no_heading(analyze):
    result = analyze("وقال سليم عباس حيدر إن الحزب سيرد.\nأحد قادة حزب الله قال ذلك أيضا.")
    assert not result.relations(mint_key("سليم عباس حيدر"), "memberOf", "hezbollah"), result.describe()


def test_a_military_commander_is_no_head(analyze):
    result = analyze("أعلنت إسرائيل مقتل القائد العسكري لحركة حماس سالم أحمد المداني في غارة.")
    assert (mint_key("سالم أحمد المداني"), "memberOf", "hamas") in result.triples, result.describe()
    assert not result.relations(mint_key("سالم أحمد المداني"), "leaderOf", "hamas"), result.describe()


def test_a_bare_president_with_another_state_in_the_sentence_is_not_the_countrys(analyze):
    result = analyze("وفي العراق، ضربت القوات عدة مواقع. وقال وزير الدفاع الأمريكي إن ذلك جرى بتوجيه من الرئيس "
                     "سالم أحمد المداني.")
    assert not result.relations(mint_key("سالم أحمد المداني"), "leaderOf", "iraq"), result.describe()


def test_commanders_spelled_like_led_it_lead_nothing(analyze):
    result = analyze("وتضم حركة النجباء عشرة آلاف مقاتل، وقادة سالم أحمد المداني في المعارك.")
    assert not result.relations(mint_key("سالم أحمد المداني"), "leaderOf"), result.describe()


def test_led_it_after_a_relative_and_was_reads_no_group(analyze):
    # "the ministry which P was heading": a ministry named by no mention, not the party before
    result = analyze("وشمل التغيير حصة حزب المؤتمر الشعبي العام، كوزارة الخارجية التي كان يترأسها سالم أحمد المداني.")
    assert not result.relations(mint_key("سالم أحمد المداني"), "leaderOf"), result.describe()


def test_their_government_unnamed_by_the_lexicon_reads_nothing(analyze):
    result = analyze("وأعلنت حركة النجباء مقتل رئيس حكومتها سالم أحمد المداني.")
    assert not result.relations(mint_key("سالم أحمد المداني"), "leaderOf"), result.describe()


def test_a_heads_post_held_in_a_group_is_no_mere_membership(analyze):
    result = analyze("وقتل سالم أحمد المداني، الذي كان يشغل منصب رئيس المكتب السياسي في حركة حماس.")
    assert not result.relations(mint_key("سالم أحمد المداني"), "memberOf", "hamas"), result.describe()


def test_two_groups_after_a_dual_title_pair_off(analyze):
    result = analyze("والتقى زعيمي حزب الله وحركة أمل، سالم أحمد المداني وكمال رضا الحسيني.")
    assert not result.relations(mint_key("كمال رضا الحسيني"), "leaderOf", "hezbollah"), result.describe()


def test_support_as_a_verbal_noun_after_a_verb_of_stating_is_not_the_speakers(analyze):
    result = analyze("وأكد سالم أحمد المداني دعم حزب الله لوقف إطلاق النار.")
    assert not result.relations(mint_key("سالم أحمد المداني"), "supports"), result.describe()


def test_the_director_of_the_heads_office_is_no_head(analyze):
    result = analyze("وقال مدير مكتب المرشد الإيراني سالم أحمد المداني إن الرد قادم.")
    assert not result.relations(mint_key("سالم أحمد المداني"), "leaderOf", "iran"), result.describe()

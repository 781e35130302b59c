"""Kinds of phrasing found by probing unseen real articles (issue #12, tenth round). The
sentences are our own; documents are published on Wednesday 2024-01-31 (conftest.PUBLISHED)."""
from __future__ import annotations

import pytest



@pytest.mark.parametrize("sentence", [
    # the answered deed names crimes (an irrealis word) before the comma: the strike after it is done
    pytest.param("ردا على جرائم الاحتلال في غزة، استهدف مقاتلو كتائب حزب الله قاعدة عين الأسد "
                 "بطائرتين مسيرتين أمس.", id="crimes-answered"),
    # the response word far before the cue, a relative clause between
    pytest.param("وقالت كتائب حزب الله في بيان إنه ردا على الجرائم التي يرتكبها العدو بحق المدنيين "
                 "في غزة، استهدف مقاتلو الكتائب قاعدة حرير بطائرة مسيرة.", id="long-response-clause"),
])
def test_a_response_clause_does_not_block_the_answer(analyze, sentence):
    found = analyze(sentence).events
    assert [a.attacker for a in found] == ["kataib_hezbollah"]
    assert found[0].target in ("ain_al_asad", "harir")


@pytest.mark.parametrize("sentence", [
    # the answer itself is a threat: still no event
    pytest.param("ردا على جرائم الاحتلال في رفح، ستستهدف الفصائل القواعد الأمريكية في العراق.",
                 id="threatened-answer"),
])
def test_a_threatened_answer_is_still_no_event(analyze, sentence):
    assert analyze(sentence).events == []


def test_an_announcer_claims_no_strike_a_state_adjective_names(analyze):
    # the group announces strikes that two states' adjectives on the noun say are theirs
    found = analyze("أعلنت جماعة الحوثي عن خمس غارات أمريكية بريطانية استهدفت مطار صنعاء أمس.").events
    assert found and "houthis" not in {a.attacker for a in found}
    assert {a.attacker for a in found} | {x for a in found for x in a.allies} == {"usa", "uk"}


def test_a_claim_without_a_state_adjective_still_names_the_claimer(analyze):
    found = analyze("أعلنت كتائب حزب الله أمس استهداف قاعدة عين الأسد التي تضم قوات أمريكية.").events
    assert [(a.attacker, a.target) for a in found] == [("kataib_hezbollah", "ain_al_asad")]


def test_forces_hosted_by_the_target_are_no_agent(analyze):
    # the forces a relative clause on the base names are who is there, not who struck
    found = analyze("أفاد مصدر أمني أمس باستهداف قاعدة فكتوريا التي تستضيف قوات أميركية "
                           "تابعة للتحالف الدولي بطائرة مسيرة مفخخة.").events
    assert [(a.attacker, a.target) for a in found] == [(None, "victory_base")]


@pytest.mark.parametrize("sentence", [
    pytest.param("قتل شخصان في غارة إسرائيلية على دراجة نارية في بلدة الخيام جنوب لبنان أمس.", id="town-region"),
    pytest.param("قتل شخصان أمس في غارة إسرائيلية استهدفت سيارة في مدينة صور جنوب لبنان.", id="city-region"),
])
def test_a_region_right_after_a_town_locates_it(analyze, sentence):
    # the region names where the town lies: a place, never the thing struck
    found = analyze(sentence).events
    assert found and all(a.target != "south_lebanon" for a in found)
    assert found[0].place in ("khiam", "tyre")


@pytest.mark.parametrize("sentence", [
    pytest.param("أصيب ثلاثة جنود أمس بصاروخ أطلق من لبنان.", id="wounded-yesterday"),
    pytest.param("قتل جنديان صباح أمس بانفجار عبوة ناسفة.", id="killed-yesterday-morning"),
])
def test_counted_soldiers_before_a_day_word_and_the_cue_are_its_victims(analyze, sentence):
    # the day between the counted people and the prepositional cue leaves them its victims
    found = analyze(sentence).events
    assert [(a.attacker, a.target) for a in found] == [(None, "military")]


@pytest.mark.parametrize("sentence", [
    pytest.param("US and allied troops have been attacked more than 150 times in Iraq and Syria since "
                 "mid-October.", id="passive-times"),
    pytest.param("The militias have attacked US forces at least 60 times since the war began.", id="object-times"),
    pytest.param("The militias have attacked US forces in Iraq and Syria at least 60 times since the war began.",
                 id="object-places-times"),
])
def test_an_attack_verb_counted_in_times_is_a_tally(analyze, sentence):
    assert analyze(sentence, "en").events == []


@pytest.mark.parametrize("sentence", [
    # 11-99 take the singular "مرة", which normalises to "مره"
    pytest.param("وقال مسؤول إن الفصائل هاجمت القوات الأميركية أكثر من 150 مرة منذ أكتوبر.", id="singular-times"),
    pytest.param("وقال مسؤول إن الفصائل هاجمت القوات الأميركية في العراق وسوريا أكثر من 150 مرة منذ أكتوبر.",
                 id="places-then-times"),
    pytest.param("وقال مسؤول إن الفصائل هاجمت القوات الأميركية عشرات المرات منذ أكتوبر.", id="plural-times"),
])
def test_an_arabic_attack_verb_counted_in_times_is_a_tally(analyze, sentence):
    assert analyze(sentence).events == []


def test_an_arabic_attack_told_with_its_place_still_counts(analyze):
    found = analyze("وقال مسؤول إن الفصائل هاجمت القوات الأميركية في قاعدة عين الأسد بطائرة مسيرة أمس.").events
    assert [a.target for a in found] in (["usa"], ["ain_al_asad"])


def test_a_single_attack_with_its_object_still_counts(analyze):
    found = analyze("Militants attacked US forces in eastern Syria on Monday with a drone, the Pentagon said.", "en").events
    assert [a.target for a in found] == ["usa"]


def test_one_attacker_s_attack_told_twice_with_one_toll_is_one_event(analyze):
    found = analyze("ذكرت مصادر أمنية أن ضربة إسرائيلية استهدفت سيارة في بلدة الخيام أمس مما أدى إلى "
                           "مقتل ثلاثة أشخاص. وقال نائب محلي إن ثلاثة شبان قتلوا في قصف إسرائيلي لسيارة في "
                           "جنوب لبنان أمس.").events
    assert [(a.attacker, a.fatalities.value) for a in found] == [("israel", 3)]


def test_the_same_toll_in_two_towns_stays_two_attacks(analyze):
    found = analyze("قتل ثلاثة أشخاص أمس في غارة إسرائيلية على منزل في بلدة الخيام. وأعلن الجيش "
                           "الإسرائيلي أمس مقتل ثلاثة من عناصر حزب الله في غارة على موقع قرب بلدة الناقورة.").events
    assert len(found) == 2


def test_a_strike_with_several_raids_after_its_object_is_one_attack(analyze):
    found = analyze("وقالت وسائل إعلام محلية إن الطيران الأمريكي استهدف مطار صنعاء أمس بعدة غارات جوية.").events
    assert [(a.attacker, a.target) for a in found] == [("usa", "sanaa_airport")]


def test_a_headline_on_a_region_and_the_report_with_one_toll_are_one_event(analyze):
    found = analyze("مقتل شخصين بضربة إسرائيلية على جنوب لبنان. وقتل شخصان أمس في غارة إسرائيلية "
                           "استهدفت دراجة نارية قرب بلدة الخيام في جنوب لبنان.").events
    assert [(a.attacker, a.fatalities.value) for a in found] == [("israel", 2)]


def test_a_strike_on_a_base_hosting_forces_with_its_weapon_is_kept(analyze):
    # no agent named, but the drone tells a concrete strike: the frame stays, attacker untold
    found = analyze("وقال البيان إن الضربة استهدفت قاعدة التنف، التي تتمركز فيها قوات أميركية بطائرة مسيرة.").events
    assert any(a.target == "al_tanf" and a.attacker is None and "drone" in a.weapons for a in found)


@pytest.mark.parametrize("sentence", [
    pytest.param("أعلنت عصائب أهل الحق مقتل أحد عناصرها في غارة استهدفت سيارته أمس قرب القائم.", id="one-of-its-members"),
    pytest.param("أعلنت عصائب أهل الحق أمس مقتل اثنين من مقاتليها في قصف على موقع قرب القائم.", id="two-of-its-fighters"),
])
def test_a_group_announcing_its_own_dead_is_the_side_struck(analyze, sentence):
    found = analyze(sentence).events
    assert found and all(a.attacker != "asaib_ahl_al_haq" for a in found)
    assert any(a.target == "asaib_ahl_al_haq" for a in found)


def test_a_launch_point_after_the_munition_is_no_subject(analyze):
    # "من اليمن" says where the missiles were fired from; the Houthis fired them
    found = analyze("أطلق الحوثيون أمس صاروخين من اليمن باتجاه سفينة تجارية.").events
    assert [a.attacker for a in found] == ["houthis"]


# -- twelfth round: a named side striking an indefinite object with its weapon --------------

@pytest.mark.parametrize("sentence, side", [
    pytest.param("استهدف الحوثيون أمس سفينة تجارية بصاروخ باليستي.", "houthis", id="verb-subject-object"),
    pytest.param("واستهدف الحوثيون سفينة شحن بطائرة مسيرة.", "houthis", id="conjunction-drone"),
    pytest.param("وقد استهدفت جماعة الحوثي ناقلة نفط بصاروخين.", "houthis", id="qad-feminine-dual"),
    pytest.param("استهدف حزب الله موقعا عسكريا بصاروخ موجه.", "hezbollah", id="indefinite-site"),
    # the sea named as where: the frames' only target is water, the event stays
    pytest.param("هاجم الحوثيون سفينة تجارية بصاروخ في خليج عدن أمس.", "houthis", id="at-sea"),
])
def test_a_named_side_striking_an_unnamed_object_with_a_weapon_is_an_event(analyze, sentence, side):
    found = analyze(sentence).events
    assert [a.attacker for a in found] == [side]
    assert found[0].weapons


@pytest.mark.parametrize("sentence", [
    pytest.param("هاجم حزب الله الحكومة بشدة في خطاب أمس.", id="words-no-weapon"),
    pytest.param("هاجم الحوثيون الولايات المتحدة بتصريحات حادة.", id="statements"),
])
def test_attacking_without_a_weapon_stays_words(analyze, sentence):
    assert analyze(sentence).events == []


# -- a cited source ("بحسب X") is never a side ----------------------------------------------

@pytest.mark.parametrize("sentence, side", [
    pytest.param("وبحسب القيادة المركزية الأمريكية، فإن الحوثيين أطلقوا صاروخين باتجاه السفينة "
                 "التجارية \"النجمة الزرقاء\".", "houthis", id="bihasab-fa-inna"),
    pytest.param("وبحسب القيادة المركزية الأمريكية، أطلق الحوثيون صاروخين باتجاه السفينة "
                 "التجارية \"النجمة الزرقاء\".", "houthis", id="bihasab-verb-first"),
    pytest.param("وبحسب الجيش الإسرائيلي، أطلقت صواريخ من لبنان باتجاه مستوطنة كريات شمونة.", None,
                 id="bihasab-passive"),
])
def test_a_cited_source_is_no_attacker(analyze, sentence, side):
    found = analyze(sentence).events
    assert [a.attacker for a in found] == [side]


# -- munitions destroyed before they were fired: the destroyer's strike on their owner -------

@pytest.mark.parametrize("sentence", [
    pytest.param("أعلنت القوات الأمريكية أمس تدمير صاروخين تابعين للحوثيين قبيل إطلاقهما باتجاه سفن الشحن.",
                 id="verbal-noun-dual"),
    pytest.param("دمرت القوات الأمريكية أمس أربعة صواريخ مضادة للسفن تابعة للحوثيين قبيل إطلاقها.",
                 id="verb-first-count"),
])
def test_munitions_destroyed_before_launch_are_the_destroyers_strike(analyze, sentence):
    found = analyze(sentence).events
    assert [(a.attacker, a.target) for a in found] == [("usa", "houthis")]


def test_missiles_fired_are_still_a_launch(analyze):
    found = analyze("أطلق الحوثيون أمس صاروخين باتجاه مدينة إيلات قبل أن يعترضهما الجيش الإسرائيلي.").events
    assert ("houthis", "eilat") in {(a.attacker, a.target) for a in found}


@pytest.mark.parametrize("sentence", [
    pytest.param("نقلا عن وزارة الدفاع البريطانية، تعرضت سفينة تجارية لهجوم بصاروخ أمس.", id="naqlan-an"),
    pytest.param("بحسب الجيش الأمريكي، قتل ثلاثة جنود في هجوم بطائرة مسيرة أمس.", id="bihasab-casualties"),
])
def test_a_cited_source_is_not_struck_either(analyze, sentence):
    found = analyze(sentence).events
    sources = {"uk_defence_ministry", "us_military"}
    assert not {a.target for a in found} & sources and not {a.attacker for a in found} & sources


# -- one attack told with its dead, then with its wounded: one event, both tolls -------------

@pytest.mark.parametrize("text, target", [
    pytest.param("قتل ثلاثة مدنيين في غارة إسرائيلية على بلدة الخيام أمس. وأصيب خمسة آخرون بجروح "
                 "في الغارة الإسرائيلية على بلدة الخيام.", "khiam", id="named-attacker"),
    pytest.param("قتل جنديان في هجوم بطائرة مسيرة على قاعدة عين الأسد أمس. كما أصيب أربعة جنود آخرون "
                 "في الهجوم على القاعدة ذاتها، بحسب مصدر أمني.", "ain_al_asad", id="untold-attacker"),
])
def test_an_attack_told_with_its_dead_then_its_wounded_is_one_event(analyze, text, target):
    found = [a for a in analyze(text).events if a.target == target]
    assert len(found) == 1
    assert found[0].fatalities is not None and found[0].injured is not None


def test_wounded_in_another_strike_stay_another_event(analyze):
    found = analyze("قتل ثلاثة مدنيين في غارة إسرائيلية على بلدة الخيام أمس. وأصيب خمسة آخرون "
                           "بجروح في غارة أخرى على بلدة الخيام.").events
    assert all(a.fatalities is None or a.injured is None for a in found)

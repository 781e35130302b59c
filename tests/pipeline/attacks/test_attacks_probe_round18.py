"""Kinds of phrasing found by probing unseen real Arabic articles (issue #12, nineteenth
round: US strikes on the PMF in Baghdad, Houthi attacks on ships, drones and rockets on
bases in Iraq and Syria, Israeli strikes on Gaza and south Lebanon). The sentences are our
own; documents are published on Wednesday 2024-01-31 (conftest.PUBLISHED)."""
from __future__ import annotations

import pytest


@pytest.mark.parametrize("sentence, attacker", [
    pytest.param("ذكرت وسائل إعلام محلية أن قاعدة حرير الجوية التي تضم قوات التحالف الدولي، "
                 "قصفت بالصواريخ مساء أمس.", "coalition", id="hosts"),
    pytest.param("ويظهر الهجوم على الناقلة التي ترفع علم ليبيريا مدى استهداف الحوثيين للسفن.",
                 "liberia", id="flag"),
])
def test_who_a_relative_clause_names_in_what_was_struck_did_not_strike(analyze, sentence, attacker):
    # "التي تضم X"، "التي ترفع علم X": X is the object of the relative clause's verb and
    # describes what was struck; it is not the subject of the cue after the clause
    found = analyze(sentence).events
    assert attacker not in {a.attacker for a in found}


def test_the_base_a_relative_clause_describes_before_its_passive_is_the_target(analyze):
    found = analyze("قالت مصادر إن قاعدة حرير التي تضم قوات أميركية قصفت الليلة الماضية بصاروخين.").events
    assert [(a.attacker, a.target) for a in found] == [(None, "harir")]


def test_the_doer_of_a_relative_clause_on_the_deed_stays_its_attacker(analyze):
    # "الغارة التي شنتها X": the verb carries the deed as its object pronoun, X is its subject
    found = analyze("وقالت الشرطة إن الغارة التي شنتها القوات الأميركية، قتلت خمسة مسلحين أمس.").events
    assert "usa" in {a.attacker for a in found}


def test_a_frames_kind_is_its_own_clauses_not_the_next_frames(analyze):
    # "نفذ غارة على X، كما شن غارة بالصواريخ على Y": the rockets were Y's strike's; X's
    # strike was made by jets, and its kind is read from its own clause
    found = analyze("وذكرت مصادر أن الطيران الإسرائيلي نفذ غارة على بلدة الخيام، "
                           "كما شن غارة بالصواريخ على بلدة عيترون.").events
    kinds = {a.target: a.kind for a in found}
    assert kinds["khiam"] == "Airstrike" and kinds.get("عيترون") == "MissileAttack"


def test_a_clash_word_of_the_context_does_not_make_a_one_sided_strike_a_clash(analyze):
    # "في أحدث تبادل للاشتباكات": the strike is the latest of an exchange; it is no clash
    found = analyze("وقال حزب الله إنه استهدف أمس مقرا للقيادة في بلدة المطلة "
                           "في أحدث تبادل للاشتباكات بين الطرفين.").events
    assert [(a.attacker, a.kind) for a in found] == [("hezbollah", "Attack")]


def test_a_shooting_word_of_the_same_clause_still_tells_the_kind(analyze):
    found = analyze("وأطلقت قوات الاحتلال الإسرائيلي عصر اليوم النار من الرشاشات الثقيلة على أطراف بلدة الخيام.").events
    assert {a.kind for a in found} == {"Shooting"}


def test_the_people_after_a_noun_of_a_part_were_struck_not_the_agents(analyze):
    # "قصف ... مجموعة من الفلسطينيين": "من" after a noun of a part or amount says whom of
    # the Palestinians the strike hit, not that they carried it out
    found = analyze("قتل ستة أشخاص مساء أمس إثر قصف طائرات إسرائيلية مجموعة من الفلسطينيين في حي الشجاعية.").events
    assert "palestine" not in {a.attacker for a in found}
    assert "israel" in {a.attacker for a in found}


@pytest.mark.parametrize("sentence, sea", [
    pytest.param("استهدف الحوثيون سفينة تجارية في خليج عدن.", "gulf_of_aden", id="object"),
    pytest.param("أعلن الحوثيون اليوم استهداف سفينة تجارية في البحر الأحمر بصاروخين.", "red_sea", id="claim"),
])
def test_an_unnamed_ship_struck_at_sea_is_an_attack_with_the_sea_as_place(analyze, sentence, sea):
    # the ship is told by its noun only: the attack stays, the sea standing for the ship
    found = analyze(sentence).events
    assert [(a.attacker, a.target, a.place) for a in found] == [("houthis", sea, sea)]


def test_a_sea_struck_with_no_ship_named_is_still_no_attack(analyze):
    found = analyze("وقال المتحدث إن الحوثيين هاجموا خليج عدن مجددا.").events
    assert all(a.target != "gulf_of_aden" for a in found)


@pytest.mark.parametrize("sentence, attacker", [
    pytest.param("الجيش الأميركي: الحوثيون نفذوا هجوما جديدا استهدف سفينة بخليج عدن", "houthis", id="ship"),
    pytest.param("البنتاغون: القوات الأميركية قصفت مواقع للحوثيين في الحديدة", "usa", id="strike"),
])
def test_the_source_before_a_headings_colon_is_not_the_subject(analyze, sentence, attacker):
    # "X: ..." names who told the news that follows the colon, not who acted in it
    found = analyze(sentence).events
    assert {a.attacker for a in found} == {attacker}


@pytest.mark.parametrize("noun", ["عملية", "غارة"])
def test_the_owner_of_a_deed_noun_subject_of_a_striking_verb_carried_it_out(analyze, noun):
    # "استهدفت عملية للجيش الأميركي مقرا لـX": the army's operation struck X's base; the
    # army was read as what was struck
    found = analyze(f"استهدفت {noun} للجيش الأميركي اليوم مقرا لكتائب حزب الله في بغداد.").events
    assert [(a.attacker, a.target) for a in found] == [("us_military", "kataib_hezbollah")]


def test_a_ship_at_sea_told_before_its_name_is_not_a_second_attack(analyze):
    # the lead tells "a ship in the Red Sea", the next sentence names it: one attack
    found = analyze("أعلن الحوثيون اليوم استهداف سفينة في البحر الأحمر بصاروخين. "
                           "واستهدف الحوثيون ناقلة النفط (سكارليت راي) قرب ميناء ينبع.").events
    assert "red_sea" not in {a.target for a in found} and len(found) == 1


def test_a_negated_casualty_counts_nobody(analyze):
    # "دون إصابة أحد من طاقمها": nobody of the crew was hurt, not one wounded
    found = analyze("أطلق الحوثيون صاروخين على سفينة تجارية قرب عدن أمس، ما أحدث بها أضرارا طفيفة "
                           "دون إصابة أحد من طاقمها.").events
    assert found and all(a.injured is None and a.fatalities is None for a in found)


def test_events_the_news_coincided_with_are_not_its_subjects_deeds(analyze):
    # "تزامنا مع ... تفجيرات في إيران": the bombings in Iran are other news; the subject of
    # the clause before (the US operation in Iraq) did not carry them out
    found = analyze("شدت العملية التي نفذتها اليوم أميركا في العراق اهتمام وسائل الإعلام، "
                           "وتزامنا مع تنفيذ عمليات اغتيال في لبنان وتفجيرات في ايران.").events
    assert ("usa", "iran") not in {(a.attacker, a.target) for a in found}


def test_a_munition_with_its_owner_before_a_striking_verb_is_told_as_done(analyze):
    # "في قصف للاحتلال استهدف منزلا": the owner glued to ل stands between the munition and
    # the verb it is the subject of, as "قصف استهدف منزلا" without it
    found = analyze("استشهد مواطن في قصف للجيش استهدف منزلا في حي الزيتون.").events
    assert [(a.place, a.fatalities.value if a.fatalities else None) for a in found] == [("حي_الزيتون", 1)]


@pytest.mark.parametrize("owner, attacker", [
    pytest.param("الجيش الإسرائيلي", "idf", id="army"),
    pytest.param("الاحتلال الإسرائيلي", "israel", id="occupation"),
])
def test_the_owner_of_a_weapon_subject_after_its_verb_is_the_attacker(analyze, owner, attacker):
    # "قصفت مدفعية X أطراف بلدة Y": verb, its subject (a weapon and its owner), its object;
    # the owner was read as what was struck
    found = analyze(f"قصفت مدفعية {owner} أطراف بلدة الخيام.").events
    assert [(a.attacker, a.target) for a in found] == [(attacker, "khiam")]

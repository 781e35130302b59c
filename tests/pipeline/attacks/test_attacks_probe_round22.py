"""Kinds of phrasing left by the probe of the new, blind-annotated real Arabic articles
(issue #12, round i12r22). The sentences are our own; documents are published on
Wednesday 2024-01-31 (conftest.PUBLISHED)."""
from __future__ import annotations

import pytest


@pytest.mark.parametrize("sentence, attacker, target", [
    pytest.param("تعرضت قاعدة حرير لهجوم بطائرة مسيرة، أعلنت كتائب حزب الله مسؤوليتها عنه.",
                 "kataib_hezbollah", "harir", id="asyndetic"),
    pytest.param("تعرض مطار أربيل لقصف صاروخي، وأعلنت المقاومة الإسلامية في العراق مسؤوليتها عنه.",
                 "islamic_resistance_iraq", "erbil_airport", id="coordinated"),
    pytest.param("تعرضت قاعدة التنف إلى استهداف، أعلنت كتائب حزب الله مسؤوليتها عنه.",
                 "kataib_hezbollah", "al_tanf", id="bare-masdar"),
])
def test_a_claim_clause_after_a_passive_names_its_attacker(analyze, sentence, attacker, target):
    # "تعرضت X لهجوم، أعلنت Y مسؤوليتها عنه": the claimer did it, and is not what was struck
    found = analyze(sentence).events
    assert [(a.attacker, a.target) for a in found] == [(attacker, target)]


def test_a_claim_of_another_deed_does_not_fill_the_attacker(analyze):
    # "أعلنت Y مسؤوليتها عن هجوم آخر": the claim is of the other attack
    found = analyze("تعرضت قاعدة التنف لقصف صاروخي، وأعلنت كتائب حزب الله مسؤوليتها عن هجوم "
                    "آخر على قاعدة حرير.").events
    assert ("kataib_hezbollah", "al_tanf") not in {(a.attacker, a.target) for a in found}


def test_a_state_named_after_the_claim_verb_is_not_a_claimer(analyze):
    found = analyze("تعرضت قاعدة حرير لهجوم بطائرة مسيرة، وأعلنت الولايات المتحدة مسؤولية "
                    "الفصائل عنه.").events
    assert "usa" not in {a.attacker for a in found}


@pytest.mark.parametrize("sentence, targets", [
    pytest.param("تعرضت قاعدتا حرير وعين الأسد لاستهداف بالمسيرات.", {"harir", "ain_al_asad"}, id="dual"),
    pytest.param("تعرضت قواعد التنف وحرير وعين الأسد لهجمات صاروخية.", {"al_tanf", "harir", "ain_al_asad"},
                 id="plural"),
    pytest.param("تعرضت قاعدتا الاحتلال الأمريكي، حرير وعين الأسد، لهجوم بالمسيرات.",
                 {"harir", "ain_al_asad"}, id="owner-then-list"),
])
def test_each_member_of_a_passive_subject_list_was_struck(analyze, sentence, targets):
    found = analyze(sentence).events
    assert {a.target for a in found} == targets


@pytest.mark.parametrize("sentence", [
    pytest.param("طالب نواب في الكونغرس برد حازم يردع الهجمات الإيرانية على السفن.", id="yarda"),
    pytest.param("دعا الوزير إلى خطوات لردع الهجمات الإسرائيلية على البلدات الحدودية.", id="li-rad"),
])
def test_attacks_to_be_deterred_are_no_event(analyze, sentence):
    # "رد يردع الهجمات X": deterring is preventing, and the state's adjective names no attacker
    assert analyze(sentence).events == []


def test_deterrence_after_a_told_attack_lends_it_no_attacker(analyze):
    # the attack told first keeps no attacker; the adjective of the attacks to be deterred
    # (after a comma, far from it) is not its attacker
    found = analyze("أدى القصف على قاعدة التنف إلى مقتل جنديين، ما أثار انتقادات لغياب رد يردع "
                    "الهجمات الأمريكية، وتساؤلات عن جدوى استمرار العدوان على غزة.").events
    assert "usa" not in {a.attacker for a in found}


@pytest.mark.parametrize("sentence, attacker, target", [
    pytest.param("شنت القوات الفرنسية عدة غارات على مواقع لتنظيم داعش في سوريا.", "france", "isis", id="shanna"),
    pytest.param("نفذت يوم الأحد، القوات البريطانية، عدة ضربات على مواقع للحوثيين في اليمن.", "uk", "houthis",
                 id="date-between"),
])
def test_several_strikes_waged_by_a_named_subject_are_one_event(analyze, sentence, attacker, target):
    # "نفذت X عدة ضربات على Y": "several" after a verb of waging is one wave, not a tally
    assert (attacker, target) in {(a.attacker, a.target) for a in analyze(sentence).events}


@pytest.mark.parametrize("sentence", [
    pytest.param("نفذت الفصائل عشرات الهجمات على القواعد الأمريكية منذ أكتوبر.", id="dozens"),
    pytest.param("نفذت الفصائل أكثر من 150 هجوما على القواعد الأمريكية.", id="more-than"),
])
def test_a_tally_after_a_waging_verb_stays_a_tally(analyze, sentence):
    assert analyze(sentence).events == []


@pytest.mark.parametrize("sentence, attackers", [
    pytest.param("شنت يوم الأحد، القوات الفرنسية والبريطانية، غارات على مواقع لتنظيم داعش في سوريا.",
                 {"france", "uk"}, id="date-and-commas"),
    pytest.param("نفذت أمس القوات الأميركية والبريطانية، ضربات على مواقع للحوثيين في اليمن.",
                 {"usa", "uk"}, id="comma-before-deed"),
])
def test_a_state_adjective_joined_to_the_subjects_is_a_second_attacker(analyze, sentence, attackers):
    # "القوات الفرنسية والبريطانية": the joined adjective shares the head noun "القوات"
    assert {a.attacker for a in analyze(sentence).events} == attackers


def test_a_state_adjective_on_the_object_is_not_an_attacker(analyze):
    found = analyze("قصفت القوات الإسرائيلية مواقع سورية وإيرانية في ريف دمشق.").events
    assert "iran" not in {a.attacker for a in found}


@pytest.mark.parametrize("sentence, targets", [
    pytest.param("أعلنت كتائب حزب الله أنها استهدفت القواعد الأمريكية في سوريا، هي الشدادي والتنف، "
                 "بالطائرات المسيرة.", {"shaddadi", "al_tanf"}, id="hiya-list"),
    pytest.param("أعلنت كتائب حزب الله أنها قصفت القواعد الأمريكية في سوريا، وهي الشدادي، الركبان والتنف.",
                 {"shaddadi", "rukban", "al_tanf"}, id="wa-hiya-commas"),
])
def test_an_apposition_names_each_base_struck(analyze, sentence, targets):
    # "استهدفت القواعد الأمريكية، هي A وB": each named base is its own event; the state
    # of the plural only owns them
    assert {a.target for a in analyze(sentence).events} == targets


@pytest.mark.parametrize("sentence, targets", [
    pytest.param("وذكرت كتائب سيد الشهداء أنها هاجمت أربع قواعد، اثنتان منها استهدفت القواعد "
                 "الأمريكية في العراق، هي عين الأسد وحرير.", {"ain_al_asad", "harir"},
                 id="word-count"),
    pytest.param("وأعلنت كتائب حزب الله أنها هاجمت 4 قواعد، 2 منها استهدفت القواعد الأمريكية في العراق، "
                 "هي حرير وعين الأسد.", {"harir", "ain_al_asad"}, id="digit-count"),
])
def test_a_few_of_a_claimed_list_are_operations_not_a_tally(analyze, sentence, targets):
    # "ثلاث منها استهدفت": a part of the list the clause before counted
    assert {a.target for a in analyze(sentence).events} == targets


def test_many_of_a_tally_stay_a_tally(analyze):
    assert analyze("نفذت الفصائل أكثر من 150 هجوما، 40 منها استهدفت قاعدة التنف.").events == []


@pytest.mark.parametrize("sentence, target", [
    pytest.param("وأعلنت حركة النجباء أنها هاجمت 3 قواعد، اثنتان منها استهدفت القواعد "
                 "الأمريكية في العراق، هي عين الأسد وحرير، أما الثالثة فهي قاعدة التنف.", "al_tanf", id="bare"),
    pytest.param("وأعلنت كتائب حزب الله أنها استهدفت قاعدة التنف والثانية استهدفت قاعدة الشدادي، أما "
                 "الثالثة فهي منشأة حرير العسكرية.", "harir", id="head-noun"),
])
def test_an_ordinal_of_a_claimed_list_names_one_more_operation(analyze, sentence, target):
    # "أما الخامسة فهي منشأة X": the list's attacker struck X too
    found = analyze(sentence).events
    assert target in {a.target for a in found if a.attacker}


def test_an_ordinal_with_no_attack_told_before_adds_none(analyze):
    assert analyze("وصلت الدفعة الأولى من المساعدات، أما الثانية فهي قاعدة حرير.").events == []


@pytest.mark.parametrize("sentence, attacker, target", [
    pytest.param("قصفت الطائرات الأميركية مواقع في اليمن استخدمها الحوثيون لمهاجمة سفن البحرية الأميركية.",
                 "houthis", "us_navy", id="user-named"),
    pytest.param("ودمرت الغارات مخازن للحوثيين في الحديدة التي استخدمت لاستهداف السفن البريطانية وسفن "
                 "البحرية الأميركية.", "houthis", "us_navy", id="owner-before-relative"),
    pytest.param("تسعى الضربات إلى إضعاف قدرات الحوثيين التي يستغلونها لمواصلة هجماتهم الخطيرة على سفن "
                 "الولايات المتحدة في البحر الأحمر.", "houthis", "usa", id="continuing"),
])
def test_sites_used_to_attack_tell_the_users_attacks(analyze, sentence, attacker, target):
    # "مواقع استخدمها X لمهاجمة Y": the purpose of the use is an attack X carried out
    assert (attacker, target) in {(a.attacker, a.target) for a in analyze(sentence).events}


@pytest.mark.parametrize("sentence", [
    pytest.param("قال الوزير إن الحوثيين قد يستخدمون الصواريخ لضرب إسرائيل.", id="may-use"),
    pytest.param("حذر الجيش من أن الحوثيين سيستخدمون الزوارق لمهاجمة السفن الأمريكية.", id="will-use"),
])
def test_a_use_told_as_a_threat_is_no_attack(analyze, sentence):
    assert analyze(sentence).events == []


@pytest.mark.parametrize("sentence", [
    pytest.param("تخشى واشنطن أن تستخدمها الفصائل لمهاجمة القوات الأمريكية.", id="fear"),
    pytest.param("قد يستخدمها الحوثيون لمهاجمة السفن الأمريكية.", id="qad"),
    pytest.param("يستخدمها الحوثيون لمهاجمة السفن الأمريكية إذا استمرت الحرب.", id="bare-present"),
])
def test_a_possible_or_feared_use_is_no_attack(analyze, sentence):
    assert analyze(sentence).events == []


@pytest.mark.parametrize("sentence, attacker, target", [
    pytest.param("أعلنت حركة النجباء مسؤوليتها عن الهجوم الصاروخي على قاعدة حرير التي تضم جنودا "
                 "أمريكيين.", "nujaba", "harir", id="responsibility"),
    pytest.param("تبنت المقاومة الإسلامية في العراق الهجوم بالمسيرات على قاعدة حرير.",
                 "islamic_resistance_iraq", "harir", id="adopted"),
])
def test_a_claim_that_first_tells_the_attack_reports_it(analyze, sentence, attacker, target):
    # no attack was told before the claim: it is the first telling, not a retelling
    assert [(a.attacker, a.target) for a in analyze(sentence).events] == [(attacker, target)]


def test_a_claim_after_the_attack_fills_it_and_adds_none(analyze):
    found = analyze("تعرضت قاعدة حرير لهجوم بطائرة مسيرة. وتبنت كتائب حزب الله الهجوم.").events
    assert [(a.attacker, a.target) for a in found] == [("kataib_hezbollah", "harir")]


def test_a_claim_with_the_doers_pronoun_is_the_last_claimers(analyze):
    # "كذلك، أعلنت استهدافها قاعدة X": no subject after the verb; the pronoun on the verbal
    # noun is the group that claimed the attack before
    found = analyze("تعرضت قاعدة التنف لهجوم بالمسيرات، أعلنت المقاومة الإسلامية في العراق مسؤوليتها "
                    "عنه. كذلك، أعلنت استهدافها قاعدة حرير بطائرة مسيرة.").events
    assert ("islamic_resistance_iraq", "harir") in {(a.attacker, a.target) for a in found}


def test_a_claim_naming_its_subject_keeps_it(analyze):
    found = analyze("قصفت الطائرات الإسرائيلية بلدة الخيام. وأعلنت كتائب حزب الله استهدافها قاعدة حرير.").events
    assert ("kataib_hezbollah", "harir") in {(a.attacker, a.target) for a in found}
    assert ("israel", "harir") not in {(a.attacker, a.target) for a in found}

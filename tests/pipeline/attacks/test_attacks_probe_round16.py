"""Kinds of phrasing found by probing unseen real Arabic articles (issue #12, sixteenth
round). The sentences are our own; documents are published on Wednesday 2024-01-31
(conftest.PUBLISHED)."""
from __future__ import annotations

import pytest



@pytest.mark.parametrize("sentence, attacker, target", [
    pytest.param("قتل قائد ميليشيا عراقية يدعى “أبو حسين” أمس بانفجار عبوة لقوات "
                 "التحالف الدولي المتمركزة في قاعدة التنف.", "coalition", "ابو_حسين", id="device-of-forces"),
    pytest.param("قتل مدنيان أمس بقصف لقوات النظام السوري على بلدة سراقب.", "syrian_army", "سراقب",
                 id="shelling-of-forces"),
    pytest.param("قتل ثلاثة مدنيين أمس بغارة جوية لطائرات التحالف الدولي على قرية الباغوز.",
                 "coalition", "الباغوز", id="raid-of-aircraft"),
    pytest.param("قتل قائد في ميليشيا موالية لإيران أمس بتفجير قنبلة لقوات التحالف الدولي قرب البوكمال.",
                 "coalition", "iran_backed_armed_groups", id="bomb-of-forces"),
])
def test_the_owner_after_an_attack_noun_is_the_attacker(analyze, sentence, attacker, target):
    # "بـ + attack noun (+ munition) + لـX": X owned the deed; it struck, it was not struck
    found = analyze(sentence).events
    assert [(a.attacker, a.target) for a in found] == [(attacker, target)]


@pytest.mark.parametrize("sentence", [
    pytest.param("وندد البيان باستهداف لقوات الأمن العراقية في محافظة الأنبار أمس.", id="targeting"),
    pytest.param("أصيب ثلاثة عناصر أمس بقصف لقوات الأمن العراقية قرب بلدة الطارمية.", id="shelling-of-forces"),
])
def test_a_verbal_noun_keeps_its_object_after_lam(analyze, sentence):
    # "استهداف لقوات X", "قصف لمواقع X": ل marks what the verbal noun struck, not its owner
    found = analyze(sentence).events
    assert not {a.attacker for a in found} & {"iraq", "iraqi_security_forces"}


@pytest.mark.parametrize("sentence", [
    pytest.param("وقال حزب الله إنه قصف ثكنة زرعيت بالصواريخ في إطار الرد على الاعتداءات على القرى "
                 "الجنوبية، وتحديدا استهداف بلدة عيترون وسقوط جرحى.", id="specifically"),
    pytest.param("وقال حزب الله إنه قصف ثكنة زرعيت بالصواريخ ردا على الاعتداءات على القرى، "
                 "ولا سيما قصف بلدة عيترون.", id="not-least"),
])
def test_a_narrowed_response_names_the_deed_answered(analyze, sentence):
    # "ردا على ...، وتحديدا استهداف بلدة X": the town was struck by the other side; the
    # speaker's salvo answered it and did not strike it
    found = analyze(sentence).events
    assert ("hezbollah", "zarit") in {(a.attacker, a.target) for a in found}
    assert ("hezbollah", "عيترون") not in {(a.attacker, a.target) for a in found}


def test_a_narrowing_word_outside_a_response_keeps_the_deed(analyze):
    # no response before the comma: what follows "وتحديدا" is the sentence's own strike
    found = analyze("وقصفت المدفعية الإسرائيلية أمس أطراف بلدة كفركلا، وتحديدا استهدفت منزلا في البلدة.").events
    assert "israel" in {a.attacker for a in found}


def test_a_long_sufferer_before_the_raid_it_underwent(analyze):
    # "تعرض X في ناحية Y شمالي محافظة Z لقصف جوي أميركي": the verb of undergoing stands far
    # before the cue, past the sufferer's places; "لقصف" is what X underwent, not a purpose
    found = analyze("أفاد مصدر محلي أمس بتعرض موقع تابع لكتائب حزب الله في ناحية جرف الصخر "
                           "شمالي محافظة بابل لقصف جوي أميركي.").events
    assert [a.attacker for a in found] == ["usa"]


def test_a_threat_after_the_undergoing_still_states_a_purpose(analyze):
    # "تعرضت ... وتوعدت ... لقصف": the threat word opens a purpose of its own
    found = analyze("تعرضت القاعدة الأميركية أمس لهجوم بطائرة مسيرة، وتوعدت الفصائل المسلحة في بيان "
                           "مطول بمواصلة عملياتها لقصف القواعد الأميركية في العراق.").events
    assert len(found) <= 1

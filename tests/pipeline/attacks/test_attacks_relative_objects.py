"""A site told as struck in a relative clause whose past verb carries it as an object
pronoun (kg/pipeline/attacks/relative_objects.py): "ميناء X الذي استهدفته الطائرات Y".
Sentences are our own."""
from __future__ import annotations

import pytest


@pytest.mark.parametrize("sentence, attacker, target", [
    pytest.param("وتفقد الوزير ميناء الحديدة الذي استهدفته الطائرات الإسرائيلية أمس.", "israel", "hodeidah_port",
                 id="force-adjective"),
    pytest.param("وصل الوفد إلى قاعدة عين الأسد التي هاجمتها الفصائل العراقية بالصواريخ.", "iraq_factions",
                 "ain_al_asad", id="named-group"),
    pytest.param("زار الوفد ميناء الحديدة الذي سبق أن استهدفته غارات إسرائيلية.", "israel", "hodeidah_port",
                 id="after-sabaqa-an"),
    pytest.param("وزار الوزير قاعدة عين الأسد التي استهدفتها المقاومة العراقية.", "iraq_factions", "ain_al_asad",
                 id="a-peoples-resistance"),
])
def test_the_antecedent_was_struck(analyze, sentence, attacker, target):
    a = analyze(sentence, "ar")
    assert a.attack(target).attacker == attacker, a.describe()


@pytest.mark.parametrize("sentence", [
    pytest.param("وزار الوزير ميناء الحديدة الذي تستهدفه إسرائيل باستمرار.", id="present-habit"),
    pytest.param("وزار الوزير قاعدة عين الأسد التي سبق أن استهدفتها الفصائل العراقية عدة مرات.", id="tally"),
    # (a plain noun: "المقاومة العراقية" now names the Iraqi factions, an actor)
    pytest.param("وزار الوزير قاعدة عين الأسد التي استهدفتها الحملة العراقية.", id="adjective-on-a-plain-noun"),
])
def test_no_one_attack_told(analyze, sentence):
    a = analyze(sentence, "ar")
    assert not any(x.rule.endswith("relative_object") for x in a.attacks), a.describe()

"""Attacker rules (kg/pipeline/attacks/attackers.py), on sentences of our own: the actor
right after a verb that takes its target as object ("استهدف") is its subject."""
from __future__ import annotations

import pytest


@pytest.mark.parametrize("sentence, attacker, target", [
    pytest.param("واستهدفت كتائب حزب الله قاعدة حرير.", "kataib_hezbollah", "harir", id="vso-feminine"),
    pytest.param("استهدف الحوثيون يوم الأحد قاعدة عين الأسد.", "houthis", "ain_al_asad", id="vso-day-between"),
])
def test_arabic_verb_subject_object_with_a_targeting_verb(analyze, sentence, attacker, target):
    a = analyze(sentence, "ar")
    assert a.attack(target).attacker == attacker, a.describe()


def test_a_present_tense_targeting_verb_first_tells_a_habit(analyze):
    a = analyze("وتستهدف إسرائيل قادة حماس في الخارج منذ سنوات.", "ar")
    assert not a.attacks, a.describe()

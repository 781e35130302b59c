"""Kinds of phrasing found by probing unseen real Arabic articles (issue #12, sixteenth
round). The sentences are our own; documents are published on Wednesday 2024-01-31
(conftest.PUBLISHED)."""
from __future__ import annotations

import pytest

from kg.model import DENIED


def events(result):
    return [a for a in result.attacks if a.polarity != DENIED]


@pytest.mark.parametrize("sentence, attacker, target", [
    pytest.param("قتل قائد ميليشيا عراقية يدعى “أبو حسين” أمس بانفجار عبوة لقوات "
                 "التحالف الدولي المتمركزة في قاعدة التنف.", "coalition", "ابو_حسين", id="device-of-forces"),
    pytest.param("قتل مدنيان أمس في قصف لقوات النظام السوري على بلدة سراقب.", "syrian_army", "سراقب",
                 id="shelling-of-forces"),
    pytest.param("قتل ثلاثة مدنيين أمس في غارة جوية لطائرات التحالف الدولي على قرية الباغوز.",
                 "coalition", "الباغوز", id="raid-of-aircraft"),
])
def test_the_owner_after_an_attack_noun_is_the_attacker(analyze, sentence, attacker, target):
    # "بـ/في + attack noun (+ munition) + لـX": X owned the deed; it struck, it was not struck
    found = events(analyze(sentence))
    assert [(a.attacker, a.target) for a in found] == [(attacker, target)]


def test_a_verbal_noun_keeps_its_object_after_lam(analyze):
    # "استهداف لقوات X": ل marks what the verbal noun targets, never its owner
    found = events(analyze("وندد البيان باستهداف لقوات الأمن العراقية في محافظة الأنبار أمس."))
    assert "iraq" not in {a.attacker for a in found} and "iraq_security_forces" not in {a.attacker for a in found}

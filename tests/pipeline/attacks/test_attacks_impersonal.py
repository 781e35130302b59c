"""Attacks told without their doer (kg/pipeline/attacks/triggers.py, issue 12), on
sentences of our own: an impersonal auxiliary before a verbal noun ("تم استهداف X")."""
from __future__ import annotations


def test_impersonal_auxiliary_tells_one_attack_without_attacker(analyze):
    a = analyze("قال مصدر أمني إنه تم استهداف مقر للحشد الشعبي في محافظة بابل بطائرة مسيرة فجر اليوم.")
    hit = a.attack("pmf")
    assert hit.attacker is None, a.describe()
    assert (hit.place, hit.weapons) == ("babil", ["drone"]), a.describe()


def test_the_other_impersonal_auxiliary_after_a_conjunction(analyze):
    a = analyze("وقع انفجار قرب المطار، وجرى استهداف قاعدة عين الأسد بصواريخ الليلة الماضية.")
    assert a.attack("ain_al_asad").attacker is None, a.describe()


def test_impersonal_deed_after_a_relative_describes_a_place(analyze):
    # "حيث تم اغتيال ...": the neighbourhood is named by a deed told elsewhere.
    a = analyze("قصفت الطائرات حي القائم المجاور لمنطقة الجاموس، حيث تم اغتيال قائد وحدة الرضوان "
                "الأسبوع الماضي.")
    assert not [x for x in a.attacks if x.target not in (None, "qaim")], a.describe()


def test_present_impersonal_auxiliary_is_a_habit_not_one_attack(analyze):
    a = analyze("ويتم استهداف القواعد الأمريكية في العراق بشكل متكرر.")
    assert not a.attacks, a.describe()

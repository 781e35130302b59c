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
    a = analyze("قصفت الطائرات حي القائم القريب من ساحة البلدة، حيث تم اغتيال قائد ميداني "
                "قبل شهرين.")
    assert not [x for x in a.attacks if x.target not in (None, "qaim")], a.describe()


def test_present_impersonal_auxiliary_is_a_habit_not_one_attack(analyze):
    a = analyze("ويتم استهداف القواعد الأمريكية في العراق بشكل متكرر.")
    assert not a.attacks, a.describe()


def test_occasion_that_goes_on_to_tell_its_toll_is_an_attack(analyze):
    # "بعد" right before the cue makes it the occasion of other news, unless the
    # occasion itself is then told with its dead (kg/pipeline/attacks/event_history.py).
    a = analyze("جاءت هذه الحملة بعد استهداف مجهول طال مقرا للحشد الشعبي في محافظة بابل، "
                "وأسفر عن مقتل عنصر وإصابة خمسة آخرين.")
    hit = a.attack("pmf")
    assert (hit.attacker, hit.place) == (None, "babil"), a.describe()


def test_occasion_without_its_own_toll_stays_background(analyze):
    a = analyze("جاءت هذه الحملة بعد استهداف مجهول طال مقرا للحشد الشعبي في محافظة بابل.")
    assert not a.attacks, a.describe()


def test_a_toll_told_of_another_event_after_the_occasion_is_not_its_own(analyze):
    a = analyze("جاءت هذه الحملة بعد استهداف مجهول طال مقرا للحشد الشعبي في بابل، وأسفرت "
                "الاشتباكات عن مقتل ثلاثة.")
    assert not a.attacks_on("pmf"), a.describe()

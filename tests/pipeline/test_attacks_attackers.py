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


def test_an_owner_named_past_the_target_preposition_owns_the_target(analyze):
    # "تابعة للتحالف" describes the bases attacked; it names no agent of the attack.
    a = analyze("وقال المتحدث إن الفصائل شنت هجمات ضد السفارة الأمريكية في بغداد ومعسكرات يقيم فيها "
                "جنود أمريكيون وأخرى تابعة للتحالف الدولي.", "ar")
    assert a.attacks_on("us_embassy_baghdad"), a.describe()
    assert all(x.attacker != "coalition" for x in a.attacks), a.describe()


def test_a_weapon_owned_before_the_target_still_names_the_agent(analyze):
    a = analyze("هجوم بطائرات مسيرة تابعة لكتائب حزب الله على قاعدة حرير.", "ar")
    assert a.attack("harir").attacker == "kataib_hezbollah", a.describe()


def test_the_announcing_ministry_is_no_attacker_beside_a_named_one(analyze):
    a = analyze("وأعلنت وزارة الصحة اللبنانية أن غارة إسرائيلية استهدفت منزلا في بلدة ميفدون.", "ar")
    assert all(x.attacker != "lebanon_health" for x in a.attacks), a.describe()
    assert any(x.attacker == "israel" for x in a.attacks), a.describe()


def test_a_headline_participle_makes_the_group_named_before_it_the_victim(analyze):
    a = analyze("Two Kataib Hezbollah commanders killed in Erbil drone strike, group says", "en")
    assert all(x.attacker != "kataib_hezbollah" for x in a.attacks), a.describe()



def test_the_group_holding_the_place_struck_is_no_attacker(analyze):
    a = analyze("وسمع دوي انفجارات عنيفة فجر الأحد في مدينة الحديدة الخاضعة لسيطرة الحوثيين، جراء غارات "
                "جوية لمقاتلات أميركية بريطانية، تزامنا مع ضربات أخرى طالت مدينة ذمار.", "ar")
    assert all(x.attacker != "houthis" for x in a.attacks), a.describe()


def test_a_launch_point_is_not_the_attacker(analyze):
    # "من سوريا على ...": where the rockets came from; the speaker's fighters fired them.
    a = analyze("وأعلنت كتائب سيد الشهداء أن مقاتليها أطلقوا صواريخ من سوريا على قاعدة عين الأسد أمس.")
    assert a.attack("ain_al_asad").attacker == "kataib_sayyid_al_shuhada", a.describe()


def test_the_owner_of_the_target_is_not_the_attacker(analyze):
    # "حركة النجباء التابعة للحشد": the PMF owns the group struck; it struck no one.
    a = analyze("وقال مسؤول أمني إن الغارة استهدفت قياديا في حركة النجباء التابعة للحشد الشعبي في بغداد.")
    assert all(x.attacker != "pmf" for x in a.attacks), a.describe()

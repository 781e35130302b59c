"""The frequent kinds of the precision census on unseen pages (issue 12, branch
census_kinds): a state's vehicle or unit named by its adjective is the state struck; a
launch told as done keeps its attack though no target is named; one attack told twice
with a part left open is one event. Our own sentences; the positive tests fail on main."""
from __future__ import annotations

import pytest


@pytest.mark.parametrize("sentence, attacker", [
    ("أعلنت سرايا القدس استهداف دبابة إسرائيلية بقذيفة تاندوم شرق مدينة رفح.", "al_quds_brigades"),
    ("أعلنت سرايا القدس استهداف قوة صهيونية خاصة في مخيم جنين.", "al_quds_brigades"),
    # a plural verb carries its own subject: the vehicle after it is its object
    ("قالت كتائب القسام إن مقاتليها استهدفوا جرافة إسرائيلية في حي الشجاعية.", "qassam_brigades"),
    # a pronoun complementiser is the verb's subject, though a time word parts it from the speaker
    ("قالت كتائب القسام قبل ساعات، إنها استهدفت آلية إسرائيلية في حي الشجاعية.", "qassam_brigades"),
])
def test_a_states_vehicle_or_unit_is_the_state_struck(analyze, sentence, attacker):
    result = analyze(sentence, "ar")
    assert {(a.attacker, a.target) for a in result.attacks} == {(attacker, "israel")}, result.describe()


def test_a_soldier_stays_the_states_armed_forces(analyze):
    result = analyze("قال مسؤول إن جنديا عراقيا أصيب بجروح.", "ar")
    assert "iraq_military" in result.doc.entities, result.describe()


@pytest.mark.parametrize("sentence, kind", [
    ("The Houthis fired four anti-ship missiles on Monday, the US military said.", "MissileAttack"),
    ("The Houthis launched a drone at an oil tanker.", "DroneStrike"),
])
def test_a_launch_with_no_named_target_is_an_attack(analyze, sentence, kind):
    result = analyze(sentence, "en")
    assert [(a.attacker, a.target, a.kind) for a in result.attacks] == [("houthis", None, kind)], result.describe()


@pytest.mark.parametrize("sentence", [
    "Pyongyang fired a ballistic missile in a test on Friday.",
    "The Houthis have launched drones and missiles at least 20 times since March.",
])
def test_a_test_or_a_record_of_launches_is_no_attack(analyze, sentence):
    result = analyze(sentence, "en")
    assert not result.attacks, result.describe()


def test_an_open_launch_joins_the_one_attack_of_that_side(analyze):
    result = analyze("The Houthis struck the MV Ocean Star in the Red Sea on Tuesday. The Houthis fired "
                     "two anti-ship missiles, the US military said.", "en")
    assert [(a.attacker, a.target) for a in result.attacks] == [("houthis", "ocean_star")], result.describe()


def test_an_open_launch_beside_two_attacks_stays_apart(analyze):
    result = analyze("The Houthis struck the MV Ocean Star on Tuesday. The Houthis also struck the MV Delta "
                     "Pride on Tuesday. The Houthis fired two anti-ship missiles, the US military said.", "en")
    assert len(result.attacks) == 3, result.describe()


def test_definite_munitions_retell_the_attack_just_told(analyze):
    result = analyze("The Houthis struck the MV Ocean Star on Tuesday. The Houthis also struck the MV Delta "
                     "Pride on Tuesday. The Houthis fired the missiles from Hodeidah, the US military said.", "en")
    assert {a.target for a in result.attacks} == {"ocean_star", "delta_pride"}, result.describe()


def test_a_headline_on_a_region_is_the_leads_attack(analyze):
    result = analyze("Israeli strike on south Lebanon kills Hezbollah commander\n"
                     "An Israeli strike on the village of Aitaroun killed a Hezbollah commander on Tuesday, "
                     "security sources said.", "en")
    assert [(a.attacker, a.target) for a in result.attacks] == [("israel", "aitaroun")], result.describe()


def test_a_headline_dated_only_by_its_lead_joins_the_detailed_attack(analyze):
    # the headline and the first sentence tell the attack on a region; the next sentence
    # names the patrol struck: one attack, the patrol its target
    result = analyze("تنظيم داعش يهاجم قوات النظام في البادية السورية\n"
                     "شن تنظيم داعش هجوما على قوات النظام في البادية السورية يوم السبت. "
                     "واستهدف تنظيم داعش دورية عسكرية للفرقة 17 قرب بلدة السخنة.", "ar")
    assert len(result.attacks) == 1 and result.attacks[0].attacker == "isis", result.describe()
    assert result.attacks[0].target != "syrian_desert", result.describe()


@pytest.mark.parametrize("sentence", [
    "وقالت كتائب القسام إن مقاتليها قنصوا جنديا إسرائيليا شرق خان يونس أمس.",
    "وأعلنت كتائب القسام قنص جندي إسرائيلي في خان يونس أمس.",
])
def test_sniping_is_a_shooting_by_the_group(analyze, sentence):
    found = analyze(sentence).attacks
    assert [(a.attacker, a.kind) for a in found] == [("qassam_brigades", "Shooting")], found


def test_sniping_by_unnamed_gunmen_is_still_an_event(analyze):
    assert [a.kind for a in analyze("قنص مسلحون جنديا عراقيا قرب كركوك أمس.").events] == ["Shooting"]

"""Kinds of the recall census on unseen pages (issue 12, branch attcensus): a site told
first and struck by a verb carrying it back as a pronoun, the doer after the verb; the
feminine dual verb after two drones; an actor glued to ل after an attack noun owns the
attack. Our own sentences; the positive tests fail on main."""
from __future__ import annotations

import pytest


@pytest.mark.parametrize("sentence, attacker", [
    ("قال مسؤول إن قاعدة فيكتوريا في العراق التي تضم قوات أجنبية استهدفتها طائرة مسيرة صباح اليوم.", None),
    ("قال مسؤول عسكري إن قاعدة فيكتوريا استهدفتها الفصائل العراقية فجر اليوم.", "iraq_factions"),
])
def test_a_fronted_site_struck_by_a_verb_with_its_pronoun(analyze, sentence, attacker):
    result = analyze(sentence, "ar")
    assert [(a.attacker, a.target) for a in result.attacks] == [(attacker, "victory_base")], result.describe()


@pytest.mark.parametrize("sentence", [
    # no doer after the verb: the pronoun may be anyone's
    "قال مسؤول إن قاعدة فيكتوريا قصفها أمس.",
    # a weapon after بـ is the means: the topic is the doer, not what was struck
    "قال مسؤول إن إسرائيل استهدفتها بصواريخ.",
])
def test_a_fronted_topic_without_a_doer_after_the_verb_is_not_struck(analyze, sentence):
    result = analyze(sentence, "ar")
    assert not [a for a in result.attacks if a.target in ("victory_base", "israel")], result.describe()


def test_the_feminine_dual_verb_after_two_drones(analyze):
    result = analyze("قال مصدر أمني إن طائرتين مسيرتين هاجمتا قاعدة فيكتوريا في العراق مساء السبت.", "ar")
    assert [a.target for a in result.attacks] == ["victory_base"], result.describe()


@pytest.mark.parametrize("sentence, target", [
    ("أصيب ثمانية جنود سوريين في هجوم لتنظيم داعش في البادية.", "syria"),
    # a ل written apart before a quoted name, an adjective between
    ("أصيب ثمانية جنود سوريين في هجوم عنيف لـ «داعش» في البادية.", "syria"),
])
def test_an_actor_after_an_attack_noun_and_lam_owns_the_attack(analyze, sentence, target):
    result = analyze(sentence, "ar")
    assert [(a.attacker, a.target) for a in result.attacks] == [("isis", target)], result.describe()

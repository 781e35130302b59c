"""English attack kinds missed on press articles annotated before the system was run on
them (sixteenth round of issue 13): attacks told in a relative clause on a named group
(also past a relative aside with its own year), the deeds of a group a sanction lists,
names run together after "by" sharing its role, and a speaker who reports a strike. Every
sentence is our own; each fails without its change."""
from __future__ import annotations

import pytest


def _pairs(result):
    return {(a.attacker, a.target) for a in result.attacks}


@pytest.mark.parametrize("sentence, pair", [
    # the relative clause's antecedent did what the clause tells
    ("Israel struck Hezbollah, which responded with rocket attacks on northern Israel.",
     ("hezbollah", "israel")),
    # ... also when the relative is an aside with a year of its own and the main verb follows
    ("Nujaba, which was previously listed as a terrorist group in 2019, has continued to launch drone "
     "and rocket attacks on US bases in Syria.", ("nujaba", "usa")),
    # ... with the group's noun after its name, and what it was listed as inside the aside
    ("The Nujaba group, which was designated as a Foreign Terrorist Organization in 2019, has pressed on "
     "with rocket attacks on US bases in Syria.", ("nujaba", "usa")),
    # a sanction's sentence: the listed group's deeds in a relative clause are force
    ("The US sanctioned Kataib Sayyid al-Shuhada, which has carried out attacks on American troops in Iraq.",
     ("kataib_sayyid_al_shuhada", "usa")),
    ("The Treasury also designated Nujaba, another Iran-aligned militia that has "
     "orchestrated strikes on US forces in Iraq.", ("nujaba", "usa")),
])
def test_attack_in_a_relative_clause_on_a_group(analyze, sentence, pair):
    result = analyze(sentence, "en")
    assert pair in _pairs(result), result.describe()


def test_a_relative_clause_with_its_own_subject_keeps_it(analyze):
    # "X, which was attacked by Israel": the agent after "by", never the antecedent
    result = analyze("Nujaba, which was attacked by Israel last week, vowed revenge.", "en")
    assert ("israel", "nujaba") in _pairs(result), result.describe()
    assert all(a.attacker != "nujaba" for a in result.attacks), result.describe()


def test_a_sanction_is_still_no_attack(analyze):
    result = analyze("Washington targeted Kataib Hezbollah with new sanctions.", "en")
    assert not result.attacks, result.describe()


def test_names_run_together_after_by_are_no_subject(analyze):
    # "supported by the IRGC-Quds Force (IRGC-QF)": the unit after its parent and its acronym
    # share "by"
    result = analyze("Kataib Hezbollah operates from Iraq. This large group is armed and backed by Iran's "
                     "Islamic Revolutionary Guard Corps-Quds Force (IRGC-QF) and has carried out a "
                     "string of attacks against the United States in Syria.", "en")
    assert all(a.attacker not in ("quds_force", "irgc") for a in result.attacks), result.describe()


@pytest.mark.parametrize("sentence", [
    "In an early toll, Syria's interior ministry said the strike killed four people near Homs.",
    "Iraq's health ministry said the strike killed two men near Basra.",
])
def test_a_speaker_reporting_a_strike_is_no_attacker(analyze, sentence):
    result = analyze(sentence, "en")
    assert all(a.attacker is None for a in result.attacks), result.describe()


def test_eliminated_by_a_strike_is_a_killing(analyze):
    # "eliminated": the press's verb of a killing by a force (its target a person or group)
    result = analyze("The Israeli army said it eliminated Ali Karaki in southern Lebanon.", "en")
    assert ("idf", "ali_karaki") in _pairs(result), result.describe()


def test_eliminated_the_need_is_no_attack(analyze):
    result = analyze("The new system eliminated the need for manual checks in Israel.", "en")
    assert not result.attacks, result.describe()

"""English attack wordings of the tenth round of issue 13, found by probing unannotated
wire articles (read outside the repository). Every sentence is our own; each test was
checked to fail with its change disabled."""
from __future__ import annotations

import pytest


@pytest.mark.parametrize("sentence, attacker, target", [
    # the state's adjective before a two-word attack noun
    ("Ali Karaki was killed in an Israeli air strike on Friday.", "israel", "ali_karaki"),
    # ... or before a weapon that qualifies the noun too, the state written with dots
    ("Akram al-Kaabi was killed in a U.S. drone strike last night.", "usa", "kaabi"),
])
def test_state_adjective_before_a_compound_attack_noun(analyze, sentence, attacker, target):
    result = analyze(sentence, "en")
    assert any(a.attacker == attacker for a in result.attacks_on(target)), result.describe()


def test_a_border_named_by_its_states_is_no_target(analyze):
    # "at the Iraq-Syria border" says where the struck building stood
    result = analyze("Two US airstrikes destroyed a depot at the Iraq-Syria border.", "en")
    assert not result.attacks_on("iraq"), result.describe()
    assert ("usa", "opposes", "iraq") not in result.triples, result.describe()


@pytest.mark.parametrize("sentence, group, person", [
    # a participle describing the person succeeded or mourned is not the clause's verb
    ("Nujaba names Ali Karaki to succeed assassinated commander Akram al-Kaabi", "nujaba", "kaabi"),
    ("Badr mourned the killed commander Ali Karaki on Sunday.", "badr", "ali_karaki"),
])
def test_attributive_participle_gives_the_subject_no_attack(analyze, sentence, group, person):
    result = analyze(sentence, "en")
    assert not any(a.attacker == group for a in result.attacks_on(person)), result.describe()


def test_participle_after_its_subject_is_still_the_verb(analyze):
    result = analyze("Israel killed commander Ali Karaki in Tyre on Monday.", "en")
    assert any(a.attacker == "israel" for a in result.attacks_on("ali_karaki")), result.describe()

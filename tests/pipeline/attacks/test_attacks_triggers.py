"""Trigger rules (kg/pipeline/attacks/triggers.py, event_blocks.py), on sentences of our
own: a response word closed by a comma makes what follows the response itself."""
from __future__ import annotations

import pytest


@pytest.mark.parametrize("sentence, lang, attacker, target", [
    pytest.param("In response, Hezbollah fired a barrage of rockets at Kiryat Shmona.", "en",
                 "hezbollah", "kiryat_shmona", id="en-in-response-comma"),
    pytest.param("ردا على ذلك، قصف حزب الله مستوطنة المطلة.", "ar", "hezbollah", "metula",
                 id="ar-response-to-that-comma"),
    pytest.param("وردا على اغتيال القيادي، قصف حزب الله مستوطنة المطلة.", "ar", "hezbollah", "metula",
                 id="ar-response-to-a-killing-comma"),
])
def test_a_response_closed_by_a_comma_is_the_attack_itself(analyze, sentence, lang, attacker, target):
    a = analyze(sentence, lang)
    assert a.attack(target).attacker == attacker, a.describe()


def test_the_event_inside_the_response_phrase_is_not_told_as_this_one(analyze):
    # Without the comma, the killing is what the strike answers: not a second attack.
    a = analyze("قصف حزب الله مستوطنة المطلة ردا على اغتيال القيادي.", "ar")
    assert [x.target for x in a.attacks] == ["metula"], a.describe()


@pytest.mark.parametrize("sentence, target", [
    pytest.param("واستهدف هجوم بطائرات مسيرة قاعدة عين الأسد غربي العراق فجر اليوم.", "ain_al_asad",
                 id="drone-attack-noun-subject"),
    pytest.param("استهدف هجوم صاروخي قاعدة حرير في أربيل مساء الثلاثاء.", "harir", id="rocket-attack-noun-subject"),
])
def test_an_attack_noun_as_the_subject_of_a_targeting_verb_tells_one_attack(analyze, sentence, target):
    a = analyze(sentence, "ar")
    assert a.attack(target).attacker is None, a.describe()


def test_a_present_targeting_verb_with_an_attack_noun_tells_no_attack(analyze):
    a = analyze("ويستهدف هجوم كهذا قاعدة حرير عادة.", "ar")
    assert not a.attacks, a.describe()

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

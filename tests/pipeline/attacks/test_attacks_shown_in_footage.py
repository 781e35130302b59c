"""Attacks the ninth real round missed (issue 13): a doer shown in footage doing the deed,
and the target named by "the target was X" after a launch whose object named nothing. The
sentences are our own."""
from __future__ import annotations

import pytest


@pytest.mark.parametrize("sentence, attacker, target", [
    pytest.param("ظهر زعيم حركة النجباء أكرم الكعبي في فيديو يطلق طائرة مسيرة تجاه مدينة إيلات.",
                 "nujaba", "eilat", id="leader-verb-first"),
    pytest.param("يظهر مقاتلو حركة النجباء في مقطع وهم يطلقون صواريخ على قاعدة حرير.",
                 "nujaba", "harir", id="fighters-while"),
])
def test_a_doer_shown_in_footage_doing_the_deed_attacked(analyze, sentence, attacker, target):
    # "يظهر X في فيديو يطلق": the footage attests the deed, it is no topic
    assert [(a.attacker, a.target) for a in analyze(sentence).events] == [(attacker, target)]


def test_footage_of_an_attack_with_no_one_shown_stays_no_event(analyze):
    # "بثت القناة مشاهد للهجوم": the attack as the footage's topic, told elsewhere
    assert analyze("بثت القناة مشاهد للهجوم على قاعدة حرير.").events == []


def test_the_stated_target_names_what_a_launch_aimed_at(analyze):
    found = analyze("ظهر زعيم حركة النجباء أكرم الكعبي في فيديو يطلق طائرة مسيرة تجاه الأراضي "
                    "المحتلة، مشيرا إلى أن الهدف كان مدينة إيلات.").events
    assert [(a.attacker, a.target) for a in found] == [("nujaba", "eilat")]

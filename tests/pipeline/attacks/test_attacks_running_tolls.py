"""A present perfect with a span of time is a running toll or a habit, no one attack,
when it names no attacker (kg/pipeline/attacks/running_tolls.py). Every sentence is our own; each test was checked
to fail with the block disabled."""
from __future__ import annotations

import pytest

from kg.pipeline.attacks.running_tolls import running_cues, running_toll


@pytest.mark.parametrize("sentence", [
    # a habit told with the day it began, by a coalition the rules cannot name
    "A coalition of Western states has carried out repeated airstrikes since Feb. 3 on Houthi sites.",
    # a group's record, told in a relative clause
    "Kataib Hezbollah, which has taken part in the past in attacks on US forces in Iraq, denied it.",
    # the toll of months, told with nobody named as the attacker
    "More than 200 people have been killed in strikes on the south since November.",
    # the span heads the subject: the toll of weeks of fire, not one attack
    "Six weeks of border shelling have killed more than 90 people in the north, officials said.",
])
def test_a_perfect_with_a_span_and_no_attacker_is_no_attack(analyze, sentence):
    result = analyze(sentence, "en")
    assert not [a for a in result.attacks if a.target], result.describe()


def test_a_stated_series_with_its_attacker_stays(analyze):
    # the annotators count a series whose attacker and target are named (tests/gold/dev/README.md)
    result = analyze("Some 250 Hezbollah fighters have been killed by Israel since October.", "en")
    assert any(a.attacker == "israel" for a in result.attacks_on("hezbollah")), result.describe()


def test_the_perfect_alone_is_news(analyze):
    result = analyze("Israel has struck Hezbollah positions in south Lebanon on Monday.", "en")
    assert any(a.attacker == "israel" for a in result.attacks_on("hezbollah")), result.describe()


def test_the_span_must_follow_the_auxiliary():
    rc = running_cues("en")
    words = "since monday the army has shelled the town".split()
    assert not running_toll(words, 5, 6, rc)
    words = "the army has shelled the town since monday".split()
    assert running_toll(words, 3, 4, rc)


def test_a_language_without_the_lists_has_no_such_block():
    assert not running_toll(["قد", "قصف"], 1, 2, running_cues("ar"))


def test_a_span_heading_the_subject_counts_as_the_span():
    rc = running_cues("en")
    words = "six weeks of shelling have killed ninety people".split()
    assert running_toll(words, 5, 6, rc)
    words = "the shelling of the town has killed ninety people".split()
    assert not running_toll(words, 6, 7, rc)

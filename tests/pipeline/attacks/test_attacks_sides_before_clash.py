"""Two sides joined by "and" as the subject of a clash or an exchange of fire (ninth real
round, issue 13): each struck the other. The sentences are our own."""
from __future__ import annotations

import pytest


@pytest.mark.parametrize("sentence", [
    pytest.param("Hezbollah and Israel exchanged fire along the border on Monday.", id="exchanged-fire"),
    pytest.param("Hezbollah and Israel clashed near the border on Tuesday.", id="clashed"),
])
def test_sides_joined_before_a_clash_are_both_attacker_and_target(analyze, sentence):
    found = analyze(sentence, lang="en").events
    assert [a.mutual for a in found] == [True]
    assert {found[0].attacker, found[0].target} == {"hezbollah", "israel"}


def test_an_exchange_of_fire_warned_of_is_no_event(analyze):
    assert analyze("The minister warned of cross-border fire between Hezbollah and Israel.",
                   lang="en").events == []

"""English assaults told as noun phrases (en attacks.yaml): "the X onslaught on Y", "an
incursion into Y", "the bombardment of Y", "X's invasion of Y" (``of_objects``: the object
after "of" right after the noun). Sentences are our own."""
from __future__ import annotations

import pytest


@pytest.mark.parametrize("sentence, attacker, target", [
    pytest.param("The Israeli onslaught on Gaza entered its second month on Sunday.", "israel", "gaza", id="onslaught-on"),
    pytest.param("The Israeli incursion into Jenin lasted two days.", "israel", "jenin", id="incursion-into"),
    pytest.param("The Israeli bombardment of Rafah went on through the night.", "israel", "rafah", id="bombardment-of"),
    pytest.param("Israel's invasion of Lebanon began on Monday.", "israel", "lebanon", id="invasion-of"),
])
def test_an_assault_noun_strikes_its_object(analyze, sentence, attacker, target):
    a = analyze(sentence, "en")
    assert a.attack(target).attacker == attacker, a.describe()


@pytest.mark.parametrize("sentence", [
    pytest.param("The invasion of privacy by Lebanon's phone companies angered users.", id="privacy"),
    pytest.param("A ground invasion of Gaza would be costly, Israel warned.", id="threatened"),
])
def test_no_assault_told(analyze, sentence):
    a = analyze(sentence, "en")
    assert not a.events, a.describe()

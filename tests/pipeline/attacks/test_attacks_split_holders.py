"""English attacks around a role's holder named in the sentence after the role (ninth round
of issue 13): "P had taken over from another officer ... who was killed in a strike" strikes the
unnamed predecessor, not P; "P died in one of several raids" is one of the strikes
told before, by their attacker. Sentences of our own."""
from __future__ import annotations

from kg.keys import person_key

OPENING = ("A local commander with the Radwan unit was killed on Friday in an Israeli airstrike near "
           "Tyre, two officials said. Karim Hadi Mansour had taken over from another officer of that force "
           "who was killed last spring in an Israeli strike, the officials said.")


def test_relative_after_an_unnamed_phrase_is_not_the_name_before(analyze):
    result = analyze(OPENING, "en")
    assert not result.attacks_on(person_key("Karim Hadi Mansour")), result.describe()


def test_one_of_several_strikes_is_by_the_attacker_told_before(analyze):
    result = analyze(OPENING + " Mansour was killed in one of several raids on two hamlets by the border, "
                     "the officials said.", "en")
    hits = result.attacks_on(person_key("Karim Hadi Mansour"))
    assert hits and all(a.attacker == "israel" for a in hits), result.describe()

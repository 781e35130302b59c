"""An English bare claim that first tells the attack (kg/pipeline/attacks/adopted_attacks.py):
"GROUP claimed two drone attacks on X" with no attack told before is the attack, its
claimer the attacker; a state before the verb (where the claimer is) adopts nothing.
Sentences are our own."""
from __future__ import annotations

import pytest


@pytest.mark.parametrize("sentence, attacker, target", [
    pytest.param("Kataib Hezbollah claimed two drone attacks on Ain al-Asad overnight.", "kataib_hezbollah",
                 "ain_al_asad", id="claimed-attacks-on"),
    pytest.param("The Islamic Resistance in Iraq claimed a drone attack that targeted Erbil airport.",
                 "islamic_resistance_iraq", "erbil_airport", id="claimed-attack-that-targeted"),
])
def test_a_group_adopting_an_attack_did_it(analyze, sentence, attacker, target):
    a = analyze(sentence, "en")
    assert a.attack(target).attacker == attacker, a.describe()


def test_a_state_before_the_claim_is_no_claimer(analyze):
    a = analyze("A Shiite militia in Iraq claimed a drone attack on Eilat.", "en")
    assert all(x.attacker != "iraq" for x in a.attacks), a.describe()

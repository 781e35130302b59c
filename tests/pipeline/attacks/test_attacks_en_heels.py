"""Two attacks told in one English sentence joined by "came on the heels of" (issue 12),
on sentences of our own: a weapon's barrage is a launch, and "heels" ends the first
attack's clause (kg/lang/en/attacks.yaml)."""
from __future__ import annotations


def test_the_barrage_after_came_on_the_heels_of_is_its_own_attack(analyze):
    a = analyze("The drone strike on a car near Sidon came on the heels of a fresh Hezbollah "
                "rocket barrage on northern Israel.", "en")
    barrage = a.attack("israel")
    assert (barrage.attacker, barrage.weapons) == ("hezbollah", ["rocket"]), a.describe()
    # the group named after "heels" is the barrage's attacker, never the strike's target
    assert not a.attacks_on("hezbollah"), a.describe()


def test_a_rocket_barrage_as_subject_is_an_attack(analyze):
    a = analyze("A fierce Hezbollah rocket barrage on northern Israel injured four civilians on Sunday.", "en")
    assert a.attack("israel").attacker == "hezbollah", a.describe()


def test_a_barrage_without_a_weapon_is_no_attack(analyze):
    a = analyze("The minister faced a barrage of criticism from Hezbollah over the strike talks.", "en")
    assert not a.attacks, a.describe()

"""English attack phrasings of the seventh real round (kg/pipeline/attacks/attacker_victims.py,
triggers._counts_attacks, possessive_attackers.possessive_place). Every sentence is our own;
each test was checked to fail without the change it covers."""
from __future__ import annotations


def test_a_pronoun_subject_keeps_its_verb_active_before_a_place(analyze):
    # "it killed in PLACE OBJECT": the object shifted after the place is still the object
    result = analyze("The U.S. said Tuesday it killed in Yemen a senior commander with the "
                     "Houthi movement who had planned attacks on merchant ships.", "en")
    assert any(a.attacker == "usa" for a in result.attacks_on("houthis")), result.describe()


def test_a_headline_participle_still_names_the_victims(analyze):
    result = analyze("Three Hamas members killed in Gaza strike, the group said.", "en")
    assert not any(a.attacker == "hamas" for a in result.events), result.describe()


def test_counted_targets_across_states_are_one_strike_on_them(analyze):
    result = analyze("Washington hit more than 40 targets last week across Yemen and Somalia.", "en")
    assert any(a.attacker == "usa" for a in result.attacks_on("yemen")), result.describe()


def test_counted_attacks_stay_a_tally(analyze):
    result = analyze("The militia has attacked US troops more than 40 times since October.", "en")
    assert not result.events, result.describe()


def test_a_possessed_attack_with_a_bare_date_struck_where_it_happened(analyze):
    result = analyze("Israel struck a Hezbollah post in south Lebanon on Monday. About 200 Hezbollah "
                     "fighters have died in Israeli raids on the south since Hamas' deadly "
                     "attack Oct. 7 in southern Israel.", "en")
    assert any(a.attacker == "hamas" and a.place == "israel" for a in result.attacks_on("israel")), \
        result.describe()

"""A claim fills the very telling it is about (kg/pipeline/attacks/extractor.py ``_claim``,
``Tellings.tell/take/keep``): the attack just told, or the earlier telling it was merged
into, never another telling that happens to share its key. Sentences of our own."""
from __future__ import annotations


def test_a_claim_leaves_the_attack_a_retelling_merged_into(analyze):
    # The second sentence retells the first group's strike (merged into it); the claim
    # names another group, and must not replace the telling that names the first.
    a = analyze("Kataib Hezbollah rockets fell on the Ain al-Asad air base on Monday. "
                "Rockets fell on the Ain al-Asad air base and the US embassy in Baghdad on Monday. "
                "The Islamic Resistance in Iraq claimed the attack.", "en")
    assert any(x.attacker == "kataib_hezbollah" and x.target == "ain_al_asad" for x in a.doc.attacks), a.describe()


def test_a_claim_fills_the_first_telling_of_a_retold_attack(analyze):
    # Told twice without an attacker, then claimed: one attack, still evidenced by its
    # first telling (the retelling's sentence is where it was told again).
    a = analyze("Rockets fell on the Ain al-Asad air base on Monday. "
                "Rockets fell on the Ain al-Asad air base on Monday. "
                "The Islamic Resistance in Iraq claimed the attack.", "en")
    claimed = [x for x in a.doc.attacks if x.target == "ain_al_asad"]
    assert len(claimed) == 1 and claimed[0].attacker == "islamic_resistance_iraq", a.describe()
    assert claimed[0].evidence.sentence == 0 and 1 in claimed[0].told_in, a.describe()


def test_a_claim_still_names_the_attacker_of_an_untold_strike(analyze):
    a = analyze("Rockets hit the US embassy in Baghdad on Monday. "
                "The Islamic Resistance in Iraq claimed the attack.", "en")
    assert [(x.attacker, x.target) for x in a.doc.attacks] == [("islamic_resistance_iraq", "us_embassy_baghdad")], \
        a.describe()

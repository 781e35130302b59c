"""A group's claimed attacks in a relative clause, one of them named after "including"
(issue 13, left kinds): that attack is the group's; the tally is no attack. Our own
sentences; the first fails on main 6bd6f5a."""
from __future__ import annotations


def test_the_included_attack_is_the_claimers(analyze):
    result = analyze("Kataib Hezbollah, which has claimed dozens of attacks, including the one that killed "
                     "three US soldiers in Jordan, denied the report.", "en")
    attack = result.attack("usa")
    assert attack.attacker == "kataib_hezbollah", result.describe()


def test_a_tally_alone_makes_no_attack(analyze):
    result = analyze("The Houthis, who have claimed dozens of attacks, said they would continue.", "en")
    assert not result.attacks, result.describe()


def test_no_claimer_without_the_claim_clause(analyze):
    result = analyze("Kataib Hezbollah, which has fighters in Syria, denied the attack that killed "
                     "three US soldiers in Jordan.", "en")
    assert all(a.attacker != "kataib_hezbollah" or a.rule != "en.attack.including_claim"
               for a in result.attacks), result.describe()

"""An English claim of responsibility tells its attack as having happened, with or
without a stated day (kg/lang/en/events.yaml, occurrence). Sentences are our own."""
from __future__ import annotations


def test_claim_of_responsibility_without_a_day_is_an_attack(analyze):
    result = analyze("Kataib Sayyid al-Shuhada claimed responsibility for a rocket attack on an American "
                     "outpost near Deir ez-Zor.", "en")
    attackers = {a.attacker for a in result.attacks}
    assert "kataib_sayyid_al_shuhada" in attackers, result.describe()


def test_denied_responsibility_is_no_attack_by_the_denier(analyze):
    result = analyze("Kataib Sayyid al-Shuhada denied responsibility for a drone attack on a US base.", "en")
    assert "kataib_sayyid_al_shuhada" not in {a.attacker for a in result.attacks}, result.describe()


def test_claim_in_a_relative_clause_on_the_attack_names_its_attacker(analyze):
    # "..., which X (later) claimed": the relative clause's subject claims the attack
    result = analyze("Two soldiers were wounded in a drone attack on the outpost, which Kataib Sayyid "
                     "al-Shuhada later claimed.", "en")
    assert "kataib_sayyid_al_shuhada" in {a.attacker for a in result.attacks}, result.describe()


def test_a_relative_clause_without_a_claim_names_no_attacker(analyze):
    result = analyze("Two soldiers were wounded in a drone attack on the outpost, which Kataib Sayyid "
                     "al-Shuhada later visited.", "en")
    assert "kataib_sayyid_al_shuhada" not in {a.attacker for a in result.attacks}, result.describe()


def test_claim_in_a_relative_clause_after_the_verbs_clause_names_its_attacker(analyze):
    # the attack read by its verb ("hit"), the claim after the comma that ends its clause
    # (round i13e15)
    result = analyze("A rocket attack hit the US outpost on Monday, which Kataib Sayyid al-Shuhada "
                     "later claimed.", "en")
    assert "kataib_sayyid_al_shuhada" in {a.attacker for a in result.attacks}, result.describe()


def test_a_relative_clause_after_the_verbs_clause_without_a_claim_names_no_attacker(analyze):
    result = analyze("A rocket attack hit the US outpost on Monday, which Kataib Sayyid al-Shuhada "
                     "later condemned.", "en")
    assert "kataib_sayyid_al_shuhada" not in {a.attacker for a in result.attacks}, result.describe()


def test_a_claim_of_the_attack_responded_to_is_not_this_ones(analyze):
    result = analyze("US jets struck a depot in Iraq on Friday in response to a drone attack, which "
                     "Kataib Sayyid al-Shuhada claimed.", "en")
    assert all(a.attacker != "kataib_sayyid_al_shuhada" or a.target != "iraq" for a in result.attacks), \
        result.describe()

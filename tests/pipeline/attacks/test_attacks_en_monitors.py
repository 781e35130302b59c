"""Shipping-attack reports told by maritime monitors (issue 13, round i13k): who tells, who
ran the weapon and where a ship was going are none of them what was struck; and a state that
"also condemned" attacks judges them, it did not carry them out. Our own sentences."""
from __future__ import annotations


def test_the_owner_phrase_ends_at_the_comma_before_the_tellers(analyze):
    a = analyze("Jets struck depots operated by Kataib Hezbollah, two Iraqi security officials said.")
    assert a.attacks_on("kataib_hezbollah"), a.describe()
    assert not a.attacks_on("iraq"), a.describe()


def test_who_ran_the_weapon_is_not_what_it_struck(analyze):
    a = analyze("A bulk carrier was hit after being attacked by a drone believed to have been "
                "operated by the Houthis.")
    assert not a.attacks_on("houthis"), a.describe()


def test_sites_operated_by_a_group_are_still_its_own(analyze):
    # the owner of the sites struck stays their target when no weapon runs the phrase
    a = analyze("US jets struck depots operated by Kataib Hezbollah near Qaim.")
    assert a.attacks_on("kataib_hezbollah"), a.describe()


def test_a_verb_of_disclosing_opens_the_passive_clause(analyze):
    a = analyze("The security firm Ambrey disclosed that the ship was hit by two missiles "
                "in the Gulf of Aden.")
    assert not a.attacks_on("ambrey"), a.describe()


def test_where_a_ship_was_heading_is_not_what_was_struck(analyze):
    a = analyze("The firm said the freighter, apparently heading toward Egypt, was struck by "
                "a missile near Mokha.")
    assert not a.attacks_on("egypt"), a.describe()


def test_a_missile_heading_toward_a_city_still_names_its_target(analyze):
    # only a ship's noun makes "heading toward X" a destination
    a = analyze("Hezbollah fired a rocket heading toward Haifa on Tuesday.")
    assert a.attacks_on("haifa") or a.attacks_on("israel"), a.describe()


def test_a_state_that_also_condemned_the_attacks_did_not_carry_them_out(analyze):
    a = analyze("The Jordanian government also condemned attacks on US forces in Syria.")
    assert all(x.attacker not in ("jordan", "jordan_government") for x in a.attacks), a.describe()


def test_a_monitor_told_of_the_attack_did_not_carry_it_out(analyze):
    a = analyze("UKMTO said it was notified by the captain of a tanker about a drone hitting "
                "the vessel in the Red Sea.")
    assert all(x.attacker != "ukmto" for x in a.attacks), a.describe()


def test_a_group_that_said_it_launched_the_drone_is_still_its_attacker(analyze):
    a = analyze("The Houthis said they launched a drone at a tanker in the Red Sea.")
    assert any(x.attacker == "houthis" for x in a.attacks), a.describe()


def test_a_ship_identified_in_the_next_sentence_is_what_was_struck_at_sea(analyze):
    a = analyze("The Houthis claimed responsibility for a drone strike on a tanker in the Gulf of Aden "
                "on Sunday. Their spokesman identified the ship as the Blue Heron.")
    ship = a.attack(a.mention("Blue Heron").entity)
    assert ship.attacker == "houthis" and ship.place == "gulf_of_aden", a.describe()
    assert not a.attacks_on("gulf_of_aden"), a.describe()


def test_an_adjective_after_as_names_no_ship(analyze):
    a = analyze("The Houthis claimed a drone strike on a tanker in the Gulf of Aden on Sunday. "
                "Their spokesman described the ship as American.")
    assert not [m for m in a.mentions() if m.cls == "Vessel"], a.describe()

"""English attack wordings found by probing unannotated wire articles of 2023-2024 (read
outside the repository, issue 12). Every sentence is our own; each test was checked to
fail with its change disabled."""
from __future__ import annotations

import pytest


@pytest.mark.parametrize("sentence, state, target", [
    # the maker of the weapon did not launch it
    ("On Sunday, a long-range Iranian-made drone fired from Yemen hit the port of Eilat.", "iran", "eilat"),
    # the backer of the group did not fire
    ("On Sunday, a missile fired by the Iranian-backed group hit the port of Eilat.", "iran", "eilat"),
])
def test_a_maker_or_backer_adjective_is_no_attacker(analyze, sentence, state, target):
    result = analyze(sentence, "en")
    assert not any(a.attacker == state for a in result.attacks), result.describe()


def test_a_state_adjective_on_the_weapon_still_names_the_attacker(analyze):
    result = analyze("On Sunday, an Iranian drone hit the port of Eilat.", "en")
    assert any(a.attacker == "iran" for a in result.attacks), result.describe()


@pytest.mark.parametrize("sentence", [
    # a person's part in attacks describes him
    "A US strike in Baghdad killed Ali Karaki on Tuesday, a commander who was involved in attacks on US troops.",
    "A US strike in Baghdad killed Ali Karaki on Tuesday, a commander participating in attacks on US troops.",
])
def test_a_part_in_attacks_is_no_attack_on_its_target(analyze, sentence):
    result = analyze(sentence, "en")
    assert not any(a.target == "usa" for a in result.attacks), result.describe()


def test_a_claim_for_part_of_a_tally_fills_no_attacker(analyze):
    text = ("Ali Karaki was assassinated in Baghdad on Tuesday. "
            "Nujaba claimed responsibility for most of the attacks.")
    result = analyze(text, "en")
    assert not any(a.attacker == "nujaba" for a in result.attacks_on("ali_karaki")), result.describe()



@pytest.mark.parametrize("sentence, place", [
    # the coast says where the ship was
    ("Two missiles were fired at a tanker off the coast of Yemen on Friday.", "yemen"),
    # ... and so does a distance in a direction from a town
    ("A tanker was targeted 50 nautical miles west of Hodeidah on Friday.", "hodeidah"),
])
def test_where_a_ship_was_is_no_target(analyze, sentence, place):
    result = analyze(sentence, "en")
    assert not result.attacks_on(place), result.describe()


def test_a_dateline_dates_the_story_not_the_attack(analyze):
    import datetime as dt
    text = ("BEIRUT, March 5 (Reuters) - An Israeli strike on a car near Tyre late Monday killed "
            "a Hezbollah commander, security sources said.")
    result = analyze(text, "en", date=dt.date(2024, 3, 5))
    dates = {a.date for a in result.attacks if a.attacker == "israel"}
    assert dates == {dt.date(2024, 3, 4)}, result.describe()


def test_the_owner_after_owned_by_is_no_agent(analyze):
    text = ("On Monday, Houthi missiles struck the MV Silver Crane, a bulk carrier owned by a "
            "London-based firm, in the Red Sea.")
    result = analyze(text, "en")
    assert not any(a.attacker == "uk" for a in result.attacks), result.describe()


def test_its_fighters_are_the_named_group_not_the_collective_describing_it(analyze):
    text = ("The Islamic Resistance in Iraq, an umbrella body for Iranian-backed Iraqi militias, said "
            "on Tuesday that its fighters had launched drones at a US base in Syria.")
    result = analyze(text, "en")
    attackers = {a.attacker for a in result.attacks_on("usa")}
    assert attackers == {"islamic_resistance_iraq"}, result.describe()


def test_the_road_to_a_city_is_no_target(analyze):
    text = "Hezbollah said its fighter was killed on the road to Jerusalem by an Israeli drone on Monday."
    result = analyze(text, "en")
    assert not result.attacks_on("jerusalem"), result.describe()


def test_the_progressive_is_active(analyze):
    text = "The Israeli military said on Sunday it was targeting Hamas militants in a school compound."
    result = analyze(text, "en")
    assert any(a.attacker for a in result.attacks_on("hamas")), result.describe()


def test_a_possessive_day_dates_its_own_strike_only(analyze):
    import datetime as dt
    text = "Tuesday's strike on the port came days after Israeli jets struck the port of Hodeidah."
    result = analyze(text, "en", date=dt.date(2024, 3, 6))
    by_israel = [a for a in result.attacks if a.attacker == "israel"]
    assert by_israel and all(a.date != dt.date(2024, 3, 5) for a in by_israel), result.describe()


def test_a_possessive_day_still_dates_its_strike(analyze):
    import datetime as dt
    result = analyze("Tuesday's Israeli strike on Hodeidah killed three people.", "en", date=dt.date(2024, 3, 6))
    assert {a.date for a in result.attacks if a.attacker == "israel"} == {dt.date(2024, 3, 5)}, result.describe()


def test_a_state_after_in_is_where_not_who(analyze):
    result = analyze("On Sunday, a drone attack in Jordan killed two US soldiers.", "en")
    assert result.attacks and not any(a.attacker == "jordan" for a in result.attacks), result.describe()


def test_previous_attacks_blamed_on_a_group_are_no_attack_on_it(analyze):
    result = analyze("US officials blame previous attacks on Kataib Hezbollah.", "en")
    assert not result.attacks_on("kataib_hezbollah"), result.describe()


def test_people_killed_in_a_strike_underwent_it(analyze):
    text = ("Senior Hamas official Ali Karaki was among five people killed on Monday night in an Israeli "
            "drone strike on the southern suburbs of Tyre.")
    result = analyze(text, "en")
    assert not any(a.attacker == "hamas" for a in result.attacks), result.describe()


def test_the_speaker_s_own_aircraft_make_it_the_attacker(analyze):
    text = "The Israeli military said its aircraft struck Hezbollah sites near Tyre on Tuesday."
    result = analyze(text, "en")
    assert any(a.attacker for a in result.attacks_on("hezbollah")), result.describe()

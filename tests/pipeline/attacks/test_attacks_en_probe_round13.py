"""English attack wordings left by the last probe round of unannotated wire articles
(issue 12). Every sentence is our own; each test was checked to fail with its change
disabled."""
from __future__ import annotations

import pytest


@pytest.mark.parametrize("sentence, destination", [
    # the port a ship was sailing to, and the state of that port
    ("The Houthis fired a missile at the MV Sea Lion, a Malta-flagged bulk carrier bound for "
     "the port of Jeddah in Saudi Arabia, on Monday.", "saudi_arabia"),
    ("A drone hit a tanker en route to India on Monday.", "india"),
])
def test_a_ships_destination_is_neither_target_nor_place(analyze, sentence, destination):
    result = analyze(sentence, "en")
    assert not any(destination in (a.target, a.place) for a in result.attacks), result.describe()


def test_a_place_before_the_destination_phrase_is_still_where(analyze):
    result = analyze("The Houthis fired a missile at the MV Sea Lion in the Red Sea, a tanker bound "
                     "for India, on Monday.", "en")
    assert {(a.target, a.place) for a in result.attacks} == {("sea_lion", "red_sea")}, result.describe()


@pytest.mark.parametrize("sentence", [
    "The Israeli military said the air force struck Hezbollah positions near Tyre on Sunday.",
    "The Israeli military said that its air force had struck Hezbollah positions near Tyre on Sunday.",
])
def test_the_air_force_is_the_speakers_own(analyze, sentence):
    result = analyze(sentence, "en")
    assert {(a.attacker, a.target) for a in result.attacks} == {("idf", "hezbollah")}, result.describe()


def test_a_states_air_force_is_that_states(analyze):
    result = analyze("The Israeli military said the Iraqi air force struck Hezbollah positions near Tyre "
                     "on Sunday.", "en")
    assert not any(a.attacker == "idf" for a in result.attacks), result.describe()


@pytest.mark.parametrize("sentence", [
    "The Pentagon told CNN that US troops came under a drone attack at the Tanf garrison on Friday.",
    "US forces came under heavy rocket fire near the Tanf garrison on Friday.",
])
def test_forces_that_came_under_an_attack_did_not_make_it(analyze, sentence):
    result = analyze(sentence, "en")
    assert result.attacks and not any(a.attacker == "usa" for a in result.attacks), result.describe()


@pytest.mark.parametrize("sentence, named", [
    ("The Syrian government held Israel responsible for the raid, calling it a \"grave breach\" and "
     "\"an attack on Syria.\"", "syria"),
    ("The ministry condemned the bombing on Sunday, describing it as an attack on Lebanon.", "lebanon"),
])
def test_what_a_deed_is_called_is_no_new_attack(analyze, sentence, named):
    result = analyze(sentence, "en")
    assert not result.attacks_on(named), result.describe()


def test_a_deed_told_before_its_characterisation_stays(analyze):
    result = analyze("A US drone strike killed a militia commander in Baghdad on Thursday, and the "
                     "government condemned it, calling it an attack on Iraq.", "en")
    assert [a.attacker for a in result.attacks] == ["usa"], result.describe()


@pytest.mark.parametrize("sentence", [
    "The Pentagon told CBS that, on May 3, nine American soldiers suffered light wounds during a "
    "rocket attack at the Tanf garrison.",
    "CENTCOM told CBS that nine US troops sustained minor injuries in a drone attack at the Tanf garrison.",
])
def test_forces_that_suffered_injuries_in_an_attack_did_not_make_it(analyze, sentence):
    result = analyze(sentence, "en")
    assert result.attacks and not any(a.attacker == "usa" for a in result.attacks), result.describe()


@pytest.mark.parametrize("sentence, outlet_state", [
    ("According to reports in the US media, Hamas chose Ali Karaki as its new chief after Fuad Shukr "
     "was assassinated in Beirut last week in an attack attributed to Israel.", "usa"),
    ("According to reports in the Saudi press, Fuad Shukr was assassinated in Beirut last week in an "
     "attack attributed to Israel.", "saudi_arabia"),
])
def test_the_state_of_a_news_outlet_is_not_the_place(analyze, sentence, outlet_state):
    result = analyze(sentence, "en")
    assert result.attacks and all(a.place == "beirut" and a.target != outlet_state
                                  for a in result.attacks), result.describe()


def test_the_state_an_attack_is_attributed_to_is_not_its_place(analyze):
    result = analyze("Ali Karaki was assassinated in an attack attributed to Israel.", "en")
    assert result.attacks and not any(a.place == "israel" for a in result.attacks), result.describe()


def test_the_state_an_attack_is_attributed_to_is_its_agent_not_its_target(analyze):
    result = analyze("Ali Karaki was assassinated in an attack attributed to Israel.", "en")
    assert {(a.attacker, a.target) for a in result.attacks} == {("israel", "ali_karaki")}, result.describe()

"""English attack events (kg/pipeline/attacks.py with kg/lang/en/attacks.yaml), on
wire-style sentences of our own.  Documents are published on Wednesday 2024-01-31."""
from __future__ import annotations

import datetime as dt

import pytest

from kg.model import ASSERTED, REPORTED
from kg.keys import mint_key

TUESDAY = dt.date(2024, 1, 30)


@pytest.mark.parametrize("sentence, attacker, target, rule", [
    pytest.param("Kataib Hezbollah attacked Tower 22 in Jordan with a drone on Sunday.",
                 "kataib_hezbollah", "tower_22", "en.attack.subject", id="svo-attacked"),
    pytest.param("Houthi rebels fired a ballistic missile at Eilat yesterday.",
                 "houthis", "eilat", "en.attack.subject", id="svo-fired-at"),
    pytest.param("The United States carried out airstrikes on Kataib Hezbollah in al-Qaim on Friday.",
                 "usa", "kataib_hezbollah", "en.attack.subject", id="carried-out-airstrikes-on"),
    pytest.param("Harir Air Base was attacked by Harakat al-Nujaba late Wednesday.",
                 "nujaba", "harir", "en.attack.agent", id="passive-attacked-by"),
    pytest.param("Ain al-Asad came under attack by Kataib Hezbollah late Wednesday.",
                 "kataib_hezbollah", "ain_al_asad", "en.attack.agent", id="came-under-attack-by"),
    pytest.param("Ain al-Asad air base was attacked by Iran-backed militias on Tuesday.",
                 "iran_backed_armed_groups", "ain_al_asad", "en.attack.agent", id="passive-collective-agent"),
    pytest.param("A drone attack launched by Kataib Hezbollah hit Harir Air Base.",
                 "kataib_hezbollah", "harir", "en.attack.agent", id="launched-by"),
    pytest.param("An attack carried out by Harakat al-Nujaba hit Tower 22.",
                 "nujaba", "tower_22", "en.attack.agent", id="carried-out-by"),
    pytest.param("A US drone strike killed a Kataib Hezbollah commander in Baghdad on Wednesday.",
                 "usa", "kataib_hezbollah", "en.attack.state_adjective", id="state-adjective-drone-strike"),
    pytest.param("IS militants ambushed a truck of Syrian army troops outside Palmyra on Thursday.",
                 "isis", "syrian_army", "en.attack.subject", id="ambushed-object"),
    pytest.param("A drone launched by Yemen's Houthis hit the tanker Marlin Luanda overnight.",
                 "houthis", mint_key("Marlin Luanda"), "en.attack.agent", id="agent-group-qualified-by-state"),
    pytest.param("On Jan. 27, IS gunmen ambushed Syrian army troops east of Palmyra.",
                 "isis", "syrian_army", "en.attack.subject", id="day-of-a-date-is-no-tally"),
    pytest.param("Tehran condemned the US strikes on Kataib Hezbollah in Iraq.",
                 "usa", "kataib_hezbollah", "en.attack.state_adjective", id="state-name-before-strikes-is-the-attacker"),
])
def test_attacks_en_attacker_and_target(analyze, sentence, attacker, target, rule):
    result = analyze(sentence, "en")
    attack = result.attack(target)
    assert attack.attacker == attacker, result.describe()
    assert attack.rule == rule, result.describe()
    assert attack.polarity == ASSERTED


def test_attacks_en_claim_in_a_later_sentence(analyze):
    result = analyze("A drone struck Tower 22 on Sunday. The Islamic Resistance in Iraq claimed the attack.", "en")
    attack = result.attack("tower_22")
    assert attack.attacker == "islamic_resistance_iraq", result.describe()
    assert attack.rule == "en.attack.claimed"
    assert attack.date == dt.date(2024, 1, 28)
    assert attack.kind == "DroneStrike"


def test_attacks_en_unclaimed_attack_stays_unattributed(analyze):
    result = analyze("A drone struck Tower 22 on Sunday. Three soldiers were killed.", "en")
    assert result.attack("tower_22").attacker is None, result.describe()


def test_attacks_en_reported_attack_carries_the_speaker(analyze):
    result = analyze("The Houthis attacked the bulk carrier True Confidence in the Gulf of Aden, "
                     "the U.S. military said.", "en")
    attack = result.attack(mint_key("True Confidence"))
    assert attack.attacker == "houthis"
    assert attack.place == "gulf_of_aden"
    assert attack.polarity == REPORTED and attack.evidence.said_by == "us_military", result.describe()


def test_attacks_en_one_event_per_distinct_target(analyze):
    result = analyze("The Islamic Resistance in Iraq attacked Ain al-Asad, Harir and al-Tanf with drones.", "en")
    assert sorted(a.target for a in result.attacks) == sorted(["ain_al_asad", "harir", "al_tanf"]), \
        result.describe()
    assert {a.kind for a in result.attacks} == {"DroneStrike"}


def test_attacks_en_two_targets_joined_by_and(analyze):
    result = analyze("The Houthis launched drones at Eilat and Haifa on January 28, 2024.", "en")
    assert {a.target for a in result.attacks} == {"eilat", "haifa"}, result.describe()
    assert {a.date for a in result.attacks} == {dt.date(2024, 1, 28)}


@pytest.mark.parametrize("sentence, target, place", [
    # (a base struck is itself the place: test_attacks_document, site_as_place)
    pytest.param("Kataib Hezbollah attacked US troops in Jordan with a drone on Sunday.",
                 "usa", "jordan", id="troops-in-state"),
    pytest.param("Hamas fired mortar shells at Israeli forces near Khan Younis.",
                 "israel", "khan_younis", id="forces-near-town"),
    pytest.param("The Houthis fired an anti-ship ballistic missile at the tanker Marlin Luanda "
                 "in the Gulf of Aden late Friday.", mint_key("Marlin Luanda"), "gulf_of_aden", id="ship-in-gulf"),
    pytest.param("Islamic State militants attacked Iraqi forces in Kirkuk with an IED.",
                 "iraq", "kirkuk", id="forces-in-city"),
])
def test_attacks_en_place_after_the_target(analyze, sentence, target, place):
    result = analyze(sentence, "en")
    assert result.attack(target).place == place, result.describe()
    assert not result.attacks_on(place), result.describe()


def test_attacks_en_attack_on_an_actor_states_opposition(analyze):
    result = analyze("Islamic State militants attacked Iraqi forces in Kirkuk with an IED.", "en")
    assert ("isis", "opposes", "iraq") in result.triples, result.describe()


# --- dates -------------------------------------------------------------------------------

@pytest.mark.parametrize("when, expected", [
    pytest.param("on Tuesday", TUESDAY, id="on-tuesday"),
    pytest.param("late Wednesday", dt.date(2024, 1, 31), id="late-weekday-of-publication"),
    pytest.param("on Thursday", dt.date(2024, 1, 25), id="weekday-last-week"),
    pytest.param("yesterday", TUESDAY, id="yesterday"),
    pytest.param("last night", TUESDAY, id="last-night"),
    pytest.param("overnight", TUESDAY, id="overnight"),
    pytest.param("on January 28, 2024", dt.date(2024, 1, 28), id="month-day-year"),
    pytest.param("on 15 January", dt.date(2024, 1, 15), id="day-month"),
    pytest.param("on December 3", dt.date(2023, 12, 3), id="no-year-goes-back"),
    pytest.param("on 2024-01-20", dt.date(2024, 1, 20), id="iso"),
])
def test_attacks_en_date(analyze, when, expected):
    result = analyze(f"Kataib Hezbollah attacked Ain al-Asad {when}.", "en")
    assert result.attack("ain_al_asad").date == expected, result.describe()


def test_attacks_en_reference_date_is_not_the_event_date(analyze):
    result = analyze("Kataib Hezbollah attacked Ain al-Asad, the first attack since October 7.", "en")
    assert result.attack("ain_al_asad").date is None, result.describe()


# --- weapons and the Attack subclass -----------------------------------------------------

@pytest.mark.parametrize("sentence, target, weapon, kind", [
    pytest.param("Harakat al-Nujaba launched drones at Ain al-Asad.", "ain_al_asad", "drone", "DroneStrike",
                 id="drones"),
    pytest.param("Houthi rebels fired a ballistic missile at Eilat.", "eilat", "ballistic_missile",
                 "MissileAttack", id="ballistic"),
    pytest.param("The Houthis fired an anti-ship ballistic missile at the tanker Marlin Luanda.",
                 mint_key("Marlin Luanda"), "anti_ship_missile", "MissileAttack", id="anti-ship"),
    pytest.param("Hezbollah fired rockets at Haifa.", "haifa", "rocket", "RocketAttack", id="rockets"),
    pytest.param("Hamas fired mortar shells at Israeli forces near Khan Younis.", "israel", "mortar",
                 "Shelling", id="mortars"),
    pytest.param("Islamic State militants attacked Iraqi forces in Kirkuk with an IED.", "iraq", "ied",
                 "Bombing", id="ied"),
])
def test_attacks_en_weapon_and_kind(analyze, sentence, target, weapon, kind):
    result = analyze(sentence, "en")
    attack = result.attack(target)
    assert weapon in attack.weapons, result.describe()
    assert attack.kind == kind, result.describe()


def test_attacks_en_airstrike_noun_gives_airstrike(analyze):
    result = analyze("The United States carried out airstrikes on Kataib Hezbollah in al-Qaim.", "en")
    assert result.attack("kataib_hezbollah").kind == "Airstrike", result.describe()


def test_attacks_en_fired_without_weapon_is_no_attack(analyze):
    result = analyze("Kataib Hezbollah fired its spokesman on Tuesday.", "en")
    assert not result.attacks, result.describe()


# --- what makes no new event -------------------------------------------------------------

@pytest.mark.parametrize("sentence", [
    pytest.param("The Houthis vowed to strike Israeli ships in the Red Sea.", id="vowed"),
    pytest.param("The Houthis threatened to attack US warships in the Red Sea.", id="threatened"),
    pytest.param("Iran would strike Israel if attacked, officials warned.", id="would"),
    pytest.param("If Israel attacks Lebanon, Hezbollah would respond.", id="if"),
    pytest.param("Kataib Hezbollah said it would suspend attacks on US forces.", id="suspend"),
    pytest.param("Kataib Hezbollah has carried out more than 100 attacks on US forces since October.",
                 id="count-more-than"),
    pytest.param("Dozens of attacks on US forces have been recorded since October.", id="count-dozens"),
    pytest.param("Kataib Hezbollah denied carrying out the attack on Tower 22.", id="denied"),
    pytest.param("Iran denied that its forces attacked Ain al-Asad.", id="denied-that"),
    pytest.param("Officials said the cell was planning attacks on Harir Air Base.", id="planning"),
])
def test_attacks_en_no_event(analyze, sentence):
    result = analyze(sentence, "en")
    assert not [a for a in result.attacks if a.polarity == ASSERTED], result.describe()


def test_attacks_en_demonstrative_refers_back(analyze):
    result = analyze("Kataib Hezbollah attacked Tower 22. These strikes on Tower 22 killed three soldiers.", "en")
    assert len(result.attacks) == 1, result.describe()
    assert result.attacks[0].evidence.sentence == 0


def test_attacks_en_threat_counterpart_is_an_event(analyze):
    result = analyze("The Houthis attacked US warships in the Red Sea.", "en")
    assert result.attack("usa").attacker == "houthis", result.describe()


def test_attacks_en_used_by_names_the_owner_not_the_agent(analyze):
    # "sites used by X": X owns what was struck; the subject struck it.
    result = analyze("US forces struck two warehouses used by the Iran-backed Houthis in Yemen on Tuesday.", "en")
    assert [(a.attacker, a.target) for a in result.attacks] == [("usa", "houthis")], result.describe()


def test_whose_attack_is_the_attack_of_the_noun_before_the_relative(analyze):
    a = analyze("Tehran backs Hamas, whose attack on Israel in October killed hundreds of people.")
    assert a.attack("israel").attacker == "hamas", a.describe()


def test_a_stance_prefix_names_no_target(analyze):
    a = analyze("US jets struck pro-Iran militias in eastern Syria overnight.")
    assert a.attacks and not a.attacks_on("iran"), a.describe()


def test_the_border_into_a_state_is_where_not_what(analyze):
    a = analyze("In March, two US soldiers were killed in a rocket attack in Jordan, just over the "
                "border into Syria, blamed on Kataib Hezbollah.")
    assert not a.attacks_on("syria"), a.describe()
    # "blamed on X" names who did it, not what was struck.
    assert not a.attacks_on("kataib_hezbollah"), a.describe()
    assert a.attack("usa").attacker == "kataib_hezbollah"


def test_a_history_of_attacks_is_no_attack(analyze):
    a = analyze("Kataib Hezbollah has a history of targeting US troops in Iraq.", "en")
    assert not a.attacks, a.describe()


@pytest.mark.parametrize("sentence", [
    pytest.param("The Houthis fired two missiles on Thursday, striking the bulk carrier MV Grey Heron.",
                 id="striking"),
    pytest.param("The Houthis launched a drone on Thursday, hitting the bulk carrier MV Grey Heron.",
                 id="hitting"),
])
def test_a_participle_of_hitting_after_the_launch_names_what_was_struck(analyze, sentence):
    a = analyze(sentence)
    assert a.attack(mint_key("Grey Heron")).attacker == "houthis", a.describe()


@pytest.mark.parametrize("sentence", [
    pytest.param("Houthi drones hit the Greek-owned tanker MV Grey Heron near Mokha on Thursday.", id="owned"),
    pytest.param("Houthi missiles struck the British-flagged tanker MV Grey Heron on Thursday.", id="flagged"),
])
def test_the_owner_or_flag_of_the_ship_is_no_attacker(analyze, sentence):
    a = analyze(sentence)
    assert a.attack(mint_key("Grey Heron")).attacker == "houthis", a.describe()


def test_those_missiles_were_launched_by_the_actor_of_the_sentence_before(analyze):
    # The launch told no attack (no target); "those missiles" names its munitions.
    a = analyze("The Houthis on Sunday launched four anti-ship missiles from areas they control, the US "
                "military said. Two of those missiles struck the MV Coral Dawn, a Panama-flagged tanker.", "en")
    assert a.attack("coral_dawn").attacker == "houthis", a.describe()

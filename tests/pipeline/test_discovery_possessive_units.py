"""A group's unit named after the group's possessive (issue 13, real-news dev round):
"X's coastal sector", "X's Anti-Tank Missile Unit". Our own sentences; the positive ones
fail on main."""
from __future__ import annotations

import pytest


@pytest.mark.parametrize("sentence, unit, group", [
    ("The army said it killed Ali Haidar, the commander of Hezbollah's eastern sector.",
     "hezbollah_eastern_sector", "hezbollah"),
    ("A drone strike hit members of Hamas's Naval Commando Unit near Rafah.",
     "hamas_naval_commando_unit", "hamas"),
    ("The militia said Kataib Hezbollah's drone unit had been moved.", "kataib_hezbollah_drone_unit",
     "kataib_hezbollah"),
])
def test_a_possessive_unit_is_a_member_of_its_group(analyze, sentence, unit, group):
    result = analyze(sentence, "en")
    assert (unit, "memberOf", group) in result.triples, result.describe()


def test_the_units_commander_leads_it_and_is_a_member(analyze):
    result = analyze("The army said it killed Ali Haidar, the commander of Hezbollah's eastern sector.", "en")
    assert ("ali_haidar", "leaderOf", "hezbollah_eastern_sector") in result.triples, result.describe()
    assert ("ali_haidar", "memberOf", "hezbollah") in result.triples, result.describe()


@pytest.mark.parametrize("sentence", [
    "Hezbollah's most feared unit fired rockets at Israel.",
    "Hezbollah's units fired rockets at Israel.",
    "Israel's northern command said it struck Hezbollah.",
])
def test_no_unit_from_a_description(analyze, sentence):
    result = analyze(sentence, "en")
    assert not any(m.rule == "en.discover.possessive_unit" for m in result.doc.mentions), result.describe()


# --- a faction's own name before "group" after its coalition's possessive (eighth round) ---

def test_a_named_group_after_a_coalitions_possessive_is_its_member(analyze):
    a = analyze("Gunmen stormed offices belonging to the SNA's Liwa al-Nasr group near the border.", "en")
    group = a.mention("Liwa al-Nasr group")
    assert group.cls == "ArmedGroup", a.describe()
    assert (group.entity, "memberOf", "syrian_national_army") in a.triples, a.describe()


def test_a_lower_case_group_after_a_possessive_is_a_description(analyze):
    a = analyze("Gunmen stormed offices belonging to the SNA's armed group near the border.", "en")
    assert not [m for m in a.mentions() if m.rule == "en.discover.possessive_unit"], a.describe()

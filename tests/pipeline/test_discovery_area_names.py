"""Areas named after a place the text knows (issue 13, eighth round): a capitalised
compass word opening a region's name, a town's countryside, and a known town's name opening
a longer village name in a list after "the villages of". Our own sentences."""
from __future__ import annotations

import pytest


def _place_surfaces(a) -> set[str]:
    return {a.surface(m) for m in a.mentions() if m.cls in ("Place", "Region")}


@pytest.mark.parametrize("text, area", [
    ("Two fighters died when a drone hit their car near North Bekaa on Sunday.", "North Bekaa"),
    ("Shelling resumed in the Hama countryside after a week of calm.", "Hama countryside"),
])
def test_an_area_named_after_a_known_place_is_a_place_of_its_own(analyze, text, area):
    a = analyze(text, "en")
    assert area in _place_surfaces(a), a.describe()


def test_a_possessive_state_places_the_compass_region(analyze):
    a = analyze("The militia said a commander of theirs was wounded in Lebanon's Upper Bekaa overnight.", "en")
    region = a.mention("Upper Bekaa")
    assert region.cls in ("Place", "Region"), a.describe()
    assert (region.entity, "locatedIn", "lebanon") in a.triples, a.describe()


@pytest.mark.parametrize("text, word", [
    ("Artillery hit the west of the Bekaa on Friday.", "Bekaa"),      # no capital: a direction
    ("Envoys from North Korea met in Damascus.", "Korea"),            # a state spelt whole
])
def test_no_area_from_a_direction_or_a_state(analyze, text, word):
    a = analyze(text, "en")
    assert not [m for m in a.mentions() if m.rule in ("en.discover.compass_region", "en.discover.town_belt")
                and word in a.surface(m)], a.describe()


def test_a_known_town_opening_a_longer_village_name_is_read_whole(analyze):
    a = analyze("Strikes hit the twin villages of Hama El Gharbiyeh and Tell Qasra at dawn.", "en")
    places = _place_surfaces(a)
    assert {"Hama El Gharbiyeh", "Tell Qasra"} <= places, a.describe()
    assert "Hama" not in places, a.describe()


def test_a_military_college_is_a_military_site_in_its_town(analyze):
    a = analyze("Rebels attacked the Tal Saman military academy in Raqqa on Friday.", "en")
    site = a.mention("Tal Saman military academy")
    assert site.cls == "MilitaryBase", a.describe()
    assert (site.entity, "locatedIn", "raqqa") in a.triples, a.describe()


def test_a_lower_case_college_is_no_site(analyze):
    a = analyze("Students of the military college in Raqqa marched on Friday.", "en")
    assert not [m for m in a.mentions() if m.cls == "MilitaryBase"], a.describe()

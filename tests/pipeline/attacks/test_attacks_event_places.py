"""Places in the event-first reading (kg/pipeline/attacks/event_roles.py): a state after an
origin word is where the weapon came from, and a place joined to a place after a
locative is a place, neither of them a side of the event; nor are responders who
rushed to the scene after it.  Sentences are our own."""
from __future__ import annotations

import pytest



@pytest.mark.parametrize("sentence, lang, origin", [
    pytest.param("وانفجرت طائرة مسيرة قادمة من لبنان في نهاريا صباح اليوم، ما أدى إلى إصابة شخصين.", "ar",
                 "lebanon", id="ar-drone-coming-from"),
    pytest.param("A drone from Lebanon exploded over Nahariya on Monday, wounding two people.", "en",
                 "lebanon", id="en-drone-from"),
])
def test_attacks_event_places_origin_is_no_side(analyze, sentence, lang, origin):
    found = analyze(sentence, lang).events
    assert found
    assert all(origin not in (a.attacker, a.target) for a in found), found


@pytest.mark.parametrize("sentence, lang, second", [
    pytest.param("أعلنت كتائب حزب الله استهدافها ثلاث قواعد أمريكية في العراق وسوريا، في هجمات أسفرت "
                 "عن إصابة خمسة جنود أمريكيين.", "ar", "syria", id="ar-in-x-and-y"),
])
def test_attacks_event_places_joined_place_is_no_target(analyze, sentence, lang, second):
    found = analyze(sentence, lang).events
    assert found
    assert all(a.target != second for a in found), found


@pytest.mark.parametrize("sentence, lang, responder", [
    pytest.param("وانفجرت سيارة مفخخة أمس في سوق شعبي، وتوجهت قوات الأمن إلى موقع الانفجار.", "ar",
                 "security_forces", id="ar-forces-headed-to-the-site"),
    pytest.param("A car bomb exploded near a market in Kirkuk on Tuesday, and police and ambulances rushed "
                 "to the scene.", "en", "police", id="en-police-rushed-to-the-scene"),
    pytest.param("انفجرت عبوتان ناسفتان أمس في حي سكني، والإطفاء والشرطة وصلت إلى مواقع الانفجارين بعد دقائق.",
                 "ar", "police", id="ar-subject-first-to-the-sites"),
])
def test_attacks_event_places_responders_are_no_victims(analyze, sentence, lang, responder):
    found = analyze(sentence, lang).events
    assert found
    assert all(a.target != responder for a in found), found


@pytest.mark.parametrize("sentence", [
    # arriving elsewhere than at the scene: the patrol is the one struck
    pytest.param("وانفجرت عبوة ناسفة عندما وصلت دورية للشرطة إلى حاجز قرب الموصل أمس.", id="ar-patrol-arrived"),
])
def test_attacks_event_places_arriving_patrol_struck(analyze, sentence):
    found = analyze(sentence, "ar").events
    assert found and found[0].target is not None, found

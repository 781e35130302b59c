"""Issue 13, round i13e31: a region the lexicon knows, named with its own state's name or
adjective inside ("جنوب لبنان", "الجنوب اللبناني", "southern Lebanon"), names that state
too, and lies in it (kg/pipeline/lexicon_refs.py ``_region_state``). Sentences of our own."""
from __future__ import annotations

import pytest


@pytest.mark.parametrize("text, lang", [
    ("وقصفت مدفعية الاحتلال أطراف بلدتين في جنوب لبنان صباح اليوم.", "ar"),
    ("وتحدثت التقارير عن غارات متفرقة على قرى الجنوب اللبناني.", "ar"),
    ("Artillery shells fell on two villages in southern Lebanon on Monday.", "en"),
])
def test_region_names_its_state(analyze, text, lang):
    result = analyze(text, lang)
    assert "south_lebanon" in result.keys, result.describe()
    assert "lebanon" in result.doc.entities, result.describe()
    assert ("south_lebanon", "locatedIn", "lebanon") in result.triples, result.describe()


def test_region_without_its_state_name_adds_none(analyze):
    """"قطاع غزة" names no state inside: no state is added for it."""
    result = analyze("وسقطت قذائف على أطراف قطاع غزة صباح اليوم.", "ar")
    assert "palestine" not in result.doc.entities, result.describe()

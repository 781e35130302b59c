"""A force's unit named bare by its own side (kg/pipeline/own_units.py): in the group's
statement or its spokesman's, or as "its naval forces" after the group, the bare phrase is
the unit the lexicon lists with that group's name. Sentences are our own."""
from __future__ import annotations

import pytest


def own_units(result):
    return {m.entity for m in result.mentions() if m.rule == "own_units"}


@pytest.mark.parametrize("text, unit, owner", [
    # a spokesman's quote: the group he speaks for is named before it
    ("وقال المتحدث العسكري باسم القوات المسلحة اليمنية يحيى سريع إن القوة الصاروخية أطلقت صاروخين.",
     "houthi_missile_force", "yemeni_armed_forces"),
    # the group's own statement
    ("وقالت جماعة الحوثي في بيان إن القوات البحرية أغرقت زورقاً.", "houthi_navy", "houthis"),
    # a possessive after the group named before it
    ("وأعلنت جماعة الحوثي أن قواتها البحرية استهدفت ناقلة نفط.", "houthi_navy", "houthis"),
])
def test_own_units_bare_unit_of_the_speaking_side(analyze, text, unit, owner):
    result = analyze(text)
    assert unit in own_units(result), result.describe()
    assert (unit, "memberOf", owner) in result.triples, result.describe()


@pytest.mark.parametrize("text", [
    # another side's statement: no unit of that side is listed under the phrase
    "وقال المتحدث باسم البنتاغون إن القوات البحرية اعترضت صاروخاً.",
    # a nisba after the phrase says whose navy it is
    "وقالت جماعة الحوثي في بيان إن القوات البحرية الأمريكية قصفت مواقعها.",
    # outside any statement, a bare phrase names no side
    "واقتربت القوات البحرية من الساحل بعد الظهر.",
])
def test_own_units_no_side_no_unit(analyze, text):
    result = analyze(text)
    assert not own_units(result), result.describe()
    assert "houthi_navy" not in result.keys, result.describe()

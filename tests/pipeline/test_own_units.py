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


def test_the_phrase_scan_skips_only_sentences_where_the_finder_finds_nothing():
    """The finder runs only in sentences holding one of its phrases (one automaton scan
    per document): on random text of phrases, their glued and broken forms and filler,
    the sentences it then skips are exactly those where the finder matches nothing."""
    import random

    from kg.pipeline.own_units import _phrase_automaton, _table

    phrases, _, finder = _table("ar")
    automaton = _phrase_automaton("ar")
    assert automaton is not None and phrases
    words = sorted(phrases)
    pieces = words + ["و" + w for w in words] + [w[:-1] for w in words] + [w + "ي" for w in words] \
        + ["في", "قال", "البيان", "،", ".", "-", "ف"]
    rng = random.Random(15)
    for _ in range(300):
        text = " ".join(rng.choice(pieces) for _ in range(rng.randint(1, 12)))
        found = [(end + 1 - size, end + 1) for end, size in automaton.iter(text)]
        cuts = sorted(rng.sample(range(len(text) + 1), min(3, len(text) + 1)))
        for ns, ne in zip([0] + cuts, cuts + [len(text)]):
            kept = any(ns <= start and end <= ne for start, end in found)
            if not kept:
                assert list(finder.finditer(text, ns, ne)) == [], (text, ns, ne)

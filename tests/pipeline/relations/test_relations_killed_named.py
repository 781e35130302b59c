"""Issue 13, round i13h27 (Arabic): members whose deaths the text counts first ("مقتل
قياديين في X", a headline's "تقتل قياديين في X") and names a sentence or more later
("القتيلان هما A وB"): each named one is a member of X (kg/pipeline/killed_members.py).
Sentences of our own; the cases fail on main, the guards pass on both."""
from __future__ import annotations

import pytest

from tests.pipeline.relations.relation_cases import assert_case, case

CASES = [
    case("ar.member.killed_named_later",
         "أسفرت الغارة عن مقتل قياديين في حركة النجباء. وأفادت مصادر بأن القتيلين هما أبو تقوى السعيدي "
         "وعلي الساعدي.",
         ("ابو_تقوي_السعيدي", "memberOf", "nujaba"), ("علي_الساعدي", "memberOf", "nujaba")),
    # a headline's verb counts them; the naming sentence two sentences on
    case("ar.member.killed_named_later",
         "مسيرة تقتل قياديين في كتائب حزب الله شرقي بغداد\nوقع الانفجار مساء اليوم. "
         "وقال مصدر أمني إن القتيلين بالهجوم هما أحمد الكناني وعلي الساعدي.",
         ("احمد_الكناني", "memberOf", "kataib_hezbollah"), ("علي_الساعدي", "memberOf", "kataib_hezbollah")),
]


@pytest.mark.parametrize("rule_id, sentence, expected", CASES)
def test_case(analyze, rule_id, sentence, expected):
    assert_case(analyze(sentence), rule_id, expected, asserted=False)


@pytest.mark.parametrize("text, triple", [
    # two groups' dead counted: whose the named ones are is not said
    ("أسفرت الغارة عن مقتل قياديين في كتائب حزب الله ومقتل عنصرين في حركة النجباء. "
     "وقالت مصادر إن القتلى هم أحمد الكناني وعلي الساعدي.", ("احمد_الكناني", "memberOf", "kataib_hezbollah")),
    # the dead counted with no group
    ("قتل شخصان في الغارة على كتائب حزب الله. وقالت مصادر إن القتيلين هما أحمد الكناني وعلي الساعدي.",
     ("احمد_الكناني", "memberOf", "kataib_hezbollah")),
])
def test_guard(analyze, text, triple):
    result = analyze(text)
    assert triple not in result.triples, result.describe()

"""A group's armed wing described without its name ("الجناح العسكري لحركة X") and named
elsewhere in the document ("كتائب Z"): the one wing-like group named is X's wing
(kg/pipeline/named_wings.py, round i13l36). Sentences are our own."""
from __future__ import annotations

import pytest


@pytest.mark.parametrize("text, wing, owner", [
    pytest.param("وقتل قيادي في الجناح العسكري لحركة حماس في غارة. وقال الجيش إنه استهدف مقرا تابعا "
                 "لكتائب القسام.", "qassam_brigades", "hamas", id="named-later"),
    pytest.param("وأعلن الجناح العسكري لحركة الجهاد الإسلامي مسؤوليته عن إطلاق الصواريخ. وقالت سرايا "
                 "القدس إنها قصفت مستوطنة سديروت.", "al_quds_brigades", "pij", id="next-sentence"),
])
def test_the_one_wing_named_is_the_described_wing(analyze, text, wing, owner):
    a = analyze(text, "ar")
    assert a.relations(wing, "memberOf", owner), a.describe()


@pytest.mark.parametrize("text", [
    pytest.param("وأعلن الجناح العسكري لحزب الله مسؤوليته. وقالت كتائب حزب الله إنها قصفت قاعدة.",
                 id="a-name-holding-the-owners"),
    pytest.param("وأعلن الجناح العسكري لحركة حماس مسؤوليته. وقالت كتائب القسام وسرايا القدس إنها قصفت "
                 "مستوطنة.", id="two-wings-to-choose-from"),
])
def test_no_wing_when_the_name_cannot_tell(analyze, text):
    a = analyze(text, "ar")
    assert not a.relations(None, "memberOf", None), a.describe()

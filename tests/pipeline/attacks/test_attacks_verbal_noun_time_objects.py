"""A verbal noun's doer with a time phrase and no commas before the object, and an object
told by an indefinite noun with an accusative relational adjective ("مبنى سكنيا")
(kg/pipeline/attacks/verbal_noun_agents.py, round i13k33). Sentences are our own."""
from __future__ import annotations

import pytest


@pytest.mark.parametrize("sentence", [
    pytest.param("أفادت وسائل إعلام بمقتل شخصين إثر استهداف الجيش الإسرائيلي صباح اليوم مبنى سكنيا "
                 "في منطقة المزة بدمشق.", id="time-then-adjective-object"),
    pytest.param("قتل ثلاثة أشخاص إثر استهداف الجيش الإسرائيلي مساء أمس هدفا عسكريا في منطقة المزة.",
                 id="evening-then-object"),
])
def test_the_army_annexed_did_it(analyze, sentence):
    a = analyze(sentence, "ar")
    assert a.attack("mezzeh").attacker == "idf", a.describe()
    assert not a.attacks_on("idf"), a.describe()


def test_an_announcer_of_its_advisers_killed_is_no_attacker(analyze):
    a = analyze("أعلن الحرس الثوري اليوم مقتل ثلاثة من المستشارين التابعين له إثر استهداف الجيش "
                "الإسرائيلي فجر اليوم مبنى سكنيا في منطقة المزة.", "ar")
    assert all(x.attacker != "irgc" for x in a.attacks), a.describe()
    assert not a.attacks_on("idf"), a.describe()


def test_with_no_object_the_army_is_no_doer(analyze):
    a = analyze("نددت الحكومة باستهداف الجيش الإسرائيلي صباح اليوم في منطقة المزة.", "ar")
    assert all(x.attacker != "idf" for x in a.attacks), a.describe()

"""Two places after the dual of a place noun ("منطقتي A وB", "قريتي A وB") are places
of their own, located in the area named after them, and the chain goes on to the next
area ("بمديرية C جنوب المدينة D"): kg/lang/ar/dual_places.py and the rule
ar.located.listed_towns_area_chained (round i13k33). Sentences are our own."""
from __future__ import annotations

import pytest


def _place(a, word: str) -> str | None:
    return next((k for k, e in a.doc.entities.items() if e.cls == "Place" and word in k), None)


@pytest.mark.parametrize("sentence, first, second, area", [
    pytest.param("قصفت الطائرات منطقتي الروضة والمنصورة بمديرية الشهداء جنوب صنعاء.",
                 "الروضه", "المنصوره", "الشهداء", id="two-definite-names"),
    pytest.param("سقطت قذائف على قريتي كفرون وعين جمال في ناحية الزهراء.",
                 "كفرون", "عين_جمال", "الزهراء", id="toponym-opener-second"),
])
def test_both_places_are_read_and_located(analyze, sentence, first, second, area):
    a = analyze(sentence, "ar")
    one, two, where = _place(a, first), _place(a, second), _place(a, area)
    assert one and two and where, a.describe()
    assert a.relations(one, "locatedIn", where) and a.relations(two, "locatedIn", where), a.describe()


def test_the_chain_goes_on_to_the_city(analyze):
    a = analyze("قصفت الطائرات منطقتي الروضة والمنصورة بمديرية الشهداء جنوب صنعاء.", "ar")
    assert a.relations(_place(a, "الشهداء"), "locatedIn", "sanaa"), a.describe()


def test_a_known_place_in_the_pair_stays_itself(analyze):
    a = analyze("قصفت الطائرات مدينتي صنعاء والحديدة.", "ar")
    assert {"sanaa", "hodeidah"} <= {m.entity for m in a.doc.mentions}, a.describe()

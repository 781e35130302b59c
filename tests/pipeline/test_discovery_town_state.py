"""A town the lexicon does not know, named with its state after a comma (issue 13,
real-news dev round). Our own sentences; the positive ones fail on main."""
from __future__ import annotations

import pytest


@pytest.mark.parametrize("sentence, town, state", [
    ("A drone struck a car in Deir Mimas, Lebanon, on Tuesday.", "deir_mimas", "lebanon"),
    ("Two rockets landed near Qaryatayn, Syria.", "qaryatayn", "syria"),
])
def test_a_town_with_its_state_is_a_place_there(analyze, sentence, town, state):
    result = analyze(sentence, "en")
    assert result.doc.entities.get(town) is not None and result.doc.entities[town].cls == "Place", result.describe()
    assert (town, "locatedIn", state) in result.triples, result.describe()


@pytest.mark.parametrize("sentence", [
    "In January, Iraq said drones hit a base.",
    "In Fallujah, Iraq's army said it had arrested two men.",
])
def test_no_town_before_a_clause_or_a_date(analyze, sentence):
    result = analyze(sentence, "en")
    assert not any(r.rule == "en.discover.town_comma_state" for r in result.doc.mentions), result.describe()


def test_the_x_area_names_the_place_x(analyze):
    result = analyze("He was killed in the Deir Mimas area, the army said. A drone hit a car in Deir Mimas.", "en")
    place = result.doc.entities.get("deir_mimas")
    assert place is not None and place.cls == "Place", result.describe()
    assert sum(m.entity == "deir_mimas" for m in result.doc.mentions) == 2, result.describe()

"""A quarter the lexicon does not know, named before "neighborhood/district of" a known town
(kg/lang/en/quarters.py; issue 13, round i13k34): a place of its own, inside the town. Our
own sentences."""
from __future__ import annotations


def test_a_quarter_before_neighborhood_of_a_town_is_found_and_placed_inside(analyze):
    a = analyze("Two people were killed when a shell hit a house in the Qizan Najjar "
                "neighborhood of Khan Younis.", "en")
    quarter = a.mention("Qizan Najjar")
    assert quarter.cls == "Place" and quarter.rule == "en.discover.quarter", a.describe()
    assert (quarter.entity, "locatedIn", "khan_younis") in a.triples, a.describe()
    assert not a.relations("khan_younis", "locatedIn"), a.describe()


def test_a_town_named_before_neighborhood_of_a_quarter_is_not_a_quarter(analyze):
    # "the Baghdad neighbourhood of Karrada": a known town before the head is no new place
    a = analyze("Shells hit the Baghdad neighbourhood of Karrada.", "en")
    assert not [m for m in a.mentions() if m.rule == "en.discover.quarter"], a.describe()

"""A bare collective noun in construct with a state's name ("ميليشيات إيران") is that
state's backed groups, as "وكلاء إيران" is (issue 13, eighth real round). Our own sentences."""
from __future__ import annotations


def test_militias_of_a_state_are_its_backed_groups(analyze):
    a = analyze("وقالت مصادر محلية إن ميليشيات روسيا انسحبت من مدينة تدمر.", "ar")
    assert a.relations("russia", "supports", "russia_backed_armed_groups"), a.describe()


def test_militias_with_the_article_before_a_state_are_not_its_own(analyze):
    # "الميليشيات" with the article is no construct: the state after it is another phrase.
    a = analyze("وقالت مصادر إن الميليشيات روسيا لم تنسحب.", "ar")
    assert not a.relations("russia", "supports", "russia_backed_armed_groups"), a.describe()


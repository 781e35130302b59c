"""A Latin kunya before a known person's surname is part of his name (eighth round of issue
13): "Abu Muhammad al-<surname>" is the lexicon person, not a new person "Abu Muhammad" who
takes his post. Sentences of our own."""
from __future__ import annotations


def test_kunya_and_article_join_the_known_surname(analyze):
    result = analyze("In Idlib on Tuesday, the HTS chief, Abu Muhammad al-Jolani, toured a checkpoint.", "en")
    jolani = [m for m in result.doc.mentions if m.entity == "jolani"]
    assert jolani and result.surface(jolani[0]).startswith("Abu Muhammad"), result.describe()
    assert not [m for m in result.doc.mentions if m.cls == "Person" and m.entity != "jolani"], result.describe()
    assert ("jolani", "leaderOf", "hts") in result.triples, result.describe()


def test_a_new_kunya_name_stays_its_own_person(analyze):
    # no known surname after the kunya: the whole run is a new person
    result = analyze("Rebels fled after HTS leader Abu Muhammad al-Karimi threatened them.", "en")
    assert not [m for m in result.doc.mentions if m.entity == "jolani"], result.describe()

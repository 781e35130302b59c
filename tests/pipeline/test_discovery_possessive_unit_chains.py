"""A group's unit in a possessive chain or an apposition (issue 13, left kinds): "P, X's
rocket unit's senior commander", "the head of X's rocket array, P", "the commander of
Hamas' naval unit, P". Our own sentences; each fails on main 6bd6f5a."""
from __future__ import annotations

import pytest


@pytest.mark.parametrize("sentence, person, unit, group", [
    ("The army said it killed Ali Haidar, Hezbollah's rocket unit's senior commander, in a strike.",
     "ali_haidar", "hezbollah_rocket_unit", "hezbollah"),
    ("The army said it killed the head of Hezbollah's rocket array, Ali Haidar, in a strike.",
     "ali_haidar", "hezbollah_rocket_array", "hezbollah"),
    ("The army said it killed the commander of Hamas' naval unit, Ali Haidar, near Rafah.",
     "ali_haidar", "hamas_naval_unit", "hamas"),
])
def test_the_unit_is_the_groups_and_its_head_leads_it(analyze, sentence, person, unit, group):
    result = analyze(sentence, "en")
    assert (unit, "memberOf", group) in result.triples, result.describe()
    assert (person, "leaderOf", unit) in result.triples, result.describe()
    assert (person, "memberOf", group) in result.triples, result.describe()


def test_a_unit_ends_before_its_own_possessive(analyze):
    result = analyze("Hezbollah's drone unit's commander Ali Haidar was killed.", "en")
    assert ("hezbollah_drone_unit", "memberOf", "hezbollah") in result.triples, result.describe()


@pytest.mark.parametrize("sentence", [
    "The group fired an array of rockets at Israel.",
    "Hezbollah's rocket's range reached Haifa.",
])
def test_no_unit_without_a_possessive_and_a_head(analyze, sentence):
    result = analyze(sentence, "en")
    assert not any(m.rule == "en.discover.possessive_unit" for m in result.doc.mentions), result.describe()

"""Tellings that disagree are two strikes (kg/pipeline/attacks/merging.py and the
extractor's event keys): two days both written out, a day given to an undated telling
by another, or a town named only as where another party was struck never join two
tellings into one attack, whose merged toll would then be the other strike's. True
retellings still merge. Sentences of our own."""
from __future__ import annotations

import datetime as dt

from kg.model import Count


def test_two_written_days_on_one_base_are_two_strikes(analyze):
    a = analyze("Kataib Hezbollah attacked Ain al-Asad air base with drones on 6 January. "
                "Ain al-Asad air base came under rocket attack on 5 January, wounding two soldiers.", "en")
    kh = [x for x in a.doc.attacks if x.attacker == "kataib_hezbollah"]
    assert kh and all(x.injured is None for x in kh), a.describe()
    assert len(a.doc.attacks) == 2, a.describe()


def test_a_day_given_to_an_undated_telling_is_not_every_day(analyze):
    # The undated claim takes the 10th from the next sentence; the 14th is another strike.
    a = analyze("Kataib Hezbollah said it targeted Ain al-Asad air base with drones. "
                "Kataib Hezbollah attacked Ain al-Asad air base with rockets on 10 January. "
                "Kataib Hezbollah struck Ain al-Asad air base with drones on 14 January, wounding three soldiers.",
                "en")
    days = sorted(x.date for x in a.doc.attacks if x.attacker == "kataib_hezbollah")
    assert days == [dt.date(2024, 1, 10), dt.date(2024, 1, 14)], a.describe()


def test_a_town_named_only_where_another_group_was_struck_links_nothing(analyze):
    a = analyze("وقصفت حركة حماس بلدة القنيطرة بالصواريخ في 3 آذار/مارس 2024. "
                "واستهدفت غارة مقرا لكتائب حزب الله في القنيطرة في 3 آذار/مارس 2024، ما أدى إلى مقتل 4 من عناصرها.",
                "ar")
    hamas = [x for x in a.doc.attacks if x.attacker == "hamas"]
    assert hamas and all(x.fatalities is None for x in hamas), a.describe()


def test_a_true_retelling_of_the_same_day_still_merges(analyze):
    a = analyze("Kataib Hezbollah attacked Ain al-Asad air base with drones on 6 January. "
                "The attack on Ain al-Asad on 6 January wounded two soldiers.", "en")
    assert len(a.doc.attacks) == 1, a.describe()
    assert a.doc.attacks[0].injured == Count(2), a.describe()


def test_a_reckoned_day_a_day_off_still_merges(analyze):
    # "yesterday" and "on Tuesday" are reckoned from the publication day: off by one is one strike.
    a = analyze("Kataib Hezbollah attacked Ain al-Asad air base with drones yesterday. "
                "Monday's attack on the base wounded two soldiers.", "en")
    assert len(a.doc.attacks) == 1, a.describe()
    assert a.doc.attacks[0].injured == Count(2), a.describe()

"""Verb first, a date between, then a site noun and its owner ("استهدفت أمس قاعدتي
الاحتلال الأميركي"): the owner after the site noun belongs to the object, it is not the
verb's subject (kg/pipeline/attacks/targets.py, _verb_first_subject). Sentences are our own."""
from __future__ import annotations

import pytest


@pytest.mark.parametrize("sentence, owner", [
    pytest.param("وقصفت مساء الجمعة قاعدتي الاحتلال الأميركي في الشدادي والتنف.", "usa", id="dual-bases"),
    pytest.param("وهاجمت صباح اليوم مقر الحشد الشعبي في مدينة القائم.", "pmf", id="headquarters"),
])
def test_attacks_owner_after_site_noun_is_no_attacker(analyze, sentence, owner):
    result = analyze(sentence, "ar")
    assert owner not in {a.attacker for a in result.events}, result.describe()


def test_attacks_owner_after_site_noun_named_subject_still_attacks(analyze):
    result = analyze("واستهدفت كتائب حزب الله فجر اليوم قاعدة عين الأسد بطائرة مسيرة.", "ar")
    assert ("kataib_hezbollah", "ain_al_asad") in {(a.attacker, a.target) for a in result.events}, result.describe()


def test_a_unit_struck_with_its_group_leaves_the_hostility_to_the_group(analyze):
    # our own sentence (eighth real round): sites of "X's Y group" are the group's and the unit's
    a = analyze("HTS fighters stormed positions belonging to the SNA's Liwa al-Nasr group near Afrin on Monday.", "en")
    unit = a.mention("Liwa al-Nasr group").entity
    assert ("hts", "opposes", "syrian_national_army") in a.triples, a.describe()
    assert ("hts", "opposes", unit) not in a.triples, a.describe()

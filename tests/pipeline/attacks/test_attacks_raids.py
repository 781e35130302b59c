"""A raid, storming or incursion on the ground (attacks.yaml ``raid``: اقتحم، داهم، اجتاح and
their verbal nouns) takes what was entered as its target, and a date told between commas
after the subject does not end the object (kg/pipeline/attacks/date_asides.py). Sentences
are our own."""
from __future__ import annotations

import pytest


@pytest.mark.parametrize("sentence, attacker, target", [
    pytest.param("اقتحمت القوات الإسرائيلية مدينة طوباس الليلة الماضية.", "israel", "tubas", id="stormed-town"),
    pytest.param("وتواصل القوات الإسرائيلية اجتياح مدينة رفح منذ أيام.", "israel", "rafah", id="incursion-noun"),
    pytest.param("داهمت القوات الأمريكية قاعدة عين الأسد بعد منتصف الليل.", "usa", "ain_al_asad", id="raided-base"),
])
def test_a_raid_strikes_what_it_entered(analyze, sentence, attacker, target):
    a = analyze(sentence, "ar")
    found = a.attack(target)
    assert found.attacker == attacker and found.kind == "Raid", a.describe()


@pytest.mark.parametrize("sentence, attacker, target", [
    pytest.param("قصفت القوات الإسرائيلية، اليوم الأحد، مدينة طوباس.", "israel", "tubas", id="day-aside"),
    pytest.param("اقتحمت القوات الإسرائيلية، فجر السبت، مدينة نابلس.", "israel", "nablus", id="dawn-aside"),
])
def test_a_date_between_commas_leaves_the_object(analyze, sentence, attacker, target):
    a = analyze(sentence, "ar")
    assert a.attack(target).attacker == attacker, a.describe()


def test_weather_sweeping_a_country_is_no_raid(analyze):
    a = analyze("اجتاحت موجة حر شديدة العراق هذا الأسبوع.", "ar")
    assert not a.attacks, a.describe()

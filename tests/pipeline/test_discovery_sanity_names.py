"""Person spans from the machine-checked sanity census on unseen articles (issues 12/13):
an honorific of address, a headline's verb and its object after a title, and a compound
name's bound first half at the word cap. Sentences are our own."""
from __future__ import annotations

import pytest


def _people(result):
    return [result.surface(m) for m in result.mentions() if m.cls == "Person"]


@pytest.mark.parametrize("sentence", [
    pytest.param("وزير الخارجية يلتقي نظيره الأردني في عمان لبحث الأوضاع.", id="meets-his-counterpart"),
    pytest.param("رئيس الوزراء يستقبل وزيرها في القصر.", id="receives-its-minister"),
])
def test_discovery_ar_a_headline_verb_and_its_object_after_a_title_are_no_name(analyze, sentence):
    result = analyze(sentence, "ar")
    assert not [p for p in _people(result) if p.startswith(("يلتقي", "يستقبل"))], result.describe()


def test_discovery_ar_an_honorific_between_title_and_name_is_no_name(analyze):
    result = analyze("التقى وزير الداخلية سمو الامير خالد بن سعود في الرياض أمس.", "ar")
    people = _people(result)
    assert not [p for p in people if p.startswith("سمو")], result.describe()
    assert "خالد بن سعود" in people, result.describe()


def test_discovery_ar_a_bound_first_half_keeps_its_second_at_the_word_cap(analyze):
    result = analyze("وأعلن الجيش مقتل سالم حامد حسين عبد الكريم الزيدي في الغارة.", "ar")
    people = _people(result)
    assert not [p for p in people if p.endswith(" عبد")], result.describe()
    assert any(p.startswith("سالم حامد حسين عبد الكريم") for p in people), result.describe()

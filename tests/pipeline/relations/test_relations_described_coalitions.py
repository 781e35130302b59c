"""An alliance named only by description, then who leads it ("قوات التحالف بقيادة X") or
whom it backs ("التحالف الإقليمي المؤيد لـX"), is a coalition of its own with that
relation (kg/lang/ar/described_coalitions.py, ar.supports.backing_modifier; round i13k33).
Sentences are our own."""
from __future__ import annotations

import pytest


def _coalition(a) -> str | None:
    return next((k for k, e in a.doc.entities.items() if e.cls == "Coalition"), None)


def test_a_coalition_led_by_a_state(analyze):
    a = analyze("وأسقطت قوات التحالف بقيادة الولايات المتحدة مسيرتين فوق خليج عدن.", "ar")
    c = _coalition(a)
    assert c is not None, a.describe()
    assert a.relations("usa", "leaderOf", c), a.describe()


@pytest.mark.parametrize("sentence, backed", [
    pytest.param("قال مصدر في التحالف الإقليمي المؤيد لسوريا إن الغارة أصابت مستودعا.", "syria",
                 id="regional-alliance"),
    pytest.param("نفى التحالف العسكري المساند لإيران أي علاقة له بالهجوم.", "iran", id="military-alliance"),
])
def test_a_coalition_backing_an_actor(analyze, sentence, backed):
    a = analyze(sentence, "ar")
    c = _coalition(a)
    assert c is not None, a.describe()
    assert a.relations(c, "supports", backed), a.describe()


def test_the_bare_coalition_is_no_new_one(analyze):
    a = analyze("وقال التحالف إن طائراته أسقطت مسيرة.", "ar")
    assert not [k for k, e in a.doc.entities.items() if e.cls == "Coalition" and k.startswith("التحالف")], \
        a.describe()


def test_a_description_refers_back_to_the_coalition_named_before(analyze):
    a = analyze("طالبت الفصائل بخروج قوات التحالف الدولي من البلاد. وبدأت الحكومة إنهاء مهمة التحالف "
                "بقيادة الولايات المتحدة.", "ar")
    assert a.relations("usa", "leaderOf", "coalition"), a.describe()
    assert [k for k, e in a.doc.entities.items() if e.cls == "Coalition"] == ["coalition"], a.describe()


@pytest.mark.parametrize("sentence, leader", [
    pytest.param("وأسقط التحالف الذي تقوده واشنطن مسيرتين فوق البحر الأحمر.", "usa", id="capital"),
    pytest.param("وشنت قوات التحالف الذي تقوده الولايات المتحدة غارات على مواقع في اليمن.", "usa",
                 id="forces-of"),
    pytest.param("ونفى التحالف العسكري الذي يقوده الجيش الروسي أي دور في الهجوم.", "russia",
                 id="adjective-masculine-verb"),
])
def test_a_coalition_described_by_who_leads_it(analyze, sentence, leader):
    # The relative clause says the same as "بقيادة X" (round i13l36).
    a = analyze(sentence, "ar")
    c = _coalition(a)
    assert c is not None, a.describe()
    assert a.relations(leader, "leaderOf", c), a.describe()


def test_a_relative_clause_of_a_person_is_no_coalition(analyze):
    # Only a state or group leads a described coalition: "led by" a person names no alliance
    # the lexicon could tell apart.
    a = analyze("وقال التحالف الذي يقوده رئيس الوزراء إن الغارة أصابت مستودعا.", "ar")
    assert _coalition(a) is None, a.describe()

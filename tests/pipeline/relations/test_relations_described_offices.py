"""A group's office named by its noun and an adjective then its owner ("المكتب الإعلامي لحركة
X"), or in construct with its owner's name and a place ("مكتب حركة X في بيروت"), is an
Organization of its own, a member of that owner and in that place
(kg/lang/ar/described_units.py, kg/pipeline/wording_relations.py; issue 13). Sentences are
our own."""
from __future__ import annotations

import pytest


def _office(a) -> str | None:
    return next((k for k, e in a.doc.entities.items() if e.cls == "Organization" and "مكتب" in e.labels.get("ar", "")),
                None)


@pytest.mark.parametrize("sentence, group, place", [
    pytest.param("وأكد المكتب الإعلامي لحركة حماس في بيان مقتضب أن القصف لم يصب أحدا.",
                 "hamas", None, id="adjective-glued-owner"),
    pytest.param("ونفى المكتب الإعلامي للعصائب أي صلة له بإطلاق الصواريخ على القاعدة.",
                 "asaib_ahl_al_haq", None, id="adjective-short-owner"),
    pytest.param("وأغلقت السلطات مكتب حزب الله في دمشق بعد أسبوع من الغارة.",
                 "hezbollah", "damascus", id="construct-with-place"),
    pytest.param("وذكر المكتب الإعلامي لحركة حماس في غزة أن عشرة أشخاص أصيبوا.",
                 "hamas", "gaza", id="adjective-owner-place"),
])
def test_the_office_is_the_groups(analyze, sentence, group, place):
    a = analyze(sentence, "ar")
    office = _office(a)
    assert office is not None, a.describe()
    assert a.relations(office, "memberOf", group), a.describe()
    if place:
        assert a.relations(office, "locatedIn", place), a.describe()
    # The name is the phrase with its owner: two groups' media offices are two offices.
    assert len(a.entity(office).labels["ar"].split()) >= 3, a.describe()


@pytest.mark.parametrize("sentence", [
    pytest.param("افتتحت الشركة مكتبا جديدا ثم نقلت مكتب في بغداد إلى البصرة.", id="no-owner"),
    pytest.param("واجتمع رئيس المكتب السياسي لحركة حماس بوزير الخارجية المصري.", id="a-persons-post"),
    pytest.param("وأغلقت السلطات مكتب قناة الجزيرة في بغداد بعد البث.", id="news-bureau"),
    pytest.param("وانتخب المؤتمر فلانا رئيساً للمكتب السياسي لحركة حماس.", id="a-post-one-is-given"),
])
def test_no_office_without_a_named_owner_or_as_a_post(analyze, sentence):
    a = analyze(sentence, "ar")
    assert _office(a) is None, a.describe()


def test_two_groups_media_offices_are_two_offices(analyze):
    a = analyze("وقال المكتب الإعلامي لحركة حماس إن الهدنة صامدة، فيما قال المكتب الإعلامي لحزب الله "
                "إن الرد قادم.", "ar")
    offices = {k for k, e in a.doc.entities.items() if e.cls == "Organization" and "مكتب" in e.labels.get("ar", "")}
    assert len(offices) == 2, a.describe()
    assert {r.object for k in offices for r in a.relations(k, "memberOf")} == {"hamas", "hezbollah"}, a.describe()


@pytest.mark.parametrize("sentence, place, label", [
    pytest.param("وأعلنت المديرية العامة لمكافحة الإرهاب في إقليم كوردستان اعتقال ثلاثة مطلوبين.",
                 "kurdistan_region", "المديرية العامة لمكافحة الإرهاب", id="general-directorate"),
    pytest.param("وقالت مديرية الاستخبارات العسكرية في العراق إنها أحبطت هجوما.",
                 "iraq", "مديرية الاستخبارات العسكرية", id="two-word-task"),
])
def test_a_directorate_is_a_body_of_the_state_or_region_it_serves(analyze, sentence, place, label):
    """"المديرية العامة لـ<task> في <region>" (kg/lang/ar/state_phrases.py, issue 13)."""
    a = analyze(sentence, "ar")
    body = next((m.entity for m in a.doc.mentions if m.rule == "ar.discover.directorate"), None)
    assert body is not None and a.entity(body).labels["ar"] == label, a.describe()
    assert a.relations(body, "memberOf", place), a.describe()


@pytest.mark.parametrize("sentence", [
    pytest.param("وسقطت قذيفة على منزل في مديرية سنحان جنوب صنعاء.", id="yemeni-district"),
    pytest.param("ونقل الجرحى إلى مديرية في بغداد.", id="no-task"),
])
def test_no_directorate_without_its_task_and_place(analyze, sentence):
    a = analyze(sentence, "ar")
    assert not [m for m in a.doc.mentions if m.rule == "ar.discover.directorate"], a.describe()

"""A group's unit named only by a unit noun, a relational adjective and its owner in a
genitive ("الوحدة الصاروخية لحزب الله") is an armed group of its own, a member of that
owner, and the commander titled before it heads it (kg/lang/ar/described_units.py, round
i13k33). Sentences are our own."""
from __future__ import annotations

import pytest


def _unit(a, label: str) -> str | None:
    return next((k for k, e in a.doc.entities.items() if e.cls == "ArmedGroup" and label in k), None)


@pytest.mark.parametrize("sentence, group", [
    pytest.param("قتلت غارة إسرائيلية قائد الوحدة الصاروخية لحزب الله، علي حسن فارس، في بلدة قانا.",
                 "hezbollah", id="glued-owner"),
    pytest.param("أعلن الجيش استهداف قائد الكتيبة البحرية في حركة حماس، سامي يوسف عوض، في خان يونس.",
                 "hamas", id="owner-after-fi"),
])
def test_the_described_unit_is_the_groups(analyze, sentence, group):
    a = analyze(sentence, "ar")
    unit = _unit(a, "_")
    assert unit is not None, a.describe()
    assert a.relations(unit, "memberOf", group), a.describe()
    assert any(r.predicate == "leaderOf" for r in a.relations(obj=unit)), a.describe()


@pytest.mark.parametrize("sentence", [
    pytest.param("أكدت الحكومة أن الوحدة الوطنية للبلاد خط أحمر.", id="no-armed-owner"),
    pytest.param("قتل ثلاثة من قوة الرضوان، الوحدة الخاصة في حزب الله، في غارة.", id="apposition"),
])
def test_no_unit_without_an_armed_owner_or_in_apposition(analyze, sentence):
    a = analyze(sentence, "ar")
    assert not [k for k, e in a.doc.entities.items() if e.cls == "ArmedGroup" and k.startswith("الوحده")], \
        a.describe()


@pytest.mark.parametrize("sentence, group", [
    pytest.param("اغتالت إسرائيل قائد فيلق القدس في سوريا، رضا حسين موسوي، ونائبه علي كريم نجفي.",
                 "quds_force", id="named-group"),
    pytest.param("قتل قائد الوحدة البحرية لحزب الله، علي حسن فارس، ونائبه سامي يوسف عوض، في غارة.",
                 None, id="described-unit"),
])
def test_the_heads_deputy_is_a_member(analyze, sentence, group):
    """"قائد X، P، ونائبه Q": the deputy of X's head is a member of X (ar.member.head_then_his_deputy)."""
    a = analyze(sentence, "ar")
    group = group or _unit(a, "_")
    deputy = next((k for k, e in a.doc.entities.items() if e.cls == "Person" and ("نجفي" in k or "عوض" in k)), None)
    assert deputy is not None, a.describe()
    assert a.relations(deputy, "memberOf", group), a.describe()
    assert not a.relations(deputy, "leaderOf"), a.describe()

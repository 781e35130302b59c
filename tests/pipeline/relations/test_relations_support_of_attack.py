"""Round i13g26 (issue 13). "بدعم" after an attack on what a group owns backs the attack,
not the group. In "هاجمت إسرائيل مواقع لحزب الله بدعم أمريكي" the group glued to "لـ"
owns the sites struck; ar.supports.with_support_of must not read it as the side helped.
The group that acts with a backer's support stays read. And a government named by its
head's bare title and name ("إدارة الرئيس ترامب") is that head's administration. Sentences
are our own."""
from __future__ import annotations

import pytest


@pytest.mark.parametrize("sentence, group, backer", [
    pytest.param("هاجمت إسرائيل مواقع لحزب الله بدعم أمريكي.", "hezbollah", "usa", id="owner-glued-to-lam"),
    pytest.param("قصفت إسرائيل مخازن أسلحة تابعة لحزب الله بدعم من الولايات المتحدة.", "hezbollah", "usa",
                 id="owner-after-affiliated"),
    pytest.param("شنت إسرائيل غارات على مواقع لحماس في غزة بدعم أمريكي.", "hamas", "usa",
                 id="owner-with-a-place-between"),
])
def test_the_owner_of_what_was_struck_is_not_backed(analyze, sentence, group, backer):
    a = analyze(sentence, "ar")
    assert not a.relations(backer, "supports", group), a.describe()


@pytest.mark.parametrize("sentence", [
    pytest.param("سيطر الحوثيون على صنعاء بدعم إيراني.", id="nisba-backer"),
    pytest.param("وسيطر الحوثيون على صنعاء بدعم من إيران.", id="named-backer"),
])
def test_the_group_acting_with_support_stays_backed(analyze, sentence):
    a = analyze(sentence, "ar")
    assert a.relations("iran", "supports", "houthis"), a.describe()


@pytest.mark.parametrize("sentence, key", [
    pytest.param("وانتقدت إدارة الرئيس بايدن القرار.", "biden", id="bare-title-between"),
    pytest.param("وقالت إدارة الرئيس ترامب إنها ستفرض عقوبات جديدة.", "trump", id="bare-title-then-speech"),
])
def test_an_administration_named_by_its_head_s_title_and_name(analyze, sentence, key):
    # "إدارة الرئيس X" is X's government, one node, as "إدارة X" is (state_phrases.py)
    a = analyze(sentence, "ar")
    assert f"{key}_administration" in a.keys and key not in a.keys, a.describe()


def test_a_state_s_adjective_after_the_title_keeps_the_head_s_office(analyze):
    # "إدارة الرئيس الأمريكي X": the title with its state is read as X's office instead
    a = analyze("وقالت إدارة الرئيس الأمريكي دونالد ترامب إنها ستفرض عقوبات.", "ar")
    assert a.relations("trump", "leaderOf", "usa"), a.describe()
    a = analyze("وقال مدير إدارة الرئيس سالم إن القرار صدر.", "ar")
    assert not any(k.endswith("_administration") for k in a.keys), a.describe()

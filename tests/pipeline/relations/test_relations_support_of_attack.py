"""Round i13g26 (issue 13): "بدعم" after an attack on what a group owns backs the attack,
not the group. In "هاجمت إسرائيل مواقع لحزب الله بدعم أمريكي" the group glued to "لـ"
owns the sites struck; ar.supports.with_support_of must not read it as the side helped.
The group that acts with a backer's support stays read. Sentences are our own."""
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

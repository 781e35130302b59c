"""English group anaphors with a demonstrative or a judging adjective (kg/lang/en/cues.yaml
``anaphors``, round i13g26): "This powerful group", "the influential militia's commander"
point back to the group named before, as "the group" does. And the parent's full name
joined to its unit's ("Islamic Revolutionary Guard Corps-Qods Force") is the unit (lexicon
identity). Sentences are our own."""
from __future__ import annotations

import pytest


@pytest.mark.parametrize("sentence", [
    pytest.param("Kataib Hezbollah was founded in 2003. This powerful group has attacked US forces in Syria.",
                 id="demonstrative-and-adjective"),
    pytest.param("Kataib Hezbollah said the strike killed two. This group has been blamed for attacks on US troops.",
                 id="demonstrative"),
    pytest.param("Kataib Hezbollah was founded in 2003. The powerful group has attacked US forces in Syria.",
                 id="judging-adjective"),
])
def test_a_demonstrative_group_points_back(analyze, sentence):
    a = analyze(sentence, "en")
    assert any(m.kind == "anaphor" and m.entity == "kataib_hezbollah" for m in a.mentions()), a.describe()


def test_the_influential_group_s_commander_is_its_member(analyze):
    a = analyze("Kataib Hezbollah was founded in 2003. The influential group's commander, Abu Fadak "
                "Al-Mohammedawi, said it would go on.", "en")
    assert a.relations("abu_fadak", "memberOf", "kataib_hezbollah"), a.describe()


def test_the_parent_joined_to_its_unit_is_the_unit(analyze):
    a = analyze("The cell is armed and backed by Iran's Islamic Revolutionary Guard Corps-Quds Force "
                "(IRGC-QF) and has struck US bases.", "en")
    assert "quds_force" in a.keys and "irgc" not in a.keys, a.describe()

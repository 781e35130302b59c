"""Events named in Arabic (issue 13, eighth real round): a battle by its quoted name after
"معركة", a war by the two states' adjectives after "الحرب". Our own sentences."""
from __future__ import annotations


def _events(a) -> set[str]:
    return {a.entity(m.entity).labels.get("ar", "") for m in a.mentions() if m.cls == "Event"}


def test_a_quoted_battle_name_is_an_event(analyze):
    a = analyze('قال قائد الفصيل إن مقاتليه خاضوا معركة "سيوف الفجر" طوال شهرين.', "ar")
    assert "سيوف الفجر" in _events(a), a.describe()


def test_an_unquoted_battle_is_a_description(analyze):
    a = analyze("قال قائد الفصيل إن مقاتليه خاضوا معركة صعبة طوال شهرين.", "ar")
    assert not _events(a), a.describe()


def test_a_war_named_by_two_states_is_an_event(analyze):
    a = analyze("هاجر آلاف السكان من البصرة خلال الحرب العراقية الكويتية قبل عقود.", "ar")
    assert "الحرب العراقية الكويتية" in _events(a), a.describe()


def test_one_state_adjective_after_war_stays_the_state(analyze):
    a = analyze("تواصلت الحرب الإسرائيلية على القطاع شهرا آخر.", "ar")
    assert not _events(a), a.describe()
    assert any(m.entity == "israel" for m in a.mentions()), a.describe()

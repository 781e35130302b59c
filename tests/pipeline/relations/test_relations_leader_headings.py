"""Leaders listed under a heading ("ومن أبرز قادتها:"), one name on a dash line of its own,
and the line after a name that gives his posts (issue 13, the eighth real round's kinds 1
and 4). Texts are our own."""
from __future__ import annotations

PROFILE = """حركة النجباء
هي فصيل مسلح عراقي تأسس عام 2013.
ومن أبرز قادتها:
– سامر يوسف
قائد ميداني سابق.
– خالد منصور
مسؤول الإعلام في الحركة.
عصائب أهل الحق
– وليد حسن
"""


def test_each_person_under_a_leaders_heading_is_a_member(analyze):
    a = analyze(PROFILE, "ar")
    for person in ("سامر_يوسف", "خالد_منصور"):
        assert a.relations(person, "memberOf", "nujaba"), a.describe()


def test_a_group_alone_on_a_line_ends_the_list(analyze):
    a = analyze(PROFILE, "ar")
    assert not a.relations("وليد_حسن", "memberOf", "nujaba"), a.describe()


def test_a_heading_that_names_its_group(analyze):
    a = analyze("وقال التقرير إن الحركة توسعت.\nأبرز قادة حركة النجباء:\n– سامر يوسف\n", "ar")
    assert a.relations("سامر_يوسف", "memberOf", "nujaba"), a.describe()


def test_the_head_title_second_on_the_line_after_a_name(analyze):
    a = analyze("سامر يوسف\nوزير سابق للنقل وزعيم حركة النجباء منذ عام 2015.", "ar")
    assert a.relations("سامر_يوسف", "leaderOf", "nujaba"), a.describe()


def test_former_after_a_title_is_no_name(analyze):
    a = analyze("رئيس الوزراء سابق لفترتين وزعيم حركة النجباء.", "ar")
    assert not [m for m in a.mentions() if m.cls == "Person"], a.describe()

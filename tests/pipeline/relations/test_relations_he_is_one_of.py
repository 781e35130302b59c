"""Round i13g26 (issue 13): a member named in the sentence before its group. A sentence
that opens with "وهو أحد (أبرز) قادة X" / "وهو من مؤسسي X" describes the one person the
sentence before names (ar.member.he_is_opening): the group annexed or after "في".
Sentences are our own."""
from __future__ import annotations

import pytest


@pytest.mark.parametrize("sentence, person, group", [
    pytest.param("وقتل في الغارة علي حسن كركي. وهو أحد أبرز قادة حزب الله في الجنوب.", "علي_حسن_كركي",
                 "hezbollah", id="one-of-its-leaders-annexed"),
    pytest.param("نعت الحركة سامر يوسف. وهو من مؤسسي حركة حماس في الضفة.", "سامر_يوسف", "hamas",
                 id="among-its-founders"),
    pytest.param("اغتيل سامر يوسف أمس. وهو أحد القادة العسكريين في حزب الله.", "سامر_يوسف", "hezbollah",
                 id="one-of-the-leaders-in"),
])
def test_he_is_one_of_the_group_s_leaders(analyze, sentence, person, group):
    a = analyze(sentence, "ar")
    assert a.relations(person, "memberOf", group), a.describe()


def test_two_people_before_leave_him_unread(analyze):
    a = analyze("التقى الوزير سامر يوسف وعلي كركي. وهو أحد قادة حزب الله.", "ar")
    assert not a.relations(predicate="memberOf", obj="hezbollah"), a.describe()

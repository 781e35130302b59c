"""Issue 13, round i13h27 (Arabic): a member of parliament named right after the bare
title "النائب" (kg/lang/ar/deputy_names.py), also after a first title naming the group
("القيادي في X النائب فلان": membership). Sentences of our own; the cases fail on main,
the guards pass on both."""
from __future__ import annotations

import pytest


def test_deputy_after_group_title_is_member(analyze):
    result = analyze("وقال القيادي في منظمة بدر النائب مختار الساعدي، اليوم، إن الجلسة ستعقد.")
    assert result.mention("مختار الساعدي").cls == "Person", result.describe()
    assert ("مختار_الساعدي", "memberOf", "badr") in result.triples, result.describe()


def test_bare_title_then_name(analyze):
    result = analyze("وطالب النائب مختار الساعدي الحكومة بالتحقيق في الهجوم.")
    assert result.mention("مختار الساعدي").cls == "Person", result.describe()


@pytest.mark.parametrize("sentence", [
    "وقال النائب يطالب الحكومة بالرد.",                 # a clause, no name
    "وأكد النائب الأول لرئيس البرلمان أن الجلسة تأجلت.",   # a description
    "واتهم النائب السلطات العراقية بالتقصير.",           # the object of the verb
    "وقال النائب مختار إن الجلسة تأجلت.",               # one word: no family name
])
def test_no_person_read(analyze, sentence):
    result = analyze(sentence)
    assert not [m for m in result.mentions() if m.cls == "Person"], result.describe()

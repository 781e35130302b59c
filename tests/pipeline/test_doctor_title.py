"""Issue 13, round i13e31: "الدكتور"/"الدكتورة" is a title before a person's name (cues.yaml
titles), so an ambiguous given name after it ("رمضان", also the month) opens a name.
Sentences of our own."""
from __future__ import annotations


def test_ambiguous_given_name_after_doctor(analyze):
    result = analyze("وتولى المنصب الدكتور رمضان عيسى بعد وفاة سلفه.")
    assert result.mention("رمضان عيسى").cls == "Person", result.describe()


def test_doctor_before_no_name(analyze):
    result = analyze("وقال الدكتور في كلية الطب إن الإصابات خطيرة.")
    assert not [m for m in result.mentions() if m.cls == "Person"], result.describe()

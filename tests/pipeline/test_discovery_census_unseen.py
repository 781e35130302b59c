"""Entity spans from the issue-13 recall census on unseen articles (kg/lang/ar/cues.yaml):
a birth year after a person's name ends the name. Sentences are our own."""
from __future__ import annotations


def test_discovery_ar_a_birth_year_ends_a_name(analyze):
    # "مواليد عام ..." (born in) follows the name; it is no part of it.
    result = analyze("وقال الفصيل إن القتيل الأول يدعى سامر طالب الزيدي مواليد عام 1990 من بلدة كفرا.", "ar")
    people = [result.surface(m) for m in result.mentions() if m.cls == "Person"]
    assert people == ["سامر طالب الزيدي"], result.describe()

"""A group or place noun followed by an indefinite adjective is described, not named:
"جماعة مسلحة", "قوة أمنية", "قاعدة عسكرية" open no name, even when a definite word comes
within the next words ("... مقر المجلس"). Our own sentences."""
from __future__ import annotations

import pytest


def _discovered(a) -> set[str]:
    return {a.surface(m) for m in a.mentions() if m.rule.startswith("ar.discover.")}


@pytest.mark.parametrize("text, head", [
    ("هاجمت جماعة مسلحة مقر المجلس البلدي في مدينة الفلوجة ليلا.", "جماعة"),
    ("اقتحمت قوة أمنية مبنى المحافظة في مدينة الحلة صباحا.", "قوة"),
    ("نصبت ميليشيا موالية كمينا للدورية قرب الطريق الدولي.", "ميليشيا"),
    ("وصلت قوة عسكرية تابعة للجيش إلى البلدة الحدودية.", "قوة"),
])
def test_a_described_head_opens_no_name(analyze, text, head):
    a = analyze(text, "ar")
    assert not [s for s in _discovered(a) if s.startswith(head)], a.describe()


@pytest.mark.parametrize("text, name", [
    ("أعلنت جماعة أنصار الحق مسؤوليتها عن الهجوم على الدورية.", "جماعة أنصار الحق"),
    ("قالت قوة الفجر في بيان إنها أسقطت طائرة مسيرة.", "قوة الفجر"),
])
def test_a_named_head_still_opens_its_name(analyze, text, name):
    a = analyze(text, "ar")
    assert name in _discovered(a), a.describe()

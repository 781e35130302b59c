"""Language identification by script (kg/text/language.py)."""
from __future__ import annotations

import pytest

from kg.text.language import detect_language


@pytest.mark.parametrize("text, lang", [
    ("أعلنت كتائب حزب الله تعليق عملياتها.", "ar"),
    ("Kataib Hezbollah announced a suspension.", "en"),
    ("قالت وكالة Reuters إن الهجوم فشل على قاعدة عين الأسد.", "ar"),
    ("The group, known in Arabic as كتائب حزب الله, announced a pause in attacks.", "en"),
    ("2024-01-31", "en"),
])
def test_language_by_script(text, lang):
    assert detect_language(text) == lang

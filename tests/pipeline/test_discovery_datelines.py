"""Issue 13, round i13h27 (Arabic): the outlet named in a dateline, "CITY/ OUTLET- ..."
(and after "مصادر": its sources)
(kg/lang/ar/dateline_outlets.py). Sentences of our own; the cases fail on main."""
from __future__ import annotations

import pytest


def test_new_outlet_in_dateline(analyze):
    result = analyze("بغداد/ شبكة أخبار الرافدين- أكد مصدر أمني أن الهجوم لم يوقع إصابات.")
    assert result.mention("شبكة أخبار الرافدين").cls == "Organization", result.describe()


def test_outlet_with_a_state_name_and_a_date(analyze):
    """A date set off by slashes before the name; the state's name inside is the outlet's."""
    result = analyze("بغداد/15 آب/ شبكة أخبار العراق- أكد مصدر أمني أن الهجوم لم يوقع إصابات.")
    assert result.mention("شبكة أخبار العراق").cls == "Organization", result.describe()
    assert "iraq" not in result.keys, result.describe()


def test_known_outlet_by_its_short_name(analyze):
    """The lexicon's "وكالة إرنا" written "إرنا" in its own dateline (identity only)."""
    result = analyze("طهران/20 كانون الثاني/إرنا- أفادت وسائل إعلام عراقية بهجوم جديد.")
    assert result.mention("إرنا").entity == "irna", result.describe()


@pytest.mark.parametrize("text", [
    "بغداد - أكد مصدر أمني أن الهجوم لم يوقع إصابات.",          # no outlet named
    "وقال إن الحرب بين الطرفين/ الجانبين - كما وصفها - لن تطول.",  # no place opens it
])
def test_no_outlet(analyze, text):
    result = analyze(text)
    assert not [m for m in result.mentions() if m.rule == "ar.discover.dateline_outlet"], result.describe()


def test_outlet_after_its_sources(analyze):
    """"مصادر العربية": the channel's sources, not the adjective (cues.yaml newsroom_nouns)."""
    result = analyze("ولفتت مصادر العربية إلى أن الاستهداف تم بصواريخ موجهة.")
    assert result.mention("العربية").entity == "al_arabiya", result.describe()


def test_arab_sources_name_no_outlet(analyze):
    result = analyze("وقالت المصادر العربية إن الاجتماع تأجل.")
    assert "al_arabiya" not in result.keys, result.describe()


def test_known_outlet_keeps_its_dateline_spelling(analyze):
    """Round i13e31: the short form the dateline writes ("ارنا", no hamza) names the outlet
    in this text, so it is kept among the outlet's names (the graph's labels)."""
    result = analyze("طهران/3 آذار/ارنا- قالت وسائل إعلام محلية إن الاجتماع تأجل.")
    assert ("ارنا", "ar") in result.doc.entities["irna"].aliases, result.describe()

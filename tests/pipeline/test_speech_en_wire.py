"""English speakers, ninth round of issue 13 (kg/pipeline/speech.py): a place after "in",
"for" or "to" in the subject says where the speaker is, it does not speak. Our own
sentences."""
from __future__ import annotations


def test_place_after_in_is_not_the_speaker(analyze):
    result = analyze("The Islamic Resistance Front in Syria said it shelled the Tanf garrison.", "en")
    assert [s.speaker for s in result.doc.speech] == ["islamic_resistance_front"], result.describe()


def test_place_alone_before_the_verb_still_speaks(analyze):
    result = analyze("The ambassador to Iraq said the embassy was safe.", "en")
    assert [s.speaker for s in result.doc.speech] == ["iraq"], result.describe()

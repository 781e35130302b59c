"""Sentence splitting on original offsets (kg/text/sentences.py)."""
from __future__ import annotations

import pytest

from kg.text.sentences import split_sentences


def texts(text, skip=()):
    return [text[s.start:s.end] for s in split_sentences(text, list(skip))]


def test_sentences_arabic_marks():
    text = "قال المتحدث إن الهجوم فشل. وأضاف: هل ستردون؟ نعم!\nسطر جديد"
    assert texts(text) == ["قال المتحدث إن الهجوم فشل.", "وأضاف: هل ستردون؟", "نعم!", "سطر جديد"]


@pytest.mark.parametrize("text, expected", [
    pytest.param("The U.S. military said it struck back. Iran denied it.",
                 ["The U.S. military said it struck back.", "Iran denied it."], id="u.s."),
    pytest.param("Gen. Pat Ryder spoke. Lt. Col. Smith did not.",
                 ["Gen. Pat Ryder spoke.", "Lt. Col. Smith did not."], id="ranks"),
    pytest.param("He left on Jan. 5 for Baghdad. Officials met.",
                 ["He left on Jan. 5 for Baghdad.", "Officials met."], id="month-abbreviation"),
    pytest.param("The U.N. envoy arrived. The U.K. objected.",
                 ["The U.N. envoy arrived.", "The U.K. objected."], id="u.n.-u.k."),
    pytest.param("It weighs approx. five tons. Next.", ["It weighs approx. five tons.", "Next."],
                 id="lowercase-continuation"),
    pytest.param("\"We will respond.\" The minister left.", ["\"We will respond.\"", "The minister left."],
                 id="closing-quote"),
    pytest.param("Wait... They fired again.", ["Wait...", "They fired again."], id="ellipsis"),
])
def test_sentences_english(text, expected):
    assert texts(text) == expected


def test_sentences_offsets_are_original_and_trimmed():
    text = "  Iran funds Hamas.   \n\n  Tehran denied it.  "
    sentences = split_sentences(text)
    assert [text[s.start:s.end] for s in sentences] == ["Iran funds Hamas.", "Tehran denied it."]
    assert [s.index for s in sentences] == [0, 1]


def test_sentences_line_break_ends_a_sentence_without_a_mark():
    assert texts("عنوان الخبر\nنص الخبر.") == ["عنوان الخبر", "نص الخبر."]


def test_sentences_skip_ranges_are_left_out_and_indexes_stay_dense():
    text = "Skip to main content\nIran funds Hamas.\nAvaToday caption\nTehran denied it."
    skip = [(0, 20), (39, 55)]
    sentences = split_sentences(text, skip)
    assert [text[s.start:s.end] for s in sentences] == ["Iran funds Hamas.", "Tehran denied it."]
    assert [s.index for s in sentences] == [0, 1]


def test_sentences_decimal_point_is_no_boundary():
    assert texts("The drone flew 3.5 km. It exploded.") == ["The drone flew 3.5 km.", "It exploded."]


def test_sentences_empty_text():
    assert split_sentences("") == []
    assert split_sentences("   \n\n ") == []


@pytest.mark.parametrize("text, expected", [
    pytest.param("سقطت قذائف على المطار.وقال شهود إن الدخان غطى المدينة.",
                 ["سقطت قذائف على المطار.", "وقال شهود إن الدخان غطى المدينة."], id="glued-full-stop"),
    pytest.param('ووصف البيان الضربة بأنها "رد على التصعيد".وأعلن الجيش حظر التجول.',
                 ['ووصف البيان الضربة بأنها "رد على التصعيد".', "وأعلن الجيش حظر التجول."],
                 id="glued-after-a-closing-quote"),
    pytest.param("سقطت القذيفة قرب (المعبر).وأغلقت الشرطة الطريق.",
                 ["سقطت القذيفة قرب (المعبر).", "وأغلقت الشرطة الطريق."], id="glued-after-a-bracket"),
    pytest.param("نقلت وكالة أ.ف.ب عن شهود أن قذيفة (آر.بي.جي) أصابت سيارة.",
                 ["نقلت وكالة أ.ف.ب عن شهود أن قذيفة (آر.بي.جي) أصابت سيارة."], id="abbreviations-stay-whole"),
    pytest.param("قالت قناة سي.ان.ان إن الاجتماع انتهى.", ["قالت قناة سي.ان.ان إن الاجتماع انتهى."],
                 id="transliterated-initials"),
])
def test_sentences_arabic_full_stop_without_space(text, expected):
    assert texts(text) == expected


def test_sentences_glued_period_scan_matches_the_look_behind_form():
    # The boundary regex checks a glued period's letters after matching it; it must
    # split exactly where the form opening with the look-behind does.
    import random
    import re

    from kg.text.sentences import _BOUNDARY
    reference = re.compile(r"[.!?\u061f\u2026]+[\"'\u201d\u2019\u00bb)\]]*(?=\s)|\n+"
                           r"|(?<=[\u0621-\u0652]{3})\.(?=[\u0621-\u064a]{3})"
                           r"|(?<=[\u0621-\u0652]{2}[\"\u201d\u00bb)])\.(?=[\u0621-\u064a]{3})")
    rng = random.Random(15)
    letters = "ابتثجده . .\n?!\"'»)]ab.ءْ"
    for _ in range(20000):
        text = "".join(rng.choice(letters) for _ in range(rng.randint(0, 24)))
        assert [m.span() for m in _BOUNDARY.finditer(text)] == [m.span() for m in reference.finditer(text)], text


def test_the_abbreviation_test_skips_only_periods_no_word_ends_before():
    # _is_abbreviation returns early when the character before the period cannot end
    # the word its regex looks for (for speed only): the regex finds nothing there.
    import random

    from kg.text.sentences import _WORD_BEFORE, _WORD_END
    rng = random.Random(15)
    letters = "aZ. \nاب1-"
    for _ in range(20000):
        text = "".join(rng.choice(letters) for _ in range(rng.randint(1, 12)))
        for dot in range(len(text)):
            if dot == 0 or text[dot - 1] not in _WORD_END:
                assert _WORD_BEFORE.search(text, max(0, dot - 40), dot) is None, (text, dot)


def _texts(text: str) -> list[str]:
    from kg.text.sentences import split_sentences
    return [text[s.start:s.end] for s in split_sentences(text)]


def test_an_abbreviation_before_a_lower_case_word_ends_no_sentence():
    # "B-1B." ends in a letter glued to a digit, which alone would end a number
    text = "Two B-1B. bombers from Texas struck the depot. Officials confirmed it."
    assert _texts(text) == ["Two B-1B. bombers from Texas struck the depot.", "Officials confirmed it."]


def test_a_title_before_a_name_ends_no_sentence():
    text = "Lt. Col. Adams said Brig. Gen. Ford signed the order. It was Monday."
    assert _texts(text) == ["Lt. Col. Adams said Brig. Gen. Ford signed the order.", "It was Monday."]


def test_an_abbreviation_before_a_word_that_opens_sentences_ends_one():
    text = "The raid was planned by the U.S. The militia then fired at the U.K. embassy."
    assert _texts(text) == ["The raid was planned by the U.S.", "The militia then fired at the U.K. embassy."]

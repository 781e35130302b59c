"""A list of quoted names on the line after a colon stays in the sentence that announces
it (kg/text/sentences.py; ninth real round of issue 13)."""
from __future__ import annotations

from kg.text.sentences import split_sentences


def texts(text):
    return [text[s.start:s.end] for s in split_sentences(text)]


def test_sentences_a_line_ending_in_a_colon_keeps_its_quoted_list():
    # The list of quoted members on the next line belongs to the clause that announces it;
    # a line after a colon that opens with no quote is a sentence of its own.
    text = 'وتضم الجبهة الفصائل التالية:\n"جيش النصر"، "لواء الصقور".\nوقال المتحدث:\nانتهى الأمر.'
    assert texts(text) == ['وتضم الجبهة الفصائل التالية:\n"جيش النصر"، "لواء الصقور".',
                           "وقال المتحدث:", "انتهى الأمر."]

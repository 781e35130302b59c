"""Word tokens and the per-sentence data the rule components share (kg/pipeline/tokens.py)."""
from __future__ import annotations

from kg.model import Document
from kg.pipeline.segment import make_doc
from kg.pipeline.tokens import separated_positions, tokens


def _doc(text: str, lang: str = "ar"):
    return make_doc(Document(id="t", text=text, language=lang))


def test_separated_positions_are_the_words_after_a_comma_or_semicolon():
    doc = _doc("قال المسؤول، إن القوات ؛ وصلت, ثم انسحبت;بعد ساعة")
    sentence = doc.sentences[0]
    words = [t.text for t in tokens(doc, sentence)]
    assert sorted(words[k] for k in separated_positions(doc, sentence)) == sorted(["ان", "وصلت", "ثم", "بعد"])


def test_separators_before_the_first_or_after_the_last_word_count_for_none():
    doc = _doc("، قال المسؤول ،", "ar")
    assert separated_positions(doc, doc.sentences[0]) == frozenset()
    doc = _doc("Hello", "en")
    assert separated_positions(doc, doc.sentences[0]) == frozenset()


def test_every_gap_with_a_separator_is_found_and_no_other():
    text = "a, b c;d ،e f g, , h"
    doc = _doc(text, "en")
    sentence = doc.sentences[0]
    toks = tokens(doc, sentence)
    expected = {k for k in range(1, len(toks))
                if any(ch in ",;،؛" for ch in doc.norm.text[toks[k - 1].end:toks[k].start])}
    assert separated_positions(doc, sentence) == expected
    assert expected == {1, 3, 4, 7}


def test_tokens_are_the_word_pattern_matches_with_their_offsets_in_every_sentence():
    text = ("قال المتحدث باسم الجيش: إن الهجوم وقع أمس. ثم أضاف — بعد ساعة — أن 3 جنود أصيبوا!\n"
            "The U.S.-led coalition's jets struck al-Qaim; Houthi's drones didn't.")
    doc = _doc(text, "ar")
    assert len(doc.sentences) >= 3
    from kg.pipeline.tokens import _WORD, sentence_span
    for sentence in doc.sentences:
        start, end = sentence_span(doc, sentence)
        expected = [(m.start(), m.end(), m.group()) for m in _WORD.finditer(doc.norm.text, start, end)]
        assert [tuple(t) for t in tokens(doc, sentence)] == expected
        assert all(doc.norm.text[t.start:t.end] == t.text for t in tokens(doc, sentence))


def test_mention_index_tells_overlaps_of_the_spans_given_and_added():
    from kg.model import Mention
    from kg.pipeline.tokens import MentionIndex
    doc = _doc("a b c d e f", "en")
    m = lambda s, e: Mention(s, e, "x", "Person", "r", "name", 0, s, e)  # noqa: E731
    index = MentionIndex(doc, [m(6, 8), m(0, 3)])
    assert index.starts == [0, 6] and index.ends == [3, 8]
    assert index.overlaps(2, 4) and index.overlaps(7, 9) and not index.overlaps(3, 6)
    empty = MentionIndex(doc, [])
    assert not empty.overlaps(0, 100)
    empty.add(4, 5)
    assert empty.overlaps(4, 5) and not empty.overlaps(5, 6)

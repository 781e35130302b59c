"""The speech span holding an offset, by bisection (kg/pipeline/speech_spans.py), against
the scan it replaces, on random overlapping spans."""
from __future__ import annotations

import random

from kg.model import Document, Speech
from kg.pipeline.segment import make_doc
from kg.pipeline.speech_spans import speech_containing


def _scan(speech, offset):
    best = None
    for sp in speech:
        if sp.start <= offset < sp.end and (best is None or sp.start >= best.start):
            best = sp
    return best


def test_bisection_finds_the_span_the_scan_finds():
    rng = random.Random(15)
    doc = make_doc(Document(id="d", text="قال الوزير إن القصف مستمر. " * 4, language="ar"))
    for _ in range(300):
        doc.speech.clear()
        doc.cache.pop("speech_spans", None)
        for _ in range(rng.randint(0, 12)):
            start = rng.randint(0, 80)
            doc.speech.append(Speech(start, start + rng.randint(1, 30), f"s{len(doc.speech)}", "قال"))
        for offset in range(0, 115):
            assert speech_containing(doc, offset) is _scan(doc.speech, offset)


def test_a_span_appended_later_is_found():
    doc = make_doc(Document(id="d", text="قال الوزير إن القصف مستمر.", language="ar"))
    assert speech_containing(doc, 5) is None
    doc.speech.append(Speech(0, 20, "minister", "قال"))
    assert speech_containing(doc, 5) is doc.speech[0]


def test_clause_end_pattern_finds_what_the_plain_alternation_does():
    # _CLAUSE_END opens with one character class and tells its kinds apart behind it
    # (for speed only): on random text it finds the same first match from every start.
    import random
    import re

    from kg.pipeline.speech import _CLAUSE_END
    plain = re.compile(r"(?:[,،;؛]\s*|\s)(?:و(?:قال|اضاف|اكد|اوضح|تابع)ت?(?!\w)|but |while |and said)"
                       r"|[,،;؛]\s*(?:قال|اضاف|اكد|اوضح|ذكر)ت?(?!\w)|\.\s")
    rng = random.Random(15)
    pieces = [" ", " ", "\n", ",", "،", "؛", ".", "و", "قال", "اضاف", "ذكر", "اكد", "ت", "ه", "but ", "while ",
              "and said", "x", "ب"]
    for _ in range(20000):
        text = "".join(rng.choice(pieces) for _ in range(rng.randint(0, 10)))
        for start in range(len(text) + 1):
            a, b = _CLAUSE_END.search(text, start), plain.search(text, start)
            assert (a and a.span()) == (b and b.span()), (text, start)

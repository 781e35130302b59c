"""Which reported-speech span holds a given offset, found by bisection.

The relation and attack stages ask it for every fact they read (``polarity_at``,
``speech_at``); a scan of every span of the document per question is quadratic in long
documents (each long article has many speech spans and many facts).
"""
from __future__ import annotations

from bisect import bisect_right
from itertools import accumulate

from kg.model import ASSERTED, DENIED, REPORTED, Doc, Speech


def speech_containing(doc: Doc, offset: int) -> Speech | None:
    """The span of ``doc.speech`` with ``start <= offset < end`` that starts last (of two
    starting there, the one listed later), or None: what a scan of the list in order,
    keeping a span whose start is at least the kept one's, finds."""
    speech = doc.speech
    if not speech:
        return None
    index = doc.cache.get("speech_spans")
    if index is None or index[0] != len(speech):
        # Spans are only ever appended (by the speech stage): the count tells a stale index.
        order = sorted(range(len(speech)), key=lambda i: (speech[i].start, i))
        index = doc.cache["speech_spans"] = (
            len(speech), order, [speech[i].start for i in order],
            list(accumulate((speech[i].end for i in order), max)))   # the furthest end so far
    _, order, starts, reach = index
    k = bisect_right(starts, offset) - 1     # the last span starting at or before offset
    while k >= 0 and reach[k] > offset:      # none at or before k reaches offset: stop
        span = speech[order[k]]
        if span.end > offset:
            return span
        k -= 1
    return None


def polarity_at(doc: Doc, offset: int, presupposed: bool = False) -> tuple[str, str | None]:
    """(polarity, speaker) for a fact whose wording starts at original ``offset``; a
    presupposed one (a title the speaker names someone by) is reported, never denied."""
    best = speech_containing(doc, offset)
    if best is None:
        return ASSERTED, None
    return (DENIED if best.denial and not presupposed else REPORTED), best.speaker

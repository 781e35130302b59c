"""Places named in a list after the plural of a place noun: "بلدات A، B، C، وD",
"مستوطنات A، B وC" (census of unseen articles, issue 13). The dual has its rule
(dual_places); here the plural says that a list of names follows, each item one word, or
two (a toponym of two words, "عيتا الشعب"، "كفر جلعادي"), up to the comma. Three items at
least make the list; an item of more words, a noun of the surroundings ("ومحيط بلدة X")
or a preposition ends it. A name already known stays as it is. A rule of
:mod:`kg.lang.ar.discovery`.
"""
from __future__ import annotations

import re

from kg.lang import language_words
from kg.lang.cues import cues
from kg.pipeline.discovery import Candidate, Context
from kg.pipeline.tokens import Token, any_cue_positions, strip_proclitic

C = cues("ar")
_HEADS = language_words("ar", "cues", "place_plurals")
_AROUND = language_words("ar", "cues", "place_surroundings")
#: Directions ("قرى الجنوب والبقاع"): regions of a country, no list of towns.
_DIRECTIONS = frozenset({"الجنوب", "الشمال", "الشرق", "الغرب", "الوسط", "جنوب", "شمال", "شرق", "غرب"})
#: A definite feminine adjective ("الحدودية") describes the place; it is no name word.
_ADJECTIVE = re.compile(r"^ال\w+يه$")


def _item(ctx: Context, toks: list[Token], k: int, last: bool) -> tuple[list[Token], int] | None:
    """The item's words from ``k`` up to the next comma (None when it reads as no name)."""
    words: list[Token] = []
    j = k
    while j < len(toks):
        t = toks[j]
        word = t.text[1:] if last and not words else t.text
        if not word.isalpha() or word in C.stop_words or strip_proclitic(word, _AROUND) and not words \
                or word in _DIRECTIONS \
                or word in C.place_heads or len(word) < 2:
            return None if not words else (words, j)
        if words and (_ADJECTIVE.match(word) or ctx.text[toks[j - 1].end:t.start] != " "):
            break
        words.append(t)
        j += 1
        if j < len(toks) and ctx.text[t.end:toks[j].start].strip() in ("،", ","):
            break
        if len(words) > 2:
            return None
    return (words, j) if words else None


def listed_places(ctx: Context, toks: list[Token]) -> list[Candidate]:
    out = []
    for i in any_cue_positions(ctx.doc, ctx.sentence, _HEADS):
        if not strip_proclitic(toks[i].text, _HEADS) or ctx.text[toks[i].end:toks[i + 1].start if i + 1 < len(toks) else 0] != " ":
            continue
        items, k = [], i + 1
        while k < len(toks):
            last = bool(items) and toks[k].text.startswith("و")
            got = _item(ctx, toks, k, last)
            if got is None:
                break
            words, k = got
            items.append((words, last))
            if last:
                break
            if k >= len(toks) or ctx.text[words[-1].end:toks[k].start].strip() not in ("،", ","):
                break
        if len(items) < 3:
            continue
        for words, last in items:
            start, end = words[0].start + (1 if last else 0), words[-1].end
            if any(m.nstart < end and start < m.nend for m in ctx.sentence_mentions()):
                continue   # a known name stays
            out.append(Candidate(start, end, "Place", "ar.discover.listed_place"))
    return out


listed_places.cues = (_HEADS,)

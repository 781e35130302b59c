"""Word tokens over normalised text, and helpers shared by the rule components."""
from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from operator import itemgetter
from typing import NamedTuple

from kg.lang.ar.morphology import PROCLITICS
from kg.model import Doc, Mention, Sentence
from kg.pipeline.derived import built_once

_WORD = re.compile(r"\w+(?:[-'’]\w+)*")


class Token(NamedTuple):
    """A word of a sentence (a tuple: made for every word of every document, and a
    frozen dataclass costs several times as much to build)."""

    start: int   # normalised offsets
    end: int
    text: str


_new_tuple = tuple.__new__
#: A token's text (``Token.text``): ``map`` with it builds a sentence's word set without a
#: generator frame per word (three times faster than ``t.text for t in ...``).
token_text = itemgetter(2)


def sentence_span(doc: Doc, sentence: Sentence) -> tuple[int, int]:
    """Normalised (start, end) of a sentence."""
    spans = doc.cache.get("spans")
    if spans is None:
        spans = doc.cache["spans"] = [(doc.norm.to_normalized(s.start), doc.norm.to_normalized(s.end))
                                      for s in doc.sentences]
    return spans[sentence.index]


def tokens(doc: Doc, sentence: Sentence) -> list[Token]:
    """Word tokens of a sentence (computed once per document)."""
    # Asked ~90 k times per 200 documents: setdefault would build a throwaway {} per call.
    cached = doc.cache.get("tokens")
    if cached is None:
        cached = doc.cache["tokens"] = {}
    toks = cached.get(sentence.index)
    if toks is None:
        start, end = sentence_span(doc, sentence)
        # tuple.__new__ skips the named tuple's Python-level __new__ (2.5x faster here).
        toks = cached[sentence.index] = [_new_tuple(Token, (m.start(), m.end(), m.group()))
                                         for m in _WORD.finditer(doc.norm.text, start, end)]
    return toks


def sentence_words(doc: Doc, sentence: Sentence) -> frozenset[str]:
    """The distinct word forms of a sentence (computed once per document)."""
    cached = doc.cache.get("words")
    if cached is None:
        cached = doc.cache["words"] = {}
    words = cached.get(sentence.index)
    if words is None:
        words = cached[sentence.index] = frozenset(map(token_text, tokens(doc, sentence)))
    return words


_SEPARATOR = re.compile("[،,;؛]")


def token_start(tok: Token) -> int:
    """A token's start: the key to bisect a sentence's tokens by offset."""
    return tok.start


def separated_positions(doc: Doc, sentence: Sentence) -> frozenset[int]:
    """Indexes of the sentence's tokens (never the first) with a comma or semicolon,
    Latin or Arabic, between them and the token before: one regex scan of the sentence
    and a bisection per separator, not a look at every gap."""
    toks = tokens(doc, sentence)
    if len(toks) < 2:
        return frozenset()
    out = set()
    for hit in _SEPARATOR.finditer(doc.norm.text, toks[0].end, toks[-1].start):
        # A separator is no word character, so it lies in the gap before token k.
        out.add(bisect_left(toks, hit.start(), key=token_start))
    return frozenset(out)


_FORM_SETS: dict[int, tuple[object, frozenset[str]]] = {}
_PLAIN_SETS: dict[int, tuple[object, frozenset[str]]] = {}


def cue_positions(doc: Doc, sentence: Sentence, stems, proclitics: bool = True) -> list[int]:
    """Indexes of the sentence's tokens that are a word of ``stems``, in order.

    With ``proclitics`` a token counts when :func:`strip_proclitic` finds it, so a rule
    that tests every token with ``strip_proclitic`` can visit only these positions.  A
    sentence none of whose words is a form of ``stems`` costs one set intersection.
    ``stems`` should be a long-lived set or dict (its forms are indexed once).
    """
    forms = built_once(_FORM_SETS, stems, lambda s: frozenset(_clitic_index(s))) if proclitics \
        else built_once(_PLAIN_SETS, stems, frozenset)
    if forms.isdisjoint(sentence_words(doc, sentence)):
        return []
    # t[2] is t.text without the named field's descriptor (most words are tested).
    return [i for i, t in enumerate(tokens(doc, sentence)) if t[2] in forms]


def any_cue_positions(doc: Doc, sentence: Sentence, *stem_tables) -> list[int]:
    """Indexes of the tokens that are a word (with proclitics) of any of ``stem_tables``."""
    if len(stem_tables) == 1:
        return cue_positions(doc, sentence, stem_tables[0])
    return sorted({i for stems in stem_tables for i in cue_positions(doc, sentence, stems)})


_CLITIC_INDEXES: dict[int, tuple[object, dict[str, tuple[str, str]]]] = {}


def _clitic_index(stems) -> dict[str, tuple[str, str]]:
    """Every proclitic-bearing form of ``stems`` -> (prefix, stem), built once per set."""
    return built_once(_CLITIC_INDEXES, stems, _build_clitic_index)


def _build_clitic_index(stems) -> dict[str, tuple[str, str]]:
    index: dict[str, tuple[str, str]] = {}
    for stem in stems:
        for prefix in sorted(PROCLITICS, key=len, reverse=True):
            index.setdefault(prefix + stem, (prefix, stem))
            if stem.startswith("ال") and prefix.endswith("ل"):
                # للحركة: ل + (ا)لحركة
                index.setdefault(prefix + stem[1:], (prefix, stem))
    for stem in stems:
        index[stem] = ("", stem)
    return index


def clitic_forms(stems) -> list[str]:
    """Every written form of ``stems`` with the Arabic proclitics (for prefilters)."""
    return list(_clitic_index(stems))


def strip_proclitic(word: str, stems) -> tuple[str, str] | None:
    """(prefix, stem) when ``word`` is a stem of ``stems`` behind Arabic proclitics.

    Handles the ل + ال contraction: للحركة -> ("ل", "الحركة").  ``stems`` should be a
    long-lived set or dict (an index of its forms is built once and kept).
    """
    # The hot path (millions of words): built_once's lookup written out, saving a call.
    cached = _CLITIC_INDEXES.get(id(stems))
    if cached is not None and cached[0] is stems:
        return cached[1].get(word)
    return _clitic_index(stems).get(word)


class MentionIndex:
    """Which normalised ranges of a Doc are already covered by mentions."""

    def __init__(self, doc: Doc, mentions: list[Mention] | None = None):
        # Made per sentence by discovery (often empty): no generator, one transposition.
        spans = sorted([(m.nstart, m.nend) for m in (doc.mentions if mentions is None else mentions)])
        if spans:
            starts, ends = zip(*spans)
            self.starts, self.ends = list(starts), list(ends)
        else:
            self.starts, self.ends = [], []

    def overlaps(self, start: int, end: int) -> bool:
        i = bisect_left(self.ends, start + 1)
        return i < len(self.starts) and self.starts[i] < end

    def add(self, start: int, end: int) -> None:
        i = bisect_right(self.starts, start)
        self.starts.insert(i, start)
        self.ends.insert(i, end)


def add_mention(doc: Doc, nstart: int, nend: int, entity: str, cls: str, rule: str,
                kind: str, sentence: int) -> Mention:
    ostart, oend = doc.norm.span_to_original(nstart, nend)
    m = Mention(ostart, oend, entity, cls, rule, kind, sentence, nstart, nend)
    doc.mentions.append(m)
    return m


def sort_mentions(doc: Doc) -> None:
    doc.mentions.sort(key=lambda m: (m.start, -m.end))


def word_span(text: str, start: int, end: int, arabic: bool) -> tuple[int, int] | None:
    """Whether text[start:end] is a whole word (Arabic proclitics allowed before)."""
    if end < len(text) and text[end].isalnum():
        return None
    ws = start
    while ws > 0 and text[ws - 1].isalnum():
        ws -= 1
    prefix = text[ws:start]
    if prefix and not (arabic and prefix in PROCLITICS):
        return None
    return start, end


def sentence_of(doc: Doc, nstart: int) -> int:
    """The index of the sentence holding normalised offset ``nstart`` (-1 if none)."""
    ostart = doc.norm.to_original(nstart)
    for s in doc.sentences:
        if s.start <= ostart < s.end:
            return s.index
    return -1

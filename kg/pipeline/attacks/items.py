"""A sentence as the attack rules read it: a row of items (words and mentions, Arabic
proclitics kept with the item), and the per-document tables the rules ask of it (dates by
sentence, reported speech at an offset)."""
from __future__ import annotations

from functools import lru_cache
from typing import NamedTuple

from kg.model import Doc, Mention, Sentence
from kg.pipeline.attacks.cues import role_kinds
from kg.pipeline.speech_spans import speech_containing
from kg.pipeline.tokens import tokens
from kg.text.normalize import normalize_key

_DETERMINERS = {"the", "a", "an"}


class Item(NamedTuple):
    """A word or a mention of a sentence (a tuple: one per word of every sentence with a
    cue, and a dataclass's Python-level __init__ costs several times as much to build)."""

    start: int          # normalised offsets
    end: int
    word: str | None = None
    mention: Mention | None = None
    clitic: str = ""    # letters glued before a mention: "ل", "ب", "و"
    comma: bool = False  # a comma stands between this item and the one before
    kinds: int = 0      # the word's role-cue kinds (cues.role_kinds bits), 0 for a mention


_new_tuple = tuple.__new__   # skips the named tuple's Python-level __new__


def sentence_items(doc: Doc, sentence: Sentence, mentions: list[Mention]) -> list[Item]:
    """Words and mentions of a sentence in order; a mention absorbs the words it covers."""
    ms = sorted(mentions, key=_nstart)
    n = len(ms)
    items: list[Item] = []
    append = items.append
    k = 0
    text = doc.norm.text
    prev_end = -1           # the end of the item before (-1: none yet)
    prev_mention = None
    kinds_of = role_kinds(doc.lang).get
    for start, end, word in tokens(doc, sentence):
        while k < n and ms[k].nend <= start:
            k += 1
        if k < n and ms[k].nstart < end:
            m = ms[k]
            if prev_mention is m:
                continue
            clitic = text[start:m.nstart] if start < m.nstart else ""
            start, end, word, kinds = m.nstart, m.nend, None, 0
        else:
            m, clitic, kinds = None, "", kinds_of(word, 0)
        comma = False
        if prev_end >= 0:
            gap = text[prev_end:start]
            # Most gaps are one space: the four separator tests only for the others.
            comma = gap != " " and ("," in gap or "،" in gap or ";" in gap or "؛" in gap)
        append(_new_tuple(Item, (start, end, word, m, clitic, comma, kinds)))
        prev_end, prev_mention = end, m
    # English determiners carry no role: "in the Red Sea" reads as "in Red Sea".
    if doc.lang == "en":
        items = [it for it in items if it.word not in _DETERMINERS]
    return items


def _nstart(m: Mention) -> int:
    return m.nstart


def items_in_dates(doc: Doc, sentence: Sentence, items: list[Item]) -> frozenset[int]:
    """Indexes of the items that lie inside a date mention of the sentence."""
    dates = dates_by_sentence(doc).get(sentence.index, ())
    if not dates:
        return frozenset()   # most sentences: no date, no item to test
    # Asked again by every trigger's frame with the same items: kept with those items
    # (compared by identity, so another item list of the sentence is read afresh).
    cache = doc.cache.get("items_in_dates")
    if cache is None:
        cache = doc.cache["items_in_dates"] = {}
    hit = cache.get(sentence.index)
    if hit is not None and hit[0] is items:
        return hit[1]
    spans = [(doc.norm.to_normalized(d.start), doc.norm.to_normalized(d.end)) for d in dates]
    inside = frozenset(k for k, it in enumerate(items)
                       if any(a <= it.start and it.end <= b for a, b in spans))
    cache[sentence.index] = (items, inside)
    return inside


def speech_at(doc: Doc, offset: int):
    return speech_containing(doc, offset)


def bare_word(word: str) -> str:
    """A word as written without a leading و/ف, where more than four letters remain one
    glued conjunction plus a word ("وضربت" -> "ضربت"; "فتح" stays)."""
    return word[1:] if word[:1] in ("و", "ف") and len(word) > 4 else word


@lru_cache(maxsize=8192)
def strip_conj(word: str) -> str:
    """A word without a leading و/ف (memoised: asked for the same entity names and words
    in every sentence with an attack)."""
    w = normalize_key(word)
    return w[1:] if w[:1] in ("و", "ف") and len(w) > 3 else w


def dates_by_sentence(doc: Doc) -> dict[int, list]:
    """The document's date mentions by sentence index (built once per document)."""
    index = doc.cache.get("dates_by_sentence")
    if index is None:
        index = doc.cache["dates_by_sentence"] = {}
        for d in doc.dates:
            index.setdefault(d.sentence, []).append(d)
    return index

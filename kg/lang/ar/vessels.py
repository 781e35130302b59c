"""Arabic cues for ships the lexicon does not know: a ship noun, its flag's nisba, cargo
or a naming clause, then its name in quotes or brackets; and the quote helpers the
head rules of :mod:`kg.lang.ar.discovery` share with them (the normalised text drops the
quote marks, so they are read from the original).
"""
from __future__ import annotations

import re

from kg.lang.ar.morphology import WITH_PRONOUN, strip_article
from kg.lang.cues import cues
from kg.pipeline.discovery import Candidate, Context
from kg.pipeline.tokens import Token, any_cue_positions, strip_proclitic
from kg.text.normalize import normalize_key

C = cues("ar")
_NAME_HEADS = {**C.org_heads, **C.place_heads}

#: A feminine past verb ("تعرضت", "أصيبت"): the ship is the subject, the verb follows it.
_FEMININE_PAST = re.compile(r"^\w{3,}ت$")


def _verb_or_noun_after_ship(words: list[Token], head: str) -> bool:
    """"السفينة تعرضت لأضرار", "ربان السفينة أبلغ أنها", "سفينة ومدمرة أمريكية": after a
    ship noun the sentence's verb (a verb of saying, or a feminine past verb agreeing
    with the definite noun) or a second ship noun joined by "و" is no ship's name."""
    first = words[0].text
    if strip_proclitic(first, _VESSEL_HEADS) or strip_proclitic(first, C.speech_verbs) \
            or any(WITH_PRONOUN.match(w.text) for w in words):
        return True   # and a word with a pronoun glued on: "الناقلة لحسابها", "بأنها"
    return len(words) == 1 and head.startswith("ال") and bool(_FEMININE_PAST.match(first))


_CARGO = frozenset({"نفط", "بضايع", "شحن", "حاويات", "غاز", "كيماويات", "وقود", "حبوب", "سيارات"})
_BRACKETED = re.compile(r"\s*\(([^()]{2,40})\)")


def _bracketed_after(ctx: Context, toks: list[Token], i: int) -> tuple[int, int] | None:
    """The span inside brackets after token i, past cargo words and a nisba."""
    j = i + 1
    while j < len(toks) and (strip_article(toks[j].text) in _CARGO or
                             (ctx.mention_at(toks[j].start) is not None and ctx.mention_at(toks[j].start).kind == "nisba")):
        j += 1
    pos = toks[j - 1].end
    m = _BRACKETED.match(ctx.text, pos)
    if not m or ctx.covered.overlaps(m.start(1), m.end(1)):
        return None
    return m.start(1), m.end(1)


_VESSEL_HEADS = {w: c for w, c in _NAME_HEADS.items() if c == "Vessel"}
#: Words a ship's name may follow its noun through: "السفينة التي وصفها بأنها "X"",
#: "سفينة تدعى "X"", "ناقلة تحمل اسم "X"".
_NAMING = frozenset(normalize_key(w) for w in (
    "التي", "الذي", "وصفها", "وصفه", "بأنها", "بأنه", "تدعى", "يدعى", "تسمى", "يسمى", "المسماة",
    "المسمى", "باسم", "اسمها", "واسمها", "اسم", "تحمل", "يحمل", "هي", "وهي"))
_QUOTE_MARK = "\"\u201c\u201d\u201e\u00ab\u00bb"
_QUOTED_NAME = re.compile(f"\\s*[{_QUOTE_MARK}]\\s*([^{_QUOTE_MARK}\\n.,\u060c:;!?()]{{2,40}}?)\\s*[{_QUOTE_MARK}]")


def _vessel_quoted(ctx: Context, toks: list[Token]) -> list[Candidate]:
    """A ship noun, its flag's nisba, cargo or a naming clause, then its name in quotes:
    سفينة «X», السفينة الإسرائيلية "X", السفينة التي وصفها بأنها "X".  Read from the
    marks next to the name, so a quote the article left open elsewhere does not hide it.
    A definite ship noun right before quotes is a subject whose words are quoted
    (السفينة "اصطدمت ..."), not a name."""
    out = []
    for i in any_cue_positions(ctx.doc, ctx.sentence, _VESSEL_HEADS):
        found = strip_proclitic(toks[i].text, _VESSEL_HEADS)
        if not found:
            continue
        j = i + 1
        while j < len(toks) and j - i <= 4:
            t = toks[j]
            m = ctx.mention_at(t.start)
            if not (strip_article(t.text) in _CARGO or t.text in _NAMING
                    or m is not None and m.kind == "nisba") \
                    or _quote_between(ctx, toks[j - 1], t):
                break
            j += 1
        if j == i + 1 and found[1].startswith("ال"):
            continue
        _, after = ctx.doc.norm.span_to_original(toks[j - 1].start, toks[j - 1].end)
        q = _QUOTED_NAME.match(ctx.doc.text, after)
        if q is None:
            continue
        ns, ne = ctx.doc.norm.to_normalized(q.start(1)), ctx.doc.norm.to_normalized(q.end(1))
        if ctx.covered.overlaps(ns, ne) or not _name_like([t for t in toks if ns <= t.start and t.end <= ne]):
            continue
        out.append(Candidate(ns, ne, "Vessel", "ar.discover.vessel_quoted", label_span=ship_name_span(ctx, ns, ne)))
    return out


_QUOTE_MARK_RE = re.compile(f"[{_QUOTE_MARK}]")


def _quote_between(ctx: Context, a: Token, b: Token) -> bool:
    """Whether the original text has a quote mark between tokens a and b (normalised
    text drops the marks)."""
    end = ctx.doc.norm.span_to_original(a.start, a.end)[1]
    start = ctx.doc.norm.span_to_original(b.start, b.end)[0]
    return bool(_QUOTE_MARK_RE.search(ctx.doc.text, end, start))




def _name_like(words: list[Token]) -> bool:
    """Quoted words that can be a ship's name: at most five, none with a pronoun glued on
    (those quote what was said of the ship).  Function words may be letters spelled out:
    "آي إن إس ..." (INS)."""
    return 0 < len(words) <= 5 and not any(WITH_PRONOUN.match(w.text) for w in words)


#: A navy's ship prefix spelled out before the name ("USS", "HMS", "INS"): "المدمرة «يو إس إس
#: لابون»" and "المدمرة لابون" are one ship, called by its name without the prefix.
_SHIP_PREFIXES = tuple(normalize_key(p) + " " for p in (
    "يو إس إس", "يو اس اس", "إتش إم إس", "اتش ام اس", "إتش.إم.إس", "آي إن إس", "اي ان اس"))


def ship_name_span(ctx: Context, start: int, end: int) -> tuple[int, int]:
    """The span of a ship's name without the navy's prefix before it."""
    text = ctx.text[start:end]
    for prefix in _SHIP_PREFIXES:
        if text.startswith(prefix) and len(text) > len(prefix):
            return start + len(prefix), end
    return start, end


def prefixed_name(ctx: Context, toks: list[Token], i: int) -> list[Token]:
    """"المدمرة يو إس إس ماسون": after a ship noun at ``i``, the navy's prefix and one or
    two name words (not yet read, not a stop word, not definite)."""
    rest = ctx.text[toks[i].end + 1:toks[i].end + 40]
    prefix = next((p for p in _SHIP_PREFIXES if rest.startswith(p)), None)
    if prefix is None or ctx.text[toks[i].end:toks[i].end + 1] != " ":
        return []
    k = i + 1
    while k < len(toks) and toks[k].end <= toks[i].end + len(prefix):
        k += 1
    name: list[Token] = []
    while k < len(toks) and len(name) < 2 and ctx.text[toks[k - 1].end:toks[k].start] == " " \
            and toks[k].text.isalpha() and toks[k].text not in C.stop_words and not toks[k].text.startswith("ال") \
            and not ctx.covered.overlaps(toks[k].start, toks[k].end):
        name.append(toks[k])
        k += 1
    return toks[i + 1:k] if name else []


#: Feminine adjectives a ship noun takes ("سفينة تجارية", "سفينة مدنية"): no name words.
_FEMININE_ADJECTIVE = re.compile(r"^(\w+يه|م\w+ه)$")


def named_by_its_nisba(ctx: Context, toks: list[Token], i: int, words: list[Token]) -> bool:
    """"سفينة ستار أيرس الأميركية": an indefinite ship noun, indefinite words, then a
    definite nisba. The nisba agrees with a definite noun, and the indefinite noun is made
    definite only by a proper name after it: the words between are the ship's name.
    ("سفينة تجارية أميركية" has an indefinite nisba and an adjective: no name.)"""
    k = i + 1 + len(words)
    if not words or len(words) > 3 or k >= len(toks) or toks[i].text.startswith("ال"):
        return False
    if any(w.text.startswith("ال") or _FEMININE_ADJECTIVE.match(w.text) or not w.text.isalpha()
           for w in words):
        return False
    nisba = ctx.mention_at(toks[k].start)
    return nisba is not None and nisba.kind == "nisba" and toks[k].text.startswith("ال") \
        and ctx.text[words[-1].end:toks[k].start] == " "


_vessel_quoted.cues = (_VESSEL_HEADS,)

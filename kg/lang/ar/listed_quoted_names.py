"""Groups named in quotes inside a list of members: "وتضم الجبهة الفصائل التالية: «جيش X»،
«الجبهة Y»"، "بينها «حركة Z»، «لواء W»"، "مجموعات من «الجيش V»". The name opens with a
unit's or body's noun ("جيش"، "الجبهة"، "حركة") that, unquoted, is as often a description
("جيش الاحتلال"، "الجبهة الشمالية"); in quotes right after a colon, "among them" ("بينها"،
"منها"، "مثل") or "groups from", or after another quoted member of the same list, it is a
name. Slogans and operations quoted in the same place open with no such noun and stay
unnamed. A rule of :mod:`kg.lang.ar.discovery` (ninth real round, issue 13).
"""
from __future__ import annotations

import re

from kg.lang import language_words
from kg.lang.cues import cues
from kg.pipeline.discovery import Candidate, Context
from kg.pipeline.tokens import Token
from kg.text.normalize import normalize_key

C = cues("ar")

_CLASSES = ("ArmedGroup", "Organization", "Coalition")
#: Head noun (normalised, without the article) -> class of the named body.
_HEADS = {w: cls for table in (C.org_heads, C.quoted_only_heads)
          for w, cls in table.items() if cls in _CLASSES and " " not in w}
_NOT_NAME = language_words("ar", "cues", "describing_after_head")
_Q = "\"“”«»"
#: What may stand between a list's opening and the quote: earlier quoted members, each
#: perhaps glossed in brackets, and the commas and "و" that join them.
_TAIL = re.compile(
    r"(?::|(?<!\w)(?:و?من )?(?:بينها|منها|مثل|ابرزها|أبرزها|وأبرزها|وابرزها)"
    r"|(?<!\w)(?:و?(?:ال)?(?:مجموعات|فصائل|جماعات|ميليشيات|مليشيات|قوى))(?: [^\s:،,\"“”«»]+){0,2} من)"
    r"\s*(?:[\"“«][^\"“”«»\n]{1,60}[\"”»]\s*(?:\([^()\n]{0,120}\)\s*)?[،,]\s*)*"
    r"(?:و|وفصائل |فصائل )?$")


_LAST_WORD = re.compile(r"(\S+)\s*:$")


def _after_list_opening(ctx: Context, qs: int) -> bool:
    s, _ = ctx.doc.norm.span_to_original(qs, qs + 1)
    before = ctx.doc.text[max(0, s - 1 - 600):s - 1]   # up to the opening quote mark
    m = _TAIL.search(before)
    if m is None:
        return False
    # A colon after a verb of saying opens a quotation, no list: 'وقال: "حركة ..."'.
    said = _LAST_WORD.search(before[:m.start() + 1])
    if said and m.group(0).startswith(":"):
        word = normalize_key(said.group(1))
        if word in C.speech_verbs or word[:1] in "وف" and word[1:] in C.speech_verbs:
            return False
    return True


def listed_quoted_names(ctx: Context, toks: list[Token]) -> list[Candidate]:
    out = []
    for qs, qe in ctx.quotes:
        inside = [t for t in toks if qs <= t.start and t.end <= qe]
        if not 2 <= len(inside) <= 6 or inside[0].start != qs or inside[-1].end != qe:
            continue
        first = normalize_key(inside[0].text)
        head = first[2:] if first.startswith("ال") else first
        cls = _HEADS.get(head)
        if cls is None or normalize_key(inside[1].text) in _NOT_NAME:
            continue
        # Only a generic reading ("جيش" as the army) may be overridden by the name.
        if any(m.nstart < qe and qs < m.nend and m.kind != "generic" for m in ctx.sentence_mentions()):
            continue
        if not _after_list_opening(ctx, qs):
            continue
        out.append(Candidate(qs, qe, cls, "ar.discover.listed_quoted_name", absorb=True))
    return out


listed_quoted_names.needs_quotes = True

"""The outlet named in a dateline: "بغداد/ شبكة أخبار العراق- أكد ..."، "طهران/20 كانون
الثاني/يناير/ارنا-أفادت ...": a place opening the sentence, then after a slash (and a date
set off by slashes) the outlet's name, closed by a hyphen (round i13h27). The name is the
lexicon's outlet when one of its names or aliases is written so (identity only), else a new
organisation (it may contain a state's name: "أخبار العراق"). A rule of
:mod:`kg.lang.ar.discovery`.
"""
from __future__ import annotations

import re
from functools import lru_cache

from kg.lexicon import default_lexicon
from kg.pipeline.discovery import Candidate, Context
from kg.pipeline.lexicon_entities import add_lexicon_entity
from kg.pipeline.tokens import Token, sentence_span
from kg.text.normalize import normalize_key

#: The place, the slash, slash-separated date parts, the name (1-4 words), the hyphen.
_DATELINE = re.compile(r"\s*(?P<place>[^\W\d]+(?: [^\W\d]+)?) ?/(?:[^/\n\-–]{1,30}/)*? ?"
                       r"(?P<name>[^\W\d]+(?: [^\W\d]+){0,3}) ?[-–]")


#: Kind words an outlet's full name may open with, dropped in a dateline.
_KINDS = frozenset(normalize_key(w) for w in ("قناة", "صحيفة", "جريدة", "موقع", "شبكة", "وكالة", "إذاعة"))


@lru_cache(maxsize=1)
def _outlets() -> dict[str, str]:
    """Normalised name or alias -> outlet id (news media only)."""
    found: dict[str, set[str]] = {}
    for entry in default_lexicon():
        if entry.cls == "Organization" and (entry.cameo or "").endswith("MED"):
            for name in entry.names():
                key = normalize_key(name)
                found.setdefault(key, set()).add(entry.id)
                words = key.split()
                if len(words) > 1 and words[0] in _KINDS:   # "وكالة إرنا" is written "إرنا"
                    found.setdefault(" ".join(words[1:]), set()).add(entry.id)
    return {k: next(iter(v)) for k, v in found.items() if len(v) == 1}


def dateline_outlets(ctx: Context, toks: list[Token]) -> list[Candidate]:
    ns, ne = sentence_span(ctx.doc, ctx.sentence)
    m = _DATELINE.match(ctx.text, ns, ne)
    if m is None:
        return []
    place = ctx.mention_at(m.start("place"))
    if place is None or place.cls not in ("Place", "State", "Region") or place.nend != m.end("place"):
        return []
    start, end = m.span("name")
    outlet = _outlets().get(m.group("name"))
    if outlet is not None:
        if outlet not in ctx.doc.entities:
            add_lexicon_entity(ctx.doc, default_lexicon()[outlet])
        # The short name the dateline writes ("ارنا") is how this text names the outlet, as
        # a name the matcher finds stays an alias of its entity.
        written = ctx.original(start, end).strip()
        ctx.doc.entities[outlet].aliases.add((written, ctx.doc.lang))
        return [Candidate(start, end, "Organization", "ar.discover.dateline_outlet", entity=outlet, absorb=True)]
    return [Candidate(start, end, "Organization", "ar.discover.dateline_outlet", absorb=True)]

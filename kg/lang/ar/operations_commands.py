"""Iraqi (and Syrian) army operations commands named by the area they hold: "قيادة عمليات
حزام بغداد"، "قائد عمليات غرب الأنبار". The word "عمليات" in construct with a place
(and a sector word before it) names a command when "قيادة" opens it or a post's noun
(قائد, معاون, آمر) governs it; "عمليات" alone ("operations in X") names nothing. The lexicon
holds the commands it knows; this rule finds the rest. A rule of
:mod:`kg.lang.ar.discovery` (census, issue 13).
"""
from __future__ import annotations

from functools import lru_cache

from kg.lang import language_data
from kg.lexicon import default_lexicon
from kg.pipeline.discovery import Candidate, Context
from kg.pipeline.lexicon_entities import add_lexicon_entity
from kg.pipeline.tokens import Token, cue_positions, strip_proclitic
from kg.text.normalize import normalize_key

_DATA = language_data("ar", "cues").get("operations_commands") or {}
_OPERATIONS = frozenset({normalize_key(_DATA.get("noun", "عمليات"))})
_COMMAND = frozenset(normalize_key(w) for w in _DATA.get("command", ()))
_POSTS = frozenset(normalize_key(w) for w in _DATA.get("posts", ()))
_SECTORS = frozenset(normalize_key(w) for w in _DATA.get("sectors", ()))
_AREAS = frozenset({"Place", "Region"})


@lru_cache(maxsize=1)
def _known_commands() -> dict[str, str]:
    """The lexicon's commands by their normalised Arabic names ("قيادة عمليات سامراء")."""
    prefix = normalize_key("قيادة عمليات")
    return {key: e.id for e in default_lexicon() for n in e.names()
            if (key := normalize_key(n)).startswith(prefix)}


def _spaced(ctx: Context, a: Token, b: Token) -> bool:
    return ctx.text[a.end:b.start] == " "


def operations_commands(ctx: Context, toks: list[Token]) -> list[Candidate]:
    out = []
    for i in cue_positions(ctx.doc, ctx.sentence, _OPERATIONS):
        if i == 0 or i + 1 >= len(toks) or ctx.covered.overlaps(toks[i].start, toks[i].end):
            continue
        before = toks[i - 1]
        command = strip_proclitic(before.text, _COMMAND) if _spaced(ctx, before, toks[i]) else None
        if command is None and not (strip_proclitic(before.text, _POSTS) and _spaced(ctx, before, toks[i])):
            continue
        k = i + 1
        if toks[k].text in _SECTORS and k + 1 < len(toks) and _spaced(ctx, toks[k - 1], toks[k]):
            k += 1
        if not _spaced(ctx, toks[k - 1], toks[k]):
            continue
        area = ctx.mention_at(toks[k].start)
        if area is None or area.cls not in _AREAS or area.nstart != toks[k].start:
            continue
        if command is not None:
            start, citation = before.start + len(command[0]), None
        else:
            # named without "قيادة" after a post: the command's own name has it
            start = toks[i].start + len(strip_proclitic(toks[i].text, _OPERATIONS)[0])
            citation = "قيادة " + ctx.original(start, area.nend)
        known = _known_commands().get(normalize_key(citation)) if citation else None
        if known is not None:
            # "قائد عمليات سامراء": the command the lexicon knows as "قيادة عمليات سامراء"
            if known not in ctx.doc.entities:
                add_lexicon_entity(ctx.doc, default_lexicon()[known])
            out.append(Candidate(start, area.nend, "Organization", "ar.discover.operations_command",
                                 entity=known, absorb=True))
            continue
        out.append(Candidate(start, area.nend, "Organization", "ar.discover.operations_command",
                             citation=citation, absorb=True))
    return out


operations_commands.cues = (_OPERATIONS,)

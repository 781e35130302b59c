"""A war named by the two states that fought it: "الحرب الإيرانية العراقية", "خلال الحرب
العراقية الكويتية" (issue 13, eighth real round). Two nisba adjectives of states in a row
after "الحرب" make a name (one adjective is a description: "الحرب الإسرائيلية" is Israel's
war, read as Israel); the war is an event of its own, so the span absorbs the two states'
adjectives. A rule of :mod:`kg.lang.ar.discovery`."""
from __future__ import annotations

from kg.lang.ar.person_names import gap_is_space
from kg.pipeline.discovery import Candidate, Context
from kg.pipeline.tokens import Token, any_cue_positions, strip_proclitic

_WAR = frozenset({"الحرب"})


def _state_nisba(ctx: Context, tok: Token):
    m = ctx.mention_at(tok.start)
    if m is None or m.kind != "nisba" or m.cls != "State" or m.nstart != tok.start or m.nend != tok.end:
        return None
    return m


def named_wars(ctx: Context, toks: list[Token]) -> list[Candidate]:
    out = []
    for i in any_cue_positions(ctx.doc, ctx.sentence, _WAR):
        if not strip_proclitic(toks[i].text, _WAR) or i + 2 >= len(toks):
            continue
        first, second = _state_nisba(ctx, toks[i + 1]), _state_nisba(ctx, toks[i + 2])
        if first is None or second is None or first.entity == second.entity:
            continue
        if not (gap_is_space(ctx.text, toks[i], toks[i + 1]) and gap_is_space(ctx.text, toks[i + 1], toks[i + 2])):
            continue
        prefix, _ = strip_proclitic(toks[i].text, _WAR)
        out.append(Candidate(toks[i].start + len(prefix), toks[i + 2].end, "Event", "ar.discover.named_war", absorb=True))
    return out


# The words the rule starts from (see kg.pipeline.discovery).
named_wars.cues = (_WAR,)

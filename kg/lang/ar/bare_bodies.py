"""A bare "البرلمان" is the parliament of the state the document is about: "قانون يعتزم
البرلمان التصويت عليه" in a report on Iraq is Iraq's parliament, as the bare title "رئيس
البرلمان" is read there (``FOCUS.parliament`` in relations.yaml). The lexicon says which
body that is (identity only); nothing when the document names no state or the lexicon
holds no parliament for it. "البرلمان العراقي" is the lexicon's own name and is read
before this rule. A rule of :mod:`kg.lang.ar.discovery`.
"""
from __future__ import annotations

from kg.lexicon import default_lexicon
from kg.pipeline.focus import focus_state
from kg.pipeline.discovery import Candidate, Context
from kg.pipeline.lexicon_entities import add_lexicon_entity
from kg.pipeline.relation_filters import parliament_of
from kg.pipeline.tokens import Token, strip_proclitic

_BODY = frozenset({"البرلمان"})
#: "رئيس البرلمان P": a post's title, read by the relation rules (ar.leader.bare_parliament_head,
#: which also knows when the group named before has a parliament of its own).
_TITLES = frozenset({"رييس", "رياسه", "نايب", "رييسه"})


def _focus_parliament(ctx: Context) -> str | None:
    cache = ctx.doc.cache
    if "focus_parliament" not in cache:
        state = focus_state(ctx.doc)
        cache["focus_parliament"] = parliament_of(ctx.doc, state) if state else None
    return cache["focus_parliament"]


def bare_parliament(ctx: Context, toks: list[Token]) -> list[Candidate]:
    out = []
    for k, t in enumerate(toks):
        found = strip_proclitic(t.text, _BODY)
        if not found or ctx.covered.overlaps(t.start, t.end) or k and strip_proclitic(toks[k - 1].text, _TITLES):
            continue
        key = _focus_parliament(ctx)
        if key is None:
            return []
        if key not in ctx.doc.entities:
            add_lexicon_entity(ctx.doc, default_lexicon()[key])
        out.append(Candidate(t.start + len(found[0]), t.end, "Government", "ar.discover.bare_parliament", entity=key))
    return out


bare_parliament.cues = (_BODY,)

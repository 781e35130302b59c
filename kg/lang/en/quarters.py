"""A quarter the lexicon does not know, named before its head and the town it is in: "the
Sheikh Radwan neighborhood of Gaza City", "the Zaytoun district of Khan Younis" (issue 13,
round i13k34). A rule of :mod:`kg.lang.en.discovery`; en.located.kind_of_town reads the
phrase and relation_filters.quarters_inside_cities puts the quarter inside the town.

The run is one to three capitalised words right before a quarter noun (bodies.yaml
``quarter_heads`` with "district"), after "the"; the town after "of" must be one the text
already names (a mention), so a capitalised run before "district of" with nothing known
after it is left alone."""
from __future__ import annotations

from functools import lru_cache

from kg.lang import language_data
from kg.lang.en.person_names import _run
from kg.pipeline.discovery import Candidate, Context
from kg.pipeline.tokens import Token

_PLACES = ("Place", "Region", "State")


@lru_cache(maxsize=1)
def _heads() -> frozenset[str]:
    return frozenset(str(w).lower() for w in language_data("en", "bodies").get("quarter_heads", [])) | {"district"}


def quarters(ctx: Context, toks: list[Token]) -> list[Candidate]:
    out = []
    heads = _heads()
    for i, tok in enumerate(toks[:-2]):
        if tok.text not in heads or toks[i + 1].text != "of" or i < 2:
            continue
        town = ctx.mention_at(toks[i + 2].start)
        if town is None or town.cls not in _PLACES:
            continue
        name = _run(ctx, toks, i - 1, -1, 3)
        if not name:
            continue
        first, last = min(name, key=lambda t: t.start), max(name, key=lambda t: t.end)
        k = toks.index(first)
        if k == 0 or toks[k - 1].text != "the":
            continue
        out.append(Candidate(first.start, last.end, "Place", "en.discover.quarter"))
    return out


quarters.cues = (_heads(),)

"""A town the lexicon does not know, named with its state after a comma: "in Kounine,
Lebanon", "near Shaddadi, Syria" (datelines and wire copy write places so). A rule of
:mod:`kg.lang.en.discovery`; en.located.town_comma_state then places the town.

The run is one to three capitalised words right after "in", "near", "at" or "of", not a
month or a weekday ("in January, Iraq ..."); the state must be named by its name and
close the phrase (a comma, full stop, semicolon, bracket or the sentence's end after it):
"in Beirut, Lebanon's prime minister said" opens a new clause at the state."""
from __future__ import annotations

from functools import lru_cache

from kg.lang import language_data
from kg.lang.en.person_names import _run
from kg.pipeline.discovery import Candidate, Context
from kg.pipeline.tokens import Token

_PREPOSITIONS = frozenset({"in", "near", "at", "of"})
_CLOSERS = (",", ".", ";", ":", ")", "")


@lru_cache(maxsize=1)
def _date_words() -> frozenset[str]:
    data = language_data("en", "dates")
    out = set()
    for table in ("months", "weekdays"):
        for words in (data.get(table) or {}).values():
            out.update(str(w).lower() for w in words)
    return frozenset(out)


def towns_with_state(ctx: Context, toks: list[Token]) -> list[Candidate]:
    out = []
    dates = _date_words()
    for i, tok in enumerate(toks[:-2]):
        if tok.text not in _PREPOSITIONS:
            continue
        name = _run(ctx, toks, i + 1, 1, 3)
        if not name or any(t.text in dates for t in name):
            continue
        k = i + 1 + len(name)
        if k >= len(toks) or ctx.text[name[-1].end:toks[k].start] != ", ":
            continue
        state = ctx.mention_at(toks[k].start)
        if state is None or state.cls != "State" or state.kind != "name" or state.nstart != toks[k].start:
            continue
        after = ctx.text[state.nend:state.nend + 1]
        if after not in _CLOSERS and not after.isspace():
            continue
        if after.isspace() or after == "":
            rest = ctx.text[state.nend:].lstrip()
            if rest and rest[0] not in ",.;:)":
                continue   # "in X, Lebanon said": the state opens a clause
        out.append(Candidate(name[0].start, name[-1].end, "Place", "en.discover.town_comma_state"))
    return out


towns_with_state.cues = (_PREPOSITIONS,)

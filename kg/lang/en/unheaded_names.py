"""English names the lexicon does not know, read from the word before them when no title
or head noun names their kind: a company's name after "company", "firm" or "shipping
giant" ("owned by Greek company X Y"), and a person's after a verb of killing ("its forces
eliminated X Y Z"). The cue word must be written in lower case (a headline's capitals
say nothing). Rules of :mod:`kg.lang.en.discovery` (census, issue 13).
"""
from __future__ import annotations

from kg.lang import language_data
from kg.lang.cues import cues
from kg.lang.en.person_names import _run
from kg.pipeline.discovery import Candidate, Context
from kg.pipeline.tokens import Token

C = cues("en")
_DATA = language_data("en", "cues").get("unheaded_names") or {}
_COMPANY_NOUNS = frozenset(_DATA.get("company_nouns", ()))
_KILL_VERBS = frozenset(_DATA.get("kill_verbs", ()))
_DATES = language_data("en", "dates")
#: Capitalised words that are no name: days and months ("the company Monday said").
_CALENDAR = frozenset(w for key in ("weekdays", "months") for ws in (_DATES.get(key) or {}).values() for w in ws)
_HEADS = frozenset({*C.org_heads, *C.place_heads})


def _lower(ctx: Context, t: Token) -> bool:
    return ctx.original(t.start, t.end).islower()


def _name_after(ctx: Context, toks: list[Token], i: int, least: int) -> list[Token]:
    """The capitalised run right after ``toks[i]`` when it is a name: ``least`` words or
    more, no title, head noun or date among them, and the run ends the phrase (a lower-case
    word or punctuation follows, not another capitalised word it stopped before)."""
    if i + 1 >= len(toks) or ctx.text[toks[i].end:toks[i + 1].start] != " ":
        return []
    name = _run(ctx, toks, i + 1, 1, 4)
    if len(name) < least or any(t.text in C.titles or t.text in _HEADS or t.text in _CALENDAR
                                or t.text in C.stop_words for t in name):
        return []
    k = i + 1 + len(name)
    if k < len(toks) and ctx.text[name[-1].end:toks[k].start] == " " and not _lower(ctx, toks[k]):
        return []   # the run stopped at a mention or a stop word written in capitals
    return name


def company_names(ctx: Context, toks: list[Token]) -> list[Candidate]:
    out = []
    for i, t in enumerate(toks[:-1]):
        if t.text in _COMPANY_NOUNS and _lower(ctx, t):
            name = _name_after(ctx, toks, i, 1)
            if name:
                out.append(Candidate(name[0].start, name[-1].end, "Organization", "en.discover.company_after_noun"))
    return out


def killed_persons(ctx: Context, toks: list[Token]) -> list[Candidate]:
    out = []
    for i, t in enumerate(toks[:-1]):
        if t.text in _KILL_VERBS and _lower(ctx, t):
            name = _name_after(ctx, toks, i, 2)
            if name:
                out.append(Candidate(name[0].start, name[-1].end, "Person", "en.discover.person_killed"))
    return out


company_names.cues = (_COMPANY_NOUNS,)
killed_persons.cues = (_KILL_VERBS,)

"""English names the lexicon does not know, read from the word before them when no title
or head noun names their kind: a company's name after "company", "firm" or "shipping
giant" ("owned by Greek company X Y"), a person's after a verb of killing ("its forces
eliminated X Y Z"), and an institution's before a lower-case head noun ("X government
hospital": the capitalised town and the noun with its modifiers name it); and a new name
opening the sentence right after one that told of "a field commander in X" with no name
("P had replaced ...": the role's holder, linked by en.member.role_holder_next_sentence). The cue word must be written in lower case (a headline's capitals
say nothing). Rules of :mod:`kg.lang.en.discovery` (census, issue 13).
"""
from __future__ import annotations

import re

from kg.lang import language_data
from kg.lang.cues import cues
from kg.lang.en.person_names import _run
from kg.pipeline.discovery import Candidate, Context
from kg.pipeline.tokens import Token

C = cues("en")
_DATA = language_data("en", "cues").get("unheaded_names") or {}
_COMPANY_NOUNS = frozenset(_DATA.get("company_nouns", ()))
_KILL_VERBS = frozenset(_DATA.get("kill_verbs", ()))
#: A member's role told without a name ("a field commander in X"), in lower case.
_UNNAMED_ROLE = re.compile(r"(?<![A-Za-z])(?:[Aa]|[Aa]n) (?:(?:senior|top|field|local|veteran|prominent|high-ranking|military) )"
                           r"{0,2}(?:commander|official|operative) (?:in|with|of|from) ")
#: What may follow the holder's name opening the next sentence.
_HOLDER_VERBS = frozenset({"had", "has", "was", "is"})
_INSTITUTIONS = frozenset(_DATA.get("institution_nouns", ()))
_INSTITUTION_MODIFIERS = frozenset(_DATA.get("institution_modifiers", ()))
_DATES = language_data("en", "dates")
#: Capitalised words that are no name: days and months ("the company Monday said").
_CALENDAR = frozenset(w for key in ("weekdays", "months") for ws in (_DATES.get(key) or {}).values() for w in ws)
_HEADS = frozenset({*C.org_heads, *C.place_heads})


def _lower(ctx: Context, t: Token) -> bool:
    return ctx.original(t.start, t.end).islower()


def _plain_name(name: list[Token]) -> bool:
    """No title, head noun, month or day, or stop word among a capitalised run's words."""
    return not any(t.text in C.titles or t.text in _HEADS or t.text in _CALENDAR or t.text in C.stop_words
                   for t in name)


def _name_after(ctx: Context, toks: list[Token], i: int, least: int) -> list[Token]:
    """The capitalised run right after ``toks[i]`` when it is a name: ``least`` words or
    more, no title, head noun or date among them, and the run ends the phrase (a lower-case
    word or punctuation follows, not another capitalised word it stopped before)."""
    if i + 1 >= len(toks) or ctx.text[toks[i].end:toks[i + 1].start] != " ":
        return []
    name = _run(ctx, toks, i + 1, 1, 4)
    if len(name) < least or not _plain_name(name):
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


def lower_institutions(ctx: Context, toks: list[Token]) -> list[Candidate]:
    out = []
    for i, t in enumerate(toks):
        if t.text not in _INSTITUTIONS or not _lower(ctx, t):
            continue
        j = i - 1
        while j >= 0 and i - j <= 2 and toks[j].text in _INSTITUTION_MODIFIERS and _lower(ctx, toks[j]) \
                and ctx.text[toks[j].end:toks[j + 1].start] == " ":
            j -= 1
        if j < 0 or ctx.text[toks[j].end:toks[j + 1].start] != " ":
            continue
        name = _run(ctx, toks, j, -1, 3)
        if not name or not _plain_name(name):
            continue
        before = ctx.text[max(0, name[0].start - 2):name[0].start]
        if len(name) == 1 and (name[0].start == 0 or before.endswith("\n") or before in (". ", "! ", "? ")):
            continue   # "Nearby hospital said": a sentence's first capital says nothing
        out.append(Candidate(name[0].start, t.end, "Organization", "en.discover.institution_lower_head"))
    return out


def role_holders_next(ctx: Context, toks: list[Token]) -> list[Candidate]:
    index = ctx.sentence.index
    if index == 0 or len(toks) < 3:
        return []
    prev = ctx.doc.sentences[index - 1]
    if not _UNNAMED_ROLE.search(ctx.doc.text[prev.start:prev.end]):
        return []
    name = _run(ctx, toks, 0, 1, 4)
    if len(name) < 2 or len(name) >= len(toks) or not _plain_name(name):
        return []
    after = toks[len(name)]
    if after.text not in _HOLDER_VERBS or not _lower(ctx, after) or ctx.text[name[-1].end:after.start] != " ":
        return []
    return [Candidate(name[0].start, name[-1].end, "Person", "en.discover.role_holder_next")]


company_names.cues = (_COMPANY_NOUNS,)
lower_institutions.cues = (_INSTITUTIONS,)
killed_persons.cues = (_KILL_VERBS,)

"""A person's nom de guerre after the words that announce it: "نائبه، الذي يستخدم الاسم
الحركي الحاج رضا", "ويعرف باسمه الجهادي «أبو علي»", "اسمه الحركي: سامر". The name needs
no known given name ("رضا" alone would be read nowhere else): the cue makes it a name.
Press copy often puts a stray full stop or a colon between the cue and the name ("الاسم
الحركي. الحاج رضا"), which splits the sentence: the cue is looked for just before the
sentence too. A rule of :mod:`kg.lang.ar.discovery`.
"""
from __future__ import annotations

import re

from kg.lang.ar.person_names import _CLAUSE_WORDS, _NAME_ENDS, _glued_clause
from kg.lang.cues import cues
from kg.pipeline.discovery import Candidate, Context
from kg.pipeline.tokens import Token, sentence_span

C = cues("ar")
# "الاسم الحركي"، "باسمه الحركي"، "اسم حركي"، "الاسم المستعار"، "اسمه الجهادي" (normalised:
# the final ta marbuta is ه), then any punctuation a copy left before the name.
_CUE = re.compile(r"(?<!\w)(?:و?ب|ال)?اسم(?:ه|ها)? (?:ال)?(?:حركي|مستعار|جهادي)(?:ه)?(?!\w)[\s.:،,\"'«»()\-]*")
# Words that open a nom de guerre and are part of it ("الحاج رضا", "أبو علي").
_OPENERS = frozenset({"الحاج", "ابو", "ام", "ابي", "ابا"})
# How far before the sentence the cue may stand (the cue and a stray full stop).
_BACK = 40


def _name_word(t: Token) -> bool:
    return t.text.isalpha() and t.text not in C.stop_words and t.text not in _NAME_ENDS \
        and t.text not in _CLAUSE_WORDS and not _glued_clause(t.text)


def names_after_alias_cue(ctx: Context, toks: list[Token]) -> list[Candidate]:
    start, end = sentence_span(ctx.doc, ctx.sentence)   # (the sentence's own are the original's)
    lo = max(0, start - _BACK)
    window = ctx.text[lo:end]
    if "حركي" not in window and "مستعار" not in window and "جهادي" not in window:
        return []
    out = []
    for hit in _CUE.finditer(window):
        at = lo + hit.end()
        if not start <= at < end:
            continue
        k = next((k for k, t in enumerate(toks) if t.start == at), None)
        if k is None:
            continue
        words: list[Token] = []
        if toks[k].text in _OPENERS:
            words.append(toks[k])
            k += 1
        # one or two names after the opener (or alone), written with a space between
        named = 0
        for t in toks[k:k + 2]:
            if not _name_word(t) or words and ctx.text[words[-1].end:t.start] != " ":
                break
            if named and t.text.startswith("ال"):
                break   # "الحاج رضا القيادي": an article word after a name is no part of it
            words.append(t)
            named += 1
        if not words or words[-1].text in _OPENERS:
            continue
        out.append(Candidate(words[0].start, words[-1].end, "Person", "ar.discover.nom_de_guerre"))
    return out

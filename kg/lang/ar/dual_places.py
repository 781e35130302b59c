"""Two places named after the dual of a place noun: "منطقتي A وB", "بلدتي A وB", "قريتي
A وB" (round i13k33). The dual says two names follow, joined by "و"; each one is a place
of its own even when it is one unknown word ("منطقتي النهدين والحفاء بمديرية السبعين"),
which the singular head rule (headed_names._headed) would not read as a name. A name
that is already known (a lexicon place) stays as it is. A rule of
:mod:`kg.lang.ar.discovery`."""
from __future__ import annotations

from kg.lang.ar.headed_names import _TOPONYM_OPENERS
from kg.lang.ar.person_names import gap_is_space
from kg.lang.cues import cues
from kg.pipeline.discovery import Candidate, Context
from kg.pipeline.tokens import Token, any_cue_positions, strip_proclitic

C = cues("ar")

#: Duals of place nouns (normalised; the genitive/accusative "-ay" form the press writes).
_DUAL_HEADS = frozenset({"منطقتي", "بلدتي", "قريتي", "مدينتي", "مديريتي", "محافظتي", "ناحيتي", "مخيمي", "حيي"})


def dual_places(ctx: Context, toks: list[Token]) -> list[Candidate]:
    out = []
    for i in any_cue_positions(ctx.doc, ctx.sentence, _DUAL_HEADS):
        if not strip_proclitic(toks[i].text, _DUAL_HEADS) or i + 3 >= len(toks):
            continue
        first = _name(toks, i + 1)
        if not first or not gap_is_space(ctx.text, toks[i], toks[i + 1]):
            continue
        k = i + 1 + len(first)
        if k >= len(toks) or not toks[k].text.startswith("و") or len(toks[k].text) < 4 \
                or not gap_is_space(ctx.text, toks[k - 1], toks[k]):
            continue
        second = _name(toks, k, glued_and=True)
        if not second:
            continue
        for words, skip in ((first, 0), (second, 1)):
            start, end = words[0].start + skip, words[-1].end
            if any(m.nstart < end and start < m.nend for m in ctx.sentence_mentions()):
                continue   # a known name stays
            out.append(Candidate(start, end, "Place", "ar.discover.dual_place"))
    return out


def _name(toks: list[Token], k: int, glued_and: bool = False) -> list[Token]:
    """One name word (two after a toponym opener: "عين بعال"); no stop word, no digit."""
    word = toks[k].text[1:] if glued_and else toks[k].text
    if not word or word in C.stop_words or word.isdigit() or len(word) < 3:
        return []
    if word in _TOPONYM_OPENERS and k + 1 < len(toks) and toks[k + 1].text not in C.stop_words:
        return [toks[k], toks[k + 1]]
    return [toks[k]]


# The words the rule starts from (see kg.pipeline.discovery).
dual_places.cues = (_DUAL_HEADS,)

"""Context around an Arabic name that :mod:`kg.lang.ar.person_names` reads: a village
named like a kunya after a place noun ("قرية أبو قلقل"), and the next item of a list of
people opening with an ambiguous given name ("«فلان علان، وسعيد كريمي»"), a family name
that is a town's ("عيسى أحمد كربلا، قائد ...").
"""
from __future__ import annotations

from kg.lang.ar.given_names import AMBIGUOUS_GIVEN
from kg.lang.cues import cues
from kg.pipeline.discovery import Candidate, Context
from kg.pipeline.tokens import Token

C = cues("ar")
_AMBIGUOUS_GIVEN = AMBIGUOUS_GIVEN

#: Place nouns (and a front's "محور") a village's kunya-like name follows: "قرية أبو قلقل".
PLACE_BEFORE_KUNYA = frozenset({*(h for h, c in C.place_heads.items() if c == "Place"),
                                 "محور", "محاور", "جبهه", "بلده", "قريه", "منطقه", "بقريه", "ببلده", "بمنطقه"})


def next_in_list(ctx: Context, toks: list[Token], i: int, out: list[Candidate]) -> bool:
    """Whether ``toks[i]`` is "و" glued to an ambiguous given name right after a comma that
    ends a person named just before (read in this pass, or known to the document)."""
    word = toks[i].text
    if not (word.startswith("و") and word[1:] in _AMBIGUOUS_GIVEN and i + 1 < len(toks)):
        return False
    prev = toks[i - 1]
    if ctx.text[prev.end:toks[i].start].strip() not in ("،", ","):
        return False
    if any(c.nend == prev.end and c.cls == "Person" for c in out):
        return True
    return any(m.nend == prev.end and m.cls == "Person" for m in ctx.doc.mentions)


#: Role words an apposition after a name opens with: "فلان علان كربلا، قائد اللواء".
_APPOSITION_ROLES = frozenset({"قايد", "القايد", "القيادي", "قيادي", "مسوول", "المسوول", "مسيول", "عضو", "امر",
                               "رييس", "نايب", "مدير", "احد", "المتحدث", "الناطق", "امين", "الامين"})


def family_place(ctx: Context, toks: list[Token], k: int) -> bool:
    """Whether ``toks[k]``, a one-word town after a given and a father's name, is the family
    name: an indefinite town's name set off by a comma before a role ("عيسى أحمد كربلا،
    قائد ..."); a town is otherwise where the person is ("... في كربلا")."""
    t = toks[k]
    m = ctx.mention_at(t.start)
    if m is None or m.cls != "Place" or (m.nstart, m.nend) != (t.start, t.end) or t.text.startswith("ال"):
        return False
    if k + 1 >= len(toks) or ctx.text[t.end:toks[k + 1].start].strip() not in ("،", ","):
        return False
    return toks[k + 1].text in _APPOSITION_ROLES

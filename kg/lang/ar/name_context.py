"""Context around an Arabic name that :mod:`kg.lang.ar.person_names` reads: a village
named like a kunya after a place noun ("قرية أبو قلقل"), and the next item of a list of
people opening with an ambiguous given name ("«فلان علان، وسعيد كريمي»").
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

"""A group's unit named after the group's possessive: "Hezbollah's coastal sector",
"Hezbollah's rocket unit", "Hamas's Anti-Tank Missile Unit" (the unit's own words, then
a unit head noun of ``unit_heads`` in ``kg/lang/en/bodies.yaml``). The unit is an armed
group of its own, a member of the group (the mention's ``ref``: the relation stage reads
the membership from the wording, as for "القوة الصاروخية في القوات المسلحة اليمنية").
A rule of :mod:`kg.lang.en.discovery`.

Only a non-state group's possessive (a state's army units are bodies of the lexicon), a
singular head ("Hezbollah's units" are its men, no unit), and one to four words that
are no stop word, determiner of rank ("most", "main", "largest") or other named entity
(a weapon's name may stand in a unit's name: "Anti-Tank Missile Unit")."""
from __future__ import annotations

from functools import lru_cache

from kg.keys import mint_key
from kg.lang import language_data
from kg.lang.cues import cues
from kg.pipeline.discovery import Candidate, Context
from kg.pipeline.tokens import Token

C = cues("en")
_OWNERS = frozenset({"ArmedGroup"})
#: Words that rank or count a group's units ("Hezbollah's most elite unit", "its main
#: force"): a description, no unit's name.
_NOT_NAME = frozenset({"most", "main", "largest", "biggest", "own", "other", "new", "top", "key",
                       "entire", "whole", "only", "first", "second", "third", "best", "strongest",
                       "powerful", "feared", "secretive", "former", "senior", "each", "every", "one"})


#: "X's armed force", "X's elite force": "force" after a group's possessive describes its
#: men, and names a unit only with a name of its own ("X's Radwan Force", in the lexicon).
_DESCRIPTIVE_HEADS = frozenset({"force"})


@lru_cache(maxsize=1)
def _heads() -> frozenset[str]:
    return frozenset(str(w).lower() for w in language_data("en", "bodies").get("unit_heads", ())) - _DESCRIPTIVE_HEADS


def possessive_units(ctx: Context, toks: list[Token]) -> list[Candidate]:
    out = []
    heads = _heads()
    if not any(t.text in heads for t in toks):
        return out
    for m in ctx.sentence_mentions():
        if m.cls not in _OWNERS or m.kind != "name" or ctx.text[m.nend:m.nend + 2] not in ("'s", "’s"):
            continue
        k = next((i for i, t in enumerate(toks) if t.start > m.nend), None)
        if k is None:
            continue
        for j in range(k, min(len(toks), k + 5)):
            t = toks[j]
            if j > k and ctx.text[toks[j - 1].end:t.start] != " ":
                break
            if t.text in heads and j > k:
                out.append(Candidate(toks[k].start, t.end, "ArmedGroup", "en.discover.possessive_unit",
                                     key=mint_key(f"{ctx.original(m.nstart, m.nend)} {ctx.original(toks[k].start, t.end)}"),
                                     en_label=ctx.original(m.nstart, t.end), absorb=True, ref=m.entity))
                break
            inside = ctx.mention_at(t.start)
            if t.text in C.stop_words or t.text in _NOT_NAME or t.text in heads or \
                    inside is not None and inside.cls != "Weapon":
                break
    return out


possessive_units.cues = (_heads(),)

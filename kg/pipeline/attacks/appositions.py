"""A person described by an apposition that holds a noun of membership: "P, a Hezbollah
commander killed in an Israeli strike", "P, a senior commander who was killed in ...".
The participle or the relative clause tells what befell P, not the group named inside
the description (English)."""
from __future__ import annotations

from kg.pipeline.attacks.cues import AttackCues

#: How many items a description may hold between its comma and its noun of membership
#: ("a senior Hezbollah field commander").
_REACH = 6


def apposed_person(items, k: int, c: AttackCues, text: str) -> int | None:
    """The index of the person a description ending on the noun of membership at k
    stands after ("P, a X commander"): the description opens after a comma right after
    the person's name and holds only words, states' adjectives and groups' names.
    ``text`` is the normalised text the items index: English items drop determiners,
    and the comma before "a" is read there."""
    if k < 0 or not items[k].word or c.word(items[k].word, c.members) is None:
        return None
    for j in range(k, max(0, k - _REACH), -1):   # j > 0: a person stands before
        it = items[j]
        if j < k and it.mention is not None and it.mention.cls not in ("ArmedGroup", "Organization", "State"):
            return None
        if it.comma or "," in text[items[j - 1].end:it.start]:
            prev = items[j - 1].mention
            return j - 1 if prev is not None and prev.cls == "Person" and j < k else None
    return None


def reduced_relative(items, t: int, c: AttackCues, text: str) -> bool:
    """Whether the trigger at t is a participle after a description of a person ("P, a X
    commander killed in/by ...") or after a generic noun of people ("six people killed
    in"): they underwent it, as after "who was"."""
    nxt = items[t + 1].word if t + 1 < len(items) else None
    if not (c.lang == "en" and items[t].word and items[t].word in c.reduced_participles):
        return False
    # "P was among six people killed on Tuesday in an Israeli strike": the people underwent it.
    described = items[t - 1].mention if t > 0 else None
    if described is not None and described.kind == "generic" and nxt in ("in", "by", "on", "at", "when", "during"):
        return True
    return nxt in ("in", "by") and apposed_person(items, t - 1, c, text) is not None

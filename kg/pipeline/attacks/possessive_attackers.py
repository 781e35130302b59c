"""An actor's possessive on the attack noun names whose attack it is: "Hamas's attack on
Israel", "Hamas' attack on southern Israel", "Israel's air strikes on Gaza" (English; the
Arabic construct "هجوم حماس" is read as the agent after the noun). One adjective may stand
between ("Hamas's deadly attack"). A person is no attacker by possessive ("Nasrallah's
attack on Israel" is mostly his speech), nor a target already read."""
from __future__ import annotations

from kg.pipeline.attacks.cues import ATTACKERS, LOCATIVE, AttackCues

_POSSESSIVE_ENDS = ("'s", "’s")
_ACTORS = ATTACKERS - {"Person"}


def _possessive(text: str, m) -> bool:
    after = text[m.nend:m.nend + 2]
    return after in _POSSESSIVE_ENDS or (text[m.nend:m.nend + 1] in ("'", "’") and text[m.nend - 1:m.nend] == "s")


def possessive_owner(doc, items, first: int, c: AttackCues, target_keys) -> str | None:
    """The actor whose possessive stands right before the attack noun at ``first``."""
    if c.lang != "en" or first < 1 or items[first].word not in c.attack_nouns:
        return None
    text = doc.norm.text
    for k in (first - 1, first - 2):
        if k < 0:
            return None
        it = items[k]
        m = it.mention
        if m is not None:
            if m.cls in _ACTORS and m.kind == "name" and m.entity not in target_keys and _possessive(text, m):
                return m.entity
            return None
        if k == first - 2 or not it.word or it.kinds:
            return None   # a single plain adjective may stand between, nothing else
    return None


def possessive_place(doc, items, first: int, c: AttackCues, in_date) -> int | None:
    """"Hamas's attack Oct. 7 in southern Israel": a possessed attack noun with no target
    phrase struck where it happened. The item after the locative right after the noun (a
    date between), when a possessive names whose attack it is; else None."""
    if possessive_owner(doc, items, first, c, set()) is None:
        return None
    j = first + 1
    while j < len(items) and j in in_date:
        j += 1
    if j + 1 < len(items) and items[j].word and items[j].kinds & LOCATIVE:
        return j + 1
    return None

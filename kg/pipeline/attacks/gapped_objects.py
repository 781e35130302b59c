"""One launch verb with a weapon and a target per conjunct (gapping): "X fired ballistic
missiles at the destroyer, naval missiles at the A, and drones at the B"; "أطلقت صواريخ
باليستية على المدمرة، وصواريخ بحرية على السفينة A، ومسيرات على السفينة B". The verb is
told once; each "weapon + at/on + target" pair after it is one attack of its own, with its
own weapon. The frame reads only the first target (the clause ends at the comma after it)
and lends every weapon of the sentence to it.

A pair is a weapon mention, a target preposition within two words after it, and a
named target (or a state's adjective before a ship, base or forces noun) within a few
words after that; the second and later pairs must open with a comma or "and"/"و". At
least two pairs are needed, and the frame's own target must be the first pair's."""
from __future__ import annotations

from dataclasses import replace

from kg.model import Attack
from kg.pipeline.attacks.cues import BREAK, COORDINATOR, TARGET_PREP, TARGETS, TRIGGER, AttackCues
from kg.pipeline.attacks.merging import attack_kind
from kg.pipeline.attacks.state_owned import state_owned

#: Words from a weapon to its preposition ("missiles at"; "missiles fired at" is another clause).
_PREP_REACH = 2
#: Words from the preposition to the target ("at a ship called the X").
_TARGET_REACH = 5


def _target_after(items, p: int, c: AttackCues) -> int | None:
    for j in range(p + 1, min(len(items), p + 1 + _TARGET_REACH)):
        it = items[j]
        if it.comma or it.word and it.kinds & (BREAK | TRIGGER | TARGET_PREP):
            return None
        m = it.mention
        if m is None:
            continue
        if m.kind == "nisba":
            if state_owned(items, j, c.lang):
                return j
            continue
        return j if m.cls in TARGETS and not it.clitic[-1:] in ("ل",) else None
    return None


def _opens_conjunct(items, j: int, prev_end: int) -> bool:
    """A comma or "and"/"و" opens the conjunct of the weapon at ``j``, before it or before
    the words that describe it ("، and naval missiles"), after the last pair's target."""
    for k in range(j, max(prev_end - 1, j - 3), -1):
        it = items[k]
        if it.comma or it.clitic[:1] == "و" or it.word and (it.kinds & COORDINATOR or it.word.startswith("و")):
            return True
        if k != j and it.mention is not None:
            return False
    return False


def _pairs(items, t: int, c: AttackCues) -> list[tuple[str, str]]:
    """The (weapon, target) pairs after the trigger at ``t``, in order."""
    out = []
    j = j_last = t + 1
    while j < len(items):
        it = items[j]
        if it.word and it.kinds & (BREAK | TRIGGER):
            break
        m = it.mention
        if m is None or m.cls != "Weapon":
            j += 1
            continue
        if out and not _opens_conjunct(items, j, prev_end=j_last):
            break   # a second weapon not opening a conjunct: "missiles and drones at X"
        w = j
        while w + 1 < len(items) and items[w + 1].mention is not None and items[w + 1].mention.cls == "Weapon":
            w += 1  # "missiles and drones" told as two mentions side by side stay one weapon phrase
        p = next((k for k in range(w + 1, min(len(items), w + 1 + _PREP_REACH))
                  if items[k].word and items[k].kinds & TARGET_PREP), None)
        if p is None:
            j = w + 1
            continue
        k = _target_after(items, p, c)
        if k is None:
            break
        out.append((m.entity, items[k].mention.entity))
        j = j_last = k + 1
    return out


def gapped_attacks(items, found: list[Attack], trigger_at: dict, c: AttackCues) -> list[Attack]:
    """Split a frame's attack that gapped conjuncts tell into one attack per pair; returns
    the further attacks (the frame's own attack keeps the first pair's weapon)."""
    out = []
    starts = {it.start: k for k, it in enumerate(items)}
    for a in found:
        at = trigger_at.get(id(a))
        t = starts.get(at[2]) if at else None
        if t is None or a.target is None:
            continue
        pairs = _pairs(items, t, c)
        if len(pairs) < 2 or pairs[0][1] != a.target or len({x for _, x in pairs}) < len(pairs):
            continue
        a.weapons = [pairs[0][0]]
        a.kind = attack_kind(a.weapons, set())
        for weapon, target in pairs[1:]:
            if target == a.attacker or any(b.target == target and b.attacker == a.attacker for b in found):
                continue
            out.append(replace(a, target=target, weapons=[weapon], kind=attack_kind([weapon], set()),
                               allies=list(a.allies), told_in=list(a.told_in)))
    return out

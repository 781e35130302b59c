"""An English claim that first tells the attack: "The X group claimed two drone attacks on
Y" with no attack told before. The bare verb adopts the deed when its object is the attack
noun itself (a determiner, a number or a weapon at most between) and a group right before
the verb claims it; "claimed responsibility for" stays with the event reading (events.yaml
``deeds``) and "claimed that" is an allegation. A state before the verb is mostly where the
claimer is ("a militia in Iraq claimed"): no adoption then."""
from __future__ import annotations

from kg.pipeline.attacks.cues import ATTACKERS, CLAIM, AttackCues
from kg.pipeline.attacks.items import Item

#: Words that may stand between the claim verb and the attack noun it adopts.
_BETWEEN = frozenset({"a", "an", "the", "two", "three", "four", "five", "several", "both", "its", "their",
                      "another", "new", "fresh", "separate", "twin"})


def adopted_attack(items: list[Item], t: int, c: AttackCues) -> bool:
    """The attack noun at t is the object of a bare English claim verb whose subject is a group."""
    if c.lang != "en":
        return False
    k = next((j for j in range(t - 1, max(-1, t - 5), -1) if items[j].kinds & CLAIM), None)
    if k is None or k == 0:
        return False
    for it in items[k + 1:t]:
        if it.mention is not None:
            if it.mention.cls != "Weapon":
                return False
        elif not (it.word in _BETWEEN or (it.word or "").isdigit()):
            return False
    subject = items[k - 1].mention
    return subject is not None and subject.cls in ATTACKERS and subject.cls != "State" \
        and subject.kind in ("name", "anaphor")

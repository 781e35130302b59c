"""Details of an event read without a role frame that are not its sides: where it
happened and who accuses someone of it (split from event_roles.py by role)."""
from __future__ import annotations

from kg.pipeline.attacks.cues import PLACES, AttackCues
from kg.pipeline.attacks.event_cues import event_cues
from kg.pipeline.attacks.items import Item, strip_conj
from kg.pipeline.attacks.place_words import after_destination, names_a_newsroom
from kg.pipeline.attacks.event_roles import AGENT_CLASSES
from kg.pipeline.attacks.event_role_mentions import role_mention as _role_mention


def event_place(items: list[Item], c: AttackCues, exclude: set) -> str | None:
    for j, it in enumerate(items):
        m = it.mention
        if m is None or m.cls not in PLACES or m.kind == "nisba" or m.entity in exclude \
                or after_destination(items, j, c) or names_a_newsroom(items, j, c):
            continue
        prev = items[j - 1].word if j else None
        if it.clitic[-1:] == "ب" or (prev and c.word(prev, c.locatives)) or \
                (prev and c.word(prev, c.place_heads)):
            return m.entity
    return None


def accuser(items: list[Item], k: int) -> str | None:
    """Who makes the accusation at item k: the actor right after the verb ("اتهمت
    الحكومة X") or right before it ("The ministry accused")."""
    for j in (k + 1, k - 1, k - 2):
        if 0 <= j < len(items):
            m = _role_mention(items[j], AGENT_CLASSES | {"Person"})
            if m is not None and not items[j].clitic:
                return m.entity
    return None


def accusation_between(items: list[Item], t: int, attacker: str | None, c: AttackCues) -> int | None:
    """The accusation word ("تتهم", "accused") between the trigger at t and the nearest
    mention of its attacker, if any: then the attacker is who is accused."""
    if attacker is None:
        return None
    at = [j for j, it in enumerate(items) if it.mention and it.mention.entity == attacker]
    if not at:
        return None
    j = min(at, key=lambda k: abs(k - t))
    accusations = event_cues(c.lang).accusations
    return next((k for k in range(min(j, t) + 1, max(j, t))
                 if items[k].word and strip_conj(items[k].word) in accusations), None)

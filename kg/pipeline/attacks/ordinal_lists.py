"""A claimed list of operations counted by ordinals ("هاجمت خمس قواعد ...، والرابعة
استهدفت X، أما الخامسة فهي منشأة Y"): an ordinal, "فهي"/"هي" and a named site tell one
more operation of the list, on that site, by the attacker of the operations before it in
the sentence. The clause has no attack word of its own, so no frame reads it."""
from __future__ import annotations

from dataclasses import replace

from kg.model import Attack
from kg.pipeline.attacks.cues import BREAK, TARGETS, AttackCues
from kg.pipeline.attacks.event_cues import event_cues

#: "فهي", "هي", "فكانت": the copula between the ordinal and the site it names.
_COPULAS = ("فهي", "هي", "فكانت", "كانت", "فكان", "كان")


def listed_operations(items, found: list[Attack], trigger_at: dict, c: AttackCues) -> list[Attack]:
    """The further operations an ordinal list of the sentence names, each a copy of the
    attack told last before it with an attacker (its date, weapons, kind, polarity);
    ``trigger_at``: attack id -> (clause start, clause end, trigger start)."""
    if c.lang != "ar" or not found:
        return []
    ordinals = event_cues(c.lang).list_ordinals
    if not ordinals:
        return []
    struck = {a.target for a in found}
    out = []
    for k, it in enumerate(items):
        if not it.word or it.word not in ordinals or k + 2 >= len(items) or items[k + 1].word not in _COPULAS:
            continue
        # "فهي منشأة X", "فهي ثكنة X": a head noun of the site may stand before its name
        at = k + 2 if items[k + 2].mention is not None or k + 3 >= len(items) or items[k + 3].comma \
            or items[k + 2].kinds & BREAK else k + 3
        m = items[at].mention
        if m is None or m.cls not in TARGETS or m.cls == "State" or m.kind in ("nisba", "proxy") \
                or m.entity in struck:
            continue
        before = [a for a in found if a.attacker and id(a) in trigger_at and trigger_at[id(a)][2] < it.start]
        if not before:
            continue
        model = max(before, key=lambda a: trigger_at[id(a)][2])
        site = m.cls not in ("ArmedGroup", "Person", "Organization", "Coalition")
        out.append(replace(model, target=m.entity, place=m.entity if site else model.place,
                           rule=f"{c.lang}.attack.listed", allies=list(model.allies), told_in=[]))
        struck.add(m.entity)
    return out

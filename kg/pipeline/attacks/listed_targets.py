"""Targets named in a list (targets.py): the members of a passive's plural subject
("تعرضت قاعدتا X وY لهجوم") and an apposition naming the members of a plural just read
("استهدفت القواعد الأمريكية في سوريا، هي A، B وC") — split from targets.py by role."""
from __future__ import annotations

from kg.pipeline.attacks.cues import TARGETS, AttackCues


def listed_subjects(items, j: int, end: int, targets: list, c: AttackCues) -> None:
    """"تعرضت قاعدتا X وY لهجوم": the passive's subject may be a list; each member joined
    to the one at ``j`` by "و" (or a comma) underwent the attack too. A list set after a
    state by a comma names what of the state's was struck ("تعرضت قاعدتا الاحتلال
    الأمريكي، X وY"): its members are the targets, the state only their owner."""
    if c.lang != "ar":
        return
    listed = []
    for k in range(j + 1, end):
        it, prev = items[k], items[k - 1]
        m = it.mention
        joined = it.clitic[:1] == "و" or prev.word == "و" or it.comma
        if m is None:
            if it.word == "و" and not it.comma:
                continue
            break
        if not joined or m.cls not in TARGETS or m.cls in ("State", "Weapon") or m.kind in ("nisba", "proxy"):
            break
        listed.append(k)
    if not listed:
        return
    first = items[j].mention
    if items[listed[0]].comma and first.cls == "State":
        targets.pop()
    for k in listed:
        entry = [items[k].mention.entity, None]
        if entry not in targets:
            targets.append(entry)


#: "هي", "وهي", "هما": the pronoun that opens an apposition naming the members of a plural.
_NAMING_PRONOUNS = ("هي", "وهي", "هما", "وهما", "وهم", "هم")


def named_members(items, j: int, targets: list, c: AttackCues) -> bool:
    """"استهدفت القواعد الأمريكية في سوريا، هي A، B وC": after a comma, "هي" and a list of
    named sites name the members of the plural just read, each of them struck (the state
    the plural's adjective names is only their owner, and leaves the list). Whether the
    apposition was read (its members added to ``targets``)."""
    if c.lang != "ar" or items[j].word not in _NAMING_PRONOUNS:
        return False
    members = []
    for k in range(j + 1, len(items)):
        it = items[k]
        m = it.mention
        if m is None:
            if it.word == "و" and not it.comma:
                continue
            break
        if members and not (it.comma or it.clitic[:1] == "و" or items[k - 1].word == "و"):
            break
        if m.cls not in TARGETS or m.cls in ("State", "Weapon") or m.kind in ("nisba", "proxy"):
            break
        members.append(m.entity)
    if not members:
        return False
    last = targets[-1][0] if targets else None
    owner = next((items[k].mention for k in range(j - 1, -1, -1)
                  if items[k].mention is not None and items[k].mention.entity == last), None)
    if owner is not None and owner.cls == "State":
        targets.pop()   # "القواعد الأمريكية": the state owns the bases the list names
    for e in members:
        if [e, None] not in targets:
            targets.append([e, None])
    return True

"""Merging: one attack told several times is one event; each attack on an actor also
states that the attacker opposes it. The document-level steps run once every sentence
is read are in :mod:`kg.pipeline.attacks.document`."""
from __future__ import annotations

from kg.model import DENIED, Attack, Doc, Relation
from kg.pipeline.attacks.cues import ATTACKERS, KIND_PRIORITY, MANNER_KINDS, WEAPON_KINDS
from kg.pipeline.hostility import reliable_opposition


def attack_kind(weapons: list[str], manners: set[str]) -> str:
    kinds = {WEAPON_KINDS[w] for w in weapons if w in WEAPON_KINDS}
    kinds |= {MANNER_KINDS[m] for m in manners if m in MANNER_KINDS}
    for k in KIND_PRIORITY:
        if k in kinds:
            return k
    return "Attack"


def merge_unattributed(attacks: list[Attack]) -> list[Attack]:
    """An attack told without its attacker ("Tuesday's attack on Ain al-Asad") is the
    attributed attack on the same target told elsewhere in the document."""
    attributed = {}
    for a in attacks:
        if a.attacker:
            attributed.setdefault(a.target, a)
    out = []
    for a in attacks:
        if a.attacker is None and a.target in attributed:
            other = attributed[a.target]
            if a.date is None or other.date is None or abs((a.date - other.date).days) <= 1:
                merge(other, a)
                continue
        out.append(a)
    return out


def merge(into: Attack, other: Attack) -> None:
    into.place = into.place or other.place
    into.date = into.date or other.date
    for w in other.weapons:
        if w not in into.weapons:
            into.weapons.append(w)
    kinds = {into.kind, other.kind, attack_kind(into.weapons, set())}
    into.kind = next((k for k in KIND_PRIORITY if k in kinds), "Attack")
    if other.confidence > into.confidence:
        into.confidence = other.confidence


def most_specific(kind: str, other: str | None) -> str:
    """The more specific of two Attack kinds (KIND_PRIORITY order; "Attack" says least)."""
    if other is None or other == "Attack":
        return kind
    if kind == "Attack":
        return other
    if kind in KIND_PRIORITY and other in KIND_PRIORITY:
        return min(kind, other, key=KIND_PRIORITY.index)
    return kind


def refine_kinds(attacks: list[Attack], cue_kind: str | None) -> None:
    """A frame's kind from its weapons and trigger, made more specific by the sentence's
    event cues ("هجوم انتحاري" makes an Attack a SuicideBombing, "اشتباكات" an ArmedClash)."""
    for a in attacks:
        a.kind = most_specific(a.kind, cue_kind)


_OWN_DATE = object()


def event_key(attack: Attack, date=_OWN_DATE) -> tuple:
    """What makes two reports one attack: attacker, target and date for a role frame; an
    event read without named roles (rule ``<lang>.event.<kind>``) by its kind, target,
    place and date, since its attacker may be named only later (a claim)."""
    when = attack.date if date is _OWN_DATE else date
    if attack.rule.split(".")[1:2] == ["event"]:
        return ("event", attack.kind, attack.target, attack.place, when)
    return (attack.attacker, attack.target, when)


def oppositions(doc: Doc) -> None:
    """Each attack by a group or state on a group or state also states that the attacker opposes the target."""
    have = {(r.subject, r.predicate, r.object, r.evidence.sentence) for r in doc.relations}
    for a in doc.attacks:
        target = doc.entities.get(a.target)
        # Hostility is between groups and states; an attack on a person says less.
        if not a.attacker or target is None or target.cls not in ATTACKERS or a.polarity == DENIED \
                or a.place == a.target \
                or not reliable_opposition(doc, a):   # a place struck ("غارات على ... في سوريا") is no enemy named
            continue
        key = (a.attacker, "opposes", a.target, a.evidence.sentence)
        if key in have:
            continue
        have.add(key)
        doc.relations.append(Relation(a.attacker, "opposes", a.target, a.evidence,
                                      "derived.attacker_opposes_target",
                                      round(a.confidence * 0.8, 2), a.polarity))


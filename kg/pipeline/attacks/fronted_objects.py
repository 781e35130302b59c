"""A site told first and struck by a verb that carries it back as an object pronoun, the doer
after the verb: "قال مسؤول إن قاعدة X في العراق استهدفتها طائرة مسيرة"، "قاعدة Y قصفتها
طائرات إسرائيلية". Arabic fronts the object as the topic of a complement clause (or of the
sentence) and leaves a pronoun on the verb; no frame reads it, since the verb with its pronoun
is no trigger form (relative_objects.py reads the same verb after a relative pronoun).

The topic is the mention right after a bare complementiser ("إن"، "أن"، "بأن") or opening the
sentence; the verb may stand past the topic's own modifiers (a place, a relative clause on
who is hosted there). The doer is a weapon or an actor right after the verb; a weapon alone
(a drone nobody is said to own) still tells the attack, its attacker left open."""
from __future__ import annotations

from kg.model import Attack
from kg.pipeline.attacks.cues import TARGETS, AttackCues
from kg.pipeline.attacks.items import Item, strip_conj
from kg.pipeline.attacks.relative_objects import doer_after, object_attack, struck_verb, told_repeatedly

#: Bare complementisers (normalised); with a pronoun ("إنها") the speaker is the subject.
_COMPLEMENTISERS = frozenset({"ان", "بان"})
#: Items between the topic and its verb: a place, a relative clause on the site's hosts.
_TOPIC_REACH = 10


def fronted_object_attacks(doc, sentence, items: list[Item], c: AttackCues, struck: set) -> list[Attack]:
    """The attacks told on a fronted topic by a verb carrying it as an object pronoun."""
    if c.lang != "ar":
        return []
    out = []
    for t, it in enumerate(items):
        target = it.mention
        if target is None or target.cls not in TARGETS or target.kind == "nisba" or it.clitic[-1:] in ("ب", "ل"):
            continue
        opener = items[t - 1].word if t else None
        if t and (opener is None or strip_conj(opener) not in _COMPLEMENTISERS):
            continue
        found = _verb_after(items, t, c)
        if found is None:
            continue
        k, manner = found
        attacker, weapons = doer_after(items, k, target.entity, c)
        # the doer stands right after the verb: a weapon or an actor, else the pronoun may
        # be someone else's ("X قصفها الجيش" needs the army named; "X قصفها أمس" tells no doer)
        first = items[k + 1].mention if k + 1 < len(items) else None
        # ("إن إسرائيل استهدفتها بصواريخ": a weapon after "بـ" is the means, the topic the doer)
        if first is None or items[k + 1].clitic or (first.cls != "Weapon" and first.entity != attacker):
            continue
        if (attacker, target.entity) in struck or told_repeatedly(items, k):
            continue
        out.append(object_attack(doc, sentence, items[k], attacker, target, weapons, manner,
                                 f"{c.lang}.attack.fronted_object", 0.65, struck))
    return out


def _verb_after(items: list[Item], t: int, c: AttackCues) -> tuple[int, str] | None:
    """The past trigger verb with an object pronoun after the topic at t, within reach and
    before any clause break or other trigger."""
    for k in range(t + 1, min(len(items), t + 1 + _TOPIC_REACH)):
        word = items[k].word
        if not word:
            continue
        manner = struck_verb(word, c)
        if manner is not None:
            return k, manner
        if c.is_break(items, k) or c.word(word, c.triggers):
            return None
    return None

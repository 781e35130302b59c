"""Sites or means a group used to attack ("مواقع استخدمها الحوثيون لمهاجمة السفن",
"أهداف للحوثيين ... التي استخدمت لمهاجمة سفن البحرية الأميركية", "قدرات X التي تستغلها
لمواصلة هجماتها على سفن Y"): a verb of using and a purpose that is an attack tell the
attacks the user carried out with them, which a strike on those sites answers. No frame
reads them: the purpose noun is no trigger (alone, "لضرب X" is an aim) and the
sentence's subject is the striker of the sites."""
from __future__ import annotations

from kg.model import Attack
from kg.pipeline.attacks.cues import ATTACKERS, BREAK, TARGET_PREP, TARGETS, TRIGGER, AttackCues
from kg.pipeline.attacks.event_cues import event_cues
from kg.pipeline.attacks.items import strip_conj

#: How far back from the verb of using the owner of the sites may be named.
_OWNER_REACH = 10
#: How many words (adjectives: "غير المشروعة والطائشة") may part the attack noun and "على".
_TO_TARGET = 5


def _purpose(word: str | None, ec) -> str | None:
    """The verbal noun after "ل" ("لمهاجمة"), bare, when it names a deed or going on."""
    if not word or not word.startswith("ل") or word.startswith("لل"):
        return None
    bare = word[1:]
    return bare if bare in ec.purpose_nouns or bare in ec.continuing else None


#: Right before a verb of using: a possibility or a subjunctive ("قد يستخدمها", "أن تستخدمها").
_HYPOTHETICAL = ("قد", "ان", "لن", "لم", "ربما")
#: A present verb of using tells a use only as a relative's description of the sites
#: ("قدرات X التي تستغلها لمواصلة هجماتها"), not alone ("يستخدمون الصواريخ لضرب X": an aim).
_RELATIVES = ("التي", "الذي", "الذين")


def _told_as_done(items, u: int, c: AttackCues, ec) -> bool:
    """Whether the use at ``u`` is told as done: no threat, fear or plan shortly before it
    ("تخشى واشنطن أن تستخدمها", "حذر من أن"), no possibility right before it, and a present
    verb only inside a relative clause on the sites."""
    prev = items[u - 1].word if u else None
    if prev in _HYPOTHETICAL:
        return False
    word = strip_conj(items[u].word)
    if word[:1] in ("ي", "ت") and prev not in _RELATIVES:
        return False
    for j in range(u - 1, max(-1, u - 6), -1):
        w = items[j].word
        if w and (c.word(w, c.modality) or strip_conj(w) in ec.irrealis or c.word(w, c.negation)):
            return False
    return True


def used_for_attacks(doc, sentence, items, c: AttackCues, struck: set, trigger_at: dict) -> list[Attack]:
    """The attacks a verb of using and its purpose tell, one per target named after it
    (``struck``: the (attacker, target) pairs read already; ``trigger_at`` gets each
    attack's clause, from the verb of using on, so its kind is read there)."""
    if c.lang != "ar":
        return []
    ec = event_cues(c.lang)
    if not ec.use_verbs:
        return []
    out = []
    for u, it in enumerate(items):
        if not it.word or strip_conj(it.word) not in ec.use_verbs or not _told_as_done(items, u, c, ec):
            continue
        # the user: named right after the verb ("استخدمها الحوثيون"), else the group that
        # owns the sites, named before the relative ("قدرات الحوثيين التي تستغلها")
        k = u + 1
        user = None
        if k < len(items) and items[k].mention is not None and items[k].mention.cls in ATTACKERS \
                and items[k].mention.kind != "nisba":
            user, k = items[k].mention, k + 1
        if k >= len(items):
            continue
        purpose = _purpose(items[k].word, ec)
        if purpose is None:
            continue
        if user is None:
            for j in range(u - 1, max(-1, u - 1 - _OWNER_REACH), -1):
                if items[j].word and c.is_break(items, j):
                    break
                m = items[j].mention
                if m is not None and m.cls in ATTACKERS and m.cls != "State" and m.kind not in ("nisba", "proxy"):
                    user = m
                    break
        if user is None:
            continue
        start = k + 1
        if purpose in ec.continuing:
            # "لمواصلة هجماتها ... على سفن Y": the attack noun, then its target preposition
            if start >= len(items) or not items[start].kinds & TRIGGER:
                continue
            prep = next((j for j in range(start + 1, min(len(items), start + 2 + _TO_TARGET))
                         if items[j].kinds & TARGET_PREP), None)
            if prep is None:
                continue
            start = prep + 1
        for j in range(start, len(items)):
            x = items[j]
            if x.word and (c.is_break(items, j) or x.kinds & TRIGGER):
                break
            m = x.mention
            if m is None or m.cls not in TARGETS or m.cls == "Weapon" or m.entity == user.entity:
                continue
            if m.kind == "nisba" or x.clitic[-1:] == "ب" or (j and items[j - 1].word in ("في", "قرب")):
                continue   # "بالبحر الأحمر", "في خليج عدن": where, not what
            if (user.entity, m.entity) in struck:
                continue
            struck.add((user.entity, m.entity))
            attack = Attack(user.entity, m.entity, doc.evidence(sentence, None), f"{c.lang}.attack.used_for",
                            0.6, None, None, [], "Attack")
            trigger_at[id(attack)] = (items[u].start, items[j].end, items[k].start)
            out.append(attack)
    return out

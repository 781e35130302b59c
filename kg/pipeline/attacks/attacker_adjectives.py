"""A state's adjective near an attack trigger (attackers.py, rule 1): whether it
qualifies the attack or its weapon ("غارة جوية أميركية", "a US drone strike"), or what
was struck ("على ناقلة يونانية") — split from attackers.py by role."""
from __future__ import annotations

from kg.model import Doc
from kg.pipeline.attacks.cues import ATTACKERS, TARGETS, AttackCues


def agrees(doc: Doc, weapon, adjective, c: AttackCues) -> bool:
    """An Arabic adjective agrees with its noun in definiteness: "طائرة مسيرة أميركية" is
    an American drone, but in "استهدفت طائرة مسيرة القاعدة الأميركية" the definite
    adjective qualifies the base the indefinite drone struck, not the drone."""
    if c.lang != "ar":
        return True
    text = doc.norm.text
    return text.startswith("ال", weapon.start) == text.startswith("ال", adjective.start)


def on_attack_noun(items, j: int, c: AttackCues) -> bool:
    """The state adjective at j qualifies an attack word of its own, the frame's trigger or
    another: "a US airstrike", "killed in a US airstrike", "في قصف إسرائيلي" (the adjective
    follows its noun in Arabic, precedes it in English)."""
    if c.lang != "en":
        k = j - 1
        # "قصف جوي أميركي", "غارة جوية أمريكية": an adjective of manner between noun and state
        if 0 < k < len(items) and items[k].word and c.word(items[k].word, c.manner_adjectives):
            k -= 1
        return 0 <= k < len(items) and bool(items[k].word) and c.word(items[k].word, c.triggers) is not None
    # English: a weapon may qualify the noun too ("killed in a US drone strike"), and the
    # noun may be a two-word trigger ("killed in an Israeli air strike").
    k = j + 1
    if k < len(items) and items[k].mention is not None and items[k].mention.cls == "Weapon":
        k += 1
    if k >= len(items) or not items[k].word:
        return False
    if c.word(items[k].word, c.triggers) is not None:
        return True
    return k + 1 < len(items) and bool(items[k + 1].word) \
        and c.word(f"{items[k].word} {items[k + 1].word}", c.triggers) is not None



def past_target_preposition(items, first: int, j: int, c: AttackCues) -> bool:
    """Whether a target preposition stands between the trigger at ``first`` and the
    state's adjective at ``j`` with no weapon after it: the adjective then describes what
    was struck ("at a Greek tanker", "على ناقلة يونانية"), not who struck
    ("على مواقع بصواريخ أميركية" keeps the weapon's state). An English trigger that is
    itself a transitive verb counts ("struck Iranian-backed sites"); an Arabic one does
    not, its adjective marks a noun ("في قصف إسرائيلي")."""
    for k in range(j - 1, first - (c.lang == "en"), -1):
        it = items[k]
        if it.mention is not None and it.mention.cls == "Weapon":
            return False
        if it.word and c.word(it.word, c.target_preps):
            return True
    return False



def coordinated_states(items, attacker: str | None, first: int, target_keys, c: AttackCues) -> list[str]:
    """"القوات البريطانية والأميركية"، "الطائرات الأمريكية والبريطانية": a state's adjective
    joined by "و" to the subject's own shares its head noun, so that second state's
    forces struck too. The subject must be a state told by its forces or planes (a proxy)
    before the trigger; a comma or a date may then part it from the attack noun, where
    rule 1's window does not reach."""
    if c.lang != "ar" or attacker is None:
        return []
    for j in range(first - 1, -1, -1):
        m = items[j].mention
        if m is None or m.entity != attacker:
            continue
        if m.kind != "proxy":
            return []
        out = []
        for k in range(j + 1, first):
            n = items[k].mention
            if n is None or n.kind != "nisba" or n.cls != "State" or items[k].clitic[:1] != "و":
                break
            if n.entity != attacker and n.entity not in target_keys and n.entity not in out:
                out.append(n.entity)
        return out
    return []


def co_subjects(items, subject: int | None, c: AttackCues) -> list[int]:
    """Arabic verb first: the actors joined by "و" right after the verb's subject ending at
    ``subject`` ("هاجمت كتائب حزب الله وحركة النجباء قاعدة عين الأسد"): they acted with
    it, they are not the first thing struck. Each must be followed by more mentions (the
    object), as the subject itself is (targets._verb_first_subject); their indexes."""
    if c.lang != "ar" or subject is None:
        return []
    head = items[subject].mention
    if head is None or head.kind != "name" or head.cls not in ATTACKERS:
        return []
    out: list[int] = []
    k = subject + 1
    while k < len(items):
        m = items[k].mention
        # a name of the subject's own class ("كتائب حزب الله وحركة النجباء"): a second kind
        # of actor joined so is more often the first thing struck, told before the rest
        if m is None or m.cls != head.cls or m.kind != "name" or items[k].clitic[:1] != "و" \
                or items[k].comma:
            break
        end = k + 1 if k + 1 < len(items) and (n := items[k + 1].mention) is not None \
            and n.kind == "nisba" and not items[k + 1].clitic else k
        if not any(x.mention is not None and (x.mention.cls in TARGETS or x.mention.kind == "generic")
                   for x in items[end + 1:]):
            break   # "ضربت إسرائيل وحماس": nothing after, the second is what was struck
        out.append(k)
        k = end + 1
    return out

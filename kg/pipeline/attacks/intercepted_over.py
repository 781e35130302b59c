"""A drone or missile brought down over a site: "air defences downed a drone above the X
air base", "a drone was downed late on Friday above Y airport", "أسقطت الدفاعات طائرة مسيرة
فوق قاعدة X". The round was sent at the site: an attack on it, its sender untold here (a
claim elsewhere in the document may name it; the interceptor is never the attacker). Only
a past verb of bringing down (attacks.yaml ``interceptions``), a weapon next to it, and a
base, facility or town right after a word of over or near (``interception_sites``); a sea
is no site struck."""
from __future__ import annotations

from functools import lru_cache

from kg.lang import language_data, language_words
from kg.model import Attack
from kg.pipeline.attacks.cues import AttackCues
from kg.pipeline.attacks.items import Item, strip_conj
from kg.pipeline.attacks.merging import attack_kind
from kg.pipeline.attacks.target_words import is_water
from kg.pipeline.attacks.triggers import TriggerRules
from kg.pipeline.speech_spans import polarity_at
from kg.text.normalize import normalize_key

_SITES = frozenset({"MilitaryBase", "Facility", "Place"})
#: Items from the verb to its weapon (either side: "downed two drones", "a drone was downed").
_WEAPON_REACH = 4
#: Items from the verb (or its weapon) to the word of over or near.
_SITE_REACH = 6


@lru_cache(maxsize=4)
def _cues(lang: str) -> tuple[tuple[tuple[str, ...], ...], frozenset[str]]:
    verbs = tuple(tuple(normalize_key(p).split()) for p in language_data(lang, "attacks").get("interceptions", ()))
    return verbs, language_words(lang, "attacks", "interception_sites")


def mentions_interception(text: str, lang: str) -> bool:
    """A cheap test on the sentence's normalised text: some verb of bringing down is there."""
    verbs, _ = _cues(lang)
    return any(" ".join(v) in text for v in verbs)


def _verb_at(items: list[Item], j: int, verbs) -> int:
    """The length of the verb phrase starting at j, 0 when none."""
    for v in verbs:
        words = [strip_conj(it.word or "") if c == 0 else (it.word or "") for c, it in enumerate(items[j:j + len(v)])]
        if len(words) == len(v) and all(w == x for w, x in zip(words, v)):
            return len(v)
    return 0


def intercepted_over(doc, sentence, items: list[Item], c: AttackCues) -> list[Attack]:
    verbs, sites = _cues(c.lang)
    if not verbs:
        return []
    out = []
    for j in range(len(items)):
        n = _verb_at(items, j, verbs) if items[j].word else 0
        if not n:
            continue
        near = range(max(0, j - _WEAPON_REACH), min(len(items), j + n + _WEAPON_REACH))
        at = [k for k in near if items[k].mention is not None and items[k].mention.cls == "Weapon"]
        weapons = [items[k].mention.entity for k in at]
        if not weapons or any(_owned_round(items, k, c.lang) for k in at):
            continue   # "shot down a US drone over X": the enemy's drone over the shooter's land
        last = max(at + [j + n - 1])
        target = None
        for k in range(j + n, min(len(items) - 1, last + 1 + _SITE_REACH)):
            if items[k].word and c.is_break(items, k):
                break
            if items[k].word in sites:
                # "over the X base", "بالقرب من قاعدة X", "فوق مدينة X": a filler may stand before the name
                m = None
                for x in items[k + 1:k + 3]:
                    if x.mention is not None:
                        m = x.mention
                        break
                    if not (x.word in ("the", "من") or c.word(x.word, c.place_heads)):
                        break
                if m is not None and m.cls in _SITES and not is_water(m.entity):
                    target = m
                break
        if target is None:
            continue
        polarity, speaker = polarity_at(doc, doc.norm.to_original(items[j].start))
        out.append(Attack(None, target.entity, doc.evidence(sentence, speaker), f"{c.lang}.attack.intercepted_over",
                          0.6, target.entity, TriggerRules._date(doc, sentence, items, j, c),
                          list(dict.fromkeys(weapons)), attack_kind(weapons, set()), polarity))
        break
    return out


#: Reconnaissance drones: brought down while watching, not sent at a site.
_WATCHERS = frozenset({"mq_9"})


def _owned_round(items: list[Item], k: int, lang: str) -> bool:
    """The weapon at k is a watcher, or a state's or a group's own ("مسيرة أمريكية", "an
    Israeli drone", "a US MQ-9"): it was brought down over the shooter's side, no attack."""
    m = items[k].mention
    if m is None or m.cls != "Weapon":
        return False
    if m.entity in _WATCHERS:
        return True
    # the owner's adjective follows the noun in Arabic ("مسيرة أمريكية") and precedes it in
    # English ("a US MQ-9 drone"), over other weapon words
    step = 1 if lang == "ar" else -1
    j = k + step
    while 0 <= j < len(items) and items[j].mention is not None and items[j].mention.cls == "Weapon":
        j += step
    x = items[j] if 0 <= j < len(items) else None
    return x is not None and x.mention is not None and x.mention.kind in ("nisba", "name") and not x.clitic \
        and x.mention.cls in ("State", "ArmedGroup", "Organization", "Coalition")

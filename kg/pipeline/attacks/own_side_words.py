"""Actors named beside an attack who are not its attacker, whatever their place in the
clause: a group announcing its own members killed ("أعلنت X مقتل أحد عناصرها"), and forces
a relative clause on the target says it hosts ("قاعدة X التي تستضيف قوات أميركية")."""
from __future__ import annotations

from functools import lru_cache

from kg.lang import language_data
from kg.pipeline.attacks.cues import RELATIVES, AttackCues
from kg.pipeline.attacks.event_cues import event_cues
from kg.text.normalize import normalize_key

_SPEAKER_RELATIVES = RELATIVES - {"that"}

#: Pronoun suffixes that make a member noun the announcer's own ("عناصرها", "مقاتليه").
_OWN_SUFFIXES = ("ها", "ه", "هم")


def own_loss(items, j: int, first: int, c: AttackCues) -> bool:
    """"أعلنت كتائب X مقتل أحد عناصرها في غارة": the group named before a killing word and
    a member noun carrying its pronoun ("its members"), or an armed group before a killing
    word and an air raid, announces its own loss; it is the side struck, never the subject
    of the strike (Arabic)."""
    if c.lang != "ar" or not c.members:
        return False
    between = [it.word for it in items[j + 1:first] if it.word]
    if not any(w in event_cues(c.lang).casualties for w in between[:3]):
        return False
    for w in between:
        for suffix in _OWN_SUFFIXES:
            if w.endswith(suffix) and c.word(w[:-len(suffix)], c.members):
                return True
    # "أعلنت كتائب X مقتل مقاتل في غارة": an armed group has no aircraft; the air raid whose
    # dead it announces struck it, "its" said or not (a state's army announcing reads as before)
    m = items[j].mention
    trigger = items[first].word
    return m is not None and m.cls == "ArmedGroup" and bool(trigger) and \
        c.word(trigger, _air_raids(c.lang)) is not None


@lru_cache(maxsize=None)
def _air_raids(lang: str) -> set[str]:
    """Nouns of an air raid (``air_raid_nouns`` in attacks.yaml)."""
    return {normalize_key(w) for w in language_data(lang, "attacks").get("air_raid_nouns") or ()}


def hosted_by_target(items, forward: list[int], target_keys: set) -> frozenset[int]:
    """Items of a relative clause on the target after the trigger, up to a comma ("استهداف
    قاعدة X التي تستضيف قوات أميركية تابعة للتحالف بطائرة مسيرة"): the forces named there
    are the target's hosts or owners, never the attack's agent."""
    seen_target = False
    for n, k in enumerate(forward):
        m = items[k].mention
        if m is not None and m.entity in target_keys:
            seen_target = True
        elif seen_target and items[k].word in _SPEAKER_RELATIVES:
            end = next((x for x in forward[n + 1:] if items[x].comma), None)
            return frozenset(x for x in forward[n + 1:] if end is None or x < end)
    return frozenset()

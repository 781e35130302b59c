"""Words beside a mention that say it plays no role in an English event reading
(:mod:`kg.pipeline.attacks.event_roles`): the teller after the report ("..., the firm
added"), the subject of the cue verb ("people on board boats opened fire")."""
from __future__ import annotations

from kg.lang.cues import cues as lang_cues
from kg.pipeline.attacks.cues import AttackCues
from kg.pipeline.attacks.items import Item
from kg.pipeline.attacks.event_cues import event_cues


def active_subject(items: list[Item], j: int, t: int, c: AttackCues) -> bool:
    """English only: the people before a past cue verb of their own clause ("civilians on two
    skiffs opened fire on a tanker") are its subject, not what it struck; a weapon
    between has the verb ("civilians fled as a car bomb exploded")."""
    if c.lang != "en":
        return False
    ec = event_cues(c.lang)
    if not any(cue.past for cue in ec.cues.get((items[t].word or "").lower(), ())):
        return False
    return not any((it.word and it.word.lower() in ec.breaks) or (it.mention is not None and it.mention.cls == "Weapon")
                   for it in items[j + 1:t])


def trailing_speaker(items: list[Item], j: int, c: AttackCues) -> bool:
    """English only: a mention right before a verb of saying after the cue ("..., the firm
    added", "..., the army said") closes the report; it is its teller (Arabic puts the verb
    of saying first, so a name before one is no speaker there)."""
    if c.lang != "en" or items[j].mention is None or j + 1 >= len(items):
        return False
    nxt = items[j + 1].word
    return bool(nxt) and nxt.lower() in lang_cues(c.lang).speech_verbs

"""A launch told as done with no target named (issue #12, event first): "the Houthis fired
six anti-ship missiles", "X launched a drone at a commercial vessel", "fired two missiles
toward the Gulf of Aden". The role frames drop a trigger whose target phrase names nothing;
a past verb of launching whose object is a named weapon reports the attack all the same,
its target left open (the doer must be named: sentence_frames._frame)."""
from __future__ import annotations

from kg.pipeline.attacks.cues import BREAK, TARGET_PREP, AttackCues
from kg.pipeline.attacks.event_cues import event_cues
from kg.pipeline.attacks.items import bare_word
from kg.pipeline.attacks.running_tolls import running_cues, running_toll

#: Items from the verb to its weapon: "fired one anti-ship ballistic missile", "أطلقوا
#: صاروخا باليستيا" (the numeral and the adjectives the lexicon leaves as words).
WEAPON_REACH = 5
#: The rules by which the frame named its doer itself (not a doer lent by an earlier
#: sentence or guessed from the one who announced it).
LENT = frozenset({"anaphoric", "unattributed", "announced", "hosted"})


def launched_rounds(items, t: int, manner: str, c: AttackCues) -> bool:
    """The trigger at ``t`` is a past verb of launching and a weapon is its object."""
    if manner != "launch":
        return False
    word = items[t].word or ""
    if t and (items[t - 1].word or "").lower() in running_cues(c.lang).auxiliaries:
        return False   # "militants who have launched missiles at ships": a record, not the day's news
    if c.lang == "en":
        if not word.lower().endswith("ed"):
            return False   # "the launch", "fire from Lebanon": a noun names no deed done
    else:
        bare = bare_word(word)
        if c.word(word, c.verbal_nouns) or bare.startswith("ال") or not bare.endswith(("ت", "وا", "ق")):
            return False   # "إطلاق صواريخ" may be a plan or a habit; a past verb tells it
    words = [(it.word or "").lower() for it in items]
    if not event_cues(c.lang).weapon_tests.isdisjoint(words):
        return False   # "fired a ballistic missile in a test": no one was struck
    # (the span is read past the rounds launched: "launched drones and missiles ... since")
    if running_toll([it.word for it in items], t, min(len(items), t + 1 + WEAPON_REACH), running_cues(c.lang)):
        return False   # "have launched drones at least 14 times since January": a tally
    for j in range(t + 1, min(len(items), t + 1 + WEAPON_REACH)):
        it = items[j]
        if it.mention is not None:
            return it.mention.cls == "Weapon" and not it.clitic
        if it.kinds & (BREAK | TARGET_PREP) or it.comma:
            return False
    return False


def open_target(attacker, rule: str) -> bool:
    """Whether a launch with no target keeps its attack: its doer named in the frame."""
    return attacker is not None and rule not in LENT

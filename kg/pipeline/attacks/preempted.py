"""Munitions destroyed before they were fired (split from events.py by role): "أعلنت القوات
الأمريكية تدمير صاروخين تابعين لـX قبيل إطلاقهما", "دمرت القوات أربعة صواريخ لـX معدة
للإطلاق". The munition cue names no launch: the event is the destroyer's strike on the
munitions' owner (words in kg/lang/<lang>/events.yaml: preempt_verbs, before_launch)."""
from __future__ import annotations

from itertools import islice

from kg.pipeline.attacks.items import Item
from kg.pipeline.attacks.event_blocks import clause_before
from kg.pipeline.attacks.event_cues import EventCues, Hit
from kg.pipeline.attacks.event_roles import AGENT_CLASSES
from kg.pipeline.attacks.event_subjects import item_at

#: Words of its clause read back from the munition for the destroying word.
PREEMPT_REACH = 5
#: Words read after the munition for the phrase saying it was not fired yet.
LAUNCH_REACH = 7


def preempted(words: list[str], hit: Hit, ec: EventCues) -> int | None:
    """The index of the destroying word before the munition cue at ``hit`` when a
    not-yet-fired phrase follows it."""
    if not ec.preempt_verbs or not ec.launch_nouns:
        return None
    # Right before it ("تدمير ثلاثة صواريخ"), or a verb its subject and a day away ("دمرت
    # القوات الأمريكية أمس أربعة صواريخ"); no clause break between.
    verb = next((i for i in islice(clause_before(words, hit.start, ec), PREEMPT_REACH)
                 if words[i] in ec.preempt_verbs), None)
    if verb is None:
        return None
    for j in range(hit.end, min(len(words), hit.end + LAUNCH_REACH)):
        if words[j] in ec.launch_nouns and (words[j].startswith("لل") or words[j - 1] in ec.before_launch):
            return verb   # "قبيل إطلاقهما", "معدة للإطلاق"
    return None


def preempting_sides(items: list[Item], toks, verb: int, hit: Hit) -> tuple[str | None, str | None]:
    """(destroyer, owner): the actor before the destroying word in its clause (or right
    after it when it is a verb opening the clause: "دمرت القوات الأمريكية"), and the actor
    the munitions belong to ("تابعة للحوثيين", "للحوثيين") right after them."""
    v = item_at(items, toks[verb].start)
    w = item_at(items, toks[hit.start].start)

    def agent(it: Item) -> bool:
        m = it.mention
        return m is not None and m.cls in AGENT_CLASSES and m.kind != "nisba" and not it.clitic

    destroyer = next((items[k].mention.entity for k in range(v - 1, -1, -1) if agent(items[k])), None) \
        or next((items[k].mention.entity for k in range(v + 1, w) if agent(items[k])), None)
    owner = None
    for it in items[w + 1:w + 5]:
        m = it.mention
        if m is not None and m.cls in AGENT_CLASSES and it.clitic.endswith("ل"):
            owner = m.entity
            break
    return destroyer, owner if owner != destroyer else None

"""What tells a strong cue as done without a count of casualties
(kg/lang/<lang>/events.yaml): a finite past verb that carries its verbal noun, undergone
("تعرضت دورية لكمين") or done with a light verb ("قام مسلحون بخطف"); a verb of carrying
out before "عملية"; hostages counted after a verb of holding; an explosion as a patrol
passed.  Split from event_blocks.py (what makes a cue no event)."""
from __future__ import annotations

from itertools import islice

from kg.pipeline.attacks.event_blocks import UNDERGONE_WINDOW, clause_before
from kg.pipeline.attacks.event_cues import EventCues, Hit, matches


def light_deed(words: list[str], hit: Hit, ec: EventCues) -> bool:
    """A strong cue as the verbal noun of a finite past verb: undergone ("تعرضت دورية
    أمس لكمين"، "تعرض مسؤول لمحاولة اغتيال") or done with a light verb ("قام مسلحون بخطف
    مهندس"): the event happened, as with its own past verb."""
    word = words[hit.start]
    lead = words[hit.start - 1] if hit.start else ""
    if not hit.strong:
        return False   # "تعرض لهجوم" is also a verbal attack, "تعرض للضرب" a beating
    if word.startswith("ل") or lead.startswith("ل") and lead[1:] in ec.attempts or lead in ec.to:
        # the sufferer's name and a day may stand between: "تعرض قيادي في الحزب أمس للخطف"
        for j in range(hit.start - 1, max(-1, hit.start - 1 - UNDERGONE_WINDOW), -1):
            if words[j] in ec.breaks:
                return False
            if words[j] in ec.undergone:
                # "الرحلة التي تعرضوا فيها للخطف": a relative clause recalls the event
                return not (j and words[j - 1] in ec.relatives)
        return False
    return word.startswith("ب") and _verb_before(words, hit.start, ec, ec.light_verbs)


def operation_done(words: list[str], hit: Hit, ec: EventCues) -> bool:
    """A strong cue right after "عملية" with a past verb of carrying out a few words
    before it ("نفذ مسلحان عملية الخطف"), or hostages counted after a past verb of holding
    ("احتجزوا أربعة من الشرطة رهائن"): the deed was done."""
    if hit.strong and hit.start and words[hit.start - 1] in ec.operations:
        return _verb_before(words, hit.start - 1, ec, ec.deed_verbs)
    if hit.kind == "Abduction" and not hit.strong:
        return _verb_before(words, hit.start, ec, ec.hold_verbs)
    return waged(words, hit, ec)


def waged(words: list[str], hit: Hit, ec: EventCues) -> bool:
    """An indefinite strong cue as the object of a past verb of waging a few words before
    it in its clause ("شن الجيش الأميركي ضربة جوية على مسلحين"، "نفذت مسيرة غارة"): the
    strike was done. Not the verb of a relative clause ("الغارة التي شنها الجيش": the
    strike named, told elsewhere) nor a definite cue ("شن الغارة" recalls one)."""
    if not hit.strong or not ec.waging_verbs or words[hit.start].startswith(("ال", "وال", "بال", "لل")):
        return False
    if hit.start and (words[hit.start - 1].isdigit() or words[hit.start - 1] in ec.numbers):
        return False   # "نفذ 12 غارة": a count of strikes, told with its own toll if any
    for j in islice(clause_before(words, hit.start, ec), CARRIER_WINDOW):
        if words[j] in ec.waging_verbs:
            return not (j and words[j - 1] in ec.relatives)
    return False


#: How far before a noun its carrying verb may stand in its clause: the light verb before
#: "بخطف", the verb of carrying out before "عملية", of holding before the hostages.
CARRIER_WINDOW = 6


def _verb_before(words: list[str], start: int, ec: EventCues, verbs: frozenset[str]) -> bool:
    """One of ``verbs`` among the :data:`CARRIER_WINDOW` words before ``start`` in its clause."""
    return any(words[j] in verbs for j in islice(clause_before(words, start, ec), CARRIER_WINDOW))




def passing_blast(words: list[str], hit: Hit, ec: EventCues) -> bool:
    """"انفجر جسم غريب لدى مرور دورية": an explosion told with its past verb as a patrol,
    convoy or car passed was set off against it (``passing`` in events.yaml)."""
    if hit.kind != "Bombing" or not hit.past or not ec.passing:
        return False
    return any(matches(words, k, rest) for k in range(hit.end, min(len(words), hit.end + PASSING_WINDOW))
               for rest in ec.passing.get(words[k], ()))


#: How far after the explosion's verb the passing phrase may stand ("انفجر أمس ... لدى مرور").
PASSING_WINDOW = 6


def waging_weapon_state(items, t: int, ec: EventCues) -> str | None:
    """"مسيرة إسرائيلية شنت (أمس) غارة على سيارة": the state whose adjective stands on the
    weapon that is the subject of the verb of waging right before the cue at t (a word of
    time between at most): that state waged it (:func:`waged` tells it as done)."""
    v = t - 2 if t >= 2 and items[t - 1].word in ec.occurrence else t - 1
    if v < 2 or items[v].word not in ec.waging_verbs:
        return None
    weapon, m = items[v - 2].mention, items[v - 1].mention
    if weapon is None or weapon.cls != "Weapon" or m is None or m.kind != "nisba" or m.cls != "State":
        return None
    return m.entity

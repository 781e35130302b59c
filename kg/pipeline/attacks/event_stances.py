"""What a sentence makes of a deed it names rather than reporting it (kg/lang/<lang>/events.yaml):
condemned (``condemnations``), weighed as an option (``proposals``), or told in conflicting
accounts (``dispute_verbs``, ``accounts``; ``denial_verbs``, ``denied_anaphors``). Split from event_blocks.py, which asks them."""
from __future__ import annotations

from kg.pipeline.attacks.event_cues import EventCues, Hit, clause_before, matches

#: Where a sentence's verb of conflicting accounts may stand (after "و" and a dateline word).
DISPUTE_OPENING = 3


def disputed(words: list[str], ec: EventCues) -> bool:
    """"وتضاربت أمس الأنباء حول طريقة اغتيال المستشار، ففيما قال موقع إنه اغتيل برصاص قناص
    ...": a sentence that opens on conflicting accounts is about the dispute; the versions it
    quotes are no report of their own."""
    return any(words[j] in ec.dispute_verbs and not ec.accounts.isdisjoint(words[j + 1:j + 4])
               for j in range(min(DISPUTE_OPENING, len(words))))


#: How far after a cue the predicate that weighs it as an option may stand (its object,
#: a place and their adjectives between: "أن هجوم الولايات المتحدة على إيران هو الحل").
PROPOSAL_WINDOW = 8


def proposed(words: list[str], hit: Hit, ec: EventCues) -> bool:
    """"ويرى الباحث أن ضرب المنشآت النووية هو الحل العملي": the deed is the subject of a
    nominal sentence whose predicate weighs it as a solution or option (``proposals``),
    up to a clause break: proposed, not reported."""
    for j in range(hit.end, min(len(words), hit.end + PROPOSAL_WINDOW)):
        if words[j] in ec.breaks:
            return False
        if any(matches(words, j, rest) for rest in ec.proposals.get(words[j], ())):
            return True
    return False


def condemned(words: list[str], hit: Hit, ec: EventCues) -> bool:
    """"أدانت الصين أمس قتل ثلاثة من رعاياها"، "فقرة تدين القصف": a word of condemning
    earlier in the cue's clause makes the deed what is condemned, no report of its own.
    Only for the event-first reading (``claims`` false in :func:`blocked`): the role
    frames still read a deed whose doer is named, as a headline "X تدين الهجوم الأمريكي على
    Y" reports that attack."""
    return bool(ec.condemnations) and any(words[j] in ec.condemnations for j in clause_before(words, hit.start, ec))


#: Words between a denial verb and what it points back at: its subject ("نفى آخرون ذلك").
DENIAL_SUBJECT = 2


def denied_after(words: list[str], hit: Hit, ec: EventCues) -> bool:
    """"ذهب مقيمون إلى أن امرأة قتلت أثناء المداهمة ونفى آخرون ذلك": a denial verb after the
    cue whose object points back at what was told ("ذلك"، "هذه الأنباء") makes it one
    version of a dispute, no report of its own."""
    if not ec.denial_verbs or not ec.denied_anaphors:
        return False
    for j in range(hit.end, len(words)):
        if words[j] not in ec.denial_verbs:
            continue
        if any(matches(words, k, rest) for k in range(j + 1, min(len(words), j + 2 + DENIAL_SUBJECT))
               for rest in ec.denied_anaphors.get(words[k], ())):
            return True
    return False

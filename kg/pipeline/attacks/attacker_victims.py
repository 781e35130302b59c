"""Actors before an attack trigger who did not carry it out (attackers.py): the people
killed or wounded in it ("X were killed in an attack", "مقتل ستة من X في هجوم") and a
claimer whose announcement is of another event ("إعلان الجيش انفجار مسيرتين") — split
from attackers.py by role."""
from __future__ import annotations

from kg.model import Mention
from kg.pipeline.attacks.cues import AttackCues
from kg.pipeline.attacks.event_cues import event_cues


def announces_other_event(items, claim: int, claimer: Mention, first: int, c: AttackCues) -> bool:
    """"بعد ساعات من إعلان الجيش انفجار مسيرتين ..., مؤكدة أن مقاتليها استهدفوا": what the
    claimer announces right after its name is another event or a toll (an explosion, a
    fall, a death) that it underwent or reported, so it claims nothing of the trigger
    further on."""
    ec = event_cues(c.lang)
    k = next((k for k in range(claim + 1, first) if items[k].mention is claimer), None)
    if k is None:
        return False
    nxt = next((k2 for k2 in range(k + 1, first) if not (items[k2].mention and items[k2].mention.kind == "nisba")), None)
    word = items[nxt].word if nxt is not None else None
    return bool(word) and (word in ec.cues or word in ec.casualties)



_BE = {"was", "were", "been", "be", "being"}
_SUBJECTS = {"it", "they", "he", "she", "we"}
_HARMED = {"killed", "wounded", "injured", "hurt", "kidnapped", "abducted", "targeted", "attacked", "hit"}


def passive_victim(items, j: int, first: int, c: AttackCues) -> bool:
    """English: "X were killed in an attack": between X and the trigger, a form of "be"
    and a participle of harm make X the people harmed, not the subject that attacked; so
    does a headline's bare participle before "in"/"by" ("Three X members killed in a strike"),
    and a verb of undergoing with a noun of harm ("X suffered minor injuries during an attack")."""
    words = [it.word for it in items[j + 1:first]]
    undergone = [k for k, w in enumerate(words) if w in c.undergoing_verbs]
    if undergone and any(w in c.harm_nouns for w in words[undergone[0] + 1:]):
        return True
    # The trigger itself may be the participle: "X members killed in Baghdad"; not after
    # a subject pronoun, whose verb it is ("X said it killed in Baghdad a commander").
    bare = [it.word for it in items[first:first + 2]] if not (words and words[-1] in _SUBJECTS) else []
    return any((w in _BE and n in _HARMED) or (w in _HARMED and n in ("in", "by", "during"))
               for w, n in zip(words + bare[:1], words[1:] + bare))


def counted_victim(items, j: int, c: AttackCues) -> bool:
    """The actor at j is among people counted as killed or wounded: a casualty word, a
    count and "من" stand before it ("مقتل ثمانية من X و Y", "إصابة 13 من عناصر X")."""
    ec = event_cues(c.lang)
    words = [it.word for it in items[max(0, j - 6):j]]
    for k, word in enumerate(words):
        if word in ec.casualties and k + 1 < len(words):
            rest = words[k + 1:]
            counted = any(w and (w.isdigit() or w in ec.numbers) for w in rest)
            if counted and ("من" in rest or "of" in rest):
                return True
    return False


"""A cue listed after a list opener that follows a comma ("ملفات يتوقع أن تؤدي إلى توتر،
من بينها خطف ... أو مهاجمة ..."): the list names instances of a noun of the clause before
the comma, so a word of modality there (expected, feared, preferred: ``modality`` in
attacks.yaml) governs every listed item, however far along the list. The role frames'
modality window stops a few words back and would miss it.

So with a list of kinds of violence after a word of condemning ("أدانت X لممارساتها وخصوصا
الاغتيالات وقصف المدارس"): the practices a state is condemned for, no one attack."""
from __future__ import annotations

from kg.pipeline.attacks.cues import MODALITY_WINDOW, AttackCues
from kg.pipeline.attacks.event_blocks import kinds_listed
from kg.pipeline.attacks.event_cues import Hit, event_cues
from kg.pipeline.attacks.items import Item, strip_conj

#: How far before a cue its list's opener may stand (a list of three or four short items).
LIST_REACH = 30


def listed_under_modality(items: list[Item], i: int, c: AttackCues) -> bool:
    """The cue at ``i`` is an item of a list whose opener stands after a comma, with no
    other comma or clause break between, and a modality word in the clause before."""
    if not c.list_openers:
        return False
    for k in range(i, max(-1, i - LIST_REACH), -1):
        it = items[k]
        if k < i and it.word and c.word(it.word, c.breaks):
            return False
        if it.comma:
            return _opener_at(items, k, c) and _modal_before(items, k, c)
    return False


def _opener_at(items: list[Item], k: int, c: AttackCues) -> bool:
    words = [it.word for it in items[k:k + 3]]
    return any(tuple(words[:len(p)]) == p for p in c.list_openers)


def _modal_before(items: list[Item], k: int, c: AttackCues) -> bool:
    """A modality word in the clause that the comma before ``k`` closes (up to a break)."""
    for it in reversed(items[max(0, k - 2 * MODALITY_WINDOW):k]):
        if it.word and c.word(it.word, c.breaks):
            return False
        if it.word and c.word(it.word, c.modality):
            return True
    return False


def condemned_kinds(items: list[Item], i: int, c: AttackCues) -> bool:
    """The cue at ``i`` is one of kinds of violence listed ("الاغتيالات وقصف المدارس"), with
    a word of condemning before it in the sentence: what is condemned is a practice. (A
    condemned deed told alone, "X تدين القصف الأمريكي على Y", still reports it.)"""
    ec = event_cues(c.lang)
    words = [it.word or "" for it in items]
    if ec.condemnations.isdisjoint(words[:i]) or words[i] not in ec.cues:
        return False
    if kinds_listed(words, Hit(i, i + 1, "Attack", False, False), ec):
        return True
    # "أدانت X لعدوانها وخصوصا الاغتيالات وقصف المدارس والمستشفيات والحصار": after a word
    # of elaboration, two kinds or more named one after another, their objects between.
    start = max(j for j, w in enumerate(words[:i]) if w in ec.condemnations)
    el = next((k for k in range(start + 1, i) if strip_conj(words[k]) in ec.elaborations), None)
    if el is None:
        return False
    kinds = {cue.kind for w in words[el + 1:i + 1] for cue in ec.cues.get(w, ()) or ec.cues.get(strip_conj(w), ())}
    return len(kinds) >= 2

"""A cue listed after a list opener that follows a comma ("أمور يتوقع أن تؤدي إلى أزمة،
من بينها تفجير ... أو ضرب ..."): the list names instances of a noun of the clause before
the comma, so a word of modality there (expected, feared, preferred: ``modality`` in
attacks.yaml) governs every listed item, however far along the list. The role frames'
modality window stops a few words back and would miss it."""
from __future__ import annotations

from kg.pipeline.attacks.cues import MODALITY_WINDOW, AttackCues
from kg.pipeline.attacks.items import Item

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

"""Cue words used in a sense that is no assault (kg/lang/<lang>/events.yaml), found among
the outside sentences' false positives (issue 12):

* words, not force: an 'attack' with no weapon on a government, on an authority named by
  its noun ("هاجم السلطات الإسرائيلية على تعاملها"; ``authority_heads``), or in a sentence
  about an article, criticism or statements (``commentary``);
* a movement, an office or a cause "kidnapped" (``abducted_abstractions``): "اختطفوا الحركة
  ومن بعدها السلطة" — no one can be carried off so;
* websites "stormed" by hackers (``website_nouns`` with a ``cyber_words`` word in the
  sentence): "اقتحمت مجموعة قرصنة 300 موقع";
* munitions carried on board (``cargo_marks``): "وعلى متنها 33 دبابة وقاذفات صواريخ" is a
  cargo, no weapon of the seizure told;
* a raid that ended in arrests (``ending_verbs`` then ``arrests``): "قاموا بغارات تكللت
  باحتجاز عدد من المطلوبين" — a police operation, no assault (the event reading already
  drops a raid told with arrests only; this is the frame's and a strong cue's turn).

The first is a test of a frame's attack (``commentary``); the others test a cue at a
position of the sentence's words (``other_sense``), so both the event reading
(event_blocks.blocked) and the role frames (triggers) use them.
"""
from __future__ import annotations

from typing import Callable

from kg.model import Attack, Doc
from kg.pipeline.attacks.event_cues import EventCues, event_cues

#: Targets words cannot attack: armed forces, bases, ships.
_FORCE_TARGETS = {"ArmedGroup", "SecurityForces", "UnidentifiedArmedGroup", "MilitaryBase", "Vessel", "Facility"}
#: How many words after a website cue its count may take ("اقتحمت 300 موقع").
WEBSITE_REACH = 2


def commentary(doc: Doc, attack: Attack, words: Callable[[], list[str]]) -> bool:
    """"شن هجوما على النظام", "هاجم السلطات", "an attack on the government's record": an
    'attack' on a government, or on an authority named by its noun, with no weapon and no
    manner of assault is words, not force; so is one in a sentence about an article,
    criticism or statements ("شن هجوما لاذعا على الحزب في مقال"). ``words``: the sentence's, read
    only when needed."""
    if attack.kind != "Attack" or attack.weapons:
        return False
    target = doc.entities.get(attack.target) if attack.target else None
    if target is not None and target.cls == "Government":
        return True
    if target is not None and target.cls in _FORCE_TARGETS:
        return False   # "الهجوم الأمريكي على الحشد أثار انتقادات": words about a strike
    ec = event_cues(doc.lang)
    if target is not None and ec.authority_heads and _named_by_authority(doc, attack, ec):
        return True
    return any(w in ec.commentary for w in words())


def _named_by_authority(doc: Doc, attack: Attack, ec: EventCues) -> bool:
    """The target is told by an authority's noun: "السلطات الإسرائيلية" is Israel's
    authorities, whom one attacks in words ("هاجم السلطات ... وقال")."""
    text = doc.norm.text
    for m in doc.mentions:
        if m.entity == attack.target and m.sentence == attack.evidence.sentence and m.nstart >= 0:
            head = text[m.nstart:m.nend].split()
            if head and head[0] in ec.authority_heads:
                return True
    return False


def other_sense(words: list[str], start: int, end: int, ec: EventCues, kind: str | None = None) -> bool:
    """Whether the cue at ``words[start:end]`` is used in a sense that is no assault (see
    the module doc). ``kind``: the cue's kind when known (an abduction's object)."""
    nxt = words[end] if end < len(words) else ""
    if kind in (None, "Abduction") and nxt in ec.abducted_abstractions and \
            words[start].endswith(ec.plural_endings):
        return True   # "اختطفوا الحركة": the verb holds its subject, the noun is what was taken
    if ec.website_nouns and any(w in ec.website_nouns for w in words[end:end + WEBSITE_REACH]) \
            and not ec.cyber_words.isdisjoint(words):
        return True
    if ec.cargo_marks and _cargo(words, start, ec):
        return True
    return ended_in_arrests(words, end, ec)


def carried(items, j: int, ec: EventCues) -> bool:
    """Whether the weapon at ``items[j]`` is carried on board (see :func:`_cargo`)."""
    return bool(ec.cargo_marks) and any(it.word in ec.cargo_marks for it in items[max(0, j - CARGO_REACH):j]) \
        and _cargo([it.word or "" for it in items], j, ec)


#: How far before a munition its mark of cargo may stand ("وعلى متنها 33 دبابة وقاذفات صواريخ").
CARGO_REACH = 6


def _cargo(words: list[str], start: int, ec: EventCues) -> bool:
    """A munition carried "on board" (``cargo_marks``): a ship's cargo, fired at no one —
    it names no weapon of the deed told ("استولوا على سفينة على متنها قاذفات صواريخ" is
    the seizure of a ship, no missile attack)."""
    for j in range(start - 1, max(-1, start - 1 - CARGO_REACH), -1):
        if words[j] in ec.breaks:
            return False
        if words[j] in ec.cargo_marks:
            return True
    return False


def ended_in_arrests(words: list[str], end: int, ec: EventCues) -> bool:
    """"بغارات تكللت باحتجاز", "مداهمة أسفرت عن اعتقال 16": right after the cue, a verb of
    ending whose first result is an arrest."""
    if end >= len(words) or words[end] not in ec.ending_verbs:
        return False
    k = end + 1
    if k < len(words) and words[k] in ec.result_links:
        k += 1
    return k < len(words) and words[k] in ec.arrests

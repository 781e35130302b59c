"""Frames that struck only a sea (split from the extractor by role)."""
from __future__ import annotations

from kg.model import Attack, Doc, Sentence


def struck_at_sea(doc: Doc, sentence: Sentence, items, cues, detect, found: list[Attack]) -> list[Attack]:
    """Frames that struck only a sea ("استهدف الحوثيون سفينة تجارية بصاروخ في البحر الأحمر":
    the ship is unnamed, the sea is where) name nothing struck and go at the end of the
    document. A named side told striking there with its weapon is still an event: the
    event reading (no target) with the sea as its place, when it names that side."""
    event = detect(doc, sentence, items, cues)
    if event is None or event.attack.attacker is None or event.attack.target is not None \
            or event.attack.attacker not in {a.attacker for a in found}:
        return found
    event.attack.place = event.attack.place or found[0].target
    return [event.attack]

"""Frames that struck only a sea (split from the extractor by role)."""
from __future__ import annotations

from kg.model import Attack, Doc, Sentence
from kg.pipeline.attacks.cues import attack_cues
from kg.text.normalize import normalize_key


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


def unnamed_ship(doc: Doc, attack: Attack) -> bool:
    """An attack left with a sea as its target, by a named attacker, whose sentence names a
    ship by its noun only ("استهدف الحوثيون سفينة تجارية في خليج عدن", "attacked a tanker
    in the Red Sea"): a ship was struck there, unnamed. The attack stays with the sea as
    its target and place, as the golds write it (an optional attack)."""
    if attack.attacker is None:
        return False
    c = attack_cues(doc.lang)
    sentence = doc.sentences[attack.evidence.sentence]
    words = (normalize_key(w.strip(".,،:؛\"'()«»").lower()) for w in doc.sentence_text(sentence).split())
    return any(w and c.word(w, c.vessel_heads) for w in words)

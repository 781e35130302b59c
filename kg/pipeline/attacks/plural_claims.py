"""A claim of several deeds told after them ("وتبنت X العمليات"، "أعلنت X مسؤوليتها عن
الهجومين"، "X claimed responsibility for the attacks"): the claimer carried out each attack
told in the sentences just before that has no attacker. The walk back stops at an attack
another side carried out (what was told before it is not this claim's), at an attack on
the claimer itself, and after a few sentences. The plural or dual nouns are data
(``plural_deeds`` of kg/lang/<lang>/attacks.yaml)."""
from __future__ import annotations

import re
from functools import lru_cache

from kg.lang import language_data, language_words
from kg.model import Attack
from kg.pipeline.attacks.cues import ATTACKERS, CLAIM
from kg.pipeline.attacks.items import strip_conj

#: How many sentences back a claim reaches (the claim sentence excluded).
_REACH = 3
#: How far after the claim word its deed may stand.
_DEED_REACH = 8


def claims_plural(items, lang: str) -> bool:
    """Whether a claim word of the sentence takes a definite plural (or dual) deed after it."""
    deeds = language_words(lang, "attacks", "plural_deeds")
    for k, it in enumerate(items):
        if not (it.word and it.kinds & CLAIM):
            continue
        for d in range(k + 1, min(len(items), k + 1 + _DEED_REACH)):
            x = items[d]
            if x.word and (strip_conj(x.word) in deeds or x.word.lower() in deeds):
                if lang == "en" and not _after_the(items, d):
                    continue
                return True
    return False


def _after_the(items, d: int) -> bool:
    """English: the deed at ``d`` is "the attacks" (the English items drop "the"; a word
    of quantity before it makes a tally: "claimed several attacks")."""
    return items[d - 1].word in ("for", "out", "claimed", "both")


def earlier_unclaimed(groups: list[tuple[int, list[Attack]]], sentence: int, claimer: str) -> list[Attack]:
    """The attacks told in the sentences just before ``sentence`` (``groups``: sentence
    index and the attacks kept for it, in reading order) that the claim covers."""
    out: list[Attack] = []
    for index, kept in reversed(groups):
        if sentence - index > _REACH:
            break
        if any(a.attacker is not None and a.attacker != claimer for a in kept):
            break   # another side's deed told between: what came before is not this claim's
        if any(a.target == claimer for a in kept):
            break   # the claimer was struck: not its deed
        out[:0] = [a for a in kept if a.attacker is None and not a.mutual]
    return out


@lru_cache(maxsize=4)
def _said_pattern(lang: str):
    text = language_data(lang, "attacks").get("said_plural_claim")
    return re.compile(text, re.IGNORECASE) if text else None


def said_claimer(doc, sentence) -> str | None:
    """"X said it carried out the attacks": the group whose reported speech in the
    sentence claims the deeds told before (English; a state is left alone)."""
    pattern = _said_pattern(doc.lang)
    if pattern is None:
        return None
    for sp in doc.speech:
        speaker = doc.entities.get(sp.speaker) if sp.speaker else None
        if speaker is None or speaker.cls not in ATTACKERS or speaker.cls == "State" or sp.denial:
            continue
        if not (sentence.start <= sp.start < sentence.end):
            continue
        if pattern.search(doc.text[sp.start:sp.end].strip()):
            return sp.speaker
    return None

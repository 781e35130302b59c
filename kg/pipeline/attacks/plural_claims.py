"""A claim of several deeds told after them ("وتبنت X العمليات"، "أعلنت X مسؤوليتها عن
الهجومين"، "X claimed responsibility for the attacks"): the claimer carried out each attack
told in the sentences just before that has no attacker. The walk back stops at an attack
another side carried out (what was told before it is not this claim's), at an attack on
the claimer itself, and after a few sentences. The plural or dual nouns are data
(``plural_deeds`` of kg/lang/<lang>/attacks.yaml)."""
from __future__ import annotations

from kg.lang import language_words
from kg.model import Attack
from kg.pipeline.attacks.cues import CLAIM
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
        for x in items[k + 1:k + 1 + _DEED_REACH]:
            if x.word and (strip_conj(x.word) in deeds or x.word.lower() in deeds):
                if lang == "en" and not _after_the(items, x):
                    continue
                return True
    return False


def _after_the(items, x) -> bool:
    """English: the deed is "the attacks" (the English items drop "the"; a word of
    quantity before it makes a tally: "claimed several attacks")."""
    k = items.index(x)
    before = items[k - 1].word if k else None
    return before in ("for", "out", "claimed", "both")


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

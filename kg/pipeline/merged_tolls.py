"""Tolls of merged tellings: one strike told in two sentences is one attack, whose
evidence is one of them ("Two soldiers were wounded in a drone attack ... . X said it
attacked US troops at Y base": the claim's sentence). The toll told in the other
sentence is that strike's too; the casualty reader (casualties.py) reads the evidence
sentence, and this reads the sentences merged into the attack (``Attack.told_in``).

Of two counts of one kind the larger is kept (the later, fuller toll: "one wounded",
then "three wounded"); of two equal ones the qualified ("at least three"). A sentence
that still tells an attack of its own, that gave its toll to an attack already, that
names another strike or that was merged into more than one attack is not read: its toll
may be another strike's. A second strike is named by an attack noun with a word that makes
it one ("غارة أخرى"، "ضربة جديدة", "another strike", "a second attack":
``casualty_words.names_another_strike``); the word alone is no second strike ("حصيلة
جديدة", "a new toll" restate this strike's toll, which is read)."""
from __future__ import annotations

from collections import Counter
from typing import Callable

from kg.model import Attack, Count
from kg.pipeline.casualty_words import INJURED, KILLED


def larger(count: Count | None, other: Count | None) -> Count | None:
    """The larger count, or the qualified one of two equal ones."""
    if count is None or other is None:
        return count or other
    if other.value > count.value or (other.value == count.value and count.qualifier == "exact"
                                     and other.qualifier != "exact"):
        return other
    return count


def add_merged_tolls(attacks: list[Attack], told: set[int], read: set[int],
                     counts: Callable[[int], dict[str, Count]]) -> None:
    """Give each attack the tolls of the sentences merged into it. ``told``: sentences
    with an attack of their own; ``read``: sentences whose toll went to an attack, or that
    tell another strike."""
    merged = Counter(s for a in attacks for s in set(a.told_in))
    for attack in attacks:
        for sentence in attack.told_in:
            if sentence == attack.evidence.sentence or sentence in told or sentence in read \
                    or merged[sentence] > 1:
                continue
            found = counts(sentence)
            attack.fatalities = larger(attack.fatalities, found.get(KILLED))
            attack.injured = larger(attack.injured, found.get(INJURED))

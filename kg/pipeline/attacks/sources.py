"""Cited sources (split from the extractor by role): the name right after an attribution
word ("بحسب الجيش"، "وفقا للقيادة"، "نقلا عن الوزارة", "according to X") told the event;
it is neither its attacker nor what was struck."""
from __future__ import annotations

from kg.pipeline.attacks.cues import AttackCues, Item

#: Words that may stand between the attribution word and its source ("نقلا عن X").
_LINKS = ("عن", "to", "من")


def sources_unsaid(items: list[Item], c: AttackCues) -> list[Item]:
    """The items with each cited source made a plain word (the role rules skip it)."""
    if not c.attributions or not any(it.word and c.word(it.word, c.attributions) for it in items):
        return items
    out = list(items)
    for k, it in enumerate(items):
        if not it.word or c.word(it.word, c.attributions) is None:
            continue
        for j in range(k + 1, min(k + 3, len(items))):
            if items[j].mention is not None:
                out[j] = Item(items[j].start, items[j].end, word="·")
                break
            if items[j].word not in _LINKS:
                break
    return out

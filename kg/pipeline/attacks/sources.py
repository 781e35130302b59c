"""Cited sources (split from the extractor by role): the name right after an attribution
word ("بحسب الجيش"، "وفقا للقيادة"، "نقلا عن الوزارة", "according to X") told the event;
it is neither its attacker nor what was struck.  So is the owner of a cited outlet ("بحسب
إعلام الحوثيين": the Houthis' media tell it, they did not strike) and a second source joined
to the first ("وفق وكالة X والوكالة Y"), and the owner of an outlet that tells the news
("وأفادت قناة X الناطقة باسم الجماعة", "قناة X التابعة لـY": the group speaks through it, it
is no subject of the deed told)."""
from __future__ import annotations

from collections.abc import Callable

from kg.pipeline.attacks.cues import AttackCues
from kg.pipeline.attacks.items import Item

#: Words that may stand between the attribution word and its source ("نقلا عن X").
_LINKS = ("عن", "to", "من")


#: Words read between an outlet and its owner ("الناطقة باسم", "التابعة لـ").
OWNER_REACH = 3


def sources_unsaid(items: list[Item], c: AttackCues, outlet: Callable[[str], bool] = lambda e: False) -> list[Item]:
    """The items with each cited source made a plain word (the role rules skip it);
    ``outlet`` tells whether an entity is a news outlet."""
    items = _owners_unsaid(items, c, outlet)
    if not c.attributions:
        return items
    # Every written form of an attribution word is a key of its index (``c.word`` is one
    # lookup in it): one set test over the sentence's words, no call per item.
    if c.forms(c.attributions).keys().isdisjoint([it.word for it in items]):
        return items
    out = list(items)
    for k, it in enumerate(items):
        if not it.word or c.word(it.word, c.attributions) is None:
            continue
        for j in range(k + 1, min(k + 4, len(items))):
            if items[j].mention is not None:
                out[j] = Item(items[j].start, items[j].end, word="·")
                _joined_sources(items, out, j)
                break
            if items[j].word not in _LINKS and c.word(items[j].word, c.media_nouns) is None:
                break
    return out


def _joined_sources(items: list[Item], out: list[Item], j: int) -> None:
    """Sources joined by "و" right after the cited one ("وفق وكالة X والوكالة Y") cite too;
    only a named institution (a state or group joined there may be what the news is about)."""
    j += 1
    while j < len(items) and items[j].mention is not None and items[j].clitic[:1] == "و" \
            and items[j].mention.cls == "Organization":
        out[j] = Item(items[j].start, items[j].end, word="·")
        j += 1


def _owners_unsaid(items: list[Item], c: AttackCues, outlet: Callable[[str], bool]) -> list[Item]:
    """The owner named right after an outlet, past the words of owning (``outlet_owners``),
    made a plain word."""
    if not c.outlet_owners:
        return items
    out = items
    for k, it in enumerate(items):
        if it.mention is None or not outlet(it.mention.entity):
            continue
        for j in range(k + 1, min(k + 1 + OWNER_REACH, len(items))):
            if items[j].mention is not None:
                if j > k + 1:   # an owning word stood between
                    out = out if out is not items else list(items)
                    out[j] = Item(items[j].start, items[j].end, word="·")
                break
            if items[j].word not in c.outlet_owners:
                break
    return out

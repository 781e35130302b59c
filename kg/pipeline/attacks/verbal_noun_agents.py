"""The doer of an Arabic verbal noun named right after it (sentence_frames.py): "استهداف الحوثيين
تل أبيب"، "استهداف قواتها البحرية، صباح اليوم، سفينتين إسرائيليتين". A verbal noun
annexed to an actor takes that actor as its doer when a direct object follows it; with no
object, the annexed actor is what was struck ("استهداف الحوثيين في صنعاء"), so the object
must be there: a mention glued to nothing (a state's ships or sites too: "سفينتين
إسرائيليتين" as one mention), or an indefinite noun with a state's adjective ("موقعا
إسرائيليا") or with an accusative relational adjective ("مبنى سكنيا", "هدفا عسكريا": the
adjective's "-iyyan" shows the case the object takes; a genitive would read "-iyyin").
A time phrase may stand between the doer and its object with no commas ("استهداف الجيش
صباح اليوم مبنى سكنيا"): the date resolver's span says where it ends (round i13k33)."""
from __future__ import annotations

from kg.pipeline.attacks.cue_owners import AGENT_CLASSES
from kg.pipeline.attacks.items import Item, bare_word

#: Classes that can be the object struck (not a weapon, a date or a title).
_OBJECTS = AGENT_CLASSES | {"Place", "MilitaryBase", "Facility", "Vessel", "Person", "Region"}
#: Plain words read between the doer and its object when commas set them off ("، صباح اليوم،").
_ASIDE = 5


def verbal_noun_agent(items: list[Item], t: int, c, in_dates: frozenset[int] = frozenset()) -> int | None:
    """The item index of the doer annexed to the verbal noun at t, or None (``in_dates``:
    the indexes of items inside a date mention)."""
    if c.lang != "ar" or t + 2 >= len(items) or items[t].mention is not None or not items[t].word:
        return None
    word = bare_word(items[t].word)
    if word.startswith("ال") or not (word in c.verbal_nouns or word[1:] in c.verbal_nouns):
        return None   # "الاستهداف" takes no doer annexed; "باستهداف" may ("ب" + noun)
    j = t + 1
    agent = items[j].mention
    if agent is None or items[j].clitic or items[j].comma or agent.kind not in ("name", "anaphor") \
            or agent.cls not in AGENT_CLASSES:
        return None
    k = j + 1
    if items[k].comma:   # an aside set off by commas: "، صباح اليوم الأحد،"
        k = next((x for x in range(k + 1, min(len(items), k + 1 + _ASIDE)) if items[x].comma), None)
        if k is None or any(items[x].mention is not None for x in range(j + 1, k)):
            return None
    elif k in in_dates:   # "صباح اليوم" with no commas: step over the date
        k = next((x for x in range(k + 1, min(len(items), k + 1 + _ASIDE)) if x not in in_dates), None)
        if k is None or items[k].comma:
            return None
    if k + 1 > len(items) - 1 and items[k].mention is None:
        return None
    obj = items[k]
    if obj.mention is not None:
        ok = not obj.clitic and obj.mention.kind in ("name", "anaphor", "proxy") and obj.mention.cls in _OBJECTS
    else:
        nxt = items[k + 1].mention if k + 1 < len(items) else None
        ok = bool(obj.word) and not bare_word(obj.word).startswith(("ال", "ب", "ل", "ف", "ك")) \
            and (nxt is not None and nxt.kind == "nisba" and nxt.cls == "State"
                 or _accusative_adjective(items[k + 1]))
    return j if ok and obj.mention is not agent else None


def _accusative_adjective(item: Item) -> bool:
    """An indefinite relational adjective in the accusative ("سكنيا", "عسكريا"): a plain
    word, not a mention, no article, ending in the nisba's "-iyyan" (normalised "يا")."""
    w = item.word
    return item.mention is None and not item.comma and bool(w) and len(w) > 4 \
        and w.endswith("يا") and not w.startswith(("ال", "وال", "بال", "لل"))

"""The doer of an Arabic verbal noun named right after it (sentence_frames.py): "استهداف الحوثيين
تل أبيب"، "استهداف قواتها البحرية، صباح اليوم، سفينتين إسرائيليتين". A verbal noun
annexed to an actor takes that actor as its doer when a direct object follows it; with no
object, the annexed actor is what was struck ("استهداف الحوثيين في صنعاء"), so the object
must be there: a mention glued to nothing (a state's ships or sites too: "سفينتين
إسرائيليتين" as one mention), or an indefinite noun with a state's adjective ("موقعا
إسرائيليا") or with an accusative relational adjective ("مبنى سكنيا", "هدفا عسكريا": the
adjective's "-iyyan" shows the case the object takes; a genitive would read "-iyyin").
A time phrase may stand between the doer and its object with no commas ("استهداف الجيش
صباح اليوم مبنى سكنيا"): the date resolver's span says where it ends (round i13k33).
The doer may be a state's people as a plural noun ("قصف الأمريكيين مواقع X", "استهداف
الإسرائيليين بلدة Y": a definite plural nisba standing alone, no noun before it), and the
object a place or site noun before its name ("قصف الحوثيين مدينة إيلات"، "مواقع الحشد")."""
from __future__ import annotations

from kg.pipeline.attacks.cue_owners import AGENT_CLASSES
from kg.pipeline.attacks.items import Item, bare_word

#: Classes that can be the object struck (not a weapon, a date or a title).
_OBJECTS = AGENT_CLASSES | {"Place", "MilitaryBase", "Facility", "Vessel", "Person", "Region"}
#: Plain words read between the doer and its object when commas set them off ("، صباح اليوم،").
_ASIDE = 5


def verbal_noun_agent(items: list[Item], t: int, c, in_dates: frozenset[int] = frozenset(),
                      text: str = "") -> int | None:
    """The item index of the doer annexed to the verbal noun at t, or None (``in_dates``:
    the indexes of items inside a date mention; ``text``: the normalised text the items index)."""
    if c.lang != "ar" or t + 2 >= len(items) or items[t].mention is not None or not items[t].word:
        return None
    word = bare_word(items[t].word)
    if word.startswith("ال") or not (word in c.verbal_nouns or word[1:] in c.verbal_nouns
                                     or _governed_noun(items, t, word, c)):
        return None   # "الاستهداف" takes no doer annexed; "باستهداف" may ("ب" + noun)
    j = t + 1
    agent = items[j].mention
    if agent is None or items[j].clitic or items[j].comma or agent.cls not in AGENT_CLASSES \
            or not (agent.kind in ("name", "anaphor") or _people_of_state(agent, text)):
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
                 or _accusative_adjective(items[k + 1])
                 or _headed_name(obj, items[k + 1] if k + 1 < len(items) else None, c))
    return j if ok and obj.mention is not agent else None


def _accusative_adjective(item: Item) -> bool:
    """An indefinite relational adjective in the accusative ("سكنيا", "عسكريا"): a plain
    word, not a mention, no article, ending in the nisba's "-iyyan" (normalised "يا")."""
    w = item.word
    return item.mention is None and not item.comma and bool(w) and len(w) > 4 \
        and w.endswith("يا") and not w.startswith(("ال", "وال", "بال", "لل"))


#: The plural endings of a nisba standing as a noun for a state's people ("الأمريكيين").
_PEOPLE_ENDINGS = ("يين", "يون")


def _people_of_state(agent, text: str) -> bool:
    """A state's adjective written as a definite plural noun with nothing before it to
    describe: "الأمريكيين", "الإسرائيليون" (the item before is the verbal noun itself)."""
    if agent.kind != "nisba" or agent.cls != "State" or not text or agent.nstart < 0:
        return False
    word = text[agent.nstart:agent.nend]
    return " " not in word and word.startswith("ال") and word.endswith(_PEOPLE_ENDINGS)


def _headed_name(obj: Item, nxt: Item | None, c) -> bool:
    """A place or site noun with the name right after it, glued to nothing: "مدينة إيلات",
    "مواقع الحشد", "قاعدة عين الأسد" (attacks.yaml ``place_heads``, ``owned_targets``)."""
    if nxt is None or nxt.mention is None or nxt.clitic or nxt.comma or nxt.mention.kind not in ("name", "anaphor") \
            or nxt.mention.cls not in _OBJECTS:
        return False
    return bool(c.word(obj.word, c.place_heads) or c.word(obj.word, c.owned))


def _governed_noun(items: list[Item], t: int, word: str, c) -> bool:
    """A verbal noun written like its verb ("قصف") is a noun after a proclitic preposition
    ("بقصف") or right after a word that governs a noun ("بعد قصف"، "على قصف")."""
    if word in c.verb_like_nouns:
        return t > 0 and bool(items[t - 1].word) and bare_word(items[t - 1].word) in c.noun_governors
    return word[:1] in ("ب", "ل") and word[1:] in c.verb_like_nouns

"""Words around a mention that make it where an attack happened or whose site was hit,
not a side: a place noun after a locative, a road named after a person, a state named by
its own base, a border between areas.  Asked by the role readers (targets, event roles,
attackers); kept apart from the cue tables in ``cues`` they read."""
from __future__ import annotations

from kg.lang.ar.morphology import without_article
from kg.model import Mention
from kg.pipeline.attacks.cues import AREAS, AttackCues
from kg.text.normalize import normalize_key


def self_place_head(items, j, c: AttackCues) -> bool:
    """"في مدينة البوكمال": a place noun that itself follows a locative; in English "of"
    may stand between ("in the village of X", "in the area of X")."""
    if c.lang == "en" and j > 1 and items[j - 1].word == "of":
        j -= 1
    prev = items[j - 1]
    if not prev.word or not c.word(prev.word, c.place_heads):
        return False
    before = items[j - 2] if j > 1 else None
    return bool(before and before.word and (c.word(before.word, c.locatives) or
                                             (c.lang == "ar" and before.word.startswith("ب"))))


def street_name(items, j: int, c: AttackCues) -> bool:
    """"قرب طريق X": a person's name right after a road or square noun names that road;
    the person was not struck there."""
    m = items[j].mention
    prev = items[j - 1].word if j > 0 else None
    return bool(m is not None and m.cls == "Person" and prev and normalize_key(prev) in c.street_heads)


def site_of_state(text: str, m: Mention, c: AttackCues) -> bool:
    """A state named by a site or a ship of its own ("قاعدة للجيش الأمريكي", "القاعدة
    العسكرية الأميركية", "سفينة أميركية"): what was struck, never who struck."""
    if m.kind != "proxy" or c.lang != "ar":
        return False
    head = text[m.nstart:m.nend].split(" ", 1)[0]
    return c.word(without_article(head), c.target_heads) is not None


def names_a_border(items, j: int, c: AttackCues) -> bool:
    """The area at j names a border with the areas after it ("at the Iraq-Syria border",
    "near the Syria border"): it says where, it was not struck."""
    k = j + 1
    while k < len(items) and items[k].mention is not None and items[k].mention.cls in AREAS:
        k += 1
    return c.lang == "en" and items[j].mention.cls in AREAS and k < len(items) and bool(items[k].word) \
        and items[k].word in c.route_nouns


def after_destination(items, j: int, c: AttackCues) -> bool:
    """The place at j is where a ship or convoy was going ("a tanker bound for the port of
    Aden in Yemen", "en route to X"): a destination phrase stands before it in its stretch
    of the clause (no comma between), so it is not where the attack happened."""
    if not c.destinations:
        return False
    for k in range(j - 1, max(-1, j - 10), -1):
        for phrase in c.destinations:
            n = len(phrase)
            if k - n + 1 >= 0 and all(items[k - n + 1 + i].word == phrase[i] for i in range(n)):
                return True
        if items[k + 1].comma or c.is_break(items, k):
            return False
    return False


def ship_heading(items, j: int, c: AttackCues) -> bool:
    """The actor at j is where a ship was heading ("the vessel, reportedly heading toward X,
    was targeted"): a heading phrase right before it, and a ship's noun a few words before
    that. A weapon "heading toward X" names its target, so the ship's noun is required."""
    for phrase in c.ship_headings:
        n = len(phrase)
        k = j - n
        if k < 0 or any(items[k + i].word != phrase[i] for i in range(n)):
            continue
        return any(items[x].word and items[x].word in c.vessel_heads for x in range(max(0, k - 4), k))
    return False


def names_a_newsroom(items, j: int, c: AttackCues) -> bool:
    """The place at j qualifies a news outlet ("according to reports in the Saudi media",
    "the US press", "Iran state TV"): it says who reports, not where anything happened."""
    k = j + 1
    if k < len(items) and items[k].word == "state":
        k += 1
    return k < len(items) and bool(items[k].word) and items[k].word in c.media_nouns


def headline_setting(doc, items, j: int, first: int, c: AttackCues) -> bool:
    """English: a state's bare name right before the attack noun (weapon words between:
    "Iraq drone attack takes place near US forces") is ambiguous, where or who ("Israel
    strike kills five"). It is where when the document also names that state as a setting
    ("... at Erbil airport in northern Iraq") and never possessive ("Israel's strike")."""
    m = items[j].mention
    if c.lang != "en" or m is None or m.cls != "State" or m.kind != "name" or j >= first:
        return False
    if any(items[k].mention is None or items[k].mention.cls != "Weapon" for k in range(j + 1, first)):
        return False
    text = doc.norm.text.lower()
    if text[m.nend:m.nend + 2] in ("'s", "’s"):
        return False
    for other in doc.mentions:
        if other.entity != m.entity or other.nstart == m.nstart or other.nstart < 0:
            continue
        before = text[max(0, other.nstart - 40):other.nstart].split()[-2:]
        if before and (c.word(before[-1], c.locatives) and before[-1] not in _DIRECTION_ONLY
                       or len(before) == 2 and c.word(before[0], c.locatives) and before[-1] in _DIRECTIONS):
            return True
    return False


#: Direction words of the English locatives: "in northern Iraq" is a setting, "north Iraq"
#: alone too, but not "Iraq" after "off" or "across" a border.
_DIRECTIONS = {"north", "south", "east", "west", "northern", "southern", "eastern", "western", "central",
               "northeast", "northwest", "southeast", "southwest", "northeastern", "northwestern",
               "southeastern", "southwestern"}
_DIRECTION_ONLY = {"off", "across", "outside"}

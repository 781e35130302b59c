"""English definite group nouns qualified by a state's adjective refer back.

"Hezbollah fired rockets ... . The Lebanese group said ..." and "The Iraqi militia is
backed by Iran": a state's adjective between "the" and a group noun says which of the
groups named before is meant, the last one whose country (CAMEO code) is that state.
Only the noun becomes the anaphor; the adjective stays a mention of the state. The cue
words are in ``kg/lang/en/cues.yaml`` (``nisba_anaphors``).

Arabic puts the adjective after the noun: "وأعلنت الميليشيا العراقية" after "المقاومة
الإسلامية في العراق" (:func:`arabic_nisba_anaphors`, nouns in ``kg/lang/ar/cues.yaml``),
and only when one group of that state stands in the antecedent's sentence.
"""
from __future__ import annotations

import re
from functools import lru_cache

from kg.lang import language_data
from kg.model import Doc
from kg.pipeline.tokens import MentionIndex, add_mention
from kg.text.normalize import normalize_key

_GROUP_CLASSES = ("ArmedGroup", "Organization")
#: How many sentences back the named group may stand.
_REACH = 3


@lru_cache(maxsize=None)
def _noun_after() -> re.Pattern | None:
    table = language_data("en", "cues").get("nisba_anaphors") or {}
    nouns, adjectives = table.get("nouns") or [], table.get("adjectives") or []
    if not nouns:
        return None
    adj = "|".join(map(re.escape, adjectives))
    return re.compile(rf" (?:(?:{adj}) )?(?P<noun>{'|'.join(map(re.escape, nouns))})(?![\w\-])")


def _country(doc: Doc, key: str) -> str:
    entity = doc.entities.get(key)
    return (entity.cameo or "")[:3] if entity is not None else ""


def _setting(doc: Doc):
    """What both languages read: the spans already covered, the groups named or referred
    to (start, key, class, sentence) in order, where names start, and the state adjectives."""
    covered = MentionIndex(doc)
    groups = sorted((m.nstart, m.entity, m.cls, m.sentence) for m in doc.mentions
                    if m.cls in _GROUP_CLASSES and m.kind in ("name", "anaphor"))
    starts = {m.nstart for m in doc.mentions if m.kind == "name"}
    nisbas = [m for m in doc.mentions if m.cls == "State" and m.kind == "nisba"]
    return covered, groups, starts, nisbas


#: Where a clause may open with no article: the text's start, a new line, a sentence's end.
_OPENING = re.compile(r"(?:^|\n|[.!?:] )$")


def _headline_possessive(text: str, start: int, hit: re.Match | None) -> bool:
    """"Lebanese group's leader P says ...": headlines drop the article, and a possessive
    after the noun shows it is a definite group already named, not a kind before a name."""
    return hit is not None and text[hit.end("noun"):hit.end("noun") + 1] == "'" \
        and _OPENING.search(text, 0, start) is not None


def nisba_anaphors(doc: Doc) -> None:
    """Adds an anaphor mention on the group noun of "the <state adjective> group"."""
    if doc.lang == "ar":
        arabic_nisba_anaphors(doc)
        return
    pattern = _noun_after()
    if doc.lang != "en" or pattern is None:
        return
    text = doc.norm.text
    covered, groups, starts, nisbas = _setting(doc)
    for m in nisbas:
        hit = pattern.match(text, m.nend)
        if text[max(0, m.nstart - 4):m.nstart] != "the " and not _headline_possessive(text, m.nstart, hit):
            continue
        state = _country(doc, m.entity)
        if hit is None or not state or covered.overlaps(hit.start("noun"), hit.end("noun")):
            continue
        if text[hit.end("noun"):hit.end("noun") + 1] == " " and hit.end("noun") + 1 in starts:
            continue   # "the Lebanese Sunni group Jamaa Islamiya": the noun names the next name's kind
        antecedent = next((g for g in reversed(groups) if g[0] < m.nstart and m.sentence - g[3] <= _REACH
                           and _country(doc, g[1]) == state and not doc.is_news_outlet(g[1])), None)
        if antecedent is None:
            continue
        add_mention(doc, hit.start("noun"), hit.end("noun"), antecedent[1], antecedent[2],
                    "coref.nisba_head", "anaphor", m.sentence)
        covered.add(hit.start("noun"), hit.end("noun"))


@lru_cache(maxsize=None)
def _noun_before() -> re.Pattern | None:
    nouns = (language_data("ar", "cues").get("nisba_anaphors") or {}).get("nouns") or []
    if not nouns:
        return None
    stems = "|".join(sorted({re.escape(normalize_key(n)[2:]) for n in nouns}, key=len, reverse=True))
    return re.compile(rf"(?:^|(?<=\s))[وفب]?(?:ال|لل)(?P<noun>{stems}) $")


#: CAMEO agent types of a state's own bodies: never "الجماعة".
_STATE_AGENTS = ("MIL", "GOV", "COP", "SPY")


def arabic_nisba_anaphors(doc: Doc) -> None:
    """"الميليشيا العراقية"، "للجماعة الفلسطينية المسلحة": the noun before a state's
    adjective is the last group of that state named in the three sentences before (not in
    its own), when no other group of that state shares that group's sentence."""
    pattern = _noun_before()
    if pattern is None:
        return
    text = doc.norm.text
    covered, groups, starts, nisbas = _setting(doc)
    for m in nisbas:
        hit = pattern.search(text, max(0, m.nstart - 16), m.nstart)
        state = _country(doc, m.entity)
        if hit is None or not state:
            continue
        noun = (hit.start("noun") - 2, hit.end("noun"))   # with its article
        if text[noun[0] - 1:noun[0]] == "ل" and text[noun[0]:noun[0] + 1] == "ل":
            noun = (noun[0] - 1, noun[1])
        if covered.overlaps(*noun):
            continue
        after = re.match(r" (?:ال\w+ )?", text[m.nend:m.nend + 20])
        if after and m.nend + after.end() in starts:
            continue   # "للجماعة اللبنانية حزب الله": the noun names the next name's kind
        fitting = [g for g in reversed(groups) if g[0] < noun[0] and m.sentence - g[3] <= _REACH
                   and _country(doc, g[1]) == state and not doc.is_news_outlet(g[1])
                   and not (doc.entities[g[1]].cameo or "")[3:] in _STATE_AGENTS]
        if not fitting:
            continue
        antecedent = fitting[0]
        if antecedent[3] == m.sentence:
            continue   # the group is named in the sentence itself: the noun adds nothing safe
        if any(g[1] != antecedent[1] and g[3] == antecedent[3] for g in fitting):
            continue   # two groups of that state in one sentence: which is meant is unsaid
        add_mention(doc, noun[0], noun[1], antecedent[1], antecedent[2],
                    "coref.nisba_head", "anaphor", m.sentence)
        covered.add(*noun)

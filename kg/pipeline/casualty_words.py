"""The word tables casualties.py reads a toll with (split from it by role): number words,
qualifiers, cue verbs and nouns, and what is no count, per language, from
kg/lang/<lang>/casualties.yaml."""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from kg.lang import language_data
from kg.text.normalize import normalize_key

KILLED, INJURED = "killed", "injured"


@dataclass(frozen=True)
class CasualtyWords:
    units: dict
    teen: frozenset
    tens: dict
    multipliers: dict
    hundreds_suffixes: tuple
    before: tuple            # (phrase + " ", qualifier), longest first
    after: tuple
    verbs: dict              # word -> category
    nouns: dict
    singular: frozenset
    dual: frozenset
    one_death: frozenset
    not_after: frozenset
    not_before: frozenset
    negated: frozenset       # "دون إصابة أحد": the casualty word after these counts nobody
    subset: frozenset        # "بينهم 3 أطفال", "including two children": part of a count
    other_event: re.Pattern  # "ردا على", "in response to": what follows is another event
    passive_after: frozenset  # "six others were wounded": the verb after the count decides
    numbers: frozenset       # every number word, for proclitic stripping
    #: A definite attack noun opening a sentence: it tells the toll of the strike just told.
    retelling: frozenset = frozenset()
    another: frozenset = frozenset()   # "غارة أخرى": a second strike, its toll its own


def _norm(words) -> frozenset:
    return frozenset(normalize_key(str(w)) for w in words or ())


@lru_cache(maxsize=None)
def casualty_words(lang: str) -> CasualtyWords:
    data = language_data(lang, "casualties")
    units = {normalize_key(str(k)): v for k, v in (data.get("units") or {}).items()}
    tens = {normalize_key(str(k)): v for k, v in (data.get("tens") or {}).items()}
    multipliers = {normalize_key(str(k)): v for k, v in (data.get("multipliers") or {}).items()}
    quals = data.get("qualifiers") or {}

    def phrases(table):
        items = [(normalize_key(str(k)), v) for k, v in (table or {}).items()]
        return tuple(sorted(items, key=lambda kv: -len(kv[0])))

    verbs, nouns = {}, {}
    for category in (KILLED, INJURED):
        for w in (data.get(category) or {}).get("verbs") or ():
            verbs.setdefault(normalize_key(str(w)), category)
        for w in (data.get(category) or {}).get("nouns") or ():
            nouns.setdefault(normalize_key(str(w)), category)
    teen = _norm(data.get("teen"))
    return CasualtyWords(
        units=units, teen=teen, tens=tens, multipliers=multipliers,
        hundreds_suffixes=tuple(normalize_key(str(s)) for s in data.get("hundreds_suffixes") or ()),
        before=phrases(quals.get("before")), after=phrases(quals.get("after")),
        verbs=verbs, nouns=nouns, singular=_norm(data.get("singular")), dual=_norm(data.get("dual")),
        one_death=_norm(data.get("one_death")),
        not_after=_norm((data.get("not_counts") or {}).get("after")),
        not_before=_norm((data.get("not_counts") or {}).get("before")),
        negated=_norm((data.get("not_counts") or {}).get("negated")),
        subset=_norm(data.get("subset_before")),
        other_event=_phrases_regex(_norm(data.get("other_event")), lang == "ar"),
        passive_after=_norm(data.get("passive_after")),
        numbers=frozenset(units) | frozenset(tens) | frozenset(multipliers) | teen,
        retelling=_norm(data.get("retelling_nouns")), another=_norm(data.get("another_strike")))


#: How many words may stand between an attack noun and the word that makes it a second
#: strike ("غارة جوية إسرائيلية أخرى", "another Israeli drone strike").
ANOTHER_REACH = 3


def names_another_strike(lang: str, toks: list[str], another: frozenset) -> bool:
    """The words name a second strike: an ``another_strike`` word that qualifies an attack
    noun, after it in Arabic ("في غارة أخرى"، "الغارات الأخرى"، "ضربة جديدة"), before it in
    English ("in another strike", "a second drone attack"). The word alone does not: "حصيلة
    جديدة", "a new toll", "for the second day" restate the same strike's toll."""
    # The attack nouns are the extractor's trigger table; imported here, since the attacks
    # package (its merging module) imports this one.
    from kg.pipeline.attacks.cues import attack_cues
    cues = attack_cues(lang)
    words = [t.lower() for t in toks]
    for i, w in enumerate(words):
        if w in another or w.startswith("ال") and w[2:] in another:
            near = words[max(0, i - ANOTHER_REACH):i] if lang == "ar" else words[i + 1:i + 1 + ANOTHER_REACH]
            if any(cues.word(x, cues.triggers) for x in near):
                return True
    return False


def _phrases_regex(phrases, arabic: bool) -> re.Pattern:
    """One regex for word-bounded phrases (after و/ف in Arabic: "وردا على")."""
    if not phrases:
        return re.compile(r"(?!)")
    # A phrase ending in a one-letter preposition (انتقاما ل) is glued to the next word.
    body = "|".join(re.escape(p) + ("" if len(p.split()[-1]) == 1 else r"(?!\w)")
                    for p in sorted(phrases, key=len, reverse=True))
    lead = r"(?<!\w)[وف]?" if arabic else r"(?<!\w)"
    return re.compile(f"{lead}(?:{body})")

"""Cue lists of a language (``kg/lang/<code>/cues.yaml``), normalised for matching."""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from kg.lang import language_data
from kg.text.normalize import normalize_arabic, normalize_key


def _norm_all(words) -> frozenset[str]:
    return frozenset(normalize_key(str(w)) for w in words or ())


def _norm_classed(table: dict | None) -> dict[str, str]:
    """{class: [words]} -> {normalised word: class}."""
    out: dict[str, str] = {}
    for cls, words in (table or {}).items():
        for w in words:
            out[normalize_key(str(w))] = cls
    return out


@dataclass(frozen=True)
class Cues:
    org_heads: dict[str, str]
    quoted_only_heads: dict[str, str]
    place_heads: dict[str, str]
    place_part_heads: frozenset[str]
    same_place_heads: frozenset[str]
    ministries: dict[str, str]
    government_heads: frozenset[str]
    collective_heads: dict[str, str]
    #: Heads that make a collective only with a backer after them ("مسلحون مدعومون من
    #: إيران"); alone they are the generic agents of agents.yaml ("مسلحون مجهولون").
    backed_only_heads: frozenset[str]
    #: Heads that make a collective only with a people's nisba or a backer after them
    #: ("المقاومة الفلسطينية"); alone ("رد المقاومة") they name no group of their own.
    nisba_only_heads: frozenset[str]
    #: Pronouns that open a description of the actor named before ("X، وهي جماعة مدعومة
    #: من إيران"): a backed-only head after one describes X and is no actor of its own.
    appositive_pronouns: frozenset[str]
    #: Words that introduce a name after a backed description ("جماعة موالية لإيران تعرف
    #: باسم X", "an Iran-backed group called X"): the description is X's.
    naming_words: frozenset[str]
    collective_adjectives: frozenset[str]
    titles: frozenset[str]
    given_names: frozenset[str]
    ambiguous_given_names: frozenset[str]
    stop_words: frozenset[str]
    anaphors: dict[str, str]
    state_proxies: frozenset[str]
    #: What ties a group to its backer right after its name ("الموالية لـ", "backed by"),
    #: compiled here once: speech and collectives match it at every candidate.
    affiliation: re.Pattern
    affiliation_prefix: re.Pattern
    #: The affiliation with a pronoun for the backer ("والفصائل الموالية لها"): the backer
    #: is the actor the collective is coordinated with.
    affiliation_pronoun: re.Pattern
    #: Words that end right before an actor who is only what a source is close to:
    #: "مصدر مقرب من X" (X is not the speaker), anchored at the end of the text before it.
    close_to_before: re.Pattern
    demonstratives: frozenset[str]
    speech_verbs: frozenset[str]
    denial_verbs: frozenset[str]
    #: Verbal nouns after a denial verb that make it a refusal to disclose, no denial:
    #: "رفض الكشف عن هويته" (declined to be named) asserts nothing false.
    undisclosed: frozenset[str]
    attribution_phrases: frozenset[str]
    complementizers: frozenset[str]


@lru_cache(maxsize=None)
def cues(lang: str) -> Cues:
    data = language_data(lang, "cues")
    return Cues(
        org_heads=_norm_classed(data.get("org_heads")),
        quoted_only_heads=_norm_classed(data.get("quoted_only_heads")),
        place_heads=_norm_classed(data.get("place_heads")),
        place_part_heads=_norm_all(data.get("place_part_heads")),
        same_place_heads=_norm_all(data.get("same_place_heads")),
        ministries={normalize_key(k): v for k, v in (data.get("ministries") or {}).items()},
        government_heads=_norm_all(data.get("government_heads")),
        collective_heads={normalize_key(k): v for k, v in (data.get("collective_heads") or {}).items()},
        backed_only_heads=_norm_all(data.get("backed_only_heads")),
        nisba_only_heads=_norm_all(data.get("nisba_only_heads")),
        appositive_pronouns=_norm_all(data.get("appositive_pronouns")),
        naming_words=_norm_all(data.get("naming_words")),
        collective_adjectives=_norm_all(data.get("collective_adjectives")),
        titles=_norm_all(data.get("titles")),
        given_names=_norm_all(data.get("given_names")),
        ambiguous_given_names=_norm_all(data.get("ambiguous_given_names")),
        stop_words=_norm_all(data.get("stop_words")),
        anaphors={normalize_key(k): normalize_key(v) for k, v in (data.get("anaphors") or {}).items()},
        state_proxies=_norm_all(data.get("state_proxies")),
        affiliation=re.compile(normalize_arabic(data.get("affiliation") or "(?!)")),
        affiliation_prefix=re.compile(data.get("affiliation_prefix") or "(?!)"),
        affiliation_pronoun=re.compile(normalize_arabic(data.get("affiliation_pronoun") or "(?!)")),
        close_to_before=re.compile("(?:" + normalize_arabic(data.get("close_to_before") or "(?!)") + ")$"),
        demonstratives=_norm_all(data.get("demonstratives")),
        speech_verbs=_norm_all(data.get("speech_verbs")),
        denial_verbs=_norm_all(data.get("denial_verbs")),
        undisclosed=_norm_all(data.get("undisclosed")),
        attribution_phrases=_norm_all(data.get("attribution_phrases")),
        complementizers=_norm_all(data.get("complementizers")),
    )

"""Words after an Arabic name that go on with the sentence by their shape, not the name:
a derived verb or participle, a hollow participle before its preposition, a body's noun, a
number (round i13a16). Read by :mod:`kg.lang.ar.person_names`."""
from __future__ import annotations

import re

from kg.lang import language_data
from kg.lang.ar.given_names import AMBIGUOUS_GIVEN, GIVEN
from kg.lang.cues import cues
from kg.pipeline.discovery import Context
from kg.pipeline.tokens import Token, strip_proclitic
from kg.text.normalize import normalize_key

C = cues("ar")
_GIVEN, _AMBIGUOUS_GIVEN = GIVEN, AMBIGUOUS_GIVEN

#: Bodies' nouns (an organisation's one-word head, "غرفة", "لجنة"), bare or behind a glued
#: preposition: "أرسل سالم لغرفة التنسيق تقريرا" names Salem, no "سالم لغرفة" (round i13a16).
_BODY_NOUNS = frozenset({*(w for w in C.org_heads if " " not in w), *C.government_heads,
                         *(normalize_key(w) for w in language_data("ar", "cues").get("body_nouns") or ())})
#: Derived verbs and participles by their prefix ("يتابع"، "يستعد"، "يواصل"، "متابع"،
#: "مستعد"، "ينتظر"): no name word has these shapes ("متعب"، "منتصر" are too short for
#: them, and a nisba "...ي" is left to the name).
_DERIVED_VERB = re.compile(r"^(?:(?:يست|تست|مست|يوا)\w{2,}|(?:يت|مت|ينت|منت)\w{3,})(?<!ي)$")
#: The active participle of a hollow root written with the hamza, "حائز"، "قائم": "فلان
#: حائز على ..." (a given name of this shape, "رائد"، "وائل"، is in the lists).
_HOLLOW_PARTICIPLE = re.compile("^\\wائ\\w$")
_PARTICIPLE_PREPOSITIONS = frozenset({"علي", "عن", "في", "من", "الي"})
#: Number words (casualties.yaml): "رئيس الوزراء وثلاثة نواب" counts people after the title,
#: it names no one (round i13a16).
#: Verbs of what befell a person ("X أصيب بجروح"، "X اغتيل في"): cues.yaml befell_verbs.
_BEFELL = frozenset(normalize_key(w) for w in language_data("ar", "cues").get("befell_verbs") or ())
NUMBER_WORDS = frozenset(normalize_key(w) for key in ("units", "tens")
                         for w in language_data("ar", "casualties").get(key) or ())


def predicate_word(ctx: Context, toks: list[Token], k: int) -> bool:
    """Whether the word at ``k``, after a given name, goes on with the sentence by its shape:
    a derived verb or participle ("يتابع"، "مستعد"), a hollow participle before a preposition
    ("حائز على"، "قائم بأعمال"), a body's noun ("لغرفة"، "مجلس"). Given names stay names."""
    word = toks[k].text
    if word in _GIVEN or word in _AMBIGUOUS_GIVEN:
        return False
    if _DERIVED_VERB.match(word) or strip_proclitic(word, _BODY_NOUNS) or word in _BEFELL \
            or (word[:1] in "وف" and word[1:] in _BEFELL):
        return True
    if not _HOLLOW_PARTICIPLE.match(ctx.original(toks[k].start, toks[k].end)) or k + 1 >= len(toks):
        return False
    after = toks[k + 1].text
    # (its preposition, not "إن" of speech: "قال فلان حائك إن ...")
    return after in _PARTICIPLE_PREPOSITIONS or (after[:1] in "بل" and len(after) > 3)

"""Arabic armed units named after a person: "لواء جعفر بن أبي طالب", "لواء صلاح الدين
الأيوبي", "فرقة السلطان عبد الحميد", "كتائب أبو علي مصطفى". A rule of
:mod:`kg.lang.ar.discovery`.

Syrian, Iraqi and Palestinian factions take the names of sultans, companions of the
Prophet and martyrs. Read alone, the name after the unit's noun is a person's (or a
province's: صلاح الدين) and the faction is lost. A unit's noun before a person's name
makes the whole phrase the unit: the person it is named after is no actor of the news.
"""
from __future__ import annotations

from kg.lang.ar.given_names import AMBIGUOUS_GIVEN, COMPOUND_GIVEN, GIVEN
from kg.lang.ar.person_names import gap_is_space
from kg.lang.cues import cues
from kg.pipeline.discovery import Candidate, Context
from kg.pipeline.tokens import Token, any_cue_positions, strip_proclitic
from kg.text.normalize import normalize_key

C = cues("ar")


def _norm(*words: str) -> frozenset[str]:
    return frozenset(normalize_key(w) for w in words)


#: Nouns of armed units that are named after people (never "قوات": "قوات حفتر" are the
#: forces of a living man, who is an actor; never "جماعة" or "حركة").
_UNIT_NOUNS = _norm("لواء", "ألوية", "كتيبة", "كتائب", "فرقة", "فيلق", "سرايا", "فوج")
#: Honorifics before the person a unit is named after.
_HONORIFICS = _norm("السلطان", "الشهيد", "الإمام", "الصحابي", "القائد", "الملك", "الشيخ",
                    "السيدة")   # "لواء السيدة زينب" (census, issue 13): not the shrine's town
_KUNYA = _norm("أبو", "أبي", "أبا")
_SON_OF = _norm("بن", "ابن")
#: A rank before the noun: "برتبة لواء" is the rank of major general, no brigade.
_RANK_BEFORE = _norm("رتبة", "برتبة", "رتبه")
_COMPOUND = {tuple(normalize_key(n).split()) for n in COMPOUND_GIVEN}


def _given(toks: list[Token], j: int) -> int:
    """How many tokens from ``j`` make a given name (a kunya, "عبد X", a compound), 0 if none."""
    if j >= len(toks):
        return 0
    word = toks[j].text
    nxt = toks[j + 1].text if j + 1 < len(toks) else ""
    if word in _KUNYA or word == "عبد":
        return 2 if nxt.isalpha() and nxt not in C.stop_words else 0
    if (word, nxt) in _COMPOUND:
        return 2
    return 1 if word in GIVEN or word in AMBIGUOUS_GIVEN else 0


def _family(tok: Token) -> bool:
    """A definite family name or nisba: "الأيوبي", "الخطاب"."""
    return tok.text.startswith("ال") and len(tok.text) > 3 and tok.text.isalpha() \
        and tok.text not in C.stop_words


def units_named_after_people(ctx: Context, toks: list[Token]) -> list[Candidate]:
    """"قتل قيادي في لواء عمر بن الخطاب": the brigade, not the caliph."""
    out = []
    for i in any_cue_positions(ctx.doc, ctx.sentence, _UNIT_NOUNS):
        found = strip_proclitic(toks[i].text, _UNIT_NOUNS)
        if not found or ctx.covered.overlaps(toks[i].start, toks[i].end):
            continue
        if i > 0 and toks[i - 1].text in _RANK_BEFORE:
            continue
        # The name runs to the first punctuation: "لواء جعفر بن أبي طالب، التابع ..."
        stop = i + 1
        while stop < min(len(toks), i + 9) and gap_is_space(ctx.text, toks[stop - 1], toks[stop]):
            stop += 1
        nt = toks[:stop]
        j = i + 1
        honorific = j < len(nt) and nt[j].text in _HONORIFICS
        if honorific:
            j += 1
        n = _given(nt, j)
        if not n:
            continue
        j += n
        if n == 2 and nt[j - 2].text in _KUNYA and j < len(nt) and nt[j].text in GIVEN:
            j += 1   # "كتائب أبو علي مصطفى": the kunya and the name after it
        lineage = False
        while j + 1 < len(nt) and nt[j].text in _SON_OF and _given(nt, j + 1):
            j += 1 + _given(nt, j + 1)   # "بن أبي طالب", "بن عبد المطلب"
            lineage = True
        if j + 1 < len(nt) and nt[j].text in _SON_OF and _family(nt[j + 1]):
            j += 2   # "عمر بن الخطاب", "خالد بن الوليد"
            lineage = True
        # A family name or nisba ends the name ("صلاح الدين الأيوبي"); after an honorific or
        # a lineage only a nisba does: "تبنت كتائب حمزة بن عبد المطلب الهجوم".
        family = j < len(nt) and _family(nt[j]) and (
            not (honorific or lineage) or nt[j].text.endswith("ي") and len(nt[j].text) > 4)
        if family:
            j += 1   # "صلاح الدين الأيوبي", "علي الأكبر"
        if not (honorific or lineage or family or n == 2):
            continue   # "لواء جعفر" alone may be a rank and a name
        start = nt[i].start + len(found[0])
        out.append(Candidate(start, nt[j - 1].end, "ArmedGroup", "ar.discover.unit_named_after_person",
                             absorb=True))
    return out


units_named_after_people.cues = (_UNIT_NOUNS,)

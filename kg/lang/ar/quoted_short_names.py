"""A group named in quotes by its name without the unit's noun: "أعلنت «سيد الشهداء»
استهداف ..." is Kataib Sayyid al-Shuhada, "وقالت «السلطان مراد» في بيان" the Sultan Murad
Division. Unquoted, the same words are an honorific or a person's name; the quotes make
them a name, and the lexicon says whose (identity only). A rule of
:mod:`kg.lang.ar.discovery`.
"""
from __future__ import annotations

from functools import lru_cache

from kg.lexicon import default_lexicon
from kg.pipeline.discovery import Candidate, Context
from kg.pipeline.lexicon_entities import add_lexicon_entity
from kg.lang import language_data
from kg.lang.cues import cues
from kg.pipeline.tokens import Token, strip_proclitic
from kg.text.normalize import normalize_key

C = cues("ar")

#: The unit's or movement's noun a short name drops ("كتائب سيد الشهداء" -> "سيد الشهداء").
#: Not "حزب" ("حزب الله" -> "الله"), nor a state body's noun.
_HEADS = frozenset(normalize_key(w) for w in (
    "كتائب", "كتيبة", "سرايا", "عصائب", "حركة", "لواء", "ألوية", "فرقة", "فيلق", "جماعة", "تنظيم", "جبهة"))
_CLASSES = frozenset({"ArmedGroup", "Coalition"})
_BUILDINGS = frozenset(normalize_key(w) for w in language_data("ar", "cues").get("named_after_honorific") or ())
#: Proclitics written against an opening quote: "و«X»"، 'بـ"X"'.
_CLITICS = frozenset({"و", "ف", "ب", "ل", "وب", "ول", "فب", "فل"})
_DESCRIPTIONS = frozenset(normalize_key(w) for w in ("المقاومة", "حزب", "الدولة"))


@lru_cache(maxsize=1)
def _short_names() -> dict[str, str]:
    """Short name (normalised) -> lexicon id, for the short names that name one group and
    nothing else the lexicon holds ("سرايا القدس" gives no "القدس": that is Jerusalem)."""
    lexicon = default_lexicon()
    taken = {normalize_key(n) for entry in lexicon for n in (*entry.names(), *entry.nisba)}
    found: dict[str, set[str]] = {}
    for entry in lexicon:
        if entry.cls not in _CLASSES:
            continue
        for name in entry.names():
            words = normalize_key(name).split()
            if len(words) < 2 or words[0] not in _HEADS:
                continue
            short = " ".join(words[1:])
            # One word left ("السلام", "الجهاد", "القاعدة") is a common noun in quotes as
            # often as a name; a description ("المقاومة الإسلامية") names many groups.
            if len(words) < 3 or words[1] in _DESCRIPTIONS or short in taken:
                continue
            found.setdefault(short, set()).add(entry.id)
    return {short: next(iter(ids)) for short, ids in found.items() if len(ids) == 1}


def quoted_short_names(ctx: Context, toks: list[Token]) -> list[Candidate]:
    out = []
    table = _short_names()
    for qs, qe in ctx.quotes:
        if ctx.covered.overlaps(qs, qe):
            continue
        inside = [t for t in toks if qs <= t.start and t.end <= qe]
        # A conjunction or preposition glued to the opening quote ('و"سيد الشهداء"') is
        # read into the name's first token once the quote mark is normalised away: the
        # name starts at the quote, the clitic before it is no part of it (round i13h27).
        glued = [t for t in toks if t.start < qs < t.end <= qe and t.text[:qs - t.start] in _CLITICS]
        words = [t.text for t in inside]
        if glued:
            inside = [glued[0], *inside]
            words = [glued[0].text[qs - glued[0].start:], *words]
        if not inside or len(inside) > 4:
            continue
        actor = table.get(" ".join(words))
        if actor is None:
            continue
        start = max(inside[0].start, qs)
        before = [t for t in toks if t.end <= start]
        if before and (strip_proclitic(before[-1].text, C.place_heads)
                       or strip_proclitic(before[-1].text, _BUILDINGS)):
            continue   # "شارع «سيد الشهداء»", "مسجد «...»": a place named after the honorific
        if actor not in ctx.doc.entities:
            add_lexicon_entity(ctx.doc, default_lexicon()[actor])
        out.append(Candidate(start, inside[-1].end, default_lexicon()[actor].cls,
                             "ar.discover.quoted_short_name", entity=actor))
    return out


quoted_short_names.needs_quotes = True

"""The names a person went by. Obituaries and statements introduce a commander by the
name he is known by and his civil name side by side; read apart, the two are two nodes.

* A kunya, then the full name in brackets: "أبو عبيدة (حذيفة سمير الكحلوت)، الناطق ...".
* The full name, then the same name without the father's ("سالم حسن الجبوري"، later
  "سالم الجبوري"): :func:`merge_short_full_names`.
* The full name, then the kunya (or the name after "الحاج") in quotes or brackets, or after
  "المعروف / الملقب / المكنى ب": :func:`kunya_names` says whose each kunya is, and
  :mod:`kg.pipeline.coref` reads it wherever it stands.
"""
from __future__ import annotations

import re

from kg.model import Doc, Mention

_KUNYA = ("ابو ", "ام ")
# "المعروف باسم / الملقب بـ / المكنى «أبو نعمة»" right after a person's name.
_KUNYA_AFTER = re.compile(r"(?: ?[،,] ?| )(?:و?هو )?(?:ال)?(?:معروف|ملقب|مكني|مكنا|شهير)(?: باسم| ب| ب ?- ?)? ?"
                          r"(?P<kunya>(?:ابو|ام) \w+(?: ال\w+)?)")
# "... . وكان القيادي الميداني المعروف بـ«أبو نعمة» ...": a definite title (one adjective
# may follow) then the kunya, naming the person the document introduced before.
_KUNYA_AFTER_TITLE = re.compile(r"(?:^| )و?(?:ال(?:قيادي|قايد|شهيد|راحل|مسوول|مسيول|قتيل))(?: ال\w+)?"
                                r"(?: ?[،,] ?| )(?:ال)?(?:معروف|ملقب|مكني|مكنا)(?: باسم| ب| ب ?- ?)? ?"
                                r"(?P<kunya>(?:ابو|ام) \w+)")
_BY_NAME = ("معروف", "ملقب", "مكني", "مكنا")
# A kunya in quotes or brackets right after the name: "فلان «أبو حسن»", "فلان (أبو حسن)"
# (quotes are normalised away: the original text must show one).
# Or the name a commander went by, after "الحاج", in brackets: "إبراهيم X (الحاج عبد القادر)"
# (two words at least: a one-word name would be read wherever the word stands).
_KUNYA_QUOTED = re.compile(r" ?\(? ?(?:الحاج )?(?P<kunya>(?:ابو|ام) \w+(?: ال\w+)?|(?<=الحاج )(?:عبد \w+|\w+ \w+))")
_QUOTES = frozenset('"\u201c\u201d\u00ab\u201e(')


def merge_bracketed_full_names(doc: Doc) -> None:
    if doc.lang != "ar":
        return
    text = doc.norm.text
    persons = sorted((m for m in doc.mentions if m.cls == "Person" and m.kind == "name"),
                     key=lambda m: m.nstart)
    for kunya, full in zip(persons, persons[1:]):
        if not text.startswith(_KUNYA, kunya.nstart) or kunya.entity == full.entity:
            continue
        # only a bracket between the two: "أبو عبيدة (حذيفة ..."
        gap = doc.text[doc.norm.to_original(kunya.nend - 1) + 1:doc.norm.to_original(full.nstart)]
        if gap.strip() != "(":
            continue
        known, other = (full, kunya) if doc.entities[full.entity].source == "lexicon" else (kunya, full)
        if doc.entities[other.entity].source == "lexicon":
            continue   # two people the lexicon knows apart
        gone = other.entity
        for m in doc.mentions:
            if m.entity == gone:
                m.entity = known.entity
        doc.entities.pop(gone, None)


def merge_short_full_names(doc: Doc) -> None:
    """"سالم حسن الجبوري ... . وكان سالم الجبوري ...": a name of two words read after a
    longer name with the same first and last words (the father's name left out) is that
    person (round i13a17), when no other person named before shares both words. A name the
    lexicon holds is never merged into another."""
    if doc.lang != "ar":
        return
    text = doc.norm.text
    persons = sorted((m for m in doc.mentions if m.cls == "Person" and m.kind == "name"),
                     key=lambda m: m.nstart)
    first_seen: dict[str, int] = {}
    for m in persons:
        first_seen.setdefault(m.entity, m.nstart)
    for short in persons:
        words = text[short.nstart:short.nend].split(" ")
        entity = doc.entities.get(short.entity)
        if len(words) != 2 or entity is None or entity.source == "lexicon" \
                or first_seen[short.entity] != short.nstart:
            continue
        fuller = {m.entity for m in persons if m.nstart < short.nstart and m.entity != short.entity
                  and _same_ends(text[m.nstart:m.nend].split(" "), words)}
        if len(fuller) != 1:
            continue
        known, gone = fuller.pop(), short.entity
        for m in doc.mentions:
            if m.entity == gone:
                m.entity = known
        doc.entities.pop(gone, None)


def _same_ends(full: list[str], short: list[str]) -> bool:
    return len(full) >= 3 and full[0] == short[0] and full[-1] == short[-1]


def kunya_names(doc: Doc, persons: list[Mention], at: dict[int, str] | None = None) -> dict[str, str]:
    """Kunya (normalised) -> the key of the person it names in ``doc``. ``at``, when given,
    gets where each kunya stands right after a name -> that name's key: two men may share
    a kunya ("محمد ... «أبو إبراهيم»" and later "حذيفة ... «أبو إبراهيم»"), each by his name."""
    text = doc.norm.text
    named: dict[str, str] = {}
    for m in persons:
        hit = _KUNYA_AFTER.match(text, m.nend)
        if not hit:
            hit = _KUNYA_QUOTED.match(text, m.nend)
            gap = doc.text[doc.norm.to_original(m.nend - 1) + 1:doc.norm.to_original(hit.start("kunya"))] if hit else ""
            if not (_QUOTES & set(gap)):
                hit = None
        if hit:
            named.setdefault(hit.group("kunya"), m.entity)
            if at is not None:
                at[hit.start("kunya")] = m.entity
    # Every match holds one of the by-name words: most texts hold none and are not
    # searched (the pattern opens with an alternation, entered at every character).
    for hit in _KUNYA_AFTER_TITLE.finditer(text) if any(w in text for w in _BY_NAME) else ():
        # the nearest person named before the title, in an earlier sentence or this one
        earlier = [m for m in persons if m.nend <= hit.start()]
        if earlier:
            named.setdefault(hit.group("kunya"), max(earlier, key=lambda m: m.nend).entity)
    return named

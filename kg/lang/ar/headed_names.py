"""Arabic names after a head noun: an organisation's or place's name after its noun
(كتائب ..., قاعدة ..., بلدة ...), and a quoted name after such a head (قوات "الرضوان").

Both rules read the same head tables and the same tests for where a name's words stop
(construct chains, agreeing adjectives, toponyms of two words, a ship's name); the heads
for ships lean on kg/lang/ar/vessels.py, those for units on kg/lang/ar/units.py.
Rules of :mod:`kg.lang.ar.discovery`.
"""
from __future__ import annotations

import re

from kg.lang.ar.morphology import strip_article
from kg.lang.ar.person_names import gap_is_space
from kg.lang.ar.units import FRONT, front_line, quoted_unit
from kg.lang.ar.vessels import (
    _CARGO, _bracketed_after, _name_like, _quote_between, _verb_or_noun_after_ship,
    named_by_its_nisba, prefixed_name, ship_name_span)
from kg.lang import language_data, language_words
from kg.lang.cues import cues
from kg.pipeline.discovery import Candidate, Context
from kg.pipeline.tokens import Token, any_cue_positions, strip_proclitic
from kg.text.normalize import normalize_key

C = cues("ar")
# Merged head tables, built once (strip_proclitic indexes each table the first time).
_QUOTED_HEADS = {**C.org_heads, **C.quoted_only_heads, **C.place_heads}
_NAME_HEADS = {**C.org_heads, **C.place_heads}
_ADJECTIVE_LIKE = re.compile(r"^(م\w+ه|\w+يه|\w+ي)$")   # مسلحه, عسكريه, عراقي
# A present-tense verb with an object pronoun is no name: "ناقلة تشغلها شركة ...".
_VERB_WITH_OBJECT = re.compile(r"^[تين]\w{2,}(?:ها|هم|هما)$")


#: Participles of belonging or position that end a name ("قرية X التابعة لناحية Y",
#: "بلدتي A وB الواقعتين في Y"): cues.yaml name_enders (round i13k32).
_NAME_ENDERS = frozenset(normalize_key(w) for w in language_data("ar", "cues").get("name_enders") or ())


def _name_words(ctx: Context, toks: list[Token], i: int, limit: int = 3,
                stop_at_definite: bool = True) -> list[Token]:
    """Tokens after position i that can continue a name (construct chain)."""
    out: list[Token] = []
    j = i + 1
    while j < len(toks) and len(out) < limit:
        t = toks[j]
        if not gap_is_space(ctx.text, toks[j - 1], t) or ctx.covered.overlaps(t.start, t.end):
            break
        if t.text in C.stop_words or t.text in C.collective_heads or t.text.isdigit() and not out \
                or t.text in _NAME_ENDERS:
            break
        out.append(t)
        if stop_at_definite and t.text.startswith("ال") and len(t.text) > 3:
            break
        j += 1
        # An indefinite name stops before a word glued to a preposition: مدينة صفد بعدد
        if j < len(toks) and toks[j].text[:1] in "بلوف" and not out[-1].text.startswith("ال"):
            break
    return out


#: Administrative units a town is said to lie in: "بلدة X بقضاء Y", "قرية X في محافظة Y".
_DISTRICT_HEADS = {normalize_key(w): "Place" for w in ("قضاء", "محافظة", "ناحية", "مديرية", "ريف", "منطقة")}


_BARE_DISTRICTS = frozenset(normalize_key(w) for w in ("قضاء", "محافظة"))


def _district_after(ctx: Context, toks: list[Token], k: int) -> bool:
    """The token at k (or after "في") is a district noun glued to "ب"/"في": a one-word
    name ending like an adjective ("بلدة رشكنانية بقضاء صور") is then a town's name, not
    an adjective of the town noun (an adjective is not followed by the district)."""
    if k + 1 >= len(toks) or not gap_is_space(ctx.text, toks[k], toks[k + 1]):
        return False
    nxt = toks[k + 1]
    if nxt.text == "في" and k + 2 < len(toks):
        nxt = toks[k + 2]
        return strip_proclitic(nxt.text, _DISTRICT_HEADS) is not None \
            and not strip_proclitic(nxt.text, _DISTRICT_HEADS)[0]
    found = strip_proclitic(nxt.text, _DISTRICT_HEADS)
    # The wire's "بلدة X قضاء Y" (no preposition) too, for the district nouns that are
    # never an adjective's complement.
    return bool(found) and (found[0] in ("ب", "وب") or not found[0] and found[1] in _BARE_DISTRICTS)


def _given_name_after_honorific(ctx: Context, toks: list[Token], k: int) -> list[Token]:
    """"حوش السيد علي": after an honorific, "علي" is the given name, though it normalises
    like the preposition "على"; it is the preposition when a definite noun follows it
    ("قرية الشيخ على الحدود")."""
    if k + 1 >= len(toks) or toks[k + 1].text != "علي" or not gap_is_space(ctx.text, toks[k], toks[k + 1]) \
            or ctx.covered.overlaps(toks[k + 1].start, toks[k + 1].end):
        return []
    after = toks[k + 2] if k + 2 < len(toks) else None
    if after is not None and after.text.startswith("ال") and gap_is_space(ctx.text, toks[k + 1], after):
        return []
    return [toks[k + 1]]


def _quoted(ctx: Context, toks: list[Token]) -> list[Candidate]:
    """A head noun followed by a quoted name: قوات "الرضوان", السفينة "غالاكسي ليدر"."""
    out = []
    heads = _QUOTED_HEADS
    for qs, qe in ctx.quotes:
        if ctx.covered.overlaps(qs, qe) or qe - qs > 60:
            continue
        before = [t for t in toks if t.end <= qs]
        if not before or ctx.text[before[-1].end:qs].strip():
            continue
        # The head may carry one or two descriptive words: سفينة الشحن "غالاكسي ليدر".
        for back in (1, 2, 3):
            if len(before) < back:
                break
            if back > 1 and _quote_between(ctx, before[-back], before[-back + 1]):
                break   # the words before these quotes are themselves quoted: "X" وسفينة "Y"
            head = strip_proclitic(before[-back].text, heads)
            if head:
                prefix, word = head
                start = before[-back].start + len(prefix)
                cls = heads[word]
                unit = quoted_unit(ctx, before[-back + 1], qe) if back > 1 else None
                if unit:
                    start, cls = unit   # "قوات فرقة «الجليل 91»": the unit is "فرقة «الجليل 91»"
                if cls == "Vessel" and not _name_like([t for t in toks if qs <= t.start and t.end <= qe]):
                    break   # السفينة "اصطدمت بمؤخرتها ...": the ship's words quoted
                # A ship, base or battle is called by its quoted name: "غالاكسي ليدر".
                label = (qs, qe) if cls in ("MilitaryBase", "Facility", "Event") else None
                if cls == "Vessel":
                    label = ship_name_span(ctx, qs, qe)
                out.append(Candidate(start, qe, cls, "ar.discover.quoted_name", label_span=label))
                break
            if before[-back].text in C.stop_words:
                break
    return out


_HAMZA = re.compile("[\u0623\u0625\u0622]")
#: Heads written with a bare alif: the same letters with a hamza are another word, a verb
#: most often ("وأدى", normalised like "وادي").
_BARE_ALIF_HEADS = frozenset(
    normalize_key(w) for table in ("org_heads", "place_heads", "quoted_only_heads")
    for words in (language_data("ar", "cues").get(table) or {}).values() for w in words
    if "\u0627" in w and not _HAMZA.search(w))


#: Nouns ending like a nisba adjective that are the next phrase, not part of a name:
#: "تبنت سرايا X المسؤولية", "نفذت كتائب X العملية".
_IYYA_NOUNS = frozenset(normalize_key(w) for w in (
    "المسؤولية", "العملية", "الاتفاقية", "القضية", "الهوية", "الأولوية", "العضوية", "الجنسية", "الحرية",
    "الضحية", "الهدية", "الوصية", "التسوية", "الحماية", "البداية", "النهاية", "الغالبية", "الأغلبية"))


#: Nouns that make an organisation head a common phrase: "حركة الشحن الدولية" is the
#: shipping traffic, "حركة الملاحة" navigation, no movement of that name.
_COMMON_AFTER_HEAD = {normalize_key(head): frozenset(strip_article(normalize_key(w)) for w in words)
                      for head, words in (language_data("ar", "cues").get("common_after_head") or {}).items()}
_DESCRIBING = language_words("ar", "cues", "describing_after_head")


_CUES_DATA = language_data("ar", "cues")
#: Fields of government after "مديرية" (a directorate); any other name makes it a district.
_DIRECTORATE = normalize_key("مديرية")
_DIRECTORATE_FIELDS = frozenset(strip_article(normalize_key(w)) for w in _CUES_DATA.get("directorate_fields") or ())
#: Words a two-word village name opens with: "بلدة طير حرفا", "منطقة عين بعال".
_TOPONYM_OPENERS = frozenset(normalize_key(w) for w in _CUES_DATA.get("toponym_openers") or ())


def _toponym_pair(ctx: Context, toks: list[Token], i: int, words: list[Token]) -> list[Token]:
    """"بلدة طير حرفا": after a place noun at ``i``, a name opening with a toponym word
    takes the next word too, indefinite or glued to "ب" as it may be ("عين بعال")."""
    if not words or words[0].text not in _TOPONYM_OPENERS:
        return words
    if len(words) > 1:
        # "بلدة كفر حمام أدت ...": the name is two words, whatever the reading ran on to
        return words if words[1].text.startswith("ال") else words[:2]
    if i + 2 >= len(toks):
        return words
    nxt = toks[i + 2]
    if not gap_is_space(ctx.text, words[0], nxt) or not nxt.text.isalpha() or nxt.text in C.stop_words \
            or ctx.covered.overlaps(nxt.start, nxt.end) or _ADJECTIVE_LIKE.match(nxt.text) \
            and not nxt.text.startswith("ال"):
        return words
    return words + [nxt]


#: Honorifics a site's name may open with before a person's name: "قاعدة الشهيد X".
_HONORIFICS = frozenset({"الشهيد", "الشهيده", "الامام", "الشيخ", "السيد"})
#: Heads whose name is one foreign word, never a definite one: "ولاية جورجيا", "فورت مور".
_FOREIGN_NAME_HEADS = frozenset(normalize_key(w) for w in language_data("ar", "cues").get("foreign_name_heads") or ())


def _headed(ctx: Context, toks: list[Token]) -> list[Candidate]:
    """A head noun and the name words after it: كتائب سيد الشهداء, بلدة حزرما."""
    out = []
    heads = _NAME_HEADS
    for i in any_cue_positions(ctx.doc, ctx.sentence, heads, C.place_part_heads):
        tok = toks[i]
        found = strip_proclitic(tok.text, heads) or strip_proclitic(tok.text, C.place_part_heads)
        if not found or ctx.covered.overlaps(tok.start, tok.end):
            continue
        prefix, head = found
        start = tok.start + len(prefix)
        if head in _BARE_ALIF_HEADS and _HAMZA.search(ctx.original(start, tok.end)):
            continue   # "وأدى الهجوم" (and it led to) normalises like "وادي" (valley)
        if head in C.place_part_heads:
            # "بادية حمص": a part of a known place is a place of its own.
            nxt = toks[i + 1] if i + 1 < len(toks) else None
            if nxt and gap_is_space(ctx.text, tok, nxt):
                place = ctx.mention_at(nxt.start)
                if place is not None and place.cls in ("Place", "Region", "State"):
                    out.append(Candidate(start, place.nend, "Place", "ar.discover.place_part", absorb=True))
                    continue
        cls = heads.get(head, "Place")
        if head == FRONT and front_line(toks, i, prefix):
            cls = "Place"   # "اشتباكات بجبهة الصرمين": a front line, no group of that name
        words = _name_words(ctx, toks, i)
        if head == _DIRECTORATE and words and strip_article(words[0].text) not in _DIRECTORATE_FIELDS:
            cls = "Place"   # "مديرية التعزية": a district; "مديرية الأمن العام" a directorate
        if cls == "Place":
            words = _toponym_pair(ctx, toks, i, words)
        toponym = cls == "Place" and len(words) == 2 and words[0].text in _TOPONYM_OPENERS
        if cls == "Vessel":
            # "ناقلة النفط الإسرائيلية (سكارليت راي)": a cargo word is the ship's kind, and
            # a name in brackets after it is the ship's name.
            while words and strip_article(words[0].text) in _CARGO:
                words = words[1:]
            if not words:
                named = _bracketed_after(ctx, toks, i)
                if named:
                    out.append(Candidate(named[0], named[1], "Vessel", "ar.discover.vessel_bracketed"))
                continue
        if not words:
            continue
        if strip_article(words[0].text) in _COMMON_AFTER_HEAD.get(strip_article(head), ()):
            continue
        if words[0].text in _DESCRIBING:
            continue   # "جماعة مسلحة ...": the head is described, not named
        glued = strip_proclitic(words[0].text, heads)
        if glued and glued[0]:
            continue   # "بلدة بمحافظة النبطية": an unnamed town in a named province
        if head in _FOREIGN_NAME_HEADS:
            # "ولاية جورجيا", "فورت مور": one foreign (indefinite) word is the name;
            # "ولاية الحكومة" is a term of office.
            if words[0].text.startswith("ال") or _ADJECTIVE_LIKE.match(words[0].text) \
                    or _VERB_WITH_OBJECT.match(words[0].text):
                continue
            words = words[:1]
            label = (words[0].start, words[0].end) if head in C.same_place_heads else None
            out.append(Candidate(start, words[0].end, cls, f"ar.discover.{cls.lower()}_head", label_span=label))
            continue
        if cls == "Vessel" and _quote_between(ctx, tok, words[0]):
            continue   # quoted words after a ship noun are read by the quote rules
        if words[-1].text in _HONORIFICS and cls in ("MilitaryBase", "Facility", "Place"):
            # "قاعدة الشهيد محمد علاء الجوية": a site named after a martyr carries his name.
            k = i + len(words)
            words += _given_name_after_honorific(ctx, toks, k) or _name_words(ctx, toks, k, limit=3)
        last = words[-1].text
        definite = last.startswith("ال") and len(last) > 3
        if cls == "Vessel" and _verb_or_noun_after_ship(words, head):
            continue
        if cls == "Vessel" and definite and head.startswith("ال"):
            # "رفض طاقم السفينة الاستجابة": after a definite ship noun a definite word is
            # an adjective or the next phrase; a ship's name follows the indefinite noun.
            continue
        if cls == "Vessel" and prefixed_name(ctx, toks, i):
            words = prefixed_name(ctx, toks, i)
        named_ship = cls == "Vessel" and (named_by_its_nisba(ctx, toks, i, words)
                                          or ship_name_span(ctx, words[0].start, words[-1].end)[0] > words[0].start)
        if not definite and not toponym and not named_ship:
            # (A district's one-word name may end like an adjective: "مديرية مقبنة".)
            # Two indefinite words are a town's name only when its district follows
            # ("ناحية كاني ماسي في قضاء X", round i13k32), as for one word ending like an adjective.
            # A participle of belonging right after the name ("منطقة X الواقعة في Y") shows
            # its end as a district after it does.
            k = i + len(words) + 1
            district = head in C.same_place_heads and _district_after(ctx, toks, i + len(words)) \
                or cls == "Place" and k < len(toks) and toks[k].text in _NAME_ENDERS
            if cls not in ("Place", "Vessel") or len(words) > 1 and not (cls == "Place" and len(words) == 2 and district) \
                    or _ADJECTIVE_LIKE.match(last) and head != _DIRECTORATE \
                    and not district\
                    or _VERB_WITH_OBJECT.match(last):
                continue
        if all(w.text in C.collective_adjectives for w in words):
            continue
        if cls == "Place" and strip_article(last) in ("منطقه",):
            continue
        end = words[-1].end
        if definite:
            # Definite adjectives agree with the name: مجلس الأمن القومي
            k = i + 1 + len(words)
            while k < len(toks) and k <= i + len(words) + 2 and gap_is_space(ctx.text, toks[k - 1], toks[k]) \
                    and toks[k].text.startswith("ال") and toks[k].text.endswith(("ي", "يه")) \
                    and toks[k].text not in _IYYA_NOUNS \
                    and not ctx.covered.overlaps(toks[k].start, toks[k].end) and toks[k].text not in C.stop_words:
                end = toks[k].end
                k += 1
        # "مدينة صفد" is the town صفد: the head is not part of its name.
        # So is a ship by its name: "المدمرة لابون" is لابون, as "سفينة «X»" is X.
        label = (words[0].start, end) if head in C.same_place_heads or cls == "Vessel" else None
        if cls == "Vessel" and len(words) > 1 and last.startswith("ال") and last.endswith(("يه", "ي")):
            # "سفينة سكارليت راي النفطية": the ship is "سكارليت راي", the adjective its kind.
            label = (words[0].start, words[-2].end)
        if cls == "Vessel":
            label = ship_name_span(ctx, *label)   # "المدمرة يو إس إس ماسون" is ماسون
        out.append(Candidate(start, end, cls, f"ar.discover.{cls.lower()}_head", label_span=label))
    return out


# The words each rule starts from: a sentence with none of them is skipped by the rule
# (kg.pipeline.discovery tests this with one set intersection per sentence).
_headed.cues = (_NAME_HEADS, C.place_part_heads)
_quoted.needs_quotes = True   # reads only the sentence's quoted spans (discovery skips it without)

"""Arabic cues for armed groups named by a number or by the name they give themselves:
"اللواء 47", "سرية المهندسين 718", "جماعة تطلق على نفسها «X»". Rules of
:mod:`kg.lang.ar.discovery`.
"""
from __future__ import annotations

import re

from kg.lang.ar.morphology import without_article
from kg.lang.ar.person_names import gap_is_space
from kg.lang.cues import cues
from kg.pipeline.discovery import Candidate, Context
from kg.pipeline.tokens import Token, any_cue_positions, strip_proclitic
from kg.text.normalize import normalize_key

C = cues("ar")


#: Words that introduce a name the group gives itself: "جماعة تطلق على نفسها «X»",
#: "فصيل يدعى «X»", "مجموعة تحمل اسم «X»".
_SELF_NAMING = frozenset({"نفسها", "نفسه", "انفسها", "انفسهم", "اسم", "تدعي", "يدعي", "تسمي", "يسمي",
                          "المسماه", "المسمي", "مسماه", "مسمي"})
_GROUP_NOUNS = frozenset({"جماعه", "فصيل", "مجموعه", "تنظيم", "ميليشيا", "مليشيا", "خليه"})


def self_named(ctx: Context, toks: list[Token]) -> list[Candidate]:
    """A quoted name a group gives itself, introduced by a naming phrase after a group
    noun: "وتبنت جماعة تطلق على نفسها «أصحاب X» الهجوم". Without the group noun the quote
    may be anything (a slogan, an operation's name)."""
    out = []
    for qs, qe in ctx.quotes:
        if ctx.covered.overlaps(qs, qe) or qe - qs > 40:
            continue
        before = [t for t in toks if t.end <= qs]
        inside = [t for t in toks if qs <= t.start and t.end <= qe]
        if not before or not inside or len(inside) > 4 or ctx.text[before[-1].end:qs].strip():
            continue
        if before[-1].text not in _SELF_NAMING or inside[0].text in C.stop_words:
            continue
        window = before[-7:-1]
        if any(strip_proclitic(t.text, _GROUP_NOUNS) for t in window):
            out.append(Candidate(qs, qe, "ArmedGroup", "ar.discover.self_named"))
    return out


_UNIT_HEADS = frozenset({"اللواء", "لواء", "الفوج", "فوج", "الوحده", "وحده", "الكتيبه", "كتيبه", "السريه", "سريه",
                         "الفرقه", "فرقه"})


#: Ordinal words a unit's number may be written as ("الفرقة السادسة", "اللواء الثالث").
_ORDINALS = frozenset(normalize_key(w) for w in (
    "الأول", "الأولى", "الثاني", "الثانية", "الثالث", "الثالثة", "الرابع", "الرابعة", "الخامس", "الخامسة",
    "السادس", "السادسة", "السابع", "السابعة", "الثامن", "الثامنة", "التاسع", "التاسعة", "العاشر", "العاشرة"))
#: A unit's number, with the article the press sometimes puts on it ("اللواء الـ47").
_UNIT_NUMBER = re.compile(r"^(?:ال)?(\d+)$")
#: Readings a numbered unit may swallow: the arm read as a generic actor ("المهندسين"),
#: a weapon ("المدفعية") or a headed name without its number ("كتيبة المشاة").
_ABSORBABLE = ("generic.", "ar.discover.")


def numbered_units(ctx: Context, toks: list[Token]) -> list[Candidate]:
    """Numbered brigades, battalions, companies and units: "اللواء 47", "الوحدة 4400",
    also with their arm between noun and number ("لواء المهندسين 926", "كتيبة المشاة 77").
    A rank is followed by a name, not a number ("اللواء يحيى رسول")."""
    out = []
    for i in any_cue_positions(ctx.doc, ctx.sentence, _UNIT_HEADS):
        tok = toks[i]
        head = strip_proclitic(tok.text, _UNIT_HEADS)
        if not head:
            continue
        # The arm is one definite word ("المهندسين"), read as a part of the name even if
        # a generic actor or a headed name was read there first (absorbed).
        k = i + 1
        if k + 1 < len(toks) and toks[k].text.startswith("ال") and not toks[k].text.isdigit() \
                and toks[k + 1].text.isdigit() and gap_is_space(ctx.text, toks[k], toks[k + 1]):
            k += 1
        number = _UNIT_NUMBER.match(toks[k].text) if k < len(toks) else None
        if number is None and head[1].startswith("ال") and k == i + 1 and k < len(toks) \
                and toks[k].text in _ORDINALS and gap_is_space(ctx.text, tok, toks[k]):
            # "الفرقة السادسة", "اللواء الثالث": the number as an ordinal word; the
            # name keeps the article, as the press writes it.
            cls = "Organization" if _in_a_state_armys_report(ctx, tok.start, toks[k].end) else "ArmedGroup"
            out.append(Candidate(tok.start + len(head[0]), toks[k].end, cls, "ar.discover.numbered_unit",
                                 absorb=True))
            continue
        if number is None or not gap_is_space(ctx.text, toks[k - 1], toks[k]) \
                or not gap_is_space(ctx.text, tok, toks[i + 1]):
            continue
        nxt = toks[k]
        if any(m.nstart < nxt.end and tok.start < m.nend and not m.rule.startswith(_ABSORBABLE)
               and m.cls != "Weapon" for m in ctx.sentence_mentions()):
            continue   # a lexicon name there ("الوحدة 8200") stays
        # The name is the bare noun and number: "اللواء 47", "للواء 47" and "لواء 47" are
        # one unit (one key); the mention keeps the article, as rules read it ("قائدا للوحدة").
        bare = without_article(head[1])
        # "اللواء الـ47" is "لواء 47": the article on the number is dropped from the name.
        citation = f"{ctx.original(tok.end - len(bare), toks[k - 1].end if k > i + 1 else tok.end)} {number.group(1)}" \
            if nxt.text.startswith("ال") else None
        cls = "Organization" if _in_a_state_armys_report(ctx, tok.start, nxt.end) else "ArmedGroup"
        out.append(Candidate(tok.start + len(head[0]), nxt.end, cls, "ar.discover.numbered_unit",
                             label_span=(tok.end - len(bare), nxt.end), absorb=True, citation=citation))
    return out


def _in_a_state_armys_report(ctx: Context, start: int, end: int) -> bool:
    """"أعلن الجيش الإسرائيلي أن قوات الفرقة 146 دمرت ...": a numbered unit after a state's
    army in its sentence, with no armed group named before it or right after it ("التابع
    للحشد", "في الحشد"; a target further on is no owner), is one of
    that army's units (an Organization, as "لواء غولاني"), not a group of its own. An armed
    group near the unit ("قصف الجيش مقر اللواء 45 التابع للحشد") leaves it an armed group."""
    army = False
    if any(end <= m.nstart <= end + 30 and _state_army_code(ctx, m) and _BELONGING.search(ctx.text[end:m.nstart])
           for m in ctx.sentence_mentions()):
        return True   # "الفرقة السادسة مشاة التابعة للجيش السوداني": the army's own unit
    for m in ctx.sentence_mentions():
        if m.nstart >= start and m.nend <= end:
            continue
        if m.nend <= start:
            if _state_army_code(ctx, m):
                army = True
            elif m.cls in _GROUP_CLASSES:
                return False
        elif m.nstart - end <= 12 and m.cls in _GROUP_CLASSES:
            return False
    return army


#: "التابع / التابعة / التابعين" between a unit and the army it belongs to.
_BELONGING = re.compile(r"(?:^| )ال?تابع(?:ه|ين)? ")


def _state_army_code(ctx: Context, m) -> bool:
    """Whether mention ``m`` names a state's armed forces (an Organization whose CAMEO
    code ends in MIL, the state's part filled)."""
    entity = ctx.entity(m.entity)
    code = (entity.cameo or "") if entity else ""
    return m.cls == "Organization" and code.endswith("MIL") and not code.startswith("---")


#: Classes that make a numbered unit near them a group's unit rather than a state's.
_GROUP_CLASSES = frozenset({"ArmedGroup", "UnidentifiedArmedGroup", "Coalition"})



def quoted_unit(ctx: Context, tok: Token, qe: int) -> tuple[int, str] | None:
    """"قوات فرقة «الجليل 91»", "فصيل فرقة «السلطان X»": a unit's noun between a head noun
    ("قوات", "فصيل") and a quoted name opens the unit's name (start, class); in a state
    army's report it is that army's unit (an Organization), as a numbered one is."""
    head = strip_proclitic(tok.text, _UNIT_HEADS)
    if not head or head[0]:
        return None
    cls = "Organization" if _in_a_state_armys_report(ctx, tok.start, qe) else "ArmedGroup"
    return tok.start, cls

FRONT = normalize_key("جبهة")
#: Words before "في جبهة X" that make X a group one belongs to ("قيادي في جبهة X"), not
#: the front line a clash is fought on.
_MEMBER_NOUNS = frozenset(normalize_key(w) for w in (
    "قيادي", "القيادي", "قياديا", "قياديين", "عضو", "عضوا", "أعضاء", "عنصر", "عناصر", "مقاتل", "مقاتلو",
    "مقاتلي", "مقاتلين", "قائد", "قادة", "مسؤول", "مسؤولا", "أمير", "انضم", "انضمام", "ينتمي", "المنضوي"))

#: Prepositions of "في جبهة X"، "على جبهة X", normalised as the tokens are ("على" reads "علي").
_FRONT_PREPOSITIONS = frozenset(normalize_key(w) for w in ("في", "على"))


def front_line(toks: list[Token], i: int, prefix: str) -> bool:
    """"اشتباكات بجبهة الفاخر", "قصف في جبهة الضباب": "جبهة" after "ب" or "في", with no
    member's noun before it, is the front line a fight is on (a place), not a group
    named "جبهة X" (the lexicon knows the fronts that are groups: جبهة النصرة ...)."""
    if prefix.endswith("ب"):
        before = toks[i - 1].text if i > 0 else ""
    elif not prefix and i > 0 and toks[i - 1].text in _FRONT_PREPOSITIONS:
        before = toks[i - 2].text if i > 1 else ""
    else:
        return False
    return before not in _MEMBER_NOUNS


# The words each rule starts from (see kg.pipeline.discovery).
self_named.cues = (_SELF_NAMING,)
numbered_units.cues = (_UNIT_HEADS,)


#: Words of command before a unit's noun in construct ("قائد لواء رفح"، "وقائد ركن العمليات").
_COMMAND_WORDS = frozenset(normalize_key(w) for w in ("قائد", "آمر", "مسؤول", "رئيس"))
#: Unit nouns without the article that a place's name or one definite word completes: a
#: brigade named after its area ("لواء رفح"), a branch of a staff ("ركن التصنيع").
_GENERIC_UNIT_HEADS = frozenset({"لواء", "ركن", "كتيبه", "سريه", "فوج", "قطاع"})


def units_under_command(ctx: Context, toks: list[Token]) -> list[Candidate]:
    """A unit with a generic head named by what completes it, after a word of command:
    "قائد لواء رفح" (a place's name), "قائد ركن التصنيع" (one definite word). After
    "قائد" the noun in construct is the unit, never a rank ("اللواء" as a rank has the
    article and a person after it). Issue 13, eighth real round."""
    out = []
    for i in any_cue_positions(ctx.doc, ctx.sentence, _COMMAND_WORDS):
        k = i + 1
        if k + 1 >= len(toks) or toks[k].text not in _GENERIC_UNIT_HEADS \
                or not gap_is_space(ctx.text, toks[i], toks[k]) or not gap_is_space(ctx.text, toks[k], toks[k + 1]):
            continue
        nxt = toks[k + 1]
        place = next((m for m in ctx.sentence_mentions() if m.nstart == nxt.start and m.cls in ("Place", "Region")), None)
        if place is not None:
            end = place.nend
        elif nxt.text.startswith("ال") and nxt.text not in C.stop_words and nxt.text.isalpha() \
                and not ctx.covered.overlaps(nxt.start, nxt.end):
            end = nxt.end
        else:
            continue
        if any(m.nstart < end and toks[k].start < m.nend and m is not place for m in ctx.sentence_mentions()):
            continue   # a name read there already stays
        out.append(Candidate(toks[k].start, end, "ArmedGroup", "ar.discover.unit_under_command", absorb=True))
    return out


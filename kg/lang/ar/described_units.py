"""A group's unit named only by its noun and a relational adjective, then its owner in a
genitive: "الوحدة الصاروخية لحزب الله", "قائد الكتيبة الجوية لحركة X", "السرية البحرية في
جماعة X" (round i13k33). The press names such a unit no other way, and the owner right
after it says which group's it is; without an armed group there ("الوحدة الوطنية للبلاد")
the phrase is no unit. A group's office is named the same ways ("المكتب الإعلامي لحركة X",
"مكتب حركة X في بيروت"; issue 13): :func:`described_offices`. Rules of
:mod:`kg.lang.ar.discovery`."""
from __future__ import annotations

from kg.pipeline.discovery import Candidate, Context
from kg.pipeline.tokens import Token, any_cue_positions, strip_proclitic
from kg.text.normalize import normalize_key

#: Definite unit nouns (the article is part of the name: "الوحدة الصاروخية"). Not "اللواء",
#: also a rank before a person's name.
_HEADS = frozenset({"الوحده", "الكتيبه", "السريه", "الفرقه"})
#: Owners a unit may belong to.
_OWNERS = frozenset({"ArmedGroup", "UnidentifiedArmedGroup"})
#: At most this many adjectives after the noun ("الوحدة الصاروخية الخاصة").
_MAX_ADJ = 2


def _after_adjectives(ctx: Context, toks: list[Token], i: int) -> int | None:
    """The index of the word after the head's adjectives ("الوحدة الصاروخية X" -> X), or
    None when the head has none or nothing follows them, one space apart."""
    k = i + 1
    while k < len(toks) and k - i <= _MAX_ADJ and _nisba(toks[k].text) \
            and ctx.text[toks[k - 1].end:toks[k].start] == " ":
        k += 1
    if k == i + 1 or k >= len(toks) or ctx.text[toks[k - 1].end:toks[k].start] != " ":
        return None
    return k


def described_units(ctx: Context, toks: list[Token]) -> list[Candidate]:
    out = []
    for i in any_cue_positions(ctx.doc, ctx.sentence, _HEADS):
        head = strip_proclitic(toks[i].text, _HEADS)
        if not head or _apposition(ctx, toks[i].start):
            continue
        k = _after_adjectives(ctx, toks, i)
        if k is None:
            continue
        start, end = toks[i].start + len(head[0]), toks[k - 1].end
        # A weapon read in the adjective ("الصاروخية") is absorbed; any other name stays.
        owner = _owner_at(ctx, toks, k)
        if owner is not None and not any(m.nstart < end and start < m.nend and m.cls != "Weapon"
                                         for m in ctx.sentence_mentions()):
            # The owner is the mention's ref: the relation stage reads the unit as its
            # member, as for a unit named with its force (wording_relations.py).
            out.append(Candidate(start, end, "ArmedGroup", "ar.discover.described_unit", absorb=True,
                                 ref=owner))
    return out


def _apposition(ctx: Context, start: int) -> bool:
    """"قوة الرضوان، الوحدة النخبوية في حزب الله": after a group's name and a comma the
    phrase describes that group, it names no other."""
    before = ctx.text[max(0, start - 3):start]
    if "،" not in before and "," not in before:
        return False
    return any(m.cls in _OWNERS and 0 <= start - m.nend <= 3 for m in ctx.sentence_mentions())


def _nisba(word: str) -> bool:
    """A definite relational adjective: "الصاروخيه", "الجوي", "البحريه"."""
    return word.startswith("ال") and len(word) > 4 and word.endswith(("يه", "ي"))


def _owner_at(ctx: Context, toks: list[Token], k: int) -> str | None:
    """The key of an armed group named right after, glued to "ل" or after "في" / "التابعة لـ"."""
    w = toks[k].text
    if w.startswith("ل"):
        m = ctx.mention_at(toks[k].start)
    elif w in ("في", "التابعه", "التابع") and k + 1 < len(toks):
        m = ctx.mention_at(toks[k + 1].start)
    else:
        return None
    return m.entity if m is not None and m.cls in _OWNERS else None


# The words the rule starts from (see kg.pipeline.discovery).
described_units.cues = (_HEADS,)


#: An office's noun: definite before its adjective ("المكتب الإعلامي لـ X"), in construct
#: before its owner's name ("مكتب حركة X في Y").
_OFFICE = frozenset({"المكتب"})
_OFFICE_OF = frozenset({"مكتب"})
_OFFICES = _OFFICE | _OFFICE_OF
#: Owners an office may belong to: a group or a party; a news outlet's office ("مكتب
#: الميادين") is its bureau, read with the outlet (kg/lang/ar/outlets.py).
_OFFICE_OWNERS = _OWNERS | {"Organization"}
#: Posts held in an office: "رئيس المكتب السياسي لحركة X، فلان" names the person's post in
#: the group, the office is no actor of the sentence (the title rules read the post).
_POSTS = frozenset(normalize_key(w) for w in (
    "رئيس", "نائب", "عضو", "أعضاء", "مدير", "مديرة", "مسؤول", "أمين", "رئاسة", "منسق", "ومدير", "ورئيس",
    # the same posts as what someone is made ("اختير رئيسا للمكتب السياسي")
    "رئيسا", "نائبا", "عضوا", "مديرا", "مسؤولا", "أمينا"))


def described_offices(ctx: Context, toks: list[Token]) -> list[Candidate]:
    """A group's office named by its noun and an adjective then its owner ("المكتب الإعلامي
    لحركة X"), or by its noun in construct with its owner's name and the place it is in
    ("مكتب حركة X في بيروت"). The office is an Organization of its own, a member of the
    owner (the mention's ref; wording_relations.py reads the place after "في"). Its name is
    the phrase with its owner (and place): two groups' media offices are two offices. No
    office without a named owner right after ("مكتب في بغداد")."""
    out = []
    for i in any_cue_positions(ctx.doc, ctx.sentence, _OFFICES):
        head = strip_proclitic(toks[i].text, _OFFICES)
        if not head or (i and toks[i - 1].text in _POSTS) or _apposition(ctx, toks[i].start):
            continue
        start = toks[i].start + len(head[0])
        if head[1] in _OFFICE:
            k = _after_adjectives(ctx, toks, i)
            if k is None:
                continue
            owner, end, name_end = _owner_mention(ctx, toks, k), toks[k - 1].end, None
            if owner is not None:
                name_end = owner.nend
        else:
            if i + 1 >= len(toks) or ctx.text[toks[i].end:toks[i + 1].start] != " ":
                continue
            owner = ctx.mention_at(toks[i + 1].start)
            if owner is None or owner.nstart != toks[i + 1].start:
                continue   # "لحزب": the construct takes no preposition
            place = _place_after(ctx, owner)
            end, name_end = toks[i].end, place.nend if place is not None else None
        if owner is None or name_end is None or not _office_owner(ctx, owner) \
                or any(m.nstart < end and start < m.nend for m in ctx.sentence_mentions()):
            continue
        citation = None
        if len(head[0]) + len(head[1]) > len(toks[i].text):
            # "للمكتب": "ل" and the article written as one "لل"; the name keeps its article.
            start = toks[i].end - len(head[1]) + 2
            citation = head[1][:2] + ctx.original(start, name_end)
        out.append(Candidate(start, end, "Organization", "ar.discover.described_office",
                             label_span=(start, name_end), ref=owner.entity, citation=citation))
    return out


def _owner_mention(ctx: Context, toks: list[Token], k: int):
    """The mention named right after, glued to "ل" or after "في" / "التابع(ة) لـ"."""
    w = toks[k].text
    if w.startswith("ل"):
        return ctx.mention_at(toks[k].start)
    if w in ("في", "التابعه", "التابع") and k + 1 < len(toks):
        return ctx.mention_at(toks[k + 1].start)
    return None


def _office_owner(ctx: Context, m) -> bool:
    if m.kind != "name" or m.cls not in _OFFICE_OWNERS:
        return False
    return not ctx.doc.is_news_outlet(m.entity)


def _place_after(ctx: Context, owner):
    """The place named after the owner and "في" ("مكتب حركة X في بيروت"), or None."""
    for m in ctx.sentence_mentions():
        if m.kind == "name" and m.cls in ("Place", "State", "Region") \
                and ctx.text[owner.nend:m.nstart] == " في ":
            return m
    return None


described_offices.cues = (_OFFICE, _OFFICE_OF)

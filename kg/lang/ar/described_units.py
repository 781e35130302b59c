"""A group's unit named only by its noun and a relational adjective, then its owner in a
genitive: "الوحدة الصاروخية لحزب الله", "قائد الكتيبة الجوية لحركة X", "السرية البحرية في
جماعة X" (round i13k33). The press names such a unit no other way, and the owner right
after it says which group's it is; without an armed group there ("الوحدة الوطنية للبلاد")
the phrase is no unit. A rule of :mod:`kg.lang.ar.discovery`."""
from __future__ import annotations

from kg.pipeline.discovery import Candidate, Context
from kg.pipeline.tokens import Token, any_cue_positions, strip_proclitic

#: Definite unit nouns (the article is part of the name: "الوحدة الصاروخية"). Not "اللواء",
#: also a rank before a person's name.
_HEADS = frozenset({"الوحده", "الكتيبه", "السريه", "الفرقه"})
#: Owners a unit may belong to.
_OWNERS = frozenset({"ArmedGroup", "UnidentifiedArmedGroup"})
#: At most this many adjectives after the noun ("الوحدة الصاروخية الخاصة").
_MAX_ADJ = 2


def described_units(ctx: Context, toks: list[Token]) -> list[Candidate]:
    out = []
    for i in any_cue_positions(ctx.doc, ctx.sentence, _HEADS):
        head = strip_proclitic(toks[i].text, _HEADS)
        if not head or _apposition(ctx, toks[i].start):
            continue
        k = i + 1
        while k < len(toks) and k - i <= _MAX_ADJ and _nisba(toks[k].text) \
                and ctx.text[toks[k - 1].end:toks[k].start] == " ":
            k += 1
        if k == i + 1 or k >= len(toks) or ctx.text[toks[k - 1].end:toks[k].start] != " ":
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

"""One attack told twice in a document, once with a part of it left open (issue #12):

* a telling with no target ("the Houthis fired six anti-ship missiles", "القوات الجوية
  الإسرائيلية أطلقت الصواريخ أثناء تحليقها") is the one attack the same side made that day
  when the document tells only one: the target comes from the other telling;
* a headline (undated: a first sentence with its day is the lead itself) whose target is a whole state or region ("Israeli strike on south Lebanon
  kills commander") is the attack its lead tells on a named target ("An Israeli strike on
  the village of X ... killed a commander"), when the lead tells one such attack only.

Sides are compatible when they are the same, or a state and its own forces (the CAMEO
code's country: "سلاح الجو الإسرائيلي" is Israel's); days when they are the same or one is
unknown; places when one is unknown or both are the same. Two attacks by one side on one
day in the document leave the open telling alone: nothing says which it is."""
from __future__ import annotations

from kg.model import DENIED, Attack, Doc
from kg.pipeline.attacks.merging import merge, same_day, same_side

#: Targets too wide to tell which strike a headline is about.
_WIDE = frozenset({"State", "Region"})
#: Sentences after the headline that make its lead (as merging.merge_headline).
_LEAD = 2


#: Targets that are where they stand (the document steps make them the place later).
_SITES = frozenset({"Place", "Region", "MilitaryBase", "Facility"})


def _where(doc: Doc, a: Attack) -> str | None:
    e = doc.entities.get(a.target) if a.target else None
    return a.place or (a.target if e is not None and e.cls in _SITES else None)


def _same_place(doc: Doc, a: Attack, b: Attack) -> bool:
    """No two places named: "هاجمت X سفينة في مضيق هرمز" is not X's strike on a base. The
    headline's wide target is not its place (the lead's village lies in it)."""
    pa, pb = (a.place if a.place != a.target else None), _where(doc, b)
    return pa is None or pb is None or pa in (pb, b.target)


def _joinable(a: Attack) -> bool:
    return not a.mutual and a.polarity != DENIED


def _fold(into: Attack, other: Attack, doc: Doc) -> None:
    """Merge ``other`` into ``into``, keeping the named side (a state's own force names more)."""
    merge(into, other)
    if into.attacker is None or (other.attacker and doc.entities.get(into.attacker) is not None
                                 and doc.entities[into.attacker].cls == "State"
                                 and doc.entities.get(other.attacker) is not None
                                 and doc.entities[other.attacker].cls != "State"):
        into.attacker = other.attacker or into.attacker
    into.target = into.target or other.target


def _definite_weapon(doc: Doc, a: Attack) -> bool:
    """The telling's weapon is definite ("الصواريخ", "the missiles"): told before."""
    text = doc.norm.text
    for m in doc.mentions:
        if m.sentence == a.evidence.sentence and m.cls == "Weapon":
            if text.startswith(("ال", "وال"), m.nstart) if doc.lang == "ar" \
                    else text[max(0, m.nstart - 4):m.nstart].lower() == "the ":
                return True
    return False


def merge_open_targets(attacks: list[Attack], doc: Doc) -> list[Attack]:
    """A telling with a named attacker and no target joins the one other attack of that
    side on that day (see module doc)."""
    dropped: set[int] = set()
    for a in attacks:
        if a.target is not None or a.attacker is None or not _joinable(a) or id(a) in dropped:
            continue
        # (an attack told with no attacker may be it too: "الغارة التي قتلت شخصين")
        others = [b for b in attacks if b is not a and id(b) not in dropped and _joinable(b)
                  and b.target is not None and same_day(a, b)
                  and _same_place(doc, a, b) and (b.attacker is None or same_side(doc, a.attacker, b.attacker))]
        if len(others) > 1 and _definite_weapon(doc, a):
            # "... the strike destroyed the building. The air force fired the missiles while
            # flying over X": the munitions told before, so the attack of the sentence before
            others = [b for b in others if a.evidence.sentence - 1 in (b.evidence.sentence, *b.told_in)]
        if len(others) != 1:
            continue
        _fold(others[0], a, doc)
        dropped.add(id(a))
    return [a for a in attacks if id(a) not in dropped]


def merge_wide_headline(attacks: list[Attack], doc: Doc) -> list[Attack]:
    """A headline attack on a whole state or region joins the one attack of the same side
    its lead tells on something named (see module doc)."""
    dropped: set[int] = set()
    # (the headline's own words, not a day its lead lent it)
    dated = any(d.sentence == 0 for d in doc.dates)
    for a in attacks:
        e = doc.entities.get(a.target) if a.target else None
        if a.evidence.sentence != 0 or dated or a.attacker is None or e is None or e.cls not in _WIDE or not _joinable(a):
            continue
        lead = [b for b in attacks if b is not a and 0 < b.evidence.sentence <= _LEAD and _joinable(b)
                and b.target is not None and b.target != a.target and same_day(a, b) and _same_place(doc, a, b)
                and same_side(doc, a.attacker, b.attacker)]
        if len(lead) != 1:
            continue
        _fold(lead[0], a, doc)
        dropped.add(id(a))
    return [a for a in attacks if id(a) not in dropped]


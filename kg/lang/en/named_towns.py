"""Towns the lexicon does not know, named by the phrase around them (census issue 13):

* after a kind of town and "of": "the southern Lebanese village of X", "the town of X",
  and the plural with its list, "the villages of A and B", "the towns of A, B and C";
* a known place's name opening a longer one there ("the villages of X El Y": X is known,
  "X El Y" is another village), read whole;
* placed in a known area right after the name: "a car in X in the Y district",
  "targeted X in southern Lebanon" (the area must be a mention of a place, region or
  state, and the word before the name a preposition or a verb of striking).

A name is one to three capitalised words (:func:`kg.lang.en.person_names._run`) that no
mention covers; a month or weekday is no town. The kinds and words are bodies.yaml
``town_kinds``, ``town_kinds_plural`` and ``town_before_in``. A rule of
:mod:`kg.lang.en.discovery`; en.located.* rules then place the town.
"""
from __future__ import annotations

from kg.lang import language_words
from kg.lang.en.person_names import _run
from kg.lang.en.town_state import _date_words
from kg.pipeline.discovery import Candidate, Context
from kg.pipeline.tokens import Token

_AREAS = ("Place", "Region", "State")
_DIRECTIONS = frozenset({"northern", "southern", "eastern", "western", "central", "north", "south", "east",
                         "west", "northeast", "northwest", "southeast", "southwest"})


def _kinds() -> frozenset[str]:
    return language_words("en", "bodies", "town_kinds")


def _plurals() -> frozenset[str]:
    return language_words("en", "bodies", "town_kinds_plural")


def _before_in() -> frozenset[str]:
    return language_words("en", "bodies", "town_before_in")


def _name(ctx: Context, toks: list[Token], k: int, gaps: tuple[str, ...] = (" ",)) -> list[Token]:
    """The capitalised run at ``k`` when it is a new name: not a date, not a title."""
    if k >= len(toks) or ctx.text[toks[k - 1].end:toks[k].start] not in gaps:
        return []
    name = _run(ctx, toks, k, 1, 3)
    if not name or any(t.text in _date_words() for t in name):
        return []
    return name


def _known_opening(ctx: Context, toks: list[Token], k: int, gaps: tuple[str, ...]) -> list[Token]:
    """A known place's name as the first word of a longer town name ("the villages of X Y Z",
    the lexicon knowing a town X): the capitalised words that follow make it another town,
    so the run is read whole and the known place's mention is absorbed."""
    if k >= len(toks) or ctx.text[toks[k - 1].end:toks[k].start] not in gaps:
        return []
    m = ctx.mention_at(toks[k].start)
    if m is None or m.nstart != toks[k].start or m.nend != toks[k].end or m.cls not in ("Place", "Region") \
            or m.kind != "name" or k + 1 >= len(toks) or ctx.text[toks[k].end:toks[k + 1].start] != " ":
        return []
    rest = _run(ctx, toks, k + 1, 1, 2)
    if not rest or any(t.text in _date_words() or t.text == "and" for t in rest):
        return []
    return [toks[k], *rest]


def _after_kind(ctx: Context, toks: list[Token]) -> list[Candidate]:
    """"the (Lebanese) village of X", "the villages of A, B and C"."""
    out = []
    kinds, plurals = _kinds(), _plurals()
    for i, tok in enumerate(toks[:-2]):
        plural = tok.text in plurals
        if not (plural or tok.text in kinds) or toks[i + 1].text != "of":
            continue
        # "the" within three words before the kind: "the southern Lebanese village of"
        if not any(t.text == "the" for t in toks[max(0, i - 3):i]):
            continue
        k = i + 2
        while True:
            name = _name(ctx, toks, k, (" ", ", "))
            known = [] if name else _known_opening(ctx, toks, k, (" ", ", "))
            name = name or known
            if not name:
                break
            out.append(Candidate(name[0].start, name[-1].end, "Place", "en.discover.town_of_kind", absorb=bool(known)))
            if not plural:
                break
            k += len(name)
            gap = ctx.text[name[-1].end:toks[k].start] if k < len(toks) else ""
            if gap == ", " and k < len(toks) and toks[k].text == "and":
                k += 1   # "A, B, and C"
            elif gap == " " and k < len(toks) and toks[k].text == "and":
                k += 1
            elif gap != ", ":
                break
    return out


def _placed_in_area(ctx: Context, toks: list[Token]) -> list[Candidate]:
    """"in X in the Y district", "targeted X in southern Lebanon"."""
    out = []
    before = _before_in()
    for i, tok in enumerate(toks[:-3]):
        if tok.text not in before:
            continue
        name = _name(ctx, toks, i + 1)
        if not name:
            continue
        k = toks.index(name[-1]) + 1
        if k >= len(toks) or toks[k].text != "in" or ctx.text[name[-1].end:toks[k].start] != " ":
            continue
        k += 1
        area = ctx.mention_at(toks[k].start) if k < len(toks) else None
        while area is None and k + 1 < len(toks) and (toks[k].text == "the" or toks[k].text in _DIRECTIONS):
            k += 1   # "in the Y district", "in southern Syria" (a region may hold the word)
            area = ctx.mention_at(toks[k].start)
        if area is None or area.cls not in _AREAS:
            continue
        out.append(Candidate(name[0].start, name[-1].end, "Place", "en.discover.town_in_area"))
    return out


def named_towns(ctx: Context, toks: list[Token]) -> list[Candidate]:
    return _after_kind(ctx, toks) + _placed_in_area(ctx, toks)


named_towns.cues = (_kinds() | _plurals() | _before_in(),)

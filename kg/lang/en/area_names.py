"""Areas named after a place the text already names (issue 13, eighth round):

* a capitalised compass word opening the name of a region ("West X", "Upper X"), of the
  known area's class (a region's part is no town an attack could target): the
  capital letter makes the word part of a name, so the region is a place of its own and not
  the known place X ("in the west of X" or "western X" stay X);
* "the X countryside": the rural belt around the town X is where fighting is placed, and
  is a different place from the town;
* "the X military college / academy": an army school is a military site named by the
  capitalised words before "military" (a college alone is no site of war).

The known place must be a mention of a place or region; a state is never the rest of such
a name ("North Korea" is a state of its own that the lexicon spells whole). The words are
bodies.yaml ``compass_name_words`` and ``belt_heads``. The candidate absorbs the place's
mention; en.located.* rules then place the area ("Lebanon's West X")."""
from __future__ import annotations

from kg.lang import language_words
from kg.lang.en.person_names import _run
from kg.pipeline.discovery import Candidate, Context
from kg.pipeline.tokens import Token

_AREAS = ("Place", "Region")


def _compass() -> frozenset[str]:
    return language_words("en", "bodies", "compass_name_words")


def _belts() -> frozenset[str]:
    return language_words("en", "bodies", "belt_heads")


def _known_area(ctx: Context, tok: Token):
    m = ctx.mention_at(tok.start)
    if m is None or m.nstart != tok.start or m.cls not in _AREAS or m.kind != "name":
        return None
    return m


def _compass_regions(ctx: Context, toks: list[Token]) -> list[Candidate]:
    out = []
    compass = _compass()
    for i, tok in enumerate(toks[:-1]):
        if tok.text not in compass or not ctx.original(tok.start, tok.end)[:1].isupper():
            continue
        if ctx.covered.overlaps(tok.start, tok.end) or ctx.text[tok.end:toks[i + 1].start] != " ":
            continue
        area = _known_area(ctx, toks[i + 1])
        if area is None:
            continue
        out.append(Candidate(tok.start, area.nend, area.cls, "en.discover.compass_region", absorb=True))
    return out


def _belts_of_towns(ctx: Context, toks: list[Token]) -> list[Candidate]:
    out = []
    belts = _belts()
    for i in range(1, len(toks) - 1):
        if toks[i - 1].text != "the":
            continue
        town = _known_area(ctx, toks[i])
        if town is None:
            continue
        k = next((j for j in range(i, len(toks)) if toks[j].start >= town.nend), None)
        if k is None or toks[k].text not in belts or ctx.text[town.nend:toks[k].start] != " ":
            continue
        out.append(Candidate(town.nstart, toks[k].end, "Place", "en.discover.town_belt", absorb=True))
    return out


def _schools() -> frozenset[str]:
    return language_words("en", "bodies", "military_school_heads")


def _military_schools(ctx: Context, toks: list[Token]) -> list[Candidate]:
    out = []
    schools = _schools()
    for i in range(2, len(toks)):
        if toks[i].text not in schools or toks[i - 1].text != "military":
            continue
        name = _run(ctx, toks, i - 2, -1, 3)
        if not name or ctx.text[name[-1].end:toks[i - 1].start] != " ":
            continue
        out.append(Candidate(name[0].start, toks[i].end, "MilitaryBase", "en.discover.militarybase_head"))
    return out


def area_names(ctx: Context, toks: list[Token]) -> list[Candidate]:
    return _compass_regions(ctx, toks) + _belts_of_towns(ctx, toks) + _military_schools(ctx, toks)


area_names.cues = (_compass() | _belts() | _schools(),)

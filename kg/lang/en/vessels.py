"""English cues for ships: a ship noun or a navy's prefix before a name ("bulk carrier
True Confidence", "USS Carney", "M/V Maersk Detroit"), a flag before it ("the
Liberian-flagged Galaxy Leader"), or a name before the noun ("the Captain Paris vessel").
A rule of :mod:`kg.lang.en.discovery`.
"""
from __future__ import annotations

from kg.lang.cues import cues
from kg.lang.en.person_names import _capitalised, _run
from kg.pipeline.discovery import Candidate, Context
from kg.pipeline.tokens import Token

C = cues("en")
_VESSEL_HEADS = {"ship", "vessel", "tanker", "carrier", "freighter", "destroyer", "frigate", "cruiser",
                 "warship", "boat", "dhow", "containership", "uss", "hms", "mv", "m/v"}
#: Modifiers that may follow a flag before a ship's name: "Liberia-flagged, Israeli-linked".
_SHIP_MODIFIERS = ("-flagged", "-owned", "-operated", "-linked", "-managed", "-registered", "-bound",
                   "-chartered", "-based")


def vessels(ctx: Context, toks: list[Token]) -> list[Candidate]:
    """"bulk carrier True Confidence", "USS Carney", "the Liberian-flagged Galaxy Leader",
    "the Panama-flagged, Israeli-linked Galaxy Leader" (more modifiers may follow the flag)."""
    out = []
    for i, tok in enumerate(toks[:-1]):
        flagged = tok.text.endswith(("-flagged", "-owned", "-operated"))
        if tok.text not in _VESSEL_HEADS and not flagged and not _slashed_prefix(ctx, toks, i):
            continue
        k = i + 1
        if flagged:
            while k < len(toks) - 1 and toks[k].text.endswith(_SHIP_MODIFIERS) and \
                    ctx.text[toks[k - 1].end:toks[k].start].strip() in ("", ","):
                k += 1
        if _slashed_prefix(ctx, toks, k + 1):
            continue   # "container ship M/V X": the prefix is read at its second half
        named = not flagged and (_called(toks, k) or _identified_as(toks, i, k))
        if named:
            k = named
            name = _called_name(ctx, toks, k)
            if name:
                out.append(Candidate(name[0].start, name[-1].end, "Vessel", "en.discover.vessel_called",
                                     absorb=True))
            continue
        name = _run(ctx, toks, k, 1, 3)
        name = _with_initial(ctx, toks, name)
        if name and not (len(name) == 1 and name[0].text in _VESSEL_HEADS):
            if name[0].text in _VESSEL_HEADS:
                name = name[1:]
            if name:
                end = name[-1].end
                end -= 2 if name[-1].text.endswith("'s") else 1 if name[-1].text.endswith("'") else 0
                out.append(Candidate(name[0].start, end, "Vessel", "en.discover.vessel"))
        elif i >= 2 and tok.text in _VESSEL_HEADS:
            # "the Captain Paris vessel": the name stands before its kind, and may hold a
            # title or a place's name ("Captain", "Paris"): between "the" and the kind
            # noun the words are the ship's name.
            first = i
            while first > 0 and i - first < 3 and ctx.text[toks[first - 1].end:toks[first].start] == " " \
                    and _ship_name_word(ctx, toks[first - 1]):
                first -= 1
            own = [t for t in toks[first:i] if ctx.mention_at(t.start) is None]
            if own and first > 0 and toks[first - 1].text in ("the", "a"):   # not "a US destroyer"
                out.append(Candidate(toks[first].start, toks[i - 1].end, "Vessel",
                                     "en.discover.vessel_before_kind", absorb=True))
    return out


def _with_initial(ctx: Context, toks: list[Token], name: list[Token]) -> list[Token]:
    """"USS Dwight D. Eisenhower": a one-letter initial and its full stop stay inside a
    ship's name when a capitalised word follows."""
    if not name or len(name[-1].text) != 1:
        return name
    k = toks.index(name[-1]) + 1
    if k < len(toks) and ctx.text[name[-1].end:toks[k].start] == ". " and _capitalised(ctx, toks[k]):
        return name + [toks[k]]
    return name


def _slashed_prefix(ctx: Context, toks: list[Token], i: int) -> bool:
    """"M/V Gibraltar Eagle", "M/T X": the merchant-vessel prefix split by its slash into
    two tokens; the name follows the second."""
    return 0 < i < len(toks) and toks[i].text in ("v", "t") and toks[i - 1].text == "m" and \
        ctx.text[toks[i - 1].end:toks[i].start] == "/"


def _ship_name_word(ctx: Context, t: Token) -> bool:
    """A capitalised word, or a place's name, that can stand in a ship's name; not a flag
    or owner ("a Liberian-flagged vessel": an unnamed ship)."""
    if not _capitalised(ctx, t) or t.text in C.stop_words or t.text.endswith(_SHIP_MODIFIERS):
        return False
    m = ctx.mention_at(t.start)
    if m is None:
        return not ctx.covered.overlaps(t.start, t.end)
    return m.cls in ("Place", "State") and m.kind == "name" and m.nstart == t.start and m.nend == t.end



#: "a ship called the Captain Paris", "a tanker named Marlin Luanda", "a vessel dubbed X".
_CALLED = ("called", "named", "dubbed")


def _called(toks: list[Token], k: int) -> int:
    """Where a ship's name starts after its noun and a verb of naming (and "the"), else 0."""
    if k >= len(toks) or toks[k].text not in _CALLED:
        return 0
    k += 1
    if k < len(toks) and toks[k].text == "the":
        k += 1
    return k if k < len(toks) else 0


#: Verbs that give a ship noun its name after "as": "identified the vessel as the Star X".
_IDENTIFIED = ("identified", "identifies", "identify", "named", "names")


def _identified_as(toks: list[Token], i: int, k: int) -> int:
    """Where a ship's name starts after "<verb of identifying> the <ship noun> as the", else 0:
    the article is required before the name ("identified the vessel as the X"), so an
    adjective after "as" ("described the ship as American") is never read as one."""
    if k + 1 >= len(toks) or toks[k].text != "as" or toks[k + 1].text != "the":
        return 0
    if not any(0 <= j and toks[j].text in _IDENTIFIED for j in (i - 1, i - 2, i - 3)):
        return 0
    return k + 2 if k + 2 < len(toks) else 0


def _called_name(ctx: Context, toks: list[Token], k: int) -> list[Token]:
    """The capitalised words after "called (the)", up to three: a title or a place's name
    may stand in a ship's name ("Captain", "Paris")."""
    name = []
    while k < len(toks) and len(name) < 3 and _ship_name_word(ctx, toks[k]) and \
            (not name or ctx.text[name[-1].end:toks[k].start] == " "):
        name.append(toks[k])
        k += 1
    return name

"""A news outlet called by its short name after a newsroom noun: "مراسل الجزيرة",
"مكتب الميادين في بغداد" is the channel the lexicon lists as "قناة الجزيرة" / "قناة
الميادين", not the island or the Syrian town of that name. The short name is the
lexicon's own name without its kind word (قناة، صحيفة، وكالة ...); the newsroom nouns
are data (cues.yaml ``newsroom_nouns``).

Outlets no list holds are read by their form: a name ending in "أونلاين" ("موقع الوطن
أونلاين") is a news site, and a paper or channel named after a state ("صحيفة العراق",
"قناة العراقية") is that outlet, not the state."""
from __future__ import annotations

from kg.lang import language_data
from kg.lang.ar.person_names import gap_is_space
from kg.lexicon import default_lexicon
from kg.pipeline.discovery import Candidate, Context
from kg.pipeline.lexicon_entities import add_lexicon_entity
from kg.lang.cues import cues
from kg.pipeline.tokens import Token, any_cue_positions, strip_proclitic
from kg.text.normalize import normalize_key

_NEWSROOM = frozenset(normalize_key(w) for w in language_data("ar", "cues").get("newsroom_nouns") or ())
#: The kind words an outlet's full name opens with.
_KINDS = frozenset(normalize_key(w) for w in ("قناة", "صحيفة", "جريدة", "موقع", "شبكة", "وكالة", "إذاعة",
                                                 "تلفزيون"))
_SHORT: dict[str, str | None] | None = None


def _short_names() -> dict[str, str | None]:
    """Short name -> outlet id (None where two outlets share it)."""
    global _SHORT
    if _SHORT is None:
        _SHORT = {}
        for entry in default_lexicon():
            if entry.cls != "Organization" or not (entry.cameo or "").endswith("MED"):
                continue
            for name in entry.names():
                words = normalize_key(name).split()
                if len(words) > 1 and words[0] in _KINDS:
                    short = " ".join(words[1:])
                    _SHORT[short] = entry.id if _SHORT.get(short, entry.id) == entry.id else None
    return _SHORT


def outlets_after_newsroom(ctx: Context, toks: list[Token]) -> list[Candidate]:
    out = []
    shorts = _short_names()
    for i in any_cue_positions(ctx.doc, ctx.sentence, _NEWSROOM):
        if not strip_proclitic(toks[i].text, _NEWSROOM):
            continue
        for n in (3, 2, 1):
            words = toks[i + 1:i + 1 + n]
            if len(words) < n or not all(gap_is_space(ctx.text, a, b) for a, b in zip(toks[i:], words)):
                continue
            outlet = shorts.get(" ".join(w.text for w in words))
            if outlet is None:
                continue
            start, end = words[0].start, words[-1].end
            if any(m.nstart < start < m.nend or m.nstart < end < m.nend for m in ctx.sentence_mentions()):
                break   # a longer name runs across the short one
            if outlet not in ctx.doc.entities:
                add_lexicon_entity(ctx.doc, default_lexicon()[outlet])
            out.append(Candidate(start, end, "Organization", "ar.discover.outlet_short_name", entity=outlet,
                                 absorb=True))
            break
    return out


outlets_after_newsroom.cues = (_NEWSROOM,)


#: "أونلاين": a word that ends only a news site's name.
_ONLINE = frozenset({normalize_key("أونلاين")})
#: "بوست"، "نيوز": words that end a news site's name after a place's ("عفرين بوست"); after
#: other words "بوست" is also a post on social media.
_PLACE_BRANDS = frozenset(normalize_key(w) for w in ("بوست", "نيوز"))
#: Kind words of outlets named after a state ("صحيفة العراق"); not "موقع" ("موقع العراق" is
#: also Iraq's position) nor "وكالة".
_STATE_KINDS = frozenset(normalize_key(w) for w in ("صحيفة", "جريدة", "قناة", "إذاعة", "تلفزيون"))
_STOP = cues("ar").stop_words


def outlets_by_form(ctx: Context, toks: list[Token]) -> list[Candidate]:
    out = []
    for i in any_cue_positions(ctx.doc, ctx.sentence, _ONLINE, _STATE_KINDS, _PLACE_BRANDS):
        tok = toks[i]
        if tok.text in _PLACE_BRANDS:
            # "عفرين بوست", "شفق نيوز" after a place: a site named after the place
            place = ctx.mention_at(toks[i - 1].start) if i > 0 and gap_is_space(ctx.text, toks[i - 1], tok) else None
            if place is not None and place.cls in ("Place", "Region", "State") and place.nend == toks[i - 1].end:
                out.append(Candidate(place.nstart, tok.end, "Organization", "ar.discover.outlet_online", absorb=True))
            continue
        if tok.text in _ONLINE:
            # one or two name words before it, and the kind word before them if any
            k, words = i - 1, []
            while k >= 0 and len(words) < 2 and gap_is_space(ctx.text, toks[k], toks[k + 1]) \
                    and toks[k].text.isalpha() and toks[k].text not in _STOP \
                    and not strip_proclitic(toks[k].text, _KINDS):
                words.insert(0, toks[k])
                k -= 1
            if not words:
                continue
            start = words[0].start
            kind = strip_proclitic(toks[k].text, _KINDS) if k >= 0 and gap_is_space(ctx.text, toks[k], words[0]) \
                else None
            if kind:
                start = toks[k].start + len(kind[0])
            else:
                start = words[-1].start   # no kind word: the one word before ("ونشرت اليمن أونلاين")
            out.append(Candidate(start, tok.end, "Organization", "ar.discover.outlet_online", absorb=True))
            continue
        kind = strip_proclitic(tok.text, _STATE_KINDS)
        if not kind or i + 1 >= len(toks) or not gap_is_space(ctx.text, tok, toks[i + 1]):
            continue
        m = ctx.mention_at(toks[i + 1].start)
        if m is None or m.nstart != toks[i + 1].start or m.cls != "State":
            continue
        out.append(Candidate(tok.start + len(kind[0]), m.nend, "Organization", "ar.discover.outlet_of_state",
                             absorb=True))
    return out


outlets_by_form.cues = (_ONLINE, _STATE_KINDS, _PLACE_BRANDS)


#: "وكالة أنباء" / "وكالة الأنباء": a news agency's kind, then its name.
_AGENCY = frozenset({normalize_key("وكالة")})
_NEWS = frozenset(normalize_key(w) for w in ("أنباء", "الأنباء"))


def news_agencies(ctx: Context, toks: list[Token]) -> list[Candidate]:
    """"وكالة أنباء مهر الإيرانية", "وكالة أنباء الجمهورية الإسلامية الإيرانية" (census,
    issue 13): the agency, named by one or two words (an outlet the lexicon knows by its
    short name is that outlet) or by a state's name, and the state's adjective after it.
    "وكالة الأنباء" alone, or before a participle ("وكالة الأنباء التابعة لـ"), names none."""
    out = []
    shorts = _short_names()
    for i in any_cue_positions(ctx.doc, ctx.sentence, _AGENCY):
        found = strip_proclitic(toks[i].text, _AGENCY)
        if i + 2 >= len(toks) or not found or toks[i + 1].text not in _NEWS \
                or not gap_is_space(ctx.text, toks[i], toks[i + 1]):
            continue
        start = toks[i].start + len(found[0])
        k = i + 2
        if not gap_is_space(ctx.text, toks[k - 1], toks[k]):
            continue
        m = ctx.mention_at(toks[k].start)
        outlet = None
        if m is not None and m.nstart == toks[k].start:
            if m.cls != "State":
                continue   # a known outlet or body after "وكالة أنباء" is read by its own rule
            end = m.nend   # "وكالة أنباء الجمهورية الإسلامية الإيرانية": the state's agency
        else:
            words = []
            while k < len(toks) and len(words) < 2 and gap_is_space(ctx.text, toks[k - 1], toks[k]) \
                    and toks[k].text.isalpha() and toks[k].text not in _STOP and not toks[k].text.startswith("ال") \
                    and not ctx.covered.overlaps(toks[k].start, toks[k].end):
                words.append(toks[k])
                k += 1
            if not words:
                continue
            outlet = shorts.get(" ".join(w.text for w in words))
            end = words[-1].end
            after = ctx.mention_at(toks[k].start) if k < len(toks) and gap_is_space(ctx.text, words[-1], toks[k]) else None
            if after is not None and after.cls == "State" and after.kind == "nisba" and after.nstart == toks[k].start:
                end = after.nend   # "وكالة أنباء مهر الإيرانية"
        if outlet is not None and outlet not in ctx.doc.entities:
            add_lexicon_entity(ctx.doc, default_lexicon()[outlet])
        out.append(Candidate(start, end, "Organization", "ar.discover.news_agency", entity=outlet, absorb=True))
    return out


news_agencies.cues = (_AGENCY,)

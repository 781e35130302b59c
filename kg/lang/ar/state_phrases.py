"""Arabic phrases that name an actor or place through a state: a noun and a state's
nisba standing for the state (القوات الأميركية), a government or ministry and its state
(الحكومة العراقية, وزارة الخارجية الإيرانية), a border named by states' nisbas.

These rules start from the state mentions the lexicon matcher found, not from a name's
own words, so they stand apart from the head-noun rules (kg/lang/ar/headed_names.py).
Rules of :mod:`kg.lang.ar.discovery`.
"""
from __future__ import annotations

from kg.lang.ar.person_names import gap_is_space
from kg.lang import language_data
from kg.lang.cues import cues
from kg.pipeline.focus import focus_state
from kg.pipeline.discovery import Candidate, Context
from kg.pipeline.relation_filters import home_state
from kg.pipeline.run_by_group import lexicon_government_of
from kg.pipeline.tokens import Token, any_cue_positions, strip_proclitic
from kg.text.normalize import normalize_key

C = cues("ar")
_MINISTRY = frozenset({"وزاره", "جهاز"})
#: A state's services named "جهاز X" (cues.yaml services): "جهاز المخابرات الإيراني" is
#: Iran's intelligence service, as "وزارة الخارجية الإيرانية" is its foreign ministry.
_SERVICES = {normalize_key(k): v for k, v in (language_data("ar", "cues").get("services") or {}).items()}
_BORDER = frozenset({"الحدود", "حدود"})
#: What a government is called by after "حكومة" (cues.yaml government_kinds), as word tuples.
_GOVERNMENT_KINDS = tuple(tuple(normalize_key(w).split()) for w in language_data("ar", "cues").get("government_kinds") or ())


def _state_proxies(ctx: Context, toks: list[Token]) -> list[Candidate]:
    """"القوات الأميركية", "قوات الاحتلال الأميركي": a noun (and one definite noun after
    it) + a state's nisba, standing for the state."""
    out = []
    for i in any_cue_positions(ctx.doc, ctx.sentence, C.state_proxies):
        if i == len(toks) - 1:
            break
        tok = toks[i]
        found = strip_proclitic(tok.text, C.state_proxies)
        if not found or ctx.mention_at(tok.start) is not None:
            continue   # "قاعدة التنف الأمريكية": the noun heads a name, the nisba is its owner's
        m = None
        for k in (i + 1, i + 2):
            if k >= len(toks) or not gap_is_space(ctx.text, toks[k - 1], toks[k]):
                break
            m = ctx.mention_at(toks[k].start)
            if m is not None or toks[k].text in C.stop_words:
                break
        prefix, _ = found
        if m is None:
            state = _occupation_named_before(ctx, toks, i)
            if state is not None:
                end = toks[i + 1].end if i + 1 < len(toks) and toks[i + 1].text == _OCCUPATION else tok.end
                out.append(Candidate(tok.start + len(prefix), end, "State", "ar.discover.state_proxy",
                                     entity=state, kind="proxy"))
            continue
        if not (m.kind == "nisba" or _state_army(ctx, m)):
            continue
        out.append(Candidate(tok.start + len(prefix), m.nend, m.cls, "ar.discover.state_proxy",
                             entity=m.entity, kind="proxy", absorb=True))
    return out


_OCCUPATION = "الاحتلال"


def _occupation_named_before(ctx: Context, toks: list[Token], i: int) -> str | None:
    """"قصف الاحتلال الإسرائيلي لمدينة X ... وقال إن الاحتلال قصف منزلا"، "مدفعية الاحتلال":
    the occupation with no adjective is the one an earlier sentence of the document named
    with its state's adjective (one state only); the bare word names none by itself."""
    word = strip_proclitic(toks[i].text, C.state_proxies)
    bare = word is not None and word[1] == _OCCUPATION
    if not bare and not (i + 1 < len(toks) and toks[i + 1].text == _OCCUPATION
                         and gap_is_space(ctx.text, toks[i], toks[i + 1])):
        return None
    # (or named its army so: "قوات الاحتلال الإسرائيلي" is the IDF, whose state it is)
    states = {m.entity if m.rule == "ar.discover.state_proxy" else home_state(ctx.doc, m.entity)
              for m in ctx.doc.mentions
              if m.sentence < ctx.sentence.index and _OCCUPATION in ctx.text[m.nstart:m.nend]
              and (m.rule == "ar.discover.state_proxy" or _state_army(ctx, m))}
    states.discard(None)
    return next(iter(states)) if len(states) == 1 else None


def _state_army(ctx: Context, m) -> bool:
    """"دورية للجيش الأميركي", "قوات الجيش الإسرائيلي": a patrol or forces of a state's army
    named by the lexicon (its CAMEO code has the state's part) stand for that army."""
    entity = ctx.entity(m.entity)
    code = getattr(entity, "cameo", None) or ""
    return m.kind == "name" and m.cls == "Organization" and code.endswith("MIL") and not code.startswith("---")


#: "التابعة لـ" after a ministry's name: whose it is.
_OWNED = frozenset(normalize_key(w) for w in ("التابعة", "التابع"))


def _governments(ctx: Context, toks: list[Token]) -> list[Candidate]:
    """"الحكومة العراقية", "حكومة إقليم كوردستان", "وزارة الخارجية الإيرانية"."""
    out = []
    for i in any_cue_positions(ctx.doc, ctx.sentence, C.government_heads, _MINISTRY):
        if i == len(toks) - 1:
            break
        tok = toks[i]
        gov = strip_proclitic(tok.text, C.government_heads)
        ministry = None
        head = None if gov else strip_proclitic(tok.text, _MINISTRY)
        names = (_SERVICES if head[1] == "جهاز" else C.ministries) if head else {}
        if head and i + 2 < len(toks) and toks[i + 1].text in names:
            ministry = names[toks[i + 1].text]
            gov = head
            nxt = toks[i + 2]
        elif gov:
            nxt = toks[i + 1]
            kind = _government_kind(toks, i + 1)
            if kind is not None:
                # "حكومة تصريف الأعمال": a government named by what it is, no state after it
                # (a name the lexicon holds, "حكومة الإنقاذ الوطني" of the Houthis, stays its own)
                prefix, _ = gov
                out.append(Candidate(tok.start + len(prefix), kind.end, "Government",
                                     "ar.discover.government_kind"))
                continue
        else:
            continue
        end, absorb = None, True
        group = ctx.mention_at(toks[i + 3].start) if ministry and nxt.text in _OWNED and i + 3 < len(toks) else None
        if group is not None and group.cls == "ArmedGroup" and group.kind == "name":
            # "وزارة الداخلية التابعة لحماس": a group's own ministry, a body of its own that
            # the group runs (the ref; the group stays a mention of its own)
            out.append(Candidate(tok.start + len(head[0]), toks[i + 1].end, "Government", "ar.discover.group_ministry",
                                 key=f"{group.entity}_{ministry.lower().replace(' ', '_')}",
                                 en_label=f"{ctx.english_name(group.entity)} {ministry}", absorb=False,
                                 ref=group.entity))
            continue
        if ministry and nxt.text == "في" and i + 3 < len(toks):
            # "وزارة الصحة في غزة": the ministry of the place named after "في"; the place
            # stays a mention of its own (where things happen).
            end, absorb = toks[i + 1].end, False
            nxt = toks[i + 3]
        m = ctx.mention_at(nxt.start)
        if ministry and ministry not in _NOT_BARE and head[1] == "وزاره" and absorb and m is None \
                and not _names_more(ctx, toks, i + 2) \
                and not (i and strip_proclitic(toks[i - 1].text, _PORTFOLIO)):
            # "مسؤول من وزارة الداخلية أن ...": a bare ministry is the ministry of the state the
            # document is about, as a bare "البرلمان" is (bare_bodies; census, issue 13)
            bare = _bare_ministry(ctx, toks[i + 1], ministry, tok.start + len(head[0]))
            if bare is not None:
                out.append(bare)
            continue
        if not ministry and m is not None and m.cls == "ArmedGroup" and m.kind == "name" and m.nstart - nxt.start <= 2:
            # "حكومة حماس": the government the group runs (the ref), keyed as the English
            # "the Hamas government"; the lexicon's own one named after the group if any
            prefix, _ = gov
            out.append(Candidate(tok.start + len(prefix), tok.end, "Government", "ar.discover.group_government",
                                 key=lexicon_government_of(m.entity) or f"{m.entity}_government",
                                 en_label=f"{ctx.english_name(m.entity)} government", absorb=False, ref=m.entity))
            continue
        if m is None or m.cls not in ("State", "Region") or m.kind not in ("nisba", "name", "anaphor") \
                or not absorb and m.kind != "name":
            continue
        prefix, _ = gov
        if ministry:
            key = f"{m.entity}_{ministry.lower().replace(' ', '_')}"
            en = f"{ctx.english_name(m.entity)} {ministry}"
        else:
            key, en = ctx.government_of(m.entity)
            end = _interim_end(ctx, toks, m) or end
        # A ministry named with its state is a body of that state.
        out.append(Candidate(tok.start + len(prefix), end or m.nend, "Government", "ar.discover.government",
                             key=key, en_label=en, absorb=absorb,
                             ref=m.entity if ministry and m.cls == "State" else None))
    return out


#: "حقيبة وزارة الخارجية": a portfolio handed to someone, read by the appointment rules; no
#: ministry acting.
_PORTFOLIO = frozenset({"حقيبه", "حقايب", "منصب"})
#: A bare health ministry counts the dead of the place struck (Gaza's, Lebanon's), not
#: always of the state the document names most: no state is guessed for it.
_NOT_BARE = frozenset({"Health Ministry"})


def _names_more(ctx: Context, toks: list[Token], k: int) -> bool:
    """Whether the word at ``k`` goes on with the ministry's name: an adjective or a noun
    in construct ("وزارة الدفاع الوطني"، "وزارة الداخلية والبلديات"), not a verb, a
    preposition or punctuation."""
    if k >= len(toks) or not gap_is_space(ctx.text, toks[k - 1], toks[k]):
        return False
    word = toks[k].text
    return word not in C.stop_words and (word.startswith(("ال", "وال")) or word[:1] == "و")


def _bare_ministry(ctx: Context, name: Token, ministry: str, start: int) -> Candidate | None:
    cache = ctx.doc.cache
    if "focus_state" not in cache:
        cache["focus_state"] = focus_state(ctx.doc)
    state = cache["focus_state"]
    if state is None:
        return None
    return Candidate(start, name.end, "Government", "ar.discover.bare_ministry",
                     key=f"{state}_{ministry.lower().replace(' ', '_')}",
                     en_label=f"{ctx.english_name(state)} {ministry}")


#: "الحكومة السورية المؤقتة": an adjective of term after the state's government is part of
#: how the press names it (the same government node; round i13h28).
_TERM_ADJECTIVES = frozenset(normalize_key(w) for w in ("المؤقتة", "الانتقالية"))


def _interim_end(ctx: Context, toks: list[Token], m) -> int | None:
    """The end of a term adjective right after the state's mention, if there is one."""
    for k, t in enumerate(toks):
        if t.start >= m.nend:
            if t.text in _TERM_ADJECTIVES and ctx.text[m.nend:t.start] == " " \
                    and not ctx.covered.overlaps(t.start, t.end):
                return t.end
            return None
    return None


def _government_kind(toks: list[Token], j: int) -> Token | None:
    """The last token of a government kind ("تصريف الأعمال") starting at ``toks[j]``."""
    for words in _GOVERNMENT_KINDS:
        end = j + len(words)
        if end <= len(toks) and tuple(t.text for t in toks[j:end]) == words:
            return toks[end - 1]
    return None


def _borders(ctx: Context, toks: list[Token]) -> list[Candidate]:
    """"الحدود السورية العراقية الأردنية": a border named by the states' nisbas."""
    out = []
    for i in any_cue_positions(ctx.doc, ctx.sentence, _BORDER):
        tok = toks[i]
        states, end = [], None
        for t in toks[i + 1:i + 5]:
            m = ctx.mention_at(t.start)
            if m is None or m.kind != "nisba" or m.cls != "State":
                break
            states.append(m.entity)
            end = m.nend
        if states:
            prefix = strip_proclitic(tok.text, _BORDER)[0]
            names = [ctx.english_name(s) for s in states]
            out.append(Candidate(tok.start + len(prefix), end, "Place", "ar.discover.border",
                                 key="border_" + "_".join(sorted(states)),
                                 en_label="-".join(names) + " border", absorb=True))
    return out


_ADMINISTRATION = frozenset({"اداره"})
#: A head's bare title, read between "إدارة" and his name.
_HEAD_TITLES = frozenset({normalize_key("الرئيس")})


def _administrations(ctx: Context, toks: list[Token]) -> list[Candidate]:
    """"إدارة بايدن"، "إدارة ترامب": the government a known head leads, one node
    named by him (round i13a17), not the person. Only a person the lexicon holds: "إدارة
    سالم" may be a firm's management."""
    out = []
    for i in any_cue_positions(ctx.doc, ctx.sentence, _ADMINISTRATION):
        j = i + 1
        if j + 1 < len(toks) and toks[j].text in _HEAD_TITLES and ctx.mention_at(toks[j].start) is None:
            j += 1   # "إدارة الرئيس ترامب": the head's bare title between (not a state's adjective,
            # whose "الرئيس الأمريكي ترامب" is read as his office by the relation rules)
        if j >= len(toks):
            continue
        m = ctx.mention_at(toks[j].start)
        person = ctx.entity(m.entity) if m is not None and m.cls == "Person" and m.nstart == toks[j].start else None
        if person is None or person.source != "lexicon":
            continue
        prefix, _ = strip_proclitic(toks[i].text, _ADMINISTRATION)
        out.append(Candidate(toks[i].start + len(prefix), m.nend, "Government", "ar.discover.administration",
                             key=f"{m.entity}_administration",
                             en_label=f"{ctx.english_name(m.entity)} administration", absorb=True))
    return out


# The words each rule starts from: a sentence with none of them is skipped by the rule
# (kg.pipeline.discovery tests this with one set intersection per sentence).
#: A directorate's noun, and "العامة" that may follow it ("المديرية العامة لـ").
_DIRECTORATE = frozenset({"المديريه", "مديريه"})
_GENERAL = normalize_key("العامة")
#: What a directorate does, as word tuples (cues.yaml directorates), longest first.
_DIRECTORATE_NAMES = sorted(((tuple(normalize_key(k).split()), v) for k, v in
                             (language_data("ar", "cues").get("directorates") or {}).items()),
                            key=lambda kv: -len(kv[0]))


def _directorates(ctx: Context, toks: list[Token]) -> list[Candidate]:
    """"المديرية العامة لمكافحة الإرهاب في إقليم كوردستان", "مديرية الأمن في لبنان": a
    directorate named by what it does, then "في" and the state or region it serves, is a
    body of that state or region (the mention's ref; the place stays a mention of its own).
    A city's ("مديرية الأمن في أربيل") is a local branch, left out."""
    out = []
    for i in any_cue_positions(ctx.doc, ctx.sentence, _DIRECTORATE):
        head = strip_proclitic(toks[i].text, _DIRECTORATE)
        if not head:
            continue
        j = i + 1 + (i + 1 < len(toks) and toks[i + 1].text == _GENERAL)
        if j >= len(toks):
            continue
        first = toks[j].text
        if j > i + 1:   # after "العامة" the genitive's "ل": "لمكافحة", "للأمن"
            first = "ال" + first[2:] if first.startswith("لل") else first[1:] if first.startswith("ل") else first
        for words, english in _DIRECTORATE_NAMES:
            end = j + len(words)
            said = (first, *(t.text for t in toks[j + 1:end]))
            if said != words or end + 1 >= len(toks) or toks[end].text != "في" \
                    or not all(gap_is_space(ctx.text, a, b) for a, b in zip(toks[i:end], toks[i + 1:end + 1])):
                continue
            place = ctx.mention_at(toks[end + 1].start)
            if place is None or place.nstart != toks[end + 1].start or place.kind != "name" \
                    or place.cls not in ("State", "Region"):   # a city's directorate is a branch
                break
            out.append(Candidate(toks[i].start + len(head[0]), toks[end - 1].end, "Organization",
                                 "ar.discover.directorate", key=f"{place.entity}_{english.lower().replace(' ', '_')}",
                                 en_label=f"{ctx.english_name(place.entity)} {english}", ref=place.entity))
            break
    return out


_state_proxies.cues = (C.state_proxies,)
_directorates.cues = (_DIRECTORATE,)
_governments.cues = (C.government_heads, _MINISTRY)
_borders.cues = (_BORDER,)
_administrations.cues = (_ADMINISTRATION,)

"""Arabic cues for entities the lexicon does not know.

News text introduces every new actor with a cue: a head noun before an organisation's
or place's name (كتائب ..., قاعدة ..., بلدة ...), a quoted name after such a head, a
title or a known given name before a person's name, a state's nisba after a noun that
stands for the state (القوات الأميركية), or a ministry/government noun before a nisba.
Each rule proposes :class:`~kg.pipeline.discovery.Candidate` spans over normalised text.
"""
from __future__ import annotations

import re

from kg.lang.ar.morphology import strip_article
from kg.lang.cues import cues
from kg.pipeline.coref import surnames
from kg.pipeline.discovery import Candidate, Context
from kg.pipeline.tokens import Token, strip_proclitic

C = cues("ar")
# Merged head tables, built once (strip_proclitic indexes each table the first time).
_QUOTED_HEADS = {**C.org_heads, **C.quoted_only_heads, **C.place_heads}
_NAME_HEADS = {**C.org_heads, **C.place_heads}
_MINISTRY = frozenset({"وزاره"})
# A personal name never opens with the article, alone or behind a preposition.
_DEFINITE = ("ال", "لل", "بال", "وال", "فال", "كال")
_BORDER = frozenset({"الحدود", "حدود"})
_ADJECTIVE_LIKE = re.compile(r"^(م\w+ه|\w+يه|\w+ي)$")   # مسلحه, عسكريه, عراقي
# A present-tense verb with an object pronoun is no name: "ناقلة تشغلها شركة ...".
_VERB_WITH_OBJECT = re.compile(r"^[تين]\w{2,}(?:ها|هم|هما)$")
_NAME_PREFIXES = {"عبد", "ابو", "بن", "ابن", "ال", "ام"}


def _gap_is_space(text: str, a: Token, b: Token) -> bool:
    return text[a.end:b.start].strip() == ""


def _name_words(ctx: Context, toks: list[Token], i: int, limit: int = 3,
                stop_at_definite: bool = True) -> list[Token]:
    """Tokens after position i that can continue a name (construct chain)."""
    out: list[Token] = []
    j = i + 1
    while j < len(toks) and len(out) < limit:
        t = toks[j]
        if not _gap_is_space(ctx.text, toks[j - 1], t) or ctx.covered.overlaps(t.start, t.end):
            break
        if t.text in C.stop_words or t.text in C.collective_heads or t.text.isdigit() and not out:
            break
        out.append(t)
        if stop_at_definite and t.text.startswith("ال") and len(t.text) > 3:
            break
        j += 1
        # An indefinite name stops before a word glued to a preposition: مدينة صفد بعدد
        if j < len(toks) and toks[j].text[:1] in "بلوف" and not out[-1].text.startswith("ال"):
            break
    return out


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
            head = strip_proclitic(before[-back].text, heads)
            if head:
                prefix, word = head
                start = before[-back].start + len(prefix)
                cls = heads[word]
                # A ship or base is called by its quoted name: "غالاكسي ليدر".
                label = (qs, qe) if cls in ("Vessel", "MilitaryBase", "Facility") else None
                out.append(Candidate(start, qe, cls, "ar.discover.quoted_name", label_span=label))
                break
            if before[-back].text in C.stop_words:
                break
    return out


def _headed(ctx: Context, toks: list[Token]) -> list[Candidate]:
    """A head noun and the name words after it: كتائب سيد الشهداء, بلدة حزرما."""
    out = []
    heads = _NAME_HEADS
    for i, tok in enumerate(toks):
        found = strip_proclitic(tok.text, heads) or strip_proclitic(tok.text, C.place_part_heads)
        if not found or ctx.covered.overlaps(tok.start, tok.end):
            continue
        prefix, head = found
        start = tok.start + len(prefix)
        if head in C.place_part_heads:
            # "بادية حمص": a part of a known place is a place of its own.
            nxt = toks[i + 1] if i + 1 < len(toks) else None
            if nxt and _gap_is_space(ctx.text, tok, nxt):
                place = ctx.mention_at(nxt.start)
                if place is not None and place.cls in ("Place", "Region", "State"):
                    out.append(Candidate(start, place.nend, "Place", "ar.discover.place_part", absorb=True))
                    continue
        cls = heads.get(head, "Place")
        words = _name_words(ctx, toks, i)
        if not words:
            continue
        last = words[-1].text
        definite = last.startswith("ال") and len(last) > 3
        if not definite:
            if cls not in ("Place", "Vessel") or len(words) > 1 or _ADJECTIVE_LIKE.match(last) \
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
            while k < len(toks) and k <= i + len(words) + 2 and _gap_is_space(ctx.text, toks[k - 1], toks[k]) \
                    and toks[k].text.startswith("ال") and toks[k].text.endswith(("ي", "يه")) \
                    and not ctx.covered.overlaps(toks[k].start, toks[k].end) and toks[k].text not in C.stop_words:
                end = toks[k].end
                k += 1
        # "مدينة صفد" is the town صفد: the head is not part of its name.
        label = (words[0].start, end) if head in C.same_place_heads else None
        out.append(Candidate(start, end, cls, f"ar.discover.{cls.lower()}_head", label_span=label))
    return out


def _persons(ctx: Context, toks: list[Token]) -> list[Candidate]:
    """A given name (or an ambiguous one after a title) and one or two more names."""
    out = []
    known = ctx.doc.cache.get("person_surnames")
    if known is None or ctx.doc.cache.get("person_surnames_at") != len(ctx.doc.mentions):
        known = {s for m in ctx.doc.mentions if m.cls == "Person"
                 for s in surnames(ctx.text[m.nstart:m.nend])}
        ctx.doc.cache["person_surnames"] = known
        ctx.doc.cache["person_surnames_at"] = len(ctx.doc.mentions)
    for i, tok in enumerate(toks):
        word = tok.text
        stripped = strip_proclitic(word, C.given_names)
        after_title = i > 0 and (toks[i - 1].text in C.titles or
                                 (i > 1 and f"{toks[i - 2].text} {toks[i - 1].text}" in C.titles))
        if not stripped and not (after_title and word in C.ambiguous_given_names):
            continue
        prefix, _ = stripped or ("", word)
        if ctx.covered.overlaps(tok.start, tok.end):
            continue
        if word.endswith("علي") and "ى" in ctx.original(tok.start, tok.end):
            continue   # the preposition على, normalised like the name علي
        words = []
        j = i
        while j + 1 < len(toks) and len(words) < 3:
            t = toks[j + 1]
            if not _gap_is_space(ctx.text, toks[j], t) or ctx.covered.overlaps(t.start, t.end):
                break
            if t.text in C.stop_words or t.text in C.titles or not t.text.isalpha():
                break
            prev = words[-1].text if words else word
            if t.text == "ال" and j + 2 < len(toks) and len(words) < 2:
                # "آل" (the family of) opens a family name: "محمد كاظم آل صادق".
                words.append(t)
                j += 1
                continue
            if t.text.startswith("ال") and prev not in _NAME_PREFIXES:
                # A family name with the article ends the name ("أكرم الكعبي"); after
                # two names only a nisba-like one does, else it is the next phrase
                # ("يحيى رسول الضربة").
                if not words or (t.text.endswith("ي") and len(t.text) > 4):
                    words.append(t)
                break
            words.append(t)
            j += 1
        if not words:
            continue
        if ctx.text[tok.start + len(prefix):words[-1].end] in known:
            continue   # "عبد اللهيان" after "حسين أمير عبد اللهيان": the same person (coref)
        out.append(Candidate(tok.start + len(prefix), words[-1].end, "Person", "ar.discover.person"))
    return out


def _state_proxies(ctx: Context, toks: list[Token]) -> list[Candidate]:
    """"القوات الأميركية", "قوات الاحتلال الأميركي": a noun (and one definite noun after
    it) + a state's nisba, standing for the state."""
    out = []
    for i, tok in enumerate(toks[:-1]):
        found = strip_proclitic(tok.text, C.state_proxies)
        if not found:
            continue
        m = None
        for k in (i + 1, i + 2):
            if k >= len(toks) or not _gap_is_space(ctx.text, toks[k - 1], toks[k]):
                break
            m = ctx.mention_at(toks[k].start)
            if m is not None or toks[k].text in C.stop_words:
                break
        if m is None or m.kind != "nisba":
            continue
        prefix, _ = found
        out.append(Candidate(tok.start + len(prefix), m.nend, m.cls, "ar.discover.state_proxy",
                             entity=m.entity, kind="proxy", absorb=True))
    return out


def _governments(ctx: Context, toks: list[Token]) -> list[Candidate]:
    """"الحكومة العراقية", "حكومة إقليم كوردستان", "وزارة الخارجية الإيرانية"."""
    out = []
    for i, tok in enumerate(toks[:-1]):
        gov = strip_proclitic(tok.text, C.government_heads)
        ministry = None
        if not gov and strip_proclitic(tok.text, _MINISTRY) and i + 2 < len(toks) \
                and toks[i + 1].text in C.ministries:
            ministry = C.ministries[toks[i + 1].text]
            gov = strip_proclitic(tok.text, _MINISTRY)
            nxt = toks[i + 2]
        elif gov:
            nxt = toks[i + 1]
        else:
            continue
        m = ctx.mention_at(nxt.start)
        if m is None or m.cls not in ("State", "Region") or m.kind not in ("nisba", "name", "anaphor"):
            continue
        prefix, _ = gov
        if ministry:
            key = f"{m.entity}_{ministry.lower().replace(' ', '_')}"
            en = f"{ctx.english_name(m.entity)} {ministry}"
        else:
            key, en = ctx.government_of(m.entity)
        out.append(Candidate(tok.start + len(prefix), m.nend, "Government", "ar.discover.government",
                             key=key, en_label=en, absorb=True))
    return out


def _borders(ctx: Context, toks: list[Token]) -> list[Candidate]:
    """"الحدود السورية العراقية الأردنية": a border named by the states' nisbas."""
    out = []
    for i, tok in enumerate(toks):
        if not strip_proclitic(tok.text, _BORDER):
            continue
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


_TITLE_WORDS = {"الناطق", "المتحدث", "المتحدثه", "الناطقه", "وزير", "وزيره", "الوزير", "سفير", "سفيره",
                "السفير", "مدير", "رييس", "الرييس", "قايد", "القايد", "زعيم", "الامين", "نايب", "مستشار",
                "المستشار", "مبعوث", "المبعوث", "اللواء", "العميد", "العقيد", "الفريق", "الجنرال", "القيادي"}
# Titles that may be joined to a first one with "و" before the name.
_CO_TITLES = frozenset(_TITLE_WORDS | {"عضو", "رييس", "رييسه", "امين", "منسق", "مسوول", "قايد"})
_TITLE_FILLERS = {"باسم", "العام", "العسكري", "الرسمي", "الاعلامي", "الخارجيه", "الدفاع", "الداخليه", "عام",
                  "الوزراء", "وزراء", "خارجيه", "دفاع", "في", "لدي", "البارز", "السابق", "الاركان", "اركان",
                  "هييه", "الجيش", "حكومه", "المكتب", "السياسي", "العمليات", "الحرس", "مجلس", "الامن", "القومي"}


def _titled_persons(ctx: Context, toks: list[Token]) -> list[Candidate]:
    """News names a new person right after their title chain: "وزير الدفاع البريطاني
    غرانت شابس", "الناطق باسم الحكومة العراقية باسم العوادي"."""
    out = []
    i = 0
    while i < len(toks):
        word = toks[i].text
        stripped = strip_proclitic(word, _TITLE_WORDS)
        if not stripped:
            i += 1
            continue
        j = i + 1
        passed_name = False
        # The title's complements: portfolio words, "باسم"/"في" + an organisation, nisbas.
        while j < len(toks) and j - i <= 8:
            t = toks[j]
            m = ctx.mention_at(t.start)
            if m is not None and m.cls != "Person":
                passed_name = True
                while j < len(toks) and toks[j].start < m.nend:
                    j += 1
                continue
            # Only the "باسم" of the title chain is "on behalf of" ("الناطق الرسمي باسم
            # الجماعة"); after the organisation it is a given name ("... باسم الحكومة
            # العراقية باسم العوادي").
            if t.text in _TITLE_FILLERS and not (t.text == "باسم" and passed_name):
                j += 1
                continue
            break
        if j <= i + 1 or j >= len(toks) or ctx.covered.overlaps(toks[j].start, toks[j].end):
            i += 1
            continue
        first = toks[j]
        if first.text.startswith(_DEFINITE) or first.text in C.stop_words or not first.text.isalpha() or \
                not _gap_is_space(ctx.text, toks[j - 1], first) or strip_proclitic(first.text, _CO_TITLES):
            # "الناطق باسم الحركة وعضو مكتبها السياسي فلان": a second title, not a name.
            i += 1
            continue
        words = [first]
        k = j + 1
        while k < len(toks) and len(words) < 3 and _gap_is_space(ctx.text, toks[k - 1], toks[k]) and \
                not ctx.covered.overlaps(toks[k].start, toks[k].end) and toks[k].text not in C.stop_words \
                and toks[k].text.isalpha() and toks[k].text not in C.titles:
            words.append(toks[k])
            k += 1
            if toks[k - 1].text.startswith("ال"):
                break
        if len(words) >= 2 and not any(w.text in _TITLE_WORDS for w in words):
            out.append(Candidate(first.start, words[-1].end, "Person", "ar.discover.person_after_title"))
        i = k
    return out


# The words each rule starts from: a sentence with none of them is skipped by the rule
# (kg.pipeline.discovery tests this with one set intersection per sentence).
_state_proxies.cues = (C.state_proxies,)
_governments.cues = (C.government_heads, _MINISTRY)
_borders.cues = (_BORDER,)
_headed.cues = (_NAME_HEADS, C.place_part_heads)
_persons.cues = (C.given_names, C.ambiguous_given_names)
_titled_persons.cues = (_TITLE_WORDS,)

RULES = (_state_proxies, _governments, _borders, _quoted, _headed, _persons, _titled_persons)

"""English cues for entities the lexicon does not know.

English capitalises names, so a run of capitalised words after a title is a person
("spokesman Yahya Saree"), before an organisation head is an organisation ("the Kataib
Sayyid al-Shuhada Brigades"), before a place head a place ("Diyala province") and after
a ship noun a vessel ("bulk carrier True Confidence", "USS Carney").  A state named as a
modifier ("Iran-backed", "Yemen's Houthis") is read like an adjective (kind "nisba").
Capitalisation is read from the original text; matching uses normalised text.
"""
from __future__ import annotations

import re

from kg.lang import language_data
from kg.lang.cues import cues
from kg.lang.en.person_names import (
    _RANKS, _appointed_as_persons, _appointed_persons, _apposition_persons, _bracketed_kunya_persons, _capitalised, _identified_persons,
    _kunya_persons, _run, _who_persons)
from kg.lang.en.possessive_units import possessive_units
from kg.lang.en.town_state import towns_with_state
from kg.lang.en.area_names import area_names
from kg.lang.en.named_towns import named_towns
from kg.lang.en.quarters import quarters
from kg.lang.en.unheaded_names import company_names, killed_persons, lower_institutions, role_holders_next
from kg.lang.en.vessels import vessels
from kg.pipeline.discovery import Candidate, Context
from kg.pipeline.run_by_group import lexicon_government_of
from kg.pipeline.tokens import Token

C = cues("en")
#: Nouns of an attack a state's name qualifies: "the US strikes on", "a Turkish drone strike".
_ATTACK_NOUNS = {"strike", "strikes", "airstrike", "airstrikes", "attack", "attacks", "raid", "raids",
                 "bombardment", "bombing", "shelling", "drone", "drones", "missile", "missiles", "warplanes",
                 "jets", "air"}
#: Words before such a name that make it a modifier ("the US strikes"), not a subject.
_DETERMINERS = {"the", "a", "an", "of", "by", "after", "following", "against", "amid", "condemned",
                "condemning", "recent", "latest", "new", "overnight", "retaliatory", "two", "three",
                "several", "repeated", "and", "since", "before", "during", "in", "on"}
_MODIFIER = re.compile(r"-(?:backed|led|aligned|allied|sponsored|supported|linked|flagged|owned|bound)\b|'s?\b")


# "its fighter P", "analyst P", "a local resident, P", "a senior IRGC officer, P" (the name
# must still be capitalised).
_MEMBER_TITLES = frozenset({"lawmaker", "mp", "legislator", "parliamentarian", "politician", "operative",
                            "commanders", "officials", "members", "operatives", "fighter", "fighters", "member",
                            "militant", "analyst", "researcher", "expert", "journalist", "reporter",
                            "photographer", "activist", "resident", "officer"})


#: Count words a title-case headline puts where a name could stand.
_COUNT_WORDS = frozenset({"two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "dozens",
                          "several", "many", "some", "all", "both", "hundreds", "scores", "eleven", "twelve"})


def _abbreviated_rank(ctx: Context, tok: Token) -> bool:
    """"Col.", "Lt.", "Brig.": a capitalised rank cut short by a period."""
    if tok.text not in _RANKS:
        return False
    s, e = ctx.doc.norm.span_to_original(tok.start, tok.end)
    return ctx.doc.text[s:s + 1].isupper() and ctx.doc.text[e:e + 1] == "."


#: Lowercase words of a title's complement before the name: "its deputy head of
#: operations in Baghdad P", "the head of the group's media office P".
_COMPLEMENT_WORDS = frozenset(language_data("en", "cues").get("title_complement_words") or ())


def _after_complement(ctx: Context, toks: list[Token], j: int, comma: bool = False) -> list[Token]:
    """The name after a title's complement of lowercase field words and named places or
    bodies ("head of operations in Baghdad Mushtaq Taleb al-Saidi"), or []. With comma, a
    comma may close the complement ("ambassador to Damascus, Hossein Akbari")."""
    fields, stop = 0, j + 10
    while j < min(len(toks), stop):
        t = toks[j]
        m = ctx.mention_at(t.start)
        if m is not None and m.cls != "Person" and m.nstart == t.start:
            fields += 1
            while j < len(toks) and toks[j].start < m.nend:
                j += 1
            continue
        if t.text in _COMPLEMENT_WORDS and not ctx.original(t.start, t.end)[:1].isupper():
            fields += t.text not in ("of", "for", "in", "the", "and", "at", "from", "with")
            j += 1
            continue
        break
    # A group's acronym in brackets may close the complement: "an officer from Iran's
    # Revolutionary Guard Corps (IRGC), P".
    if not fields or j >= len(toks) or ctx.text[toks[j - 1].end:toks[j].start].strip() not in (
            ("", ",", ")," ) if comma else ("",)):
        return []
    name = _run(ctx, toks, j, 1, 5)
    # A rank opens no name: "a commander of X in Lebanon and Brig Gen Rahimi was ..." (a
    # new subject after "and"; the surname alone is linked by coreference).
    while name and name[0].text in _RANKS:
        name = name[1:]
    if len(name) < 2 or ctx.covered.overlaps(name[0].start, name[-1].end) \
            or any(t.text in _COMPLEMENT_WORDS or t.text in C.org_heads for t in name):
        return []   # "Commander of Baghdad Belt Operations": a body's name, no person
    return name


_ENVOY_TITLES = frozenset({"ambassador", "envoy"})
_MEMBER_ROLES = frozenset({"commander", "official", "leader", "officer"})


def _persons(ctx: Context, toks: list[Token]) -> list[Candidate]:
    out = []
    for i, tok in enumerate(toks[:-1]):
        two = f"{toks[i - 1].text} {tok.text}" if i else ""
        if tok.text not in C.titles and two not in C.titles and tok.text not in _MEMBER_TITLES \
                and not _abbreviated_rank(ctx, tok):
            continue
        # Ranks after the title do not count toward the name's length: "his deputy,
        # Brigadier General Mohammad Hadi Hajj Rahimi" keeps its four names.
        ranks = next((k for k, t in enumerate(toks[i + 1:i + 4]) if t.text not in _RANKS), 3)
        name = _run(ctx, toks, i + 1, 1, 5 + ranks)
        # An envoy's post names the place he is sent to: "Iran's ambassador to Damascus,
        # Hossein Akbari", "the US envoy to Iraq P".
        # A comma may close the complement before the name: "a senior official of Nujaba,
        # Jassim Ali"; a member's role may name its group after "in" / "with" ("a field
        # commander in Hezbollah's Radwan Force, P", "an officer from X, P").
        envoy = tok.text in _ENVOY_TITLES and toks[i + 1].text == "to"
        member = tok.text in _MEMBER_ROLES and toks[i + 1].text in ("in", "with", "from")
        if not name and (toks[i + 1].text in ("of", "for") or envoy or member):
            name = _after_complement(ctx, toks, i + 1 + envoy, comma=True)
            if name:
                out.append(Candidate(name[0].start, name[-1].end, "Person", "en.discover.person_after_complement"))
            continue
        run_start = name[0].start if name else tok.end
        while name and (name[0].text in C.titles or name[0].text in _RANKS or name[0].text in _MEMBER_TITLES):
            name = name[1:]   # "Rear Admiral Daniel Hagari", "leader, MP P": titles are not the name
        # "the official Nahrain News Agency": a run ending in an organisation's head
        # noun names that organisation (read by _headed), not a person after a title.
        if name and name[-1].text in C.org_heads and _capitalised(ctx, name[-1]):
            continue
        if name and name[0].text in _COUNT_WORDS:
            continue   # "Kills Senior Commander, Three Fighters": a headline's count, no name
        # The period of an abbreviated rank or title may stand between: "Brig. Gen. P";
        # so may a rank, read as part of the run ("spokesman Captain P").
        if len(name) >= 2 and ctx.text[tok.end:run_start].strip() in ("", ",", "."):
            # "MP P's remarks": the possessive ending is no part of the name
            end = name[-1].end - (2 if name[-1].text.endswith("'s") else 0)
            out.append(Candidate(name[0].start, end, "Person", "en.discover.person_after_title"))
    return out


#: Place heads that are no part of the name when written in lower case ("the X area").
_VAGUE_PLACE_HEADS = frozenset({"area"})


def _headed(ctx: Context, toks: list[Token]) -> list[Candidate]:
    out = []
    heads = {**C.org_heads, **C.place_heads}
    for i, tok in enumerate(toks):
        cls = heads.get(tok.text)
        if cls is None or not _capitalised(ctx, tok) and cls not in ("Place", "MilitaryBase", "Facility"):
            continue
        name = _run(ctx, toks, i - 1, -1, 4) if i else []
        if not name or C.collective_heads.get(tok.text) and all(t.text in C.collective_adjectives for t in name):
            continue   # "Iraqi Shiite Militia Claims ...": a headline's capitals on a description
        # "the Palestinian Islamist Movement Hamas": a group's name right after the head
        # noun is the name; the capitalised words before it describe that group.
        after = ctx.mention_at(toks[i + 1].start) if i + 1 < len(toks) else None
        if after is not None and after.cls in ("ArmedGroup", "Organization", "Coalition") \
                and ctx.text[tok.end:toks[i + 1].start] == " ":
            continue
        end = tok.end if _capitalised(ctx, tok) or cls != "Place" else name[-1].end
        if cls == "Place" and not _capitalised(ctx, tok):
            end = tok.end   # "Diyala province": the province is the place
        # "the Ain Baal area": the lower-case "area" only says what the name is; the place
        # is named "Ain Baal" (and so where the text writes the name alone)
        label = (name[0].start, name[-1].end) if cls == "Place" and tok.text in _VAGUE_PLACE_HEADS \
            and not _capitalised(ctx, tok) else None
        out.append(Candidate(name[0].start, end, cls, f"en.discover.{cls.lower()}_head", label_span=label))
    return out


_ALLY_NOUNS = frozenset({"allies", "ally", "partners", "partner", "proxies", "proxy"})


def _state_proxies(ctx: Context, toks: list[Token]) -> list[Candidate]:
    """"US forces", "Iranian officials": a state's adjective + a noun standing for it."""
    out = []
    for i, tok in enumerate(toks[:-1]):
        m = ctx.mention_at(tok.start)
        if m is None or m.cls != "State" or ctx.text[m.nend:tok.end] not in ("", "'s", "'"):
            continue   # "US forces", "Iran's navy"
        nxt = toks[i + 1]
        after = toks[i + 2].text if i + 2 < len(toks) else ""
        if nxt.text == "military" and after in _ALLY_NOUNS:
            continue   # "Tehran's military allies": an adjective of the allies, not the army
        if nxt.text in C.state_proxies and ctx.text[tok.end:nxt.start].strip() == "":
            out.append(Candidate(m.nstart, nxt.end, m.cls, "en.discover.state_proxy", entity=m.entity,
                                 kind="proxy", absorb=True))
    return out


def _state_modifiers(ctx: Context, toks: list[Token]) -> list[Candidate]:
    """"Iran-backed", "Yemen's Houthis": the state qualifies the next noun; so does a
    state's name after a determiner and before an attack noun ("the US strikes on X",
    "condemned Israel's"/"a Turkey drone strike"): the state is the attacker, not a subject."""
    starts = {t.start: k for k, t in enumerate(toks)}
    ends = {t.end: k for k, t in enumerate(toks)}
    for m in ctx.sentence_mentions():
        if m.cls != "State" or m.kind != "name":
            continue
        if _MODIFIER.match(ctx.text, m.nend):
            m.kind = "nisba"
            continue
        after = ends.get(m.nend)
        if after is None and ctx.text[m.nend - 1:m.nend] == ".":
            after = ends.get(m.nend - 1)   # "a U.S. drone strike": the last word token ends before the dot
        before = starts.get(m.nstart)
        if after is None or before is None or before == 0 or after + 1 >= len(toks):
            continue
        nxt, prev = toks[after + 1], toks[before - 1]
        if nxt.text in _ATTACK_NOUNS and ctx.text[m.nend:nxt.start] == " " and prev.text in _DETERMINERS \
                and ctx.text[prev.end:m.nstart] == " ":
            m.kind = "nisba"
    return []


def _state_qualified_groups(ctx: Context, toks: list[Token]) -> list[Candidate]:
    """"fired by Yemen's Houthis", "claimed by Lebanon's Hezbollah": after an agent's "by"
    the state's name only says where the group is from; the whole phrase names the group
    (the state is not the agent).  Elsewhere the state stays a mention of its own."""
    out = []
    ms = ctx.sentence_mentions()
    for a, b in zip(ms, ms[1:]):
        if a.cls == "State" and b.cls == "ArmedGroup" and b.kind == "name" \
                and ctx.text[a.nend:b.nstart] in ("'s ", "' ") \
                and ctx.text[max(0, a.nstart - 3):a.nstart] == "by ":
            out.append(Candidate(a.nstart, b.nend, "ArmedGroup", "en.discover.state_qualified_group",
                                 entity=b.entity, absorb=True))
    return out


def _governments(ctx: Context, toks: list[Token]) -> list[Candidate]:
    """"the Iraqi government", "Lebanon's government", "the government of Iraq": the
    state's government, one node per state (the Arabic rule mints the same key)."""
    out = []
    for i, tok in enumerate(toks):
        if tok.text not in C.government_heads:
            continue
        m = next((x for x in ctx.sentence_mentions() if x.cls == "State" and x.kind in ("name", "nisba")
                  and ctx.text[x.nend:tok.start] in (" ", "'s ", "' ")), None)
        start, end = (m.nstart, tok.end) if m is not None else (None, None)
        if m is None and i + 2 < len(toks) and toks[i + 1].text == "of":
            m = ctx.mention_at(toks[i + 2].start)
            if m is None or m.cls != "State" or m.kind not in ("name", "nisba"):
                continue
            start, end = tok.start, m.nend
        if m is None:
            group = ctx.mention_at(toks[i - 1].start) if i else None
            if group is not None and group.cls == "ArmedGroup" and group.kind == "name" \
                    and group.nend == toks[i - 1].end and ctx.text[group.nend:tok.start] in (" ", "'s ", "' "):
                # "the Hamas government", "Hamas's government": the government the group
                # runs (the ref), keyed as the Arabic "حكومة حماس"; the lexicon's own
                # government named after the group when it has one
                key = lexicon_government_of(group.entity) or f"{group.entity}_government"
                out.append(Candidate(tok.start, tok.end, "Government", "en.discover.group_government", key=key,
                                     en_label=f"{ctx.english_name(group.entity)} government", absorb=False,
                                     ref=group.entity))
            continue
        key, en = ctx.government_of(m.entity)
        out.append(Candidate(start, end, "Government", "en.discover.government",
                             key=key, en_label=en, absorb=True))
    return out


def _named_streets(ctx: Context, toks: list[Token]) -> list[Candidate]:
    """"Palestine Street", "Tahrir Square": a capitalised street noun right after a state
    or place the lexicon knows makes a place of its own (the state is not where it is)."""
    out = []
    for i, tok in enumerate(toks):
        if i == 0 or tok.text not in C.place_part_heads or not ctx.original(tok.start, tok.end)[:1].isupper():
            continue
        m = ctx.mention_at(toks[i - 1].start)
        if m is None or m.nend != toks[i - 1].end or m.cls not in ("State", "Region", "Place") \
                or ctx.text[m.nend:tok.start] != " ":
            continue
        out.append(Candidate(m.nstart, tok.end, "Place", "en.discover.street", absorb=True))
    return out


_named_streets.cues = (C.place_part_heads,)
_MINISTRY_WORDS = frozenset({"ministry"})


def _ministries(ctx: Context, toks: list[Token]) -> list[Candidate]:
    """"Iraq's Interior Ministry", "the Gaza health ministry", "the Iraqi Ministry of
    Defence", "the Ministry of Health in Gaza": a portfolio's ministry of the state or
    place named before it (or after "in" / "of"). The key is the one the
    Arabic rule mints ("وزارة الداخلية العراقية"), so "Health Ministry" alone never
    merges the ministries of different states."""
    out = []
    for i, tok in enumerate(toks):
        if tok.text != "ministry":
            continue
        if i >= 2 and toks[i - 1].text in C.ministries:
            portfolio, first, last = toks[i - 1].text, toks[i - 1], tok
        elif i + 2 < len(toks) and toks[i + 1].text == "of" and toks[i + 2].text in C.ministries:
            # "the Ministry of Health", "Ministry of Foreign Affairs"
            portfolio, first = toks[i + 2].text, tok
            last = toks[i + 3] if i + 3 < len(toks) and toks[i + 3].text == "affairs" else toks[i + 2]
        else:
            continue
        k = toks.index(first)
        m = ctx.mention_at(toks[k - 1].start) if k >= 1 else None
        if m is not None and ctx.text[m.nend:first.start] not in (" ", "'s ", "’s ", "' "):
            m = None
        if m is not None and m.cls == "ArmedGroup" and m.kind == "name":
            # "the Hamas interior ministry", "Hamas's health ministry": the group's own
            # ministry, which it runs (the ref), keyed as the Arabic rule keys "وزارة
            # الداخلية التابعة لحماس"; the group stays a mention of its own
            ministry = C.ministries[portfolio]
            out.append(Candidate(first.start, last.end, "Government", "en.discover.group_ministry",
                                 key=f"{m.entity}_{ministry.lower().replace(' ', '_')}",
                                 en_label=f"{ctx.english_name(m.entity)} {ministry}", absorb=False, ref=m.entity))
            continue
        start, end = (m.nstart if m is not None else first.start), last.end
        if m is None:
            # "the Ministry of Health in Gaza": the place after "in" or "of" stays its own
            j = toks.index(last) + 1
            if j + 1 < len(toks) and toks[j].text in ("in", "of"):
                m = ctx.mention_at(toks[j + 1].start)
        if m is None or m.cls not in ("State", "Region") or m.kind not in ("name", "nisba"):
            continue
        ministry = C.ministries[portfolio]
        out.append(Candidate(start, end, "Government", "en.discover.ministry",
                             key=f"{m.entity}_{ministry.lower().replace(' ', '_')}",
                             en_label=f"{ctx.english_name(m.entity)} {ministry}", absorb=True,
                             ref=m.entity if m.cls == "State" else None))
    return out


_ministries.cues = (_MINISTRY_WORDS,)



_UNIT_NOUNS = frozenset({"brigade", "division", "battalion", "regiment", "unit", "company"})


def _numbered_units(ctx: Context, toks: list[Token]) -> list[Candidate]:
    """A unit named by its number after the noun: "Brigade 47", "Unit 4400" (the number
    before the noun, "the 36th Division", is read by the head rule)."""
    out = []
    for i, tok in enumerate(toks[:-1]):
        nxt = toks[i + 1]
        if tok.text not in _UNIT_NOUNS or not nxt.text.isdigit() or not ctx.original(tok.start, tok.end)[:1].isupper():
            continue
        if ctx.text[tok.end:nxt.start].strip() or ctx.covered.overlaps(tok.start, nxt.end):
            continue
        out.append(Candidate(tok.start, nxt.end, "ArmedGroup", "en.discover.numbered_unit"))
    return out


_numbered_units.cues = (_UNIT_NOUNS,)


_HEAD_TITLES = frozenset({"head", "leader", "chief", "chairman", "founder", "secretary-general"})
_GROUP_CLASSES = frozenset({"ArmedGroup", "Organization", "Government", "Coalition"})
#: Words of a body's own name after the group ("the PMF Security Directorate"): no person.
_BODY_WORDS = frozenset({"directorate", "department", "unit", "units", "bureau", "service", "services",
                         "institute", "commission", "administration", "secretariat", "headquarters",
                         "wing", "branch", "section", "staff", "operations", "affairs", "security",
                         "intelligence", "media", "political", "military", "executive", "general"})


def _persons_after_head_of(ctx: Context, toks: list[Token]) -> list[Candidate]:
    """"head of the Marada Movement Suleiman Franjieh": a capitalised run right after a
    known group's name that follows "<head title> of" is the titled person (the title
    stands before the group, so en.discover.person_after_title never sees the run)."""
    out = []
    for i, tok in enumerate(toks[:-3]):
        if tok.text not in _HEAD_TITLES or toks[i + 1].text != "of":
            continue
        k = i + 2 + (toks[i + 2].text == "the")
        m = ctx.mention_at(toks[k].start) if k < len(toks) else None
        if m is None or m.cls not in _GROUP_CLASSES:
            continue
        k = next((j for j in range(k, len(toks)) if toks[j].start >= m.nend), len(toks))
        if k >= len(toks) or ctx.text[m.nend:toks[k].start] != " ":
            continue
        name = _run(ctx, toks, k, 1, 4)
        while name and (name[0].text in C.titles or name[0].text in _RANKS):
            name = name[1:]
        if len(name) >= 2 and not any(t.text in C.titles or t.text in C.org_heads or t.text in _BODY_WORDS
                                      for t in name):
            out.append(Candidate(name[0].start, name[-1].end, "Person", "en.discover.person_after_head_of"))
    return out


_persons_after_head_of.cues = (_HEAD_TITLES,)


RULES = (_state_modifiers, _state_qualified_groups, _state_proxies, _governments, _ministries, _named_streets, vessels, _persons, _headed,
         _who_persons, _persons_after_head_of, _apposition_persons, _appointed_persons, _appointed_as_persons, _kunya_persons, _bracketed_kunya_persons,
         _identified_persons, _numbered_units, towns_with_state, named_towns, possessive_units, quarters, company_names,
         killed_persons, lower_institutions, role_holders_next, area_names)

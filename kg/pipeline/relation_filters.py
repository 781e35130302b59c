"""Relations the rules found, checked against each other and against what the entities are.

Run by :class:`kg.pipeline.relations.RelationExtractor` after all rules of a document have
matched: one reading wins over another of the same words (a spokesman is not the leader he
speaks for; a commander of a group is not its head), a sea is not inside land, a city not inside
its quarter, an outlet "belonging to" a group is run by it.  Kept apart so that the rule loop reads in one sitting.
"""
from __future__ import annotations

import re
from dataclasses import replace
from functools import lru_cache

from kg.lang import LANGUAGES, language_data
from kg.lexicon import default_lexicon
from kg.model import Doc, Relation
from kg.text.normalize import normalize_key


def focus_named_last(ms, start: int, objects: list[str], place_is_no_owner: bool = False) -> bool:
    """The sentence places a bare title in the document's country although it names
    another state (round i13e15): the state named last before the title is that country
    ("Iraq's TV says P will meet Prime Minister Q, who is to visit Tehran": Q is Iraq's),
    or, with no state before it, the sentence names that country after it ("Prime
    Minister Q said Iraq would not be a battlefield for Iran"). A state of its own before
    the title keeps the country out ("US Defense Secretary P: at President Biden's
    direction ... in Iraq")."""
    before = [m for m in ms.mentions_in(0, start) if m.cls == "State"]
    if before:
        return before[-1].entity in objects
    # With ``place_is_no_owner`` (a rule's ``focus_not_as_place``: a bare "President P"),
    # a country named after the title only as where something is ("ضد القوات الأمريكية في
    # سوريا"، "دير الزور السورية") says nothing of whose title it is (census round): a
    # foreign president orders strikes there.
    if place_is_no_owner:
        return any(m.cls == "State" and m.entity in objects and not _named_as_place(ms, pos)
                   for m, pos in _state_tokens(ms))
    return any(m.cls == "State" and m.entity in objects for m in ms.mentions)


_TOKEN_AT = re.compile(r"«(\d+):State:(name|nisba)»")
_PLACE_BEFORE = re.compile(r"(?:(?<!\S)(?:في|in|at|inside|داخل) ?|(?<!\S)[وف]?ب)$")
_PLACE_TOKEN_BEFORE = re.compile(r"«\d+:(?:Place|Region|MilitaryBase|Facility):[a-z]+» $")


def _state_tokens(ms):
    for t in _TOKEN_AT.finditer(ms.text):
        yield ms.mentions[int(t.group(1))], t.start()


def _named_as_place(ms, pos: int) -> bool:
    """A state's token at ``pos`` stands for a place: after "في"/"in"/"بـ", or as the nisba
    of a place named right before it."""
    before = ms.text[max(0, pos - 12):pos]
    return bool(_PLACE_BEFORE.search(before) or _PLACE_TOKEN_BEFORE.search(ms.text[max(0, pos - 40):pos]))


def sole_owner_state(doc: Doc, ms, start: int) -> str | None:
    """The one state a sentence names, when it stands before ``start`` as an owner: a
    possessive ("Iraq's vote") or an adjective ("the Iraqi vote"). A bare title after it is
    that state's post (English and Arabic possessives alike are read off the mention)."""
    states = [m for m in ms.mentions if m.cls == "State"]
    if not states or len({m.entity for m in states}) != 1:
        return None
    before = [m for m in ms.mentions_in(0, start) if m.cls == "State"]
    if not before:
        return None
    m = before[-1]
    text = doc.norm.text
    if m.kind == "nisba" or text[m.nend:m.nend + 2] in ("'s", "’s") or text[m.nend:m.nend + 1] in ("'", "’"):
        return m.entity
    return None


def army_named_before(doc: Doc, sentence: int, before: int, lookback: int = 2,
                      past_groups: bool = False) -> str | None:
    """The state army "the army" of "the army chief P" refers back to (round i13e15): the
    nearest body of CAMEO agent type MIL named before normalised offset ``before``, in this
    sentence or the ``lookback`` before it; None when there is none (the text names no
    army, and the lexicon names none for a state). A non-state armed group named nearer
    is the topic: "Hamas said the army chief P" may be its own commander, so none; unless
    ``past_groups``: "المتحدث باسم الجيش" speaks for no armed group, so a group named
    nearer (the army's target, "حزب الله") is skipped (round i13a17)."""
    best = None
    for m in doc.mentions:
        if m.nstart >= before or not 0 <= sentence - m.sentence <= lookback or m.kind != "name" \
                or not (m.cls == "ArmedGroup" and not past_groups
                        or m.cls == "Organization" and agent_type(doc, m.entity) == "MIL"):
            continue
        if best is None or m.nstart > best.nstart:
            best = m
    return best.entity if best is not None and best.cls == "Organization" else None


def posts_placed_elsewhere(relations: list[Relation], guessing: frozenset[str]) -> list[Relation]:
    """A bare title read as the document's country ("وزير الدفاع P") yields to a post the
    text gives the same person elsewhere ("وزير الدفاع الأمريكي P"): he holds that one."""
    if not guessing:
        return relations
    placed: dict[str, set[str]] = {}
    for r in relations:
        if r.predicate in ("leaderOf", "officialOf") and r.rule not in guessing:
            placed.setdefault(r.subject, set()).add(r.object)
    return [r for r in relations if not (r.rule in guessing and placed.get(r.subject, {r.object}) - {r.object})]


def spokesperson_wins(relations: list[Relation]) -> list[Relation]:
    """"الناطق باسم القائد العام ... اللواء يحيى رسول": the speaker's title chain also
    contains a leader's title; who speaks for someone does not lead it in that sentence."""
    speakers = {(r.subject, r.evidence.sentence) for r in relations if r.predicate == "spokespersonOf"}
    return [r for r in relations if not (r.predicate in ("leaderOf", "officialOf") and
                                         (r.subject, r.evidence.sentence) in speakers)]


@lru_cache(maxsize=1)
def _sea_heads() -> frozenset[str]:
    return frozenset(normalize_key(w) for lang in LANGUAGES
                     for w in language_data(lang, "bodies").get("sea_heads", []))


def no_sea_inside_land(doc: Doc, relations: list[Relation]) -> list[Relation]:
    """A sea or gulf lies off a country, not in it: "البحر الأحمر غربي اليمن"."""
    heads = _sea_heads()

    def is_sea(key: str) -> bool:
        entity = doc.entities.get(key)
        return entity is not None and any(w in heads for label in entity.labels.values()
                                          for w in normalize_key(label).split())

    land = ("State", "Region", "Place")
    return [r for r in relations if not (r.predicate == "locatedIn" and is_sea(r.subject)
                                         and getattr(doc.entities.get(r.object), "cls", None) in land
                                         and not is_sea(r.object))]


@lru_cache(maxsize=1)
def _quarter_heads() -> frozenset[str]:
    return frozenset(normalize_key(w) for lang in LANGUAGES
                     for w in language_data(lang, "bodies").get("quarter_heads", []))


def _is_quarter(key: str) -> bool:
    """Whether the lexicon names the place as a city's quarter ("حي المزة", "Mashtal
    neighborhood"): identity the lexicon holds, read from its names."""
    lex = default_lexicon()
    if key not in lex:
        return False
    heads = _quarter_heads()
    return any(w in heads for name in lex[key].names() for w in normalize_key(name).split())


#: Discovery rules whose places are quarters of the town named after them.
_QUARTER_RULES = frozenset({"en.discover.quarter"})


def quarters_inside_cities(doc: Doc, relations: list[Relation]) -> list[Relation]:
    """A quarter lies in its city, never the reverse: "the Mezzeh neighborhood of Damascus"
    and "the Baghdad neighbourhood of Karrada" put the quarter's name on either side of
    "of", so a place the lexicon names as a quarter is the one inside."""
    def quarter(key: str) -> bool:   # (or found as one: kg/lang/en/quarters.py)
        return _is_quarter(key) or getattr(doc.entities.get(key), "source", None) in _QUARTER_RULES

    out = []
    for r in relations:
        if r.predicate == "locatedIn" and quarter(r.object) and not quarter(r.subject) \
                and getattr(doc.entities.get(r.subject), "cls", None) == "Place":
            r = replace(r, subject=r.object, object=r.subject)
        out.append(r)
    return out


@lru_cache(maxsize=1)
def _army_heads() -> frozenset[str]:
    return frozenset(normalize_key(w) for lang in LANGUAGES
                     for w in language_data(lang, "bodies").get("army_heads", []))


def agent_type(doc: Doc, key: str) -> str:
    """The CAMEO agent type of an entity ("REB" for a non-state armed group, "MIL" for a
    state's force), "" when unknown. A group named as a force or an army ("قوات سوريا
    الديمقراطية") counts as "MIL": like a state's, it has one commander, its head."""
    entity = doc.entities.get(key)
    if entity is None:
        return ""
    heads = _army_heads()
    if any(w in heads for label in entity.labels.values() for w in normalize_key(label).split()):
        return "MIL"
    return (entity.cameo or "")[3:]


@lru_cache(maxsize=1)
def _states_by_code() -> dict[str, str]:
    lex = default_lexicon()
    return {e.cameo[:3]: e.id for e in (lex[k] for k in lex.entries) if e.cls == "State" and e.cameo}


def home_state(doc: Doc, key: str) -> str | None:
    """The state an entity is or belongs to: itself for a state, else the country part of
    its CAMEO code ("Iraq's parliament", IRQLEG: Iraq), None when it names none."""
    entity = doc.entities.get(key)
    if entity is None:
        return None
    if entity.cls == "State":
        return key
    return _states_by_code().get((entity.cameo or "")[:3])


@lru_cache(maxsize=1)
def _parliaments_by_state() -> dict[str, str]:
    """Lexicon parliaments (CAMEO agent LEG) by the state their code names."""
    states = _states_by_code()
    return {states[e.cameo[:3]]: e.id for e in default_lexicon()
            if e.cls == "Government" and e.cameo and e.cameo[3:] == "LEG" and e.cameo[:3] in states}


def parliament_of(doc: Doc, state: str) -> str | None:
    """The parliament the lexicon holds for a state ("رئيس البرلمان" in a report on Iraq:
    Iraq's), a name's identity; None when it holds none."""
    return _parliaments_by_state().get(state)


@lru_cache(maxsize=1)
def _governments_by_name() -> dict[str, str]:
    """Lexicon governments by each normalised name ("حكومه الحوثيين": houthi_government)."""
    return {normalize_key(n): e.id for e in default_lexicon() if e.cls == "Government" for n in e.names()}


def government_of(doc: Doc, key: str) -> str | None:
    """The government a group runs, where the lexicon names one "the group's government"
    ("حكومتهم" after the Houthis: the government the lexicon calls "حكومة الحوثيين"): a
    name's identity, no fact. A state's is its government ("حكومة العراق")."""
    entity = doc.entities.get(key)
    if entity is None:
        return None
    names = set(entity.labels.values())
    if key in default_lexicon():
        names.update(default_lexicon()[key].names())
    index = _governments_by_name()
    for name in sorted(names):
        norm = normalize_key(name)
        for head in ("حكومه ", "government of "):
            if (found := index.get(head + norm)) is not None:
                return found
    return None


def outlets_run_by(doc: Doc, relations: list[Relation]) -> list[Relation]:
    """A news outlet "belonging to" a group ("قناة المنار التابعة لحزب الله", "X's TV
    channel") is run by it, not one of its members (the contract's ``operatedBy`` is for
    facilities and outlets). Outlets are known by their CAMEO agent type, MED. A state's
    own outlet ("Iran's official news agency X") stays one of its bodies, like a ministry:
    the golds annotate state media as ``memberOf`` the state."""
    out = []
    for r in relations:
        if (r.predicate == "memberOf" and agent_type(doc, r.subject) == "MED"
                and getattr(doc.entities.get(r.object), "cls", None) != "State"):
            r = Relation(r.subject, "operatedBy", r.object, r.evidence, r.rule, r.confidence, r.polarity)
        out.append(r)
    return out


def members_not_heads(relations: list[Relation], members: set[tuple]) -> list[Relation]:
    """"Hezbollah commander P" names one of a non-state group's commanders, not its head: a
    rule marked ``replaces: leaderOf`` wins over the head reading of the same words."""
    return [r for r in relations if not (r.predicate == "leaderOf" and
                                         (r.subject, r.object, r.evidence.sentence) in members)]


#: Relations whose object is a body of people: a person is led or joined by no one
#: ("المسؤول العام P، القائد الميداني Q": two posts listed, not Q under P). (A person may
#: have a spokesman: "المتحدث باسم نتنياهو".)
_BODY_OBJECT = frozenset({"leaderOf", "memberOf", "officialOf"})


def is_person(doc: Doc, key: str) -> bool:
    entity = doc.entities.get(key)
    return entity is not None and entity.cls == "Person"


def speaker_like(doc: Doc, key: str) -> bool:
    """A person or a news outlet: who tells of an operation, not its side (a rule marked
    ``object_not_speaker``: "قال P إن الضربات نفذت بدعم من دول منها A"، "نقلت وكالة X ...
    بدعم من القوات الأميركية")."""
    return is_person(doc, key) or agent_type(doc, key) == "MED"


def no_person_as_body(doc: Doc, relations: list[Relation]) -> list[Relation]:
    return [r for r in relations if not (r.predicate in _BODY_OBJECT and is_person(doc, r.object))]

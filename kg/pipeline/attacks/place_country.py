"""The country of people the text describes but does not place: "قتل خمسة مدنيين في
سامراء" tells civilians of Iraq, though no word says "Iraqi".

A generic participant of an attack (civilians, police, soldiers, officials ... with no
state's adjective, CAMEO country ``---``) takes the state the sentence is set in: the
state a named place lies in (the lexicon's ``country`` of places) or a state named
outright ("في العراق"). Only when the sentence points at exactly one state: "جنود قتلوا
في قندهار" next to "القوات الأميركية" could be either country's soldiers. Armed men
nobody names (``UAF``, kidnappers, insurgents) keep ``---``: where they struck does not say
whose they are. The node stays the document's description; only its code changes, and
only when every attack it takes part in agrees on the state.

Before the place, the document's own words: soldiers or police it names with a state
("جنود باكستانيون", PAKMIL) make a bare "الجيش" / "الشرطة" of the same document that
state's, when they name only one (civilians are not read so: both sides have them).
"""
from __future__ import annotations

from kg.lexicon import PLACE_CLASSES, default_lexicon
from kg.model import Doc
from kg.pipeline.agent_nouns import agent_table
from kg.text.normalize import normalize_key

_UNKNOWN = "---"
#: Agent types that belong to the population of the place they are in.
_LOCAL_AGENTS = frozenset({"CVL", "COP", "MIL", "GOV", "EDU", "HLH", "MED", "REL", "LEG", "ELI", "JUD", "BUS"})


def sentence_states(doc: Doc) -> dict[int, set[str]]:
    """Per sentence, the states it names outright and the states its named places lie in."""
    lexicon = default_lexicon()
    out: dict[int, set[str]] = {}
    for m in doc.mentions:
        if m.kind != "name":
            continue    # adjectives describe others: "جندي أميركي" killed, "الصحافة الفرنسية" telling
        state = None
        if m.cls == "State":
            state = m.entity
        elif m.cls in PLACE_CLASSES and m.entity in lexicon:
            state = lexicon[m.entity].country
        if state is not None:
            out.setdefault(m.sentence, set()).add(state)
    return out


def stated_kin(doc: Doc) -> dict[str, set[str]]:
    """Per agent type of armed forces, the country parts of the generic nodes the document
    states a country for ("جنود باكستانيون" PAKMIL): a bare "الجيش" there is most likely
    theirs. Civilians are not read so: those of both sides may be named."""
    out: dict[str, set[str]] = {}
    keys = {m.entity for m in doc.mentions if m.kind == "generic"}
    for key in keys:
        entity = doc.entities.get(key)
        if entity is None or entity.source != "generic" or not entity.cameo or len(entity.cameo) < 6:
            continue
        country, agent = entity.cameo[:3], entity.cameo[3:]
        if country != _UNKNOWN and country.isalpha() and country not in _NO_STATE and agent in _FORCES:
            out.setdefault(agent, set()).add(country)
    return out


#: Agent types that are one side's: a state's soldiers or police (civilians are everyone's).
_FORCES = frozenset({"MIL", "COP"})
#: Country parts that name no state (foreign, Kurdish): they say nothing of a bare noun.
_NO_STATE = frozenset({"INT", "KUR", "EUR", "IGO", "IMG", "NGO"})


def _occupier(doc: Doc, entity) -> bool:
    """The node is described as an occupying force somewhere in the document."""
    words = agent_table(doc.lang).occupier_words
    return bool(words) and any(normalize_key(w) in words for text, _ in entity.aliases for w in text.split())


def localise_participants(doc: Doc) -> None:
    """Give unplaced generic participants of the document's attacks the country of the
    same kind of participant the document names with one ("جنود باكستانيون" ...
    "الجيش"), else their sentence's state."""
    states = None
    kin = None
    by_kin: dict[str, str] = {}
    chosen: dict[str, set[str | None]] = {}
    for attack in doc.attacks:
        for key in (attack.attacker, attack.target):
            entity = doc.entities.get(key) if key else None
            if entity is None or entity.source != "generic" or not entity.cameo \
                    or not entity.cameo.startswith(_UNKNOWN) or entity.cameo[3:] not in _LOCAL_AGENTS:
                continue
            if kin is None:
                kin = stated_kin(doc)
            same = kin.get(entity.cameo[3:], set())
            if len(same) == 1:
                by_kin[key] = next(iter(same))
                continue
            if _occupier(doc, entity):
                continue    # "قوات الاحتلال" in Nablus are not Palestine's forces
            if states is None:
                states = sentence_states(doc)
            here = states.get(attack.evidence.sentence, set())
            chosen.setdefault(key, set()).add(next(iter(here)) if len(here) == 1 else None)
    for key, country in by_kin.items():
        entity = doc.entities[key]
        entity.cameo = country + entity.cameo[3:]
    lexicon = default_lexicon()
    for key, found in chosen.items():
        if key in by_kin:
            continue
        if len(found) != 1 or None in found:
            continue
        state = found.pop()
        code = lexicon[state].cameo if state in lexicon else None
        if code:
            entity = doc.entities[key]
            entity.cameo = code[:3] + entity.cameo[3:]

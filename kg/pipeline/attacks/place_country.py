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
"""
from __future__ import annotations

from kg.lexicon import PLACE_CLASSES, default_lexicon
from kg.model import Doc

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


def localise_participants(doc: Doc) -> None:
    """Give unplaced generic participants of the document's attacks their sentence's state."""
    states = None
    chosen: dict[str, set[str | None]] = {}
    for attack in doc.attacks:
        for key in (attack.attacker, attack.target):
            entity = doc.entities.get(key) if key else None
            if entity is None or entity.source != "generic" or not entity.cameo \
                    or not entity.cameo.startswith(_UNKNOWN) or entity.cameo[3:] not in _LOCAL_AGENTS:
                continue
            if states is None:
                states = sentence_states(doc)
            here = states.get(attack.evidence.sentence, set())
            chosen.setdefault(key, set()).add(next(iter(here)) if len(here) == 1 else None)
    lexicon = default_lexicon()
    for key, found in chosen.items():
        if len(found) != 1 or None in found:
            continue
        state = found.pop()
        code = lexicon[state].cameo if state in lexicon else None
        if code:
            entity = doc.entities[key]
            entity.cameo = code[:3] + entity.cameo[3:]

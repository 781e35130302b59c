"""A sentence's frames joined with its event-first reading: when the frames name only
an area struck, or one attacker striking areas, or no attacker, the event reading says who
was struck or who struck, and the area becomes where it happened. Steps of
:class:`kg.pipeline.attacks.extractor.AttackExtractor`."""
from __future__ import annotations

from kg.model import Attack, Doc, Sentence


def only_places_struck(doc: Doc, found: list[Attack]) -> bool:
    """Every frame of the sentence names no one: a bombing 'struck' a town or district
    ("تفجير سيارة مفخخة في منطقة X") and nobody is said to have carried it out."""
    return all(a.attacker is None and a.target in doc.entities
               and doc.entities[a.target].cls in _AREAS for a in found)


def people_struck(doc: Doc, sentence: Sentence, items, cues, detect, found: list[Attack]) -> list[Attack]:
    """"مقتل ستة أشخاص في انفجار سيارة مفخخة في بلدة X": when the same sentence tells
    the people killed or the group struck, they are the target and the town is where it
    happened; the frames stand when the event reading names no one either."""
    event = detect(doc, sentence, items, cues)
    if event is None or event.attack.attacker is None and (
            event.attack.target is None or _is_area(doc, event.attack.target)):
        return found
    return [_with_frames(event.attack, found)]


def areas_as_places(doc: Doc, found: list[Attack]) -> list[Attack]:
    """"اغتالت X القيادي فلان بغارة على الضاحية", "killed P in a strike on a town": the
    means' frame names an area; when the sentence names the person struck, or the area's
    frame names no attacker, the area is where it happened, not a second attack.  (Two
    named sites struck by one attacker stay two attacks.)"""
    struck = [a for a in found if a.target and not _is_area(doc, a.target) and a.attacker]
    out = []
    for a in found:
        hosts = [b for b in struck if a.attacker is None or
                 b.attacker == a.attacker and doc.entities[b.target].cls == "Person"]
        if hosts and a.target and doc.entities[a.target].cls in ("Place", "Region"):
            for b in hosts:
                b.place = b.place or a.target
            continue
        out.append(a)
    return out


def one_attacker_struck_places(doc: Doc, found: list[Attack]) -> bool:
    """Every frame names one attacker striking a town or area ("غارة أميركية على منطقة X")."""
    return len({a.attacker for a in found}) == 1 and found[0].attacker is not None and \
        all(a.target is not None and _is_area(doc, a.target) for a in found)


def victims_in_place(doc: Doc, sentence: Sentence, items, cues, detect, found: list[Attack]) -> list[Attack]:
    """"قتل ثلاثة من عناصر X في غارة أميركية على منطقة Y": the named group or person the
    same sentence says was hit is the target, the area struck is where it happened.  People
    described, not named ("عشرة أشخاص"), leave the area as the target."""
    event = detect(doc, sentence, items, cues)
    target = doc.entities.get(event.attack.target) if event is not None and event.attack.target else None
    if target is None or target.scope is not None or _is_area(doc, target.key) or \
            event.attack.target == found[0].attacker or \
            event.attack.attacker not in (None, found[0].attacker):
        return found
    attack = _with_frames(event.attack, found)
    attack.attacker = found[0].attacker
    attack.rule = found[0].rule
    return [attack]


def agent_told(doc: Doc, sentence: Sentence, items, cues, detect, found: list[Attack]) -> list[Attack]:
    """Frames that name no attacker, where the event reading finds one ("قال الحلف إنه
    قتل ..." the speaker, "مواجهات مع قوات الأمن" both sides of a clash): the event
    reading, with the frame's target when it names none."""
    event = detect(doc, sentence, items, cues)
    if event is None or event.attack.attacker is None or _is_area(doc, event.attack.attacker):
        return found   # a state read as the subject is as often where it happened
    return [_with_frames(event.attack, found)]


def _with_frames(attack: Attack, found: list[Attack]) -> Attack:
    """The event reading completed by what the frames read: target, place, weapons, date."""
    if attack.target is None:
        attack.target = next((a.target for a in found if a.target != attack.attacker), None)
    # (not the frame's target when it is the event's attacker: "an attack attributed to X")
    attack.place = attack.place or found[0].place or (
        found[0].target if found[0].target not in (attack.target, attack.attacker) else None)
    for frame in found:
        attack.weapons = list(dict.fromkeys(attack.weapons + frame.weapons))
        attack.date = attack.date or frame.date
    return attack


def _is_area(doc: Doc, key: str) -> bool:
    return key in doc.entities and doc.entities[key].cls in _AREAS


#: Areas a frame takes as the thing struck when no one is named.
_AREAS = {"Place", "Region", "State"}

"""A state's army announcing that an enemy commander "was killed in an air strike on X"
(round i13h28): the announcing army carried the strike out.

"أعلن الناطق بلسان الجيش الإسرائيلي أن قائد منطقة ... في قوة الرضوان، فلان، قُتل في هجوم
جوي على منطقة ..." tells the killing in the passive; the army is named only in the
reporting clause. Armies announce their own strikes this way; they announce their own
losses too, so the rule asks for an enemy: the sentence names a group (by its name, not a
description) of another country than the army's, and what was struck is that group, one
of its people or a place, never a base, a facility or a state's forces (a base hit while
hosting the army's troops is the army's loss: "a drone attack on Tower 22 killed three
soldiers", said by the US military). The words of announcing and of killing are data
(``kg/lang/<code>/details.yaml``: ``announcing_verbs``, ``kill_words``)."""
from __future__ import annotations

import re

from kg.lang import language_words
from kg.model import Attack, Doc
from kg.text.normalize import normalize_key

#: What an army's strike on an enemy is read as striking: the group, a person, a place.
_ENEMY_TARGETS = {"ArmedGroup", "Person", "Place", "Region"}


def _army_country(doc: Doc, key: str | None) -> str | None:
    """The country of a state's military (CAMEO "<country>MIL"), or None."""
    e = doc.entities.get(key) if key else None
    cameo = e.cameo if e is not None else None
    if not cameo or len(cameo) < 6 or not cameo.endswith("MIL") or cameo.startswith("---"):
        return None
    return cameo[:3]


#: An attack noun with "لـ" right before a group's name: the group's own attack ("هجوم
#: لحزب الله"), so the group is the attacker, not the army's enemy hit.
_GROUPS_ATTACK = re.compile(r"(?:هجوم|هجوما|هجمات|هجمه|غاره|غارات|ضربه|ضربات|قصف|عمليه|استهداف) ?ل ?$")


def _enemy_named(doc: Doc, sentence: int, country: str) -> bool:
    """The sentence names an armed group (by name) of another country than the army's."""
    for m in doc.mentions:
        if m.sentence != sentence or m.cls != "ArmedGroup" or m.kind != "name" \
                or _GROUPS_ATTACK.search(doc.norm.text[max(0, m.nstart - 12):m.nstart]):
            continue
        e = doc.entities.get(m.entity)
        if e is not None and e.cameo and e.cameo[:3] != country:
            return True
    return False


def _own_side_named(doc: Doc, sentence: int, country: str, speaker: str) -> bool:
    """The sentence names the army's own side besides the army: its soldiers (a state's
    forces named generically, "جنديين"), a body or place of its country ("الجليل"). Then
    the killing may be the army's loss ("أعلن الجيش أن جنديين قتلا في هجوم لحزب الله")."""
    for m in doc.mentions:
        if m.sentence != sentence or m.entity == speaker:
            continue
        if m.cls in ("SecurityForces", "Civilians") and m.kind == "generic":
            return True   # "جنديين"، "مدنيا": the army's soldiers or civilians it protects
        e = doc.entities.get(m.entity)
        if e is not None and e.cameo and e.cameo[:3] == country and m.cls != "State":
            return True
    return False


def announced_by_army(attacks: list[Attack], doc: Doc) -> None:
    """Give an attack read without its attacker, inside an army's announcement of a
    killing, that army as attacker (see the module's doc for when)."""
    verbs = language_words(doc.lang, "details", "announcing_verbs")
    kills = language_words(doc.lang, "details", "kill_words")
    if not verbs or not kills:
        return
    for sp in doc.speech:
        country = _army_country(doc, sp.speaker)
        if country is None or sp.denial or normalize_key(sp.verb or "") not in verbs:
            continue
        said = {normalize_key(w) for w in doc.text[sp.start:sp.end].split()}
        if not said & kills:
            continue
        for a in attacks:
            if a.attacker is not None or a.mutual or not a.target or a.target == sp.speaker \
                    or not (a.evidence.start < sp.end and sp.start < a.evidence.end):
                continue
            target = doc.entities.get(a.target)
            if target is None or target.cls not in _ENEMY_TARGETS \
                    or target.cameo and target.cameo[:3] == country \
                    or not _enemy_named(doc, a.evidence.sentence, country) \
                    or _own_side_named(doc, a.evidence.sentence, country, sp.speaker):
                continue
            a.attacker = sp.speaker
            a.rule = f"{doc.lang}.attack.announced_by_army"

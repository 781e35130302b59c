"""The head of a unit is a member of the group the unit belongs to.

"قائد وحدة 4400 في حزب الله" (the unit in its group) and, a sentence later, "فلان، الذي
كان قائد وحدة 4400" (its commander) state that he is one of the party's commanders, as
"قائد وحدة الرضوان في حزب الله، فلان" does in one sentence (``ar.member.unit_commander``).
The membership is read from the two facts the text states, in the same document: the
person heads a unit (``leaderOf``) and the unit is part of a group (``memberOf``). Only
units known by their head noun (``unit_heads`` in ``kg/lang/<lang>/bodies.yaml``): a
group's leader is no member of the coalition the group belongs to.
"""
from __future__ import annotations

from functools import lru_cache

from kg.lang import LANGUAGES, language_data
from kg.lang.ar.morphology import without_article
from kg.model import ASSERTED, REPORTED, Doc, Relation
from kg.text.normalize import normalize_key

#: Polarities a fact is read with (a denial is not).
_READ = (ASSERTED, REPORTED)
#: Classes of the whole a unit's head is a member of (not a coalition of groups).
_WHOLES = ("ArmedGroup", "Organization", "Government")


@lru_cache(maxsize=1)
def _unit_heads() -> frozenset[str]:
    return frozenset(normalize_key(w) for lang in LANGUAGES
                     for w in language_data(lang, "bodies").get("unit_heads", []))


def _is_unit(doc: Doc, key: str) -> bool:
    entity = doc.entities.get(key)
    if entity is None or entity.cls != "ArmedGroup":
        return False
    heads = _unit_heads()
    return any(w in heads for label in entity.labels.values() for w in normalize_key(label).split())


def unit_heads_are_members(doc: Doc, relations: list[Relation]) -> list[Relation]:
    """``relations`` and, for each head of a unit that the document places in a group,
    the head's membership of that group (unless the graph already relates them). Facts a
    speaker reports count ("the army said P commanded unit X in Y"); a denied one does
    not, and the membership is reported when either fact is."""
    wholes: dict[str, list[tuple[str, str]]] = {}
    for r in relations:
        whole = doc.entities.get(r.object)
        if r.predicate == "memberOf" and r.polarity in _READ and whole is not None \
                and whole.cls in _WHOLES and whole.agent != "MED":   # no news outlet
            wholes.setdefault(r.subject, []).append((r.object, r.polarity))
    if not wholes:
        return relations
    related = {(r.subject, r.object) for r in relations}
    added = []
    for r in relations:
        if r.predicate != "leaderOf" or r.polarity not in _READ or r.object not in wholes \
                or getattr(doc.entities.get(r.subject), "cls", None) != "Person" \
                or not _is_unit(doc, r.object):
            continue
        for group, polarity in wholes[r.object]:
            if (r.subject, group) not in related and group != r.object:
                related.add((r.subject, group))
                both = ASSERTED if polarity == r.polarity == ASSERTED else REPORTED
                added.append(Relation(r.subject, "memberOf", group, r.evidence,
                                      "derived.unit_head_member", round(r.confidence * 0.9, 2), both))
    return relations + added


#: Sentences back a unit named by its noun alone ("آمر اللواء") may have been named in.
_UNIT_LOOKBACK = 2


def unit_named_before(doc: Doc, noun: str, sentence: int, before: int) -> str | None:
    """The unit a definite unit noun refers back to: "... مقر اللواء 45. وقال آمر اللواء
    فلان" (the brigade's commander is named a sentence after the brigade). The nearest
    armed unit before normalised offset ``before`` whose name has that head noun, in this
    sentence or the two before; None when there is none (then "اللواء" may be a rank)."""
    word = normalize_key(noun)
    word = without_article(word)
    if word not in _unit_heads():
        return None
    best = None
    for m in doc.mentions:
        if m.nstart >= before or not 0 <= sentence - m.sentence <= _UNIT_LOOKBACK \
                or m.cls != "ArmedGroup" or m.kind != "name":
            continue
        entity = doc.entities.get(m.entity)
        names = [doc.norm.text[m.nstart:m.nend], *(entity.labels.values() if entity else ())]
        words = {without_article(w) for name in names for w in normalize_key(name).split()}
        if word in words and (best is None or m.nstart > best.nstart):
            best = m
    return best.entity if best else None

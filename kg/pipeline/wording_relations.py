"""Relations carried inside one mention, read by :class:`kg.pipeline.relations.RelationExtractor`
after its rules.

Some wordings carry a relation inside one mention and are read here: "وكلاء إيران" /
"Iran-backed militias" (the backer supports the group), and a sponsor state's nisba on a
collective ("الميليشيات الإيرانية") where the document names that state as a backer;
a state body whose name names its state ("القيادة المركزية الأميركية": a body of the
United States); and a site whose name says where it is ("السفارة الأميركية في بغداد").
"""
from __future__ import annotations

from kg.model import DENIED, Doc, Mention, Relation
from kg.pipeline.relation_slots import backer_of
from kg.pipeline.speech_spans import polarity_at

#: What a name says of the place, state or force named inside it, by the name's class.
_NAMED_INSIDE = {"Facility": ("locatedIn", "wording.site_place"),
                 "MilitaryBase": ("locatedIn", "wording.site_place"),
                 "Place": ("locatedIn", "wording.place_in_place"),
                 "Region": ("locatedIn", "wording.place_in_place"),
                 "ArmedGroup": ("memberOf", "wording.unit_of_force")}


_UNIT_JOINTS = frozenset({"و", "،", ",", "،و", ",و", ",and", "and"})


def _coordinated_units(doc: Doc, m: Mention) -> list[str]:
    """Units joined by "و" before a unit named with its force share the force: "سلاح A
    والقوة B في القوات المسلحة لـX" (both units of those forces)."""
    if m.cls != "ArmedGroup":
        return []
    out = []
    at = m.nstart
    for other in sorted((o for o in doc.mentions if o.sentence == m.sentence and o.nend <= m.nstart
                         and o.kind == "name"), key=lambda o: -o.nend):
        if other.cls != "ArmedGroup" or doc.norm.text[other.nend:at].replace(" ", "") not in _UNIT_JOINTS:
            break
        out.append(other.entity)
        at = other.nstart
    return out


#: Words between an office's owner and the place the office is in ("مكتب حركة X في بيروت").
_IN = frozenset({" في ", " in ", " في مدينه "})


def _owner_then_place(doc: Doc, m: Mention) -> str | None:
    """The place of a body named after it with its owner ("مكتب حركة X في بيروت", "المكتب
    الإعلامي لحركة X في غزة"): the owner (``m.ref``) named right after the body, then "في"
    and a place. A body whose name holds its state ("وزارة الخارجية الإيرانية") has no owner
    after it."""
    after = [o for o in doc.mentions if o.sentence == m.sentence and o.nstart >= m.nend and o.kind == "name"]
    owner = next((o for o in after if o.entity == m.ref and o.nstart - m.nend <= 3), None)
    if owner is None:
        return None
    place = next((o for o in after if o.cls in ("Place", "Region", "State")
                  and doc.norm.text[owner.nend:o.nstart] in _IN), None)
    return place.entity if place is not None else None


def wording_relations(doc: Doc, found: dict) -> list[Relation]:
    """The relations a mention's own wording carries (see the module's docstring), in
    reading order, given the relations the rules ``found`` (whose backers they are)."""
    out: list[Relation] = []
    backers = {r.subject for r in found.values() if r.predicate == "supports" and r.polarity != DENIED}
    sentences = {s.index: s for s in doc.sentences}
    for m in doc.mentions:
        if not m.ref or m.ref == m.entity or m.kind not in ("collective", "name"):
            continue
        sentence = sentences.get(m.sentence)
        if sentence is None:
            continue
        if m.kind == "name":
            # A state body named with its state ("القيادة المركزية الأميركية"), a site
            # or district named with its place ("السفارة الأميركية في بغداد", "الضاحية
            # الجنوبية لبيروت"), a unit with its force ("القوة الصاروخية في القوات
            # المسلحة اليمنية", and the units joined to it by "و").
            predicate, rule = _NAMED_INSIDE.get(m.cls, ("memberOf", "wording.state_body"))
            if m.cls == "Government" and getattr(doc.entities.get(m.ref), "cls", None) == "ArmedGroup":
                # "حكومة الحوثيين", "the Houthi-run government": the group runs it.
                predicate, rule = "operatedBy", "wording.run_by_group"
            units = [m.entity, *_coordinated_units(doc, m)] if m.cls == "ArmedGroup" else [m.entity]
            polarity, speaker = polarity_at(doc, m.start)
            for unit in units:
                out.append(Relation(unit, predicate, m.ref, doc.evidence(sentence, speaker),
                                    rule, 0.8, polarity))
            place = _owner_then_place(doc, m) if m.cls == "Organization" else None
            if place is not None:
                out.append(Relation(m.entity, "locatedIn", place, doc.evidence(sentence, speaker),
                                    "wording.office_place", 0.8, polarity))
            continue
        if m.rule == "collective.backed":
            if not backer_of(m):
                continue
            rule, conf = "collective.backer_named", 0.85
        elif m.rule == "collective.nisba" and m.ref in backers:
            rule, conf = "collective.nisba_of_sponsor", 0.65
        else:
            continue
        polarity, speaker = polarity_at(doc, m.start)
        backer = backer_of(m) if m.rule == "collective.backed" else m.ref
        out.append(Relation(backer, "supports", m.entity, doc.evidence(sentence, speaker),
                            rule, conf, polarity))
    return out

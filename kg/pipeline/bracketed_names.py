"""A kunya and the full name in brackets after it are one person: "أبو عبيدة (حذيفة
سمير الكحلوت)، الناطق باسم ...". Obituaries and statements introduce a commander by the
name he is known by, then give his civil name in brackets; read apart, the two are two
nodes. (The other order, "فلان (أبو عمر)", is :mod:`kg.pipeline.coref`'s kunya rule.)
"""
from __future__ import annotations

from kg.model import Doc

_KUNYA = ("ابو ", "ام ")


def merge_bracketed_full_names(doc: Doc) -> None:
    if doc.lang != "ar":
        return
    text = doc.norm.text
    persons = sorted((m for m in doc.mentions if m.cls == "Person" and m.kind == "name"),
                     key=lambda m: m.nstart)
    for kunya, full in zip(persons, persons[1:]):
        if not text.startswith(_KUNYA, kunya.nstart) or kunya.entity == full.entity:
            continue
        # only a bracket between the two: "أبو عبيدة (حذيفة ..."
        gap = doc.text[doc.norm.to_original(kunya.nend - 1) + 1:doc.norm.to_original(full.nstart)]
        if gap.strip() != "(":
            continue
        known, other = (full, kunya) if doc.entities[full.entity].source == "lexicon" else (kunya, full)
        if doc.entities[other.entity].source == "lexicon":
            continue   # two people the lexicon knows apart
        gone = other.entity
        for m in doc.mentions:
            if m.entity == gone:
                m.entity = known.entity
        doc.entities.pop(gone, None)

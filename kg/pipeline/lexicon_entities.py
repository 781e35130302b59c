"""The entity a lexicon entry makes in a document, shared by every rule that adds a
known actor (the lexicon matcher and the names it reads inside names, outlets, backed and
quoted short names, own units, groups run by others).

Its own module so that those rules need not import the matcher with its guards.
"""
from __future__ import annotations

from kg.lang.ar import morphology as ar
from kg.lexicon import LexiconEntry
from kg.model import Doc, Entity


def _lang(text: str) -> str:
    return "ar" if ar.is_arabic(text) else "en"


def add_lexicon_entity(doc: Doc, entry: LexiconEntry) -> Entity:
    labels = {k: v for k, v in (("ar", entry.ar), ("en", entry.en)) if v}
    entity = Entity(entry.id, entry.cls, labels, set(), entry.wikidata, entry.cameo, "lexicon")
    doc.entities[entry.id] = entity
    return entity

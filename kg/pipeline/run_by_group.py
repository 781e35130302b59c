"""A government that a clause says a group runs: "الحكومة اليمنية التي يديرها الحوثيون" is
the Houthi-run government, not the recognised one its name alone would give.

The clause right after a government's mention ("التي يديرها / تسيطر عليها / يقودها" and
a group named at once) changes which government it is, when the lexicon lists a
government named after that group ("حكومة الحوثيين"): identity from names, never a new
entity. The mention keeps the group as its ``ref``, so the relation stage reads
``operatedBy`` from the wording, as for "حكومة الحوثيين" (``kg.pipeline.relations``).
"""
from __future__ import annotations

import re
from functools import lru_cache

from kg.lang import language_data
from kg.lang.ar.morphology import without_article
from kg.lexicon import default_lexicon
from kg.model import Doc
from kg.pipeline.lexicon_entities import add_lexicon_entity
from kg.text.normalize import normalize_arabic, normalize_key


@lru_cache(maxsize=None)
def _table(lang: str) -> tuple[re.Pattern | None, dict[str, str]]:
    """(the clause after a government, group key -> the government named after it)."""
    data = language_data(lang, "own_words")
    clause, heads = data.get("run_by_clause"), [normalize_key(h) for h in data.get("government_heads") or ()]
    if not clause or not heads:
        return None, {}
    lexicon = default_lexicon()
    governments = {}
    for entry in lexicon:
        if entry.cls == "Government":
            for name in map(normalize_key, entry.names()):
                for head in heads:
                    if name.startswith(head + " "):
                        governments.setdefault(without_article(name[len(head) + 1:]), entry.id)
    run_by: dict[str, str] = {}
    for entry in lexicon:
        if entry.cls == "ArmedGroup":
            for name in map(normalize_key, entry.names()):
                gov = governments.get(without_article(name))
                if gov:
                    run_by.setdefault(entry.id, gov)
    return re.compile(normalize_arabic(clause)), run_by


def lexicon_government_of(group: str) -> str | None:
    """The government the lexicon names after the armed group ``group`` ("حكومة الحوثيين"),
    whichever language the document is in, so "the Houthis' government" is no second node."""
    return _table("ar")[1].get(group)


class GroupRunGovernments:
    name = "run_by_group"

    def __call__(self, doc: Doc) -> Doc:
        clause, run_by = _table(doc.lang)
        if clause is None:
            return doc
        text = doc.norm.text
        starts = {m.nstart: m for m in doc.mentions}
        replaced = set()
        for m in doc.mentions:
            if m.cls != "Government" or m.kind != "name":
                continue
            hit = clause.match(text, m.nend)
            group = starts.get(hit.end()) if hit else None
            if hit and group is None:
                # "التي يديرها جماعة الحوثيين": a head noun before a name that lacks it
                space = text.find(" ", hit.end())
                group = starts.get(space + 1) if 0 < space - hit.end() <= 8 else None
            gov = run_by.get(group.entity) if group is not None and group.cls == "ArmedGroup" else None
            if gov is None or gov == m.entity:
                continue
            if gov not in doc.entities:
                add_lexicon_entity(doc, default_lexicon()[gov])
            replaced.add(m.entity)
            m.entity, m.ref = gov, group.entity
            written = doc.text[m.start:m.end]
            doc.entities[gov].aliases.add((written, doc.lang))   # named so in this text
        still = {m.entity for m in doc.mentions}
        for key in replaced - still:
            del doc.entities[key]   # the recognised government is not named after all
        return doc

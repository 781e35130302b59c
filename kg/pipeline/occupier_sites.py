"""A base named after its owner (round i13k32): "قاعدة الاحتلال الأميركي عين الأسد",
"قاعدة القوات الأمريكية حرير". The base noun and the occupation or forces named by a
state's adjective are one state mention (a proxy: kg/lang/ar/state_phrases.py), and the
base's own name follows it: the named base is run by that state (``operatedBy``).

The words of the proxy are not in the masked text the relation rules read, so this reads
the mention itself: a State proxy whose first word is a base noun (``site_heads_named`` in
``kg/lang/<code>/cues.yaml``), then a military base by name after a space, a comma or a
quote. "قاعدة أمريكية قرب حرير" names no base; "قاعدة X الأمريكية" is ``ar.operated.nisba``.
"""
from __future__ import annotations

import re
from typing import Callable

from kg.lang import language_words
from kg.model import Doc, Relation
from kg.pipeline.tokens import strip_proclitic


#: What may stand between the owner and the base's name: a space, a comma, quotes
#: ("قاعدة الاحتلال الأمريكي، «حرير»، الواقعة في أربيل").
_APPOSED = re.compile(r' ?[،,]? ?["\u201c\u201d\u00ab\u00bb\']? ?')


def occupier_sites(doc: Doc, relations: list[Relation], polarity_at: Callable) -> list[Relation]:
    """The relations with each base named right after its owner's proxy ``operatedBy`` it."""
    heads = language_words(doc.lang, "cues", "site_heads_named")
    if not heads:
        return relations
    text = doc.norm.text
    bases = sorted((m for m in doc.mentions if m.cls == "MilitaryBase" and m.kind == "name"), key=lambda m: m.nstart)
    sentences = {s.index: s for s in doc.sentences}
    added = []
    for m in doc.mentions:
        if m.cls != "State" or m.kind != "proxy" or m.sentence not in sentences:
            continue
        words = text[m.nstart:m.nend].split()
        if len(words) < 2 or strip_proclitic(words[0], heads) is None:
            continue
        base = next((b for b in bases if b.sentence == m.sentence and b.nstart >= m.nend), None)
        if base is None or not _APPOSED.fullmatch(text[m.nend:base.nstart]):
            continue
        polarity, speaker = polarity_at(doc, base.start)
        added.append(Relation(base.entity, "operatedBy", m.entity, doc.evidence(sentences[m.sentence], speaker),
                              f"{doc.lang}.operated.occupier_site", 0.75, polarity))
    return relations + added

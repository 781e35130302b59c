"""The state a document is about, read from the mentions found so far: what a bare title
("رئيس الوزراء"), a bare body ("البرلمان", "وزارة الداخلية") or a relation slot ``FOCUS``
belongs to. It needs mentions only, so discovery and the relation rules both use it."""
from __future__ import annotations

from collections import Counter

from kg.model import Doc


def focus_state(doc: Doc) -> str | None:
    """The state the document is about: the one most often named as a location
    ("في العراق", "in Iraq"), else the most often named."""
    text = doc.norm.text
    # A state's name, or its English possessive ("Iraq's"), which the lexicon reads as a nisba.
    states = [m for m in doc.mentions if m.cls == "State" and
              (m.kind == "name" or (m.kind == "nisba" and text[m.nend:m.nend + 2] == "'s"))]
    located = Counter(m.entity for m in states
                      if text[max(0, m.nstart - 3):m.nstart] in ("في ", "in ") or text[m.nstart - 1:m.nstart] == "ب")
    # Ties go to the state named most often in any form ("Iraqi" too).
    named = Counter(m.entity for m in doc.mentions if m.cls == "State")
    counts = located or Counter(m.entity for m in states)
    if not counts:
        # No state named, only described ("البرلمان الإيراني"، "الرئيس الإيراني"): the
        # nisba named most often (round i13a15).
        counts = Counter(m.entity for m in doc.mentions if m.cls == "State" and m.kind == "nisba")
    if not counts:
        return None
    return max(counts, key=lambda k: (counts[k], named[k]))

"""A group's acronym given in brackets after its name ("Harakat Ansar Allah al-Awfiya
(HAAA)", "the Popular Defence Units (PDU)"): the acronym names that group wherever it
stands later in the same document. Releases and wire copy introduce a group so and then
write only the acronym ("HAAA is an Iraq-based militia ..."); the lexicon knows the
acronyms of the best-known groups only.

Read from the original text: the acronym is written in capitals (two to eight letters or
digits, one plural "s" allowed), and every later use must be written exactly so ("IS" in
capitals, never the verb "is"). The bracketed acronym itself becomes a mention too: the
rules read "X (ACRONYM), a ..." with the acronym as a restated mention."""
from __future__ import annotations

import re

from kg.model import Doc

_ACRONYM = re.compile(r" ?\((?P<a>[A-Z][A-Z0-9\-]{1,7}s?)\)")
#: "a"/"an" right before the name: a category the text files something under, not one group.
_INDEFINITE = re.compile(r"(?:^|\W)an? $", re.IGNORECASE)
_CLASSES = frozenset({"ArmedGroup", "Organization", "Coalition", "Government"})


def bracketed_acronyms(doc: Doc) -> dict[str, tuple[str, str, str]]:
    """Normalised acronym -> (entity key, class, the acronym as written), for acronyms
    bracketed right after a group's name and naming no other entity in the lexicon's view
    (an acronym already a mention is left to that mention)."""
    out: dict[str, tuple[str, str, str]] = {}
    clash: set[str] = set()
    text = doc.text
    starts = {m.start for m in doc.mentions}
    for m in doc.mentions:
        if m.kind != "name" or m.cls not in _CLASSES:
            continue
        if _INDEFINITE.search(text, max(0, m.start - 4), m.start):
            continue   # "designated as a Foreign Terrorist Organization (FTO)": a label, no group
        hit = _ACRONYM.match(text, m.end)
        if hit is None or hit.start("a") in starts:
            continue
        written = hit.group("a")
        key = written.lower()
        if key in out and out[key][0] != m.entity:
            clash.add(key)
        out.setdefault(key, (m.entity, m.cls, written))
    return {k: v for k, v in out.items() if k not in clash}


def written_so(doc: Doc, nend: int, written: str) -> bool:
    """Whether the normalised hit ending at ``nend`` is written ``written`` in the original,
    outside brackets: the bracketed acronym itself stays part of its name's telling (a
    mention there would stand between a clause's subject and its verb)."""
    end = doc.norm.to_original(nend - 1) + 1
    start = end - len(written)
    return doc.text[start:end] == written

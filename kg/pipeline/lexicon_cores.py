"""The cores of the lexicon's names that hold where a group acts, for the groups a document
is about: "المقاومة الإسلامية" alone is the group the lexicon names "المقاومة الإسلامية في
العراق" in an article that names Iraq, or "المقاومة الإسلامية في لبنان" (Hezbollah's) in one
that names Hezbollah or Lebanon (round i13e31).

:meth:`kg.pipeline.coref.Coreference._short_names` reads a core the document's own full name
gave it; this adds the cores of the lexicon's other names of a group the document names, and
of a group whose name's place is a state the document names by its name. The caller keeps a
core only when one group has it: in an article naming both Iraq and Lebanon the bare core
names neither.
"""
from __future__ import annotations

from functools import lru_cache

from kg.lexicon import default_lexicon
from kg.model import Doc
from kg.pipeline.lexicon_entities import _lang, add_lexicon_entity
from kg.text.normalize import normalize_key

_CLASSES = frozenset({"ArmedGroup", "Organization", "Coalition"})
_PLACE_LINKS = frozenset({"في", "in"})


@lru_cache(maxsize=1)
def _cores() -> tuple[tuple[str, str, str | None], ...]:
    """(core, group id, the state the name's place is, if it is a state) for each lexicon
    name "CORE في PLACE" of two core words or more."""
    lexicon = default_lexicon()
    states = {normalize_key(n): e.id for e in lexicon if e.cls == "State" for n in e.names()}
    out = []
    for entry in lexicon:
        if entry.cls not in _CLASSES:
            continue
        for name in entry.names():
            words = normalize_key(name).split(" ")
            at = next((k for k, w in enumerate(words) if w in _PLACE_LINKS), None)
            if at is None or at < 2 or at == len(words) - 1:
                continue
            out.append((" ".join(words[:at]), entry.id, states.get(" ".join(words[at + 1:]))))
    return tuple(out)


def lexicon_cores(doc: Doc, classes: dict[str, str]) -> dict[str, set[str]]:
    """Core -> the groups of the document it may name; fills ``classes`` (group -> class)."""
    named = {m.entity for m in doc.mentions if m.kind == "name"}
    lexicon = default_lexicon()
    out: dict[str, set[str]] = {}
    for core, group, state in _cores():
        if group in named or state is not None and state in named:
            out.setdefault(core, set()).add(group)
            classes[group] = lexicon[group].cls
    return out


def name_by_core(doc: Doc) -> None:
    """A group named by its core alone is an actor of the text (the lexicon's group when no
    fuller name of it came before), and the core is how this text names it."""
    lexicon = default_lexicon()
    for m in doc.mentions:
        if m.rule != "coref.short_name":
            continue
        entity = doc.entities.get(m.entity)
        if entity is None:
            if m.entity not in lexicon.entries:
                continue
            entity = add_lexicon_entity(doc, lexicon[m.entity])
        written = doc.text[m.start:m.end]
        entity.aliases.add((written, _lang(written)))

"""A force's unit named bare by its own side: "القوات البحرية نفذت عملية" in the words of
the Houthis' military spokesman is the Houthi naval forces; "استهداف قواتها البحرية"
after the group is the group's naval forces.

A bare unit phrase ("القوات البحرية", "القوة الصاروخية") names no owner, so the lexicon
leaves it unlisted (every navy is called that). The side is read from the text: inside
reported speech, the speaking group, or for a person speaking, the group named last before
the quote (in its sentence or the two before: "المتحدث العسكري باسم الحوثيين ... إن");
for a possessive form ("قواتها البحرية"), the group named last before it in the
sentence. The phrase is that group's unit only when the lexicon lists a unit whose name
is the phrase with the group ("القوات البحرية التابعة للحوثيين"): identity from names,
never a new entity. The mention keeps the group as its ``ref``, so the relation stage
reads the unit's membership from the wording, as for "القوة الصاروخية في القوات المسلحة
اليمنية" (``kg.pipeline.relations``).
"""
from __future__ import annotations

import re
from functools import lru_cache

from kg.lang import language_data
from kg.lang.ar.morphology import without_article
from kg.lexicon import default_lexicon
from kg.model import Doc, Mention
from kg.pipeline.lexicon_entities import add_lexicon_entity
from kg.pipeline.patterns import literal_automaton
from kg.pipeline.tokens import add_mention, sort_mentions
from kg.text.normalize import normalize_key

_GROUPS = frozenset({"Organization", "ArmedGroup", "Government", "Coalition"})
_LOOKBACK = 2   # sentences before a person's quote in which the group he speaks for is named


@lru_cache(maxsize=None)
def _table(lang: str) -> tuple[dict[str, str], dict[tuple[str, str], str], re.Pattern | None]:
    """(written form -> bare unit phrase, (phrase, group key) -> unit key, finder)."""
    data = language_data(lang, "own_words")
    phrases = {normalize_key(p): normalize_key(p) for p in data.get("own_units") or ()}
    phrases.update({normalize_key(k): normalize_key(v) for k, v in (data.get("own_units_possessive") or {}).items()})
    if not phrases:
        return {}, {}, None
    connectors = [normalize_key(c) for c in data.get("own_unit_connectors") or ()]
    lexicon = default_lexicon()
    groups: dict[str, str] = {}
    for entry in lexicon:
        if entry.cls in _GROUPS:
            for name in entry.names():
                groups.setdefault(without_article(normalize_key(name)), entry.id)
    units: dict[tuple[str, str], str] = {}
    for entry in lexicon:
        if entry.cls != "ArmedGroup":
            continue
        for name in map(normalize_key, entry.names()):
            for phrase in set(phrases.values()):
                if not name.startswith(phrase + " "):
                    continue
                rest = name[len(phrase) + 1:]
                for joint in connectors:   # "التابعة للحوثيين", "لجماعة الحوثي", "في القوات ..."
                    if rest.startswith(joint):
                        owner = groups.get(without_article(rest[len(joint):].strip()))
                        if owner and owner != entry.id:
                            units.setdefault((phrase, owner), entry.id)
                        break
    words = sorted(phrases, key=len, reverse=True)
    finder = re.compile(rf"(?<!\w)[وف]?(?P<w>{'|'.join(map(re.escape, words))})(?!\w)")
    return phrases, units, finder


@lru_cache(maxsize=None)
def _phrase_automaton(lang: str):
    """Every unit phrase of the finder's alternation, for one Aho-Corasick scan of a
    document (None when a phrase is empty: then the finder runs everywhere)."""
    phrases = _table(lang)[0]
    return None if "" in phrases else literal_automaton(phrases)


class OwnUnits:
    name = "own_units"

    def __call__(self, doc: Doc) -> Doc:
        phrases, units, finder = _table(doc.lang)
        if finder is None or not units:
            return doc
        text = doc.norm.text
        # Each finder match's phrase (group w) is one of ``phrases`` inside the sentence, so
        # a sentence holding none is skipped, and so is a document holding none (most: the
        # finder's look-behind and alternation were tried at every character).
        automaton = _phrase_automaton(doc.lang)
        found = None
        if automaton is not None:
            found = [(end + 1 - size, end + 1) for end, size in automaton.iter(text)]
            if not found:
                return doc
        groups = sorted((m for m in doc.mentions if m.cls in _GROUPS and m.kind == "name"),
                        key=lambda m: m.nstart)
        added = False
        for sentence in doc.sentences:
            ns, ne = doc.norm.to_normalized(sentence.start), doc.norm.to_normalized(sentence.end)
            if found is not None and not any(ns <= start and end <= ne for start, end in found):
                continue
            for hit in finder.finditer(text, ns, ne):
                start, end = hit.start("w"), hit.end("w")
                inside = [m for m in doc.mentions if m.nstart < end and start < m.nend]
                # "الصاروخية" read as a weapon is part of the unit's name
                if any(m.kind != "weapon" or m.nstart < start or m.nend > end for m in inside) \
                        or self._owner_named_after(doc, end):
                    continue
                written = hit.group("w")
                possessive = phrases[written] != written
                owner = self._antecedent(groups, sentence.index, start) if possessive else \
                    self._speaking_group(doc, groups, sentence.index, start)
                unit = units.get((phrases[written], owner)) if owner else None
                if unit is None:
                    continue
                if unit not in doc.entities:
                    add_lexicon_entity(doc, default_lexicon()[unit])
                doc.mentions[:] = [m for m in doc.mentions if not any(m is x for x in inside)]
                m = add_mention(doc, start, end, unit, "ArmedGroup", "own_units", "name", sentence.index)
                m.ref = owner
                doc.entities[unit].aliases.add((doc.text[m.start:m.end], doc.lang))   # named so in this text
                added = True
        if added:
            sort_mentions(doc)
        return doc

    @staticmethod
    def _owner_named_after(doc: Doc, end: int) -> bool:
        """"القوات البحرية الأمريكية": a name or nisba right after says whose unit it is."""
        return any(m.nstart == end + 1 for m in doc.mentions)

    @staticmethod
    def _antecedent(groups: list[Mention], sentence: int, start: int) -> str | None:
        before = [m for m in groups if m.sentence == sentence and m.nend <= start]
        return before[-1].entity if before else None

    @staticmethod
    def _speaking_group(doc: Doc, groups: list[Mention], sentence: int, start: int) -> str | None:
        """The group whose statement holds the phrase: the speaker, or the group named last
        before a person's quote."""
        ostart = doc.norm.to_original(start)
        spans = [sp for sp in doc.speech if sp.start <= ostart < sp.end and sp.speaker and not sp.denial]
        if not spans:
            return None
        speaker = doc.entities.get(spans[-1].speaker)
        if speaker is None:
            return None
        if speaker.cls in _GROUPS:
            return speaker.key
        if speaker.cls != "Person":
            return None
        span_start = doc.norm.to_normalized(spans[-1].start)
        before = [m for m in groups if sentence - _LOOKBACK <= m.sentence <= sentence and m.nend <= span_start]
        return before[-1].entity if before else None

"""Discovery of entities the lexicon does not know, from the cues news text gives.

The language's rules (``kg/lang/<code>/discovery.py``, a ``RULES`` tuple) propose
:class:`Candidate` spans sentence by sentence (a rule with ``cues`` tables runs only where
one of their words stands; one marked ``needs_quotes`` only where quote marks stand); this
component turns accepted candidates into entities and mentions.  A candidate either names
a new entity (its key minted from the name, so the same name is the same node in every
document) or re-reads an existing mention more widely (``القوات الأميركية`` is the United
States acting).
"""
from __future__ import annotations

import importlib
import re
from bisect import bisect_left
from dataclasses import dataclass, field

from kg.model import Doc, Entity, Mention, Sentence
from kg.pipeline.tokens import (MentionIndex, Token, add_mention, clitic_forms, sentence_words, sort_mentions,
                               tokens)
from kg.keys import mint_key, person_key

_QUOTES = re.compile(r"[\"\u201c\u201d\u201e\u00ab\u00bb]")
_LABEL_JUNK = re.compile(r"[\"\u201c\u201d\u201e\u00ab\u00bb\u0640\u200b-\u200f\u202a-\u202e]")


@dataclass(slots=True)
class Candidate:
    nstart: int
    nend: int
    cls: str
    rule: str
    #: An existing entity this span refers to (then no new entity is made).
    entity: str | None = None
    kind: str = "name"
    #: A fixed key and English label for entities named by structure, not by a string.
    key: str | None = None
    en_label: str | None = None
    #: Whether the span may swallow mentions it covers (they are dropped).
    absorb: bool = False
    #: The part of the span that is the entity's name (default: all of it).
    label_span: tuple[int, int] | None = None
    #: A state the name itself names ("وزارة الخارجية الإيرانية": Iran), see Mention.ref.
    ref: str | None = None
    #: The name in its citation form when the text declines it ("بأبي علي" is "أبو علي"):
    #: the label and key come from it, the surface stays an alias.
    citation: str | None = None


@dataclass
class Context:
    """What a rule sees: the doc's normalised text, covered ranges, quoted spans."""

    doc: Doc
    sentence: Sentence
    covered: MentionIndex
    quotes: list[tuple[int, int]] = field(default_factory=list)
    _starts: list[int] = field(default_factory=list)
    _mentions: list[Mention] = field(default_factory=list)

    @property
    def text(self) -> str:
        return self.doc.norm.text

    def original(self, nstart: int, nend: int) -> str:
        s, e = self.doc.norm.span_to_original(nstart, nend)
        return self.doc.text[s:e]

    def refresh(self) -> None:
        """Re-read the mentions of this sentence (after one was added or dropped)."""
        by_sentence = self.doc.cache.get("mentions_by_sentence")
        if by_sentence is None or self.doc.cache.get("mentions_count") != len(self.doc.mentions):
            by_sentence = {}
            for m in self.doc.mentions:
                by_sentence.setdefault(m.sentence, []).append(m)
            self.doc.cache["mentions_by_sentence"] = by_sentence
            self.doc.cache["mentions_count"] = len(self.doc.mentions)
        self._mentions = sorted(by_sentence.get(self.sentence.index, ()), key=lambda m: m.nstart)
        self._starts = [m.nstart for m in self._mentions]

    def sentence_mentions(self) -> list[Mention]:
        return self._mentions

    def mention_at(self, nstart: int) -> Mention | None:
        """The mention starting at ``nstart``, or right after proclitics glued there."""
        i = bisect_left(self._starts, nstart)
        if i < len(self._mentions):
            m = self._mentions[i]
            gap = self.text[nstart:m.nstart]
            if m.nstart == nstart or (len(gap) <= 2 and gap.isalpha()):
                return m
        return None


    def entity(self, key: str) -> Entity | None:
        return self.doc.entities.get(key)

    def english_name(self, key: str) -> str:
        """The entity's English label, or its key when it has none."""
        entity = self.entity(key)
        return entity.labels.get("en", key) if entity else key

    def government_of(self, state: str) -> tuple[str, str]:
        """Key and English label of a state's government: one node per state, whichever
        language names it ("الحكومة العراقية", "the Iraqi government")."""
        return f"{state}_government", f"Government of {self.english_name(state)}"


def quoted_spans(doc: Doc, sentence: Sentence) -> list[tuple[int, int]]:
    """Normalised spans of text between paired quotes inside a sentence."""
    # The document's quote marks are found in one scan (most sentences have none).
    every = doc.cache.get("quote_marks")
    if every is None:
        every = doc.cache["quote_marks"] = [m.start() for m in _QUOTES.finditer(doc.text)]
    if not every:
        return []
    marks = every[bisect_left(every, sentence.start):bisect_left(every, sentence.end)]
    spans = []
    for a, b in zip(marks[0::2], marks[1::2]):
        ns, ne = doc.norm.to_normalized(a + 1), doc.norm.to_normalized(b)
        if ne > ns:
            spans.append((ns, ne))
    return spans


def clean_label(text: str) -> str:
    return " ".join(_LABEL_JUNK.sub("", text).split())


class EntityDiscovery:
    name = "discovery"

    def __init__(self):
        self._rules = {}
        self._filtered: dict[str, list] = {}

    def filtered_rules(self, lang: str) -> list:
        """(rule, its cue forms or None, whether it needs quotes) for each rule of the
        language, read once per language (not per document)."""
        out = self._filtered.get(lang)
        if out is None:
            out = self._filtered[lang] = [(rule, self._cue_forms(rule), getattr(rule, "needs_quotes", False))
                                          for rule in self.rules(lang)]
        return out

    def rules(self, lang: str):
        if lang not in self._rules:
            module = importlib.import_module(f"kg.lang.{lang}.discovery")
            self._rules[lang] = module.RULES
        return self._rules[lang]

    def __call__(self, doc: Doc) -> Doc:
        rules = self.filtered_rules(doc.lang)
        for sentence in doc.sentences:
            words = sentence_words(doc, sentence)
            quotes = quoted_spans(doc, sentence)
            # The rule context is built for the first rule that can fire (in about a fifth
            # of the Arabic sentences none can, and no context is built).
            ctx: Context | None = None
            toks: list[Token] = []
            for rule, forms, needs_quotes in rules:
                if forms is not None and forms.isdisjoint(words) or needs_quotes and not quotes:
                    continue   # none of the words this rule starts from, or no quote
                if ctx is None:
                    # ``covered`` is set from the sentence's mentions as soon as they are read.
                    ctx = Context(doc, sentence, None, quotes)
                    ctx.refresh()
                    ctx.covered = MentionIndex(doc, ctx.sentence_mentions())
                    toks = tokens(doc, sentence)
                for cand in rule(ctx, toks):
                    self._accept(doc, ctx, cand)
        sort_mentions(doc)
        return doc

    _forms: dict = {}

    def _cue_forms(self, rule) -> frozenset[str] | None:
        """Every form (with proclitics) of the words a rule starts from, or None."""
        if not hasattr(rule, "cues"):
            return None
        forms = self._forms.get(rule)
        if forms is None:
            forms = self._forms[rule] = frozenset(k for table in rule.cues for k in clitic_forms(table))
        return forms

    def _accept(self, doc: Doc, ctx: Context, cand: Candidate) -> None:
        if cand.nend <= cand.nstart:
            return
        if ctx.covered.overlaps(cand.nstart, cand.nend):
            if not cand.absorb:
                return
            inside = [m for m in doc.mentions if cand.nstart <= m.nstart and m.nend <= cand.nend]
            partial = [m for m in doc.mentions if m.nstart < cand.nend and cand.nstart < m.nend
                       and m not in inside]
            if partial:
                return
            for m in inside:
                doc.mentions.remove(m)
            # A name read anew ("مكتب الميادين" is the channel, not the town) leaves no node
            # for the reading it replaced.
            for gone in {m.entity for m in inside} - {cand.entity}:
                if gone in doc.entities and not any(m.entity == gone for m in doc.mentions):
                    del doc.entities[gone]
            ctx.refresh()
            ctx.covered = MentionIndex(doc, ctx.sentence_mentions())
        if cand.entity is None:
            surface = clean_label(ctx.original(cand.nstart, cand.nend))
            name = clean_label(ctx.original(*cand.label_span)) if cand.label_span else surface
            if cand.citation:
                name = cand.citation
            # A person's key is folded over spellings: one node across articles.
            key = cand.key or (person_key(name) if cand.cls == "Person" else mint_key(name))
            entity = doc.entities.get(key)
            if entity is None:
                labels = {doc.lang: name}
                if cand.en_label:
                    labels["en"] = cand.en_label
                entity = doc.entities[key] = Entity(key, cand.cls, labels, set(), source=cand.rule)
            if not cand.label_span or cand.label_span[1] <= cand.nend:
                # A name reaching past its mention ("المكتب الإعلامي" of "المكتب الإعلامي
                # لحركة X") is no name without the rest: the surface alone is no alias.
                entity.aliases.add((surface, doc.lang))
            entity.aliases.add((name, doc.lang))
            cand.entity = key
        ctx.covered.add(cand.nstart, cand.nend)
        added = add_mention(doc, cand.nstart, cand.nend, cand.entity, cand.cls, cand.rule, cand.kind,
                            ctx.sentence.index)
        added.ref = cand.ref
        _note_added(doc, added)
        ctx.refresh()


def _note_added(doc: Doc, m: Mention) -> None:
    """Add the mention just appended to the document to the mentions-by-sentence map that
    :meth:`Context.refresh` reads, when the map was up to date before it: rebuilding the
    map from every mention after each accepted candidate was quadratic in long documents.
    (It is the rebuilt map: the new mention is the last of its sentence, as of the document.)"""
    by_sentence = doc.cache.get("mentions_by_sentence")
    if by_sentence is not None and doc.cache.get("mentions_count") == len(doc.mentions) - 1:
        by_sentence.setdefault(m.sentence, []).append(m)
        doc.cache["mentions_count"] = len(doc.mentions)

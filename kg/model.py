"""The data model every pipeline stage reads and writes.

A :class:`Document` is what the readers produce (text plus metadata).  A :class:`Doc`
wraps one document on its way through the pipeline: normalised text with its offset
map, sentences, mentions, resolved entities, and the facts (relations and attacks)
found in it.  All offsets are character offsets into ``Document.text``.
"""
from __future__ import annotations

import datetime as _dt
from dataclasses import dataclass, field

from kg.text.normalize import NormalizedText

#: Polarity of an extracted statement.
ASSERTED = "asserted"   # stated by the author or by a source the text reports neutrally
REPORTED = "reported"   # stated inside someone's reported speech or claim
DENIED = "denied"       # the text reports that someone denied it: never a direct triple
POLARITIES = (ASSERTED, REPORTED, DENIED)

#: How a reported number of people is qualified: "7", "at least 7", "more than 20",
#: "about 30", "up to 12".
COUNT_QUALIFIERS = ("exact", "at-least", "more-than", "about", "up-to")


@dataclass(slots=True)
class Document:
    """One input document as read from disk, before any analysis."""

    id: str
    text: str
    path: str | None = None
    title: str | None = None
    date: _dt.date | None = None
    url: str | None = None
    language: str | None = None
    source: str | None = None
    #: Character ranges of lines that are web-page boilerplate, skipped by extraction.
    boilerplate: list[tuple[int, int]] = field(default_factory=list)


@dataclass(slots=True, frozen=True)
class Sentence:
    index: int
    start: int
    end: int


@dataclass(slots=True)
class Entity:
    """One real-world thing, identified by a stable key.

    Lexicon entities use their lexicon id as key; entities discovered in text get a key
    minted from their normalised name, so the same name always yields the same node.
    """

    key: str
    cls: str
    labels: dict[str, str] = field(default_factory=dict)        # lang -> preferred label
    aliases: set[tuple[str, str]] = field(default_factory=set)  # (surface form, lang)
    wikidata: str | None = None
    #: CAMEO actor code: country and agent type (IRQCOP, USAMIL, ---UAF, ---CVL).
    cameo: str | None = None
    source: str = "lexicon"  # "lexicon" or the discovery rule that found it
    #: The document id when the entity is a description that names no group ("the gunmen",
    #: المسلحون, civilians): shared within that document, never merged across documents.
    scope: str | None = None

    @property
    def country(self) -> str | None:
        """The country part of the CAMEO code ("IRQ" of IRQCOP); None when there is no code
        or it names no country ("---UAF", unidentified gunmen)."""
        code = self.cameo
        return code[:3] if code and code[:3] != "---" else None

    @property
    def agent(self) -> str:
        """The agent type of the CAMEO code ("COP" of IRQCOP, "MED" of a news outlet), or ""."""
        return (self.cameo or "")[3:6]


@dataclass(slots=True)
class Mention:
    """A span of text that refers to an entity (or, for nisba adjectives, a state)."""

    start: int
    end: int
    entity: str
    cls: str
    rule: str
    #: "name" (a proper name), "nisba" (an adjective of a state: الإيرانية, Iranian),
    #: "anaphor" (الحركة, the movement), "collective" (الفصائل الموالية لإيران),
    #: "weapon", "title".
    kind: str = "name"
    sentence: int = -1
    #: Normalised-text offsets, kept for pattern matching.
    nstart: int = -1
    nend: int = -1
    #: A second entity the wording names: the backer of "وكلاء إيران" / "Iran's proxies".
    ref: str | None = None


@dataclass(slots=True, frozen=True)
class Evidence:
    """Where a fact was read: the sentence and who the text says asserted it."""

    doc_id: str
    sentence: int
    start: int
    end: int
    said_by: str | None = None


@dataclass(slots=True)
class Relation:
    subject: str
    predicate: str
    object: str
    evidence: Evidence
    rule: str
    confidence: float
    polarity: str = ASSERTED


@dataclass(slots=True, frozen=True)
class Count:
    """A number of people the text reports, with its qualifier (one of COUNT_QUALIFIERS)."""

    value: int
    qualifier: str = "exact"


@dataclass(slots=True)
class Attack:
    """One assault the text reports. Attacker and target may be unknown ("a car bomb
    exploded near a market"); an armed clash (``mutual``) writes both sides in both roles."""

    attacker: str | None
    target: str | None
    evidence: Evidence
    rule: str
    confidence: float
    place: str | None = None
    date: _dt.date | None = None
    weapons: list[str] = field(default_factory=list)
    #: Ontology subclass of Attack chosen from the weapon and manner (DroneStrike ...).
    kind: str = "Attack"
    polarity: str = ASSERTED
    fatalities: Count | None = None
    injured: Count | None = None
    mutual: bool = False
    #: States named with the attacker as one side ("طائرات أميركية وبريطانية", "US and
    #: British jets"): attackers too (see kg/pipeline/attacks/allies.py).
    allies: list[str] = field(default_factory=list)
    #: Sentences of the other tellings merged into this one (its evidence is one telling):
    #: the toll may be told only there (kg/pipeline/merged_tolls.py).
    told_in: list[int] = field(default_factory=list)


@dataclass(slots=True)
class DateMention:
    start: int
    end: int
    value: _dt.date
    sentence: int
    rule: str


@dataclass(slots=True)
class Speech:
    """A stretch of reported speech and its speaker (entity key or None)."""

    start: int
    end: int
    speaker: str | None
    verb: str
    denial: bool = False


@dataclass(slots=True)
class Doc:
    """A document on its way through the pipeline."""

    document: Document
    norm: NormalizedText
    lang: str
    sentences: list[Sentence] = field(default_factory=list)
    mentions: list[Mention] = field(default_factory=list)
    entities: dict[str, Entity] = field(default_factory=dict)
    dates: list[DateMention] = field(default_factory=list)
    speech: list[Speech] = field(default_factory=list)
    relations: list[Relation] = field(default_factory=list)
    attacks: list[Attack] = field(default_factory=list)
    #: Derived views that several stages read (tokens per sentence); never facts.
    cache: dict = field(default_factory=dict, repr=False, compare=False)

    @property
    def id(self) -> str:
        return self.document.id

    @property
    def text(self) -> str:
        return self.document.text

    def is_news_outlet(self, key: str | None) -> bool:
        """Whether the entity is a news outlet (CAMEO agent type MED): it reports a story,
        it is never a side of what it reports."""
        entity = self.entities.get(key) if key else None
        return entity is not None and entity.agent == "MED"

    def sentence_text(self, s: Sentence) -> str:
        return self.document.text[s.start:s.end]

    def evidence(self, sentence: Sentence, said_by: str | None = None) -> Evidence:
        return Evidence(self.id, sentence.index, sentence.start, sentence.end, said_by)

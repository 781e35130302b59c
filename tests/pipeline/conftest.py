"""Fixtures for the extraction tests: a short text becomes a ``kg.model.Document`` and
goes through the real default pipeline (``kg.pipeline.analyze``).

Tests read the result through :class:`Analysis`, which answers the questions the tests
ask (which triples, which attacks, which entity a surface form names) without copying
whole outputs.  Every document is published on :data:`PUBLISHED`, a Wednesday, so
relative dates have a fixed answer.
"""
from __future__ import annotations

import datetime as dt

import pytest

from kg.model import DENIED, Attack, Doc, Document, Mention, Relation
from kg.pipeline import analyze as run_pipeline
from kg.pipeline.patterns import load_rules, mask_sentence
from kg.pipeline.relations import mentions_by_sentence

#: Publication date of every test document unless a test says otherwise (a Wednesday).
PUBLISHED = dt.date(2024, 1, 31)


class Analysis:
    """One analysed document and the questions the tests ask of it."""

    def __init__(self, doc: Doc):
        self.doc = doc

    # -- relations ---------------------------------------------------------------

    @property
    def triples(self) -> set[tuple[str, str, str]]:
        return {(r.subject, r.predicate, r.object) for r in self.doc.relations}

    def relations(self, subject=None, predicate=None, obj=None) -> list[Relation]:
        return [r for r in self.doc.relations
                if (subject is None or r.subject == subject)
                and (predicate is None or r.predicate == predicate)
                and (obj is None or r.object == obj)]

    def rule_matches(self, rule_id: str, name: str = "relations") -> bool:
        """Whether the rule ``rule_id`` of ``kg/lang/<lang>/<name>.yaml`` matches some
        sentence (even when another rule produced the same triple first)."""
        rules = {r.id: r for r in load_rules(self.doc.lang, name)}
        rule = rules[rule_id]
        # Generic actors are found after relations (kg.pipeline.runner): the relation rules
        # never see them masked, so neither does this check.
        by_sentence = {i: [m for m in ms if m.kind != "generic"]
                       for i, ms in mentions_by_sentence(self.doc).items()}
        for sentence in self.doc.sentences:
            masked = mask_sentence(self.doc, sentence, by_sentence.get(sentence.index, []))
            if rule.regex.search(masked.text):
                return True
        return False

    # -- attacks -----------------------------------------------------------------

    @property
    def attacks(self) -> list[Attack]:
        return list(self.doc.attacks)

    @property
    def events(self) -> list[Attack]:
        """The attacks the text tells as done or reported (its denied ones left out)."""
        return [a for a in self.doc.attacks if a.polarity != DENIED]

    def role_codes(self, role: str) -> set[str]:
        """The CAMEO codes of the actors in ``role`` ("attacker", "target") of the events."""
        return {self.doc.entities[key].cameo for a in self.events
                if (key := getattr(a, role)) and key in self.doc.entities}

    def attacks_on(self, target: str) -> list[Attack]:
        return [a for a in self.doc.attacks if a.target == target]

    def attack(self, target: str) -> Attack:
        """The one attack on ``target`` (fails when there is none or several)."""
        found = self.attacks_on(target)
        assert len(found) == 1, f"expected one attack on {target!r}\n{self.describe()}"
        return found[0]

    # -- entities ----------------------------------------------------------------

    def surface(self, m: Mention) -> str:
        return self.doc.text[m.start:m.end]

    def mentions(self, entity: str | None = None) -> list[Mention]:
        return [m for m in self.doc.mentions if entity is None or m.entity == entity]

    def mention(self, surface: str) -> Mention:
        """The mention whose original text is ``surface`` (fails when there is none)."""
        for m in self.doc.mentions:
            if self.surface(m) == surface:
                return m
        raise AssertionError(f"no mention {surface!r}\n{self.describe()}")

    @property
    def keys(self) -> set[str]:
        """Entity keys of every mention."""
        return {m.entity for m in self.doc.mentions}

    def entity(self, key: str):
        return self.doc.entities[key]

    # -- messages ----------------------------------------------------------------

    def describe(self) -> str:
        """What was found, for assertion messages."""
        lines = [f"text: {self.doc.text!r}"]
        lines += [f"  mention {self.surface(m)!r} -> {m.entity} ({m.cls}, {m.kind}, {m.rule})"
                  for m in self.doc.mentions]
        lines += [f"  relation {r.subject} {r.predicate} {r.object} [{r.polarity}, {r.rule}, "
                  f"said_by={r.evidence.said_by}]" for r in self.doc.relations]
        lines += [f"  attack {a.attacker} -> {a.target} place={a.place} date={a.date} "
                  f"weapons={a.weapons} kind={a.kind} [{a.polarity}, {a.rule}]" for a in self.doc.attacks]
        lines += [f"  date {self.doc.text[d.start:d.end]!r} = {d.value} ({d.rule})" for d in self.doc.dates]
        lines += [f"  speech speaker={s.speaker} verb={s.verb} denial={s.denial} "
                  f"{self.doc.text[s.start:s.end]!r}" for s in self.doc.speech]
        return "\n".join(lines)


def make_document(text: str, lang: str | None = None, date: dt.date | None = PUBLISHED,
                  doc_id: str = "test-doc") -> Document:
    return Document(id=doc_id, text=text, date=date, language=lang)


@pytest.fixture
def analyze():
    """``analyze(text, lang=None, date=PUBLISHED, doc_id="test-doc") -> Analysis``."""

    def _analyze(text: str, lang: str | None = None, date: dt.date | None = PUBLISHED,
                 doc_id: str = "test-doc") -> Analysis:
        return Analysis(run_pipeline(make_document(text, lang, date, doc_id)))

    return _analyze


@pytest.fixture
def published() -> dt.date:
    return PUBLISHED

"""Antecedents a relation cannot have: a person as what a possessive's owner heads or joins,
or as the backer a group's "military arm" is read from (thirteenth round of issue 13)."""
from __future__ import annotations

from kg.model import Doc
from kg.pipeline.patterns import sentence_span


def _is_person(doc: Doc, key: str) -> bool:
    entity = doc.entities.get(key)
    return entity is not None and entity.cls == "Person"


def person_antecedent(doc: Doc, raw: dict, predicate: str, obj_slot: str, subject: str, obj: str) -> bool:
    """Whether the relation reads a person where none can stand. "قائده" after a person is
    his commander ("عمل إلى جانب قائده P"): no one heads or joins a person (the ontology's
    leaderOf / memberOf have groups and polities as objects), so an antecedent slot that
    resolves to a person gives nothing. A rule marked ``subject_not_person`` reads no
    person as its subject ("P ... ومؤسس جناحها العسكري": the arm is the group's own)."""
    if predicate in ("leaderOf", "memberOf") and obj_slot in ("PREV", "SUBJ") and _is_person(doc, obj):
        return True
    return bool(raw.get("subject_not_person")) and _is_person(doc, subject)


def ambiguous_person(doc: Doc, raw: dict, ms, match, sentence: int) -> bool:
    """Whether a rule marked ``one_person_before`` has no single person to read: a sentence
    opening with the verb ("وأصبح عضوا قياديا في X") has the previous sentence's person as
    its subject only when that sentence names one person (after "قال P إن القوات اعتقلت Q"
    the member may be either)."""
    if raw.get("heading_before") and not _name_heading(doc, sentence - 1):
        return True
    if not raw.get("one_person_before") or any(m.cls == "Person" for m in ms.mentions_in(0, match.start())):
        return False
    return len({m.entity for m in doc.mentions if m.sentence == sentence - 1 and m.cls == "Person"}) > 1


def _name_heading(doc: Doc, index: int) -> bool:
    """Whether sentence ``index`` is a heading that is one person's name and nothing else
    ("فؤاد شكر" over a profile's paragraph; a kunya in brackets, a number may go with it):
    the next line's "أحد القادة في X" says who he is (round i13a15)."""
    sentence = next((s for s in doc.sentences if s.index == index), None)
    if sentence is None:
        return False
    text = doc.norm.text
    people = sorted((m for m in doc.mentions if m.sentence == index and m.cls == "Person"), key=lambda m: m.nstart)
    if len({m.entity for m in people}) != 1:
        return False
    start, end = sentence_span(doc, sentence)
    rest, at = [], start
    for m in people:
        rest.append(text[at:m.nstart])
        at = m.nend
    rest.append(text[at:end])
    return not "".join(ch for ch in " ".join(rest) if ch.isalpha())

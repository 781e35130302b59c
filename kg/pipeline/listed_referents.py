"""A demonstrative collective that points back at a list of named groups: "تبنت A وB وC
الهجمات. وتدعم إيران هذه الفصائل", "A, B and C claimed the attacks. These groups are backed
by Iran".

The collective stage gives "هذه الفصائل" / "these groups" a node of its own (a described
group); what the text says of it, it says of each group it points back at. The groups are
the last list of two or more armed groups ("A وB وC", "A, B and C") before it in its
sentence, else in the sentence before: a demonstrative refers to what was just listed,
never further back. A pronoun opening a description of the list ("A وB، وهي فصائل منضوية
في Y", data: ``list_pronouns`` in bodies.yaml) points back the same way. Only a collective
that found no described group to join (its own "group_..." node) is read so; a bare "the
militias" is no demonstrative here.
"""
from __future__ import annotations

import re
from dataclasses import replace
from functools import lru_cache

from kg.lang import language_data, language_words
from kg.lang.cues import cues
from kg.text.normalize import normalize_key
from kg.model import Doc, Mention, Relation

#: Classes a listed group may have (the ARMED class set of the rule files).
_LISTED = frozenset({"ArmedGroup", "Organization", "Coalition"})
#: The English article is among the collective demonstratives, but "the militias" is a
#: description, not a pointer back.
_NOT_POINTING = frozenset({"the"})
#: What may stand between two names of one list: a comma and/or "و" / "and".
_LIST_JOINT = re.compile(r"\s*(?:[،,]\s*)?(?:و|and\s+)?\s*")


def distribute_to_listed(doc: Doc, relations: list[Relation]) -> list[Relation]:
    """Each relation on a demonstrative collective also holds for every group it points
    back at (the collective's own relation is kept)."""
    pointers = _pointers(doc)
    if not pointers:
        return relations
    out = list(relations)
    seen = {(r.subject, r.predicate, r.object, r.evidence.sentence) for r in relations}
    for r in relations:
        for side in ("subject", "object"):
            listed = pointers.get((r.evidence.sentence, getattr(r, side)))
            if not listed:
                continue
            other = r.object if side == "subject" else r.subject
            for group in listed:
                new = replace(r, **{side: group})
                key = (new.subject, new.predicate, new.object, new.evidence.sentence)
                if group != other and key not in seen:
                    seen.add(key)
                    out.append(new)
    return out


def _pointers(doc: Doc) -> dict[tuple[int, str], list[str]]:
    """(sentence, collective key) -> the groups a demonstrative collective points at."""
    if doc.lang not in ("ar", "en"):
        return {}
    words = (cues(doc.lang).demonstratives - _NOT_POINTING) | _list_pronouns(doc.lang)
    out: dict[tuple[int, str], list[str]] = {}
    for m in doc.mentions:
        if m.kind != "collective" or m.rule != "collective.reference" or not _after(doc, m, words):
            continue
        if not m.entity.startswith("group_"):
            # Joined to a described group ("الفصائل العراقية"): it points back only at a list
            # its own sentence or the one before names right after that description ("أدرجت
            # أربعة فصائل ... . وقالت إن الجماعات A وB وC وD ... . وتدعم إيران هذه الجماعات").
            listed = _listed_after_same(doc, m)
            if listed:
                out[(m.sentence, m.entity)] = listed
            continue
        listed = _named_groups(doc, m.sentence, before=m.nstart) or _named_groups(doc, m.sentence - 1)
        if listed:
            out[(m.sentence, m.entity)] = listed
    for key, listed in _lists_named_next(doc).items():
        out.setdefault(key, listed)
    return out


def _listed_after_same(doc: Doc, m: Mention) -> list[str]:
    """The groups of a list that follows a mention of the same described group in the
    sentence before (or earlier in this one): "الجماعات A وB" then "هذه الجماعات"."""
    for sentence in (m.sentence, m.sentence - 1):
        same = [o for o in doc.mentions if o.sentence == sentence and o.entity == m.entity
                and o is not m and o.nstart < m.nstart]
        for o in reversed(same):
            listed = _list_right_after(doc, sentence, o.nend)
            if listed:
                return listed
    return []


def _list_right_after(doc: Doc, sentence: int, at: int) -> list[str]:
    """The list of two or more groups that starts right at ``at`` (a space or comma
    between), in order; none otherwise."""
    names = sorted((m for m in doc.mentions if m.sentence == sentence and m.kind == "name"
                    and m.cls in _LISTED and m.nstart >= at), key=lambda m: m.nstart)
    text = doc.norm.text
    if not names or text[at:names[0].nstart].strip(" ،,:") != "":
        return []
    run = [names[0]]
    for m in names[1:]:
        if not _LIST_JOINT.fullmatch(text[run[-1].nend:m.nstart]):
            break
        run.append(m)
    keys = list(dict.fromkeys(r.entity for r in run))
    return keys if len(keys) >= 2 else []


def _lists_named_next(doc: Doc) -> dict[tuple[int, str], list[str]]:
    """"تبنت ثلاثة فصائل موالية لإيران الهجوم. وهي A وB وC", "Three Iran-backed groups
    claimed it. They are A, B and C": a sentence that opens with a list pronoun and a list
    of groups names the members of the last collective of the sentence before."""
    openers = _list_openers(doc.lang)
    if not openers:
        return {}
    out: dict[tuple[int, str], list[str]] = {}
    # The mentions by sentence, read once: a scan of the document's mentions for every
    # sentence was quadratic in long documents (2% of the pipeline on 10 KB texts).
    by_sentence: dict[int, list[Mention]] = {}
    for m in doc.mentions:
        by_sentence.setdefault(m.sentence, []).append(m)
    for sentence in doc.sentences[1:]:
        first = min((m for m in by_sentence.get(sentence.index, ()) if m.kind == "name"),
                    key=lambda m: m.start, default=None)
        if first is None or first.cls not in _LISTED:
            continue
        opener = " ".join(normalize_key(doc.text[sentence.start:first.start]).lower().split())
        if opener.rstrip(":") not in openers:
            continue
        listed = _named_groups(doc, sentence.index)
        if not listed or listed[0] != first.entity:
            continue
        collectives = [m for m in by_sentence.get(sentence.index - 1, ()) if m.kind == "collective"
                       and m.cls in _LISTED]
        if collectives:
            last = max(collectives, key=lambda m: m.start)
            out[(last.sentence, last.entity)] = listed
    return out


@lru_cache(maxsize=4)
def _list_openers(lang: str) -> frozenset[str]:
    return frozenset(" ".join(normalize_key(w).lower().split())
                     for w in language_data(lang, "bodies").get("list_openers", []))


@lru_cache(maxsize=4)
def _list_pronouns(lang: str) -> frozenset[str]:
    """"وهي فصائل ..." after a list: the pronoun, like a demonstrative, points back."""
    return language_words(lang, "bodies", "list_pronouns")


def _after(doc: Doc, m: Mention, words: frozenset[str]) -> bool:
    """Whether the collective opens with, or follows, a demonstrative ("هذه الفصائل",
    "These groups": the English mention holds its determiner)."""
    text = doc.norm.text
    first = text[m.nstart:m.nend].split(" ", 1)[0].lower()
    before = text[max(0, m.nstart - 12):m.nstart].split()
    # "لهذه الجماعات": a preposition glued to the demonstrative.
    return first in words or (bool(before) and (before[-1].lower() in words or
                                                before[-1][:1] in "لبو" and before[-1][1:] in words))


def _named_groups(doc: Doc, sentence: int, before: int | None = None) -> list[str]:
    """The last list of two or more distinct armed groups named in ``sentence`` (before
    ``before``), in order; none when there is no such list (one group is no list)."""
    names = sorted((m for m in doc.mentions if m.sentence == sentence and m.kind == "name"
                    and m.cls in _LISTED and (before is None or m.nstart < before)),
                   key=lambda m: m.nstart)
    text = doc.norm.text
    last: list[str] = []
    run: list[Mention] = []
    for m in names:
        if run and not _LIST_JOINT.fullmatch(text[run[-1].nend:m.nstart]):
            run = []
        run.append(m)
        keys = list(dict.fromkeys(r.entity for r in run))
        if len(keys) >= 2:
            last = keys
    return last

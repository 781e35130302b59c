"""Resolving later references to entities already introduced in the document.

* Surnames: after "أكرم الكعبي" / "Akram al-Kaabi", "الكعبي" / "Kaabi" is the same person
  (the nearest earlier person with that surname when several share it).
* Definite head nouns: "الحركة" / "the movement" is the nearest earlier entity whose name
  opens with that head ("حركة النجباء"); "القاعدة" the nearest base.
"""
from __future__ import annotations

import re

from kg.lang.ar.morphology import PROCLITICS, is_arabic
from kg.lang.cues import cues
from kg.model import Doc, Mention
from kg.pipeline.tokens import MentionIndex, add_mention, sort_mentions
from kg.text.normalize import normalize_key

_SURNAME_PREFIXES = {"عبد", "ابو", "بن", "ال", "آل", "al", "el", "bin", "abu", "abd", "ibn"}
_HEAD_CLASSES = {"قاعده": ("MilitaryBase",), "base": ("MilitaryBase",), "مطار": ("Place", "Facility"),
                 "ship": ("Vessel",), "vessel": ("Vessel",), "سفينه": ("Vessel",), "ناقله": ("Vessel",),
                 "group": ("ArmedGroup", "Organization"), "coalition": ("Coalition",)}


def surnames(name: str) -> set[str]:
    """The forms a person's name takes when only the family name is used."""
    words = normalize_key(name).replace("-", " ").split()
    if len(words) < 2:
        return set()
    out = {words[-1]}
    if len(words) >= 3 and words[-2] in _SURNAME_PREFIXES:
        out.add(f"{words[-2]} {words[-1]}")
    if words[-1].startswith("ال") and len(words[-1]) > 4:
        out.add(words[-1])
    if not is_arabic(name) and len(words) >= 3 and words[-2] in ("al", "el"):
        out.add(f"al-{words[-1]}")
    return {s for s in out if len(s) >= 3}


def _word_matches(text: str, start: int, end: int, arabic: bool) -> tuple[int, int] | None:
    """Whether text[start:end] is a whole word (Arabic proclitics allowed before)."""
    if end < len(text) and text[end].isalnum():
        return None
    ws = start
    while ws > 0 and text[ws - 1].isalnum():
        ws -= 1
    prefix = text[ws:start]
    if prefix and not (arabic and prefix in PROCLITICS):
        return None
    return start, end


class Coreference:
    name = "coref"

    def __call__(self, doc: Doc) -> Doc:
        self._surnames(doc)
        self._anaphors(doc)
        sort_mentions(doc)
        return doc

    def _sentence_of(self, doc: Doc, nstart: int) -> int:
        ostart = doc.norm.to_original(nstart)
        for s in doc.sentences:
            if s.start <= ostart < s.end:
                return s.index
        return -1

    def _surnames(self, doc: Doc) -> None:
        text = doc.norm.text
        people: dict[str, list[tuple[int, str]]] = {}
        for m in doc.mentions:
            if m.cls == "Person" and m.kind == "name":
                surface = text[m.nstart:m.nend]
                for s in surnames(surface):
                    people.setdefault(s, []).append((m.nstart, m.entity))
                entity = doc.entities.get(m.entity)
                for label in (entity.labels.values() if entity else ()):
                    for s in surnames(label):
                        people.setdefault(s, []).append((m.nstart, m.entity))
        if not people:
            return
        covered = MentionIndex(doc)
        pattern = re.compile("|".join(re.escape(s) for s in sorted(people, key=len, reverse=True)))
        for hit in pattern.finditer(text):
            span = _word_matches(text, hit.start(), hit.end(), is_arabic(hit.group()))
            if not span or covered.overlaps(*span):
                continue
            earlier = [(pos, key) for pos, key in people[hit.group()] if pos < hit.start()]
            candidates = earlier or people[hit.group()]
            key = max(candidates)[1] if earlier else min(candidates)[1]
            sent = self._sentence_of(doc, hit.start())
            if sent < 0:
                continue
            add_mention(doc, span[0], span[1], key, "Person", "coref.surname", "name", sent)
            covered.add(*span)

    def _anaphors(self, doc: Doc) -> None:
        table = cues(doc.lang).anaphors
        if not table:
            return
        arabic = doc.lang == "ar"
        forms = dict(table)
        if arabic:   # ل + الحركة is written للحركة
            forms.update({"لل" + a[2:]: h for a, h in table.items() if a.startswith("ال")})
        text = doc.norm.text
        covered = MentionIndex(doc)
        heads = sorted((m.nstart, text[m.nstart:m.nend].split(" ")[0], m.entity, m.cls)
                       for m in doc.mentions)
        pattern = re.compile("|".join(re.escape(a) for a in sorted(forms, key=len, reverse=True)))
        for hit in pattern.finditer(text):
            start = hit.start() + (1 if hit.group().startswith("لل") else 0)
            span = _word_matches(text, start if not hit.group().startswith("لل") else hit.start(),
                                 hit.end(), arabic)
            if span is None:
                continue
            span = (start, hit.end())
            if covered.overlaps(*span) or _modified(text, hit.end()):
                continue
            head = forms[hit.group()]
            want = _HEAD_CLASSES.get(head)
            antecedent = None
            for pos, first, entity, cls in reversed(heads):
                if pos < start and (first.endswith(head) or (want and cls in want)):
                    antecedent = (entity, cls)
                    break
            sent = self._sentence_of(doc, start)
            if antecedent is None or sent < 0:
                continue
            add_mention(doc, span[0], span[1], antecedent[0], antecedent[1], "coref.definite_head",
                        "anaphor", sent)
            covered.add(*span)


def _modified(text: str, end: int) -> bool:
    """Whether a definite adjective follows (then the noun is described, not anaphoric)."""
    m = re.match(r" (?:ال|the )?(\w+)", text[end:end + 30])
    if not m:
        return False
    word = text[end + 1:end + 1 + len(m.group(0)) - 1]
    return word.startswith("ال") and len(word) > 4 and not word.startswith(("الذي", "التي", "الذين"))

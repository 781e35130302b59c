"""Resolving later references to entities already introduced in the document.

* Surnames: after "أكرم الكعبي" / "Akram al-Kaabi", "الكعبي" / "Kaabi" is the same person
  (the nearest earlier person with that surname when several share it).
* Kunyas: "فلان المعروف باسم «أبو نعمة»": "أبو نعمة" is that person, there and later.
* Definite head nouns: "الحركة" / "the movement" refers back (kg/pipeline/definite_anaphors.py).
* Groups by a shorter name, a name discovered once, a bracketed acronym: wherever repeated.
"""
from __future__ import annotations

import re
from functools import lru_cache

from kg.lang.ar.morphology import is_arabic
from kg.model import Doc
from kg.pipeline.acronyms import bracketed_acronyms, written_so
from kg.pipeline.bracketed_names import kunya_names, merge_bracketed_full_names, merge_short_full_names
from kg.pipeline.definite_anaphors import definite_head_anaphors
from kg.pipeline.lexicon_cores import lexicon_cores, name_by_core
from kg.pipeline.patterns import literal_matches
from kg.pipeline.nisba_anaphors import nisba_anaphors
from kg.pipeline.tokens import MentionIndex, add_mention, sentence_of, sort_mentions, word_span
from kg.text.normalize import normalize_key

_SURNAME_PREFIXES = {"عبد", "ابو", "بن", "ال", "al", "el", "bin", "abu", "abd", "ibn"}
_ONE_MORE_WORD = re.compile(r" \w+")
# Groups whose name may hold where they act ("X في العراق", "X in Iraq"), and the words
# that link the place to the name's core.
_SHORT_NAME_CLASSES = {"ArmedGroup", "Organization", "Coalition"}
#: Classes whose discovered name may be shorter than the words that found it ("the X area").
_LABELLED_CLASSES = _SHORT_NAME_CLASSES | {"Place"}
_PLACE_LINKS = frozenset({"في", "in"})
#: A definite nisba ending an Arabic name of three words or more: its state's adjective
#: ("السوري", "الليبي", "العراقيه").
_STATE_NISBA = re.compile(r"^ال\w{2,}(?:ي|يه)$")


@lru_cache(maxsize=8192)
def surnames(name: str) -> frozenset[str]:
    """The forms a person's name takes when only the family name is used (memoised: the
    same names and labels come back for every mention of a person in every document)."""
    words = normalize_key(name).replace("-", " ").split()
    if len(words) < 2:
        return frozenset()
    out = {words[-1]}
    if len(words) >= 3 and words[-2] in _SURNAME_PREFIXES:
        out.add(f"{words[-2]} {words[-1]}")
    if words[-1].startswith("ال") and len(words[-1]) > 4:
        out.add(words[-1])
    if not is_arabic(name) and len(words) >= 3 and words[-2] in ("al", "el"):
        out.add(f"al-{words[-1]}")
    return frozenset(s for s in out if len(s) >= 3)


class Coreference:
    name = "coref"

    def __call__(self, doc: Doc) -> Doc:
        merge_bracketed_full_names(doc)
        merge_short_full_names(doc)
        self._kunyas(doc)
        self._surnames(doc)
        self._short_names(doc)
        self._discovered_names(doc)
        self._acronyms(doc)
        definite_head_anaphors(doc)
        nisba_anaphors(doc)   # English: "the Lebanese group"
        sort_mentions(doc)
        return doc

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
        for hit_start, hit_end, surname in literal_matches(people, text):
            span = word_span(text, hit_start, hit_end, is_arabic(surname))
            if not span or covered.overlaps(*span):
                continue
            if surname.endswith("علي") and "ى" in doc.text[doc.norm.to_original(hit_start):
                                                          doc.norm.to_original(hit_end - 1) + 1]:
                continue   # the preposition على, normalised like the family name علي
            earlier = [(pos, key) for pos, key in people[surname] if pos < hit_start]
            candidates = earlier or people[surname]
            key = max(candidates)[1] if earlier else min(candidates)[1]
            sent = sentence_of(doc, hit_start)
            if sent < 0:
                continue
            add_mention(doc, span[0], span[1], key, "Person", "coref.surname", "name", sent)
            covered.add(*span)

    def _discovered_names(self, doc: Doc) -> None:
        """A group the document named once where discovery reads it ("قائد وحدة “عزيز”
        التابعة لحزب الله") is the same group where the same words name it again without
        that cue ("على رأس وحدة عزيز"): one node, mentioned in both places. Names of two
        words or more only (a one-word name is too often a common word)."""
        text = doc.norm.text
        named: dict[str, tuple[str, str]] = {}
        for m in doc.mentions:
            entity = doc.entities.get(m.entity)
            if m.kind != "name" or m.cls not in _LABELLED_CLASSES or entity is None \
                    or entity.source == "lexicon":
                continue
            surface = text[m.nstart:m.nend]
            if " " in surface and m.cls in _SHORT_NAME_CLASSES:
                named.setdefault(surface, (m.entity, m.cls))
            # "the Ain Baal area" named the place "Ain Baal": the name alone names it too
            label = normalize_key(entity.labels.get(doc.lang, ""))
            if " " in label and label != surface and label in surface:
                named.setdefault(label, (m.entity, m.cls))
        self._mention_repeats(doc, named, "coref.discovered_name")

    def _acronyms(self, doc: Doc) -> None:
        """"X (HAAA) ... HAAA is": a bracketed acronym names the group later (acronyms.py)."""
        for acronym, (key, cls, written) in bracketed_acronyms(doc).items():
            self._mention_repeats(doc, {acronym: (key, cls)}, "coref.acronym",
                                  lambda end, w=written: written_so(doc, end, w))

    def _short_names(self, doc: Doc) -> None:
        """A group named with where it acts ("المقاومة الإسلامية في العراق", "the Islamic
        Resistance in Iraq") or with its state's adjective ("الجيش الوطني السوري") is meant
        by the name's core alone ("المقاومة الإسلامية", "الجيش الوطني") elsewhere in the
        same document, when no other named group shares that core and the core is not
        followed there by a place of its own ("... في لبنان")."""
        text = doc.norm.text
        cores: dict[str, set[str]] = {}
        classes: dict[str, str] = {}
        for m in doc.mentions:
            if m.kind != "name" or m.cls not in _SHORT_NAME_CLASSES:
                continue
            words = text[m.nstart:m.nend].split(" ")
            at = next((k for k, w in enumerate(words) if w in _PLACE_LINKS), None)
            if at is None and len(words) >= 3 and _STATE_NISBA.match(words[-1]):
                at = len(words) - 1   # "الجيش الوطني السوري": later "الجيش الوطني"
            if at is not None and at >= 2:
                core = " ".join(words[:at])
                cores.setdefault(core, set()).add(m.entity)
                classes[m.entity] = m.cls
        for core, keys in lexicon_cores(doc, classes).items():
            cores.setdefault(core, keys)   # the document's own full name comes first
        named = {core: (key, classes[key]) for core, keys in cores.items() if len(keys) == 1
                 for key in keys}
        # "المقاومة الإسلامية في لبنان" after a core is another group's full name.
        self._mention_repeats(doc, named, "coref.short_name",
                              lambda end: text[end:end + 4].lstrip(" ").split(" ")[0] not in _PLACE_LINKS)
        name_by_core(doc)

    def _mention_repeats(self, doc: Doc, named: dict[str, tuple[str, str]], rule: str,
                         keep=lambda end: True) -> None:
        """Each whole-word occurrence of a surface in ``named`` (surface -> entity key and
        class) not already covered by a mention becomes a mention of that entity."""
        if not named:
            return
        text = doc.norm.text
        arabic = doc.lang == "ar"
        covered = MentionIndex(doc)
        for hit_start, hit_end, surface in literal_matches(named, text):
            span = word_span(text, hit_start, hit_end, arabic)
            if not span or covered.overlaps(*span) or not keep(hit_end):
                continue
            sent = sentence_of(doc, hit_start)
            if sent >= 0:
                key, cls = named[surface]
                add_mention(doc, span[0], span[1], key, cls, rule, "name", sent)
                covered.add(*span)

    def _kunyas(self, doc: Doc) -> None:
        """"فلان المعروف باسم «أبو نعمة»": the kunya names the person before it, there
        and wherever it stands alone later in the document."""
        if doc.lang != "ar":
            return
        text = doc.norm.text
        persons = [m for m in doc.mentions if m.cls == "Person" and m.kind == "name"]
        after_name: dict[int, str] = {}
        named = kunya_names(doc, persons, after_name)
        if not named:
            return
        covered = MentionIndex(doc)
        for hit_start, hit_end, kunya in literal_matches(named, text):
            span = word_span(text, hit_start, hit_end, True)
            if not span:
                continue
            key = after_name.get(hit_start, named[kunya])
            # discovered as a person of its own, with the family name after the kunya
            # ("المعروف بـ«أبو جعفر» ... «أبو جعفر الموسوي»"), or cut before the kunya's
            # last word ("وسام محمد «أبو بكر» السعدي"): it is the named one
            same = [m for m in persons if m.nstart == span[0] and (
                m.nend <= span[1] or kunya.startswith(("ابو ", "ام ")) and _ONE_MORE_WORD.fullmatch(text, span[1], m.nend))]
            if same:
                for m in same:
                    m.entity = key
                continue
            if covered.overlaps(*span):
                continue
            sent = sentence_of(doc, hit_start)
            if sent >= 0:
                add_mention(doc, span[0], span[1], key, "Person", "coref.kunya", "name", sent)
                covered.add(*span)
        used = {m.entity for m in doc.mentions}
        for key in [k for k, e in doc.entities.items() if e.cls == "Person" and e.source != "lexicon" and k not in used]:
            del doc.entities[key]

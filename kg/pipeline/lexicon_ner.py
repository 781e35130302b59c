"""Entity mentions from the lexicon, by Aho-Corasick over normalised text.

Each lexicon name is added in the forms it takes in running text (the ل + ال
contraction, definite forms of common nouns, inflected nisba adjectives); a match counts
only at word boundaries, where the letters glued before it are Arabic proclitics.
Overlapping matches resolve to the longest.
"""
from __future__ import annotations

import re
from bisect import bisect_right

import ahocorasick

from kg.lang.ar import morphology as ar
from kg.lang.ar.given_names import GIVEN
from kg.lexicon import Lexicon, LexiconEntry, default_lexicon
from kg.model import Doc, Mention
from kg.pipeline.lexicon_entities import _lang, add_lexicon_entity
from kg.pipeline.lexicon_guards import (_PLACES, _accusative_word, _army_as_adjective, _dual_names, _read_as_dual,
                                       occupiers_named_by_adjective)
from kg.pipeline.lexicon_refs import (
    _add_capital, _ByStart, _capital_named, _named_force, _named_operator, _named_place, _named_state, _official_outlet,
    _region_state, _unit_words)
from kg.pipeline.weapon_adjectives import describes_a_group
from kg.text.normalize import normalize_key

_ACRONYM = re.compile(r"^[A-Z][A-Z.\-]{0,5}$")
_PARTICLES = {"من", "بدون", "دون", "ضد", "في", "على"}


#: The article "al" before a word of a Latin-script name, hyphenated or spaced.
#: A Latin kunya and article right before a known person's surname: "Abu Muhammad al-" of
#: "Abu Muhammad al-Jolani" is part of his name, not a person "Abu Muhammad" of its own.
_KUNYA_BEFORE = re.compile(r"(?<![a-z])(?:abu|abou|umm) [a-z]+ (?:al-|el-)$")
_LATIN_ARTICLE = re.compile(r"(^|[\s'])(al-|al )(?=\w)")
#: A kunya opens no given name: "أبو علي الحاكم" without its article would be "a ruler".
_KUNYA_WORDS = frozenset({"ابو", "ام", "ابي", "ابا"})


def _definite(phrase: str) -> str:
    """The definite form of an Arabic noun phrase: article on noun and adjectives."""
    words = phrase.split(" ")
    out = []
    for w in words:
        if w in _PARTICLES or w.startswith(("ال", "لل")) or not ar.is_arabic(w):
            out.append(w)
        else:
            out.append(ar.ARTICLE + w)
    return " ".join(out)


class LexiconMatcher:
    """Pipeline component: adds lexicon mentions and their entities to the Doc."""

    name = "lexicon_ner"

    def __init__(self, lexicon: Lexicon | None = None):
        self.lexicon = lexicon or default_lexicon()
        self._automaton = ahocorasick.Automaton()
        table: dict[str, list[tuple]] = {}
        for entry in self.lexicon:
            for name in entry.names():
                for form, skip in self._name_forms(entry, name):
                    table.setdefault(form, []).append((skip, entry.id, "name", name))
            for adjective in entry.nisba:
                if ar.is_arabic(adjective):
                    forms = ar.nisba_forms(normalize_key(adjective))
                    forms |= {f for f in (ar.lam_contraction(x) for x in list(forms)) if f}
                    for form in forms:
                        skip = 1 if form.startswith("لل") else 0
                        table.setdefault(form, []).append((skip, entry.id, "nisba", adjective))
                else:
                    table.setdefault(normalize_key(adjective), []).append((0, entry.id, "nisba", adjective))
        # What the per-hit loop tests of each value is decided here once: the written
        # name's script (Arabic names may carry proclitics) and whether it is an acronym
        # (then it must match the original letters' case).
        for form, values in table.items():
            checked = [(skip, entity_id, kind, written, ar.is_arabic(written), bool(_ACRONYM.match(written)))
                       for skip, entity_id, kind, written in values]
            self._automaton.add_word(form, (len(form), checked))
        self._automaton.make_automaton()
        self._cls = {entry.id: entry.cls for entry in self.lexicon}
        self._own_given: dict[str, frozenset[str]] = {}

    @staticmethod
    def _name_forms(entry: LexiconEntry, name: str):
        base = normalize_key(name)
        if not base:
            return
        forms = {base}
        if entry.cls == "Weapon" and ar.is_arabic(base):
            forms.add(normalize_key(_definite(base)))
        # "مقتل أبي مهدي المهندس": a name that opens with the kunya is read in every case.
        forms |= ar.kunya_case_forms(base)
        # "أبومهدي المهندس": the press often writes the kunya joined to the name after it.
        forms |= {f.replace(" ", "", 1) for f in list(forms) if ar.is_arabic(f) and f.startswith(("ابو ", "ابي ", "ابا "))
                  and f.count(" ") >= 2}
        # Latin script writes the Arabic article joined or apart: "Harakat Hezbollah
        # al-Nujaba" and "... al Nujaba" are one name.
        if not ar.is_arabic(base):
            forms |= {_LATIN_ARTICLE.sub(lambda m: m.group(1) + ("al " if m.group(2) == "al-" else "al-"), f)
                      for f in list(forms)}
        # The press writes a person's family name with or without the article ("زياد
        # النخالة" / "زياد نخالة"): the name without it, after the same given name, is theirs.
        if entry.cls == "Person" and ar.is_arabic(base):
            words = base.split(" ")
            if len(words) >= 2 and words[-1].startswith("ال") and len(words[-1]) > 4 \
                    and words[-1] != "الله" and words[0] not in _KUNYA_WORDS:
                forms.add(" ".join(words[:-1] + [words[-1][2:]]))
        for form in forms:
            yield form, 0
            if ar.is_arabic(form):
                lam = ar.lam_contraction(form)
                if lam:
                    yield lam, 1

    def _another_persons_surname(self, text: str, start: int, entity_id: str, written: str) -> bool:
        """A person's bare family name right after a given name that is not theirs is
        another person's name ("حسن الخزعلي", "أبو علي الخزعلي" are not Qais al-Khazali):
        discovery reads the whole name. (The caller leaves out a word that is part of
        another lexicon name: "محافظة عمران الحلبوسي".)"""
        if self._cls[entity_id] != "Person" or not ar.is_arabic(written):
            return False
        if " " in written.strip():
            # A known person's full name right after a given name is the father's and
            # grandfather's names in another person's: "الشهيد عباس محمد X" is Abbas, son
            # of Muhammad X, not Muhammad X (a kunya opens no such chain).
            return normalize_key(written).split(" ", 1)[0] not in _KUNYA_WORDS \
                and self._after_a_given_name(text, start)
        return self._after_a_given_name(text, start, entity_id)

    def _after_a_given_name(self, text: str, start: int, entity_id: str | None = None) -> bool:
        """Whether a given name stands right before ``start`` (one space apart) that is not
        the given name of ``entity_id``'s own names."""
        before = text[:start]
        words = before.rstrip(" ").rsplit(" ", 1)
        if len(before) - len(before.rstrip(" ")) != 1 or not words:
            return False
        prev = words[-1]
        if prev[:1] in "وفب" and prev[1:] in GIVEN:
            prev = prev[1:]
        if prev not in GIVEN:
            return False
        if entity_id is None:
            return True
        own = self._own_given.get(entity_id)
        if own is None:
            own = self._own_given[entity_id] = frozenset(
                normalize_key(n).split(" ", 1)[0] for n in self.lexicon[entity_id].names()
                if " " in n.strip() and ar.is_arabic(n))
        return prev not in own

    def __call__(self, doc: Doc) -> Doc:
        text = doc.norm.text
        original = doc.text
        candidates = []
        dual_names = _dual_names()
        proclitic_ok = ar.proclitic_ok
        tanween = "\u064b" in original
        size = len(text)
        for end, (length, values) in self._automaton.iter(text):
            start = end - length + 1
            stop = end + 1
            if stop < size:
                after = text[stop]
                if after.isalnum() or after == "_":
                    continue
            word_start = start
            while word_start > 0 and text[word_start - 1].isalnum():
                word_start -= 1
            prefix = text[word_start:start]
            for skip, entity_id, kind, written, arabic, acronym in values:
                if arabic:
                    if not proclitic_ok(prefix):
                        continue
                    name = text[start:stop]
                    if name in dual_names and _read_as_dual(text, name, word_start, stop):
                        continue
                    if tanween and self._cls[entity_id] in _PLACES and _accusative_word(doc, original, start, stop):
                        continue
                elif prefix or _army_as_adjective(text, start, stop):
                    continue
                if acronym:
                    ostart, oend = doc.norm.span_to_original(start, stop)
                    if original[ostart:oend] != written:
                        continue
                candidates.append((start + skip, stop, entity_id, kind, written))
        candidates = occupiers_named_by_adjective(text, candidates, self._cls)
        # Longest match first: "Gulf of Aden" wins over "the Gulf" that starts earlier.
        candidates.sort(key=lambda c: (-(c[1] - c[0]), c[0]))
        sentence_starts = [s.start for s in doc.sentences]
        taken = bytearray(len(text) + 1)
        chosen = []
        for cand in candidates:
            start, stop = cand[0], cand[1]
            if any(taken[start:stop]):
                continue
            taken[start:stop] = b"\x01" * (stop - start)
            chosen.append(cand)
        chosen.sort(key=lambda c: c[0])
        cls = self._cls
        states = _ByStart([c for c in candidates if cls[c[2]] == "State"])
        places = _ByStart([c for c in candidates if cls[c[2]] in ("State", "Place", "Region")])
        forces = _ByStart([c for c in candidates if cls[c[2]] == "ArmedGroup"])
        every = None   # every candidate by start, made for the first name naming a place
        # The chosen adjectives by state, for capitals ("العاصمة القطرية الدوحة").
        nisbas: dict[str, list[tuple]] = {}
        for c in chosen:
            if c[3] == "nisba":
                nisbas.setdefault(c[2], []).append(c)
        for start, stop, entity_id, kind, written in chosen:
            if kind == "name" and not taken[max(0, start - 2)] \
                    and self._another_persons_surname(text, start, entity_id, written):
                continue
            ostart, oend = doc.norm.span_to_original(start, stop)
            sent = bisect_right(sentence_starts, ostart) - 1
            if sent < 0 or ostart >= doc.sentences[sent].end:
                continue   # inside boilerplate
            entry = self.lexicon[entity_id]
            if entry.cls == "Weapon" and describes_a_group(text, start, stop):
                continue   # "فصائل مقاتلة": fighting factions, no fighter jet
            if kind == "name" and entry.cls == "State" and _capital_named(text, start, entity_id, nisbas):
                _add_capital(doc, entry, written, ostart, oend, sent, start, stop)
                continue
            mention_kind = "weapon" if entry.cls == "Weapon" and kind == "name" else kind
            if kind == "name" and entry.cls == "Person" and (kunya := _KUNYA_BEFORE.search(text, max(0, start - 30), start)) \
                    and not any(taken[kunya.start():start]):
                start = kunya.start()
                ostart = doc.norm.span_to_original(start, stop)[0]
            doc.mentions.append(Mention(ostart, oend, entity_id, entry.cls, self.name, mention_kind,
                                        sent, start, stop, _named_state(entry, text[start:stop], start, stop, states)
                                        or _official_outlet(entry, text, start, stop, states)
                                        or _named_place(entry, text, start, stop, places)
                                        or _named_force(entry, text, start, stop, forces)
                                        or _named_operator(entry, start, stop, forces)
                                        or _region_state(entry, start, stop, states)))
            entity = doc.entities.get(entity_id) or add_lexicon_entity(doc, entry)
            named = doc.mentions[-1].ref
            if named and named not in doc.entities:
                # The place or state inside the name is an actor of the text too.
                add_lexicon_entity(doc, self.lexicon[named])
            if named:
                # ... named as the name says it ("بيروت" inside "الضاحية الجنوبية لبيروت").
                every = every or _ByStart(candidates)
                doc.entities[named].aliases.update(
                    (c[4], _lang(c[4])) for c in every.within(start, stop)
                    if c[2] == named and c[3] == "name" and c[1] <= stop)
            if kind == "name":
                entity.aliases.add((written, _lang(written)))
                if named and entry.cls == "ArmedGroup" and self.lexicon[named].cls == "ArmedGroup":
                    # "القوة الصاروخية في القوات المسلحة اليمنية": the words before "في"
                    # are how this text names the unit itself.
                    unit = _unit_words(written)
                    if unit:
                        entity.aliases.add((unit, _lang(unit)))
        doc.mentions.sort(key=lambda m: m.start)
        return doc

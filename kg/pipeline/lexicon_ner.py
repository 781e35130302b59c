"""Entity mentions from the lexicon, by Aho-Corasick over normalised text.

Each lexicon name is added in the forms it takes in running text (the ل + ال
contraction, definite forms of common nouns, inflected nisba adjectives); a match counts
only at word boundaries, where the letters glued before it are Arabic proclitics.
Overlapping matches resolve to the longest.
"""
from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from functools import lru_cache

import ahocorasick

from kg.lang import LANGUAGES, language_data
from kg.lang.ar import morphology as ar
from kg.lang.ar.given_names import GIVEN
from kg.lexicon import Lexicon, LexiconEntry, default_lexicon
from kg.keys import mint_key
from kg.model import Doc, Entity, Mention
from kg.pipeline.weapon_adjectives import describes_a_group
from kg.text.normalize import normalize_key

_ACRONYM = re.compile(r"^[A-Z][A-Z.\-]{0,5}$")
_PARTICLES = {"من", "بدون", "دون", "ضد", "في", "على"}


#: The article "al" before a word of a Latin-script name, hyphenated or spaced.
_LATIN_ARTICLE = re.compile(r"(^|[\s'])(al-|al )(?=\w)")
#: A kunya opens no given name: "أبو علي الحاكم" without its article would be "a ruler".
_KUNYA_WORDS = frozenset({"ابو", "ام", "ابي", "ابا"})


def _lang(text: str) -> str:
    return "ar" if ar.is_arabic(text) else "en"


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
                elif prefix or _army_as_adjective(text, start, stop):
                    continue
                if acronym:
                    ostart, oend = doc.norm.span_to_original(start, stop)
                    if original[ostart:oend] != written:
                        continue
                candidates.append((start + skip, stop, entity_id, kind, written))
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
            doc.mentions.append(Mention(ostart, oend, entity_id, entry.cls, self.name, mention_kind,
                                        sent, start, stop, _named_state(entry, text[start:stop], start, stop, states)
                                        or _named_place(entry, text, start, stop, places)
                                        or _named_force(entry, text, start, stop, forces)
                                        or _named_operator(entry, start, stop, forces)))
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


@lru_cache(maxsize=1)
def _dual_names() -> dict[str, tuple[frozenset[str], frozenset[str]]]:
    """Names that are also a noun's dual, with the words after and before that read them so."""
    out = {}
    for name, marks in (language_data("ar", "cues").get("dual_names") or {}).items():
        out[normalize_key(name)] = (frozenset(normalize_key(w) for w in marks.get("after", [])),
                                    frozenset(normalize_key(w) for w in marks.get("before", [])))
    return out


def _read_as_dual(text: str, name: str, word_start: int, stop: int) -> bool:
    """"في البحرين الأحمر والعربي", "كلا البحرين": the two seas, not the state."""
    after, before = _dual_names()[name]
    nxt = text[stop:stop + 30].split(maxsplit=1)
    prev = text[max(0, word_start - 30):word_start].split()
    word = nxt[0] if nxt else ""
    return word in after or (word.startswith("و") and word[1:] in after) or bool(prev and prev[-1] in before)


@lru_cache(maxsize=1)
def _army_modified_nouns() -> tuple[frozenset[str], frozenset[str]]:
    data = language_data("en", "bodies")
    return (frozenset(w.lower() for w in data.get("army_words", [])),
            frozenset(w.lower() for w in data.get("army_modified_nouns", [])))


def _army_as_adjective(text: str, start: int, stop: int) -> bool:
    """"a US military base", "US military officials", "bases of the US military": an army's
    English name around a noun it describes says whose the thing is, the state's, as the
    golds read it; the army as an actor is the name on its own ("the US military said")."""
    words, nouns = _army_modified_nouns()
    before = text[max(0, stop - 12):stop].split()
    if not before or before[-1].lower() not in words:
        return False
    after = text[stop:stop + 20].split()
    if after and after[0].lower().strip(",.") in nouns:
        return True
    lead = text[max(0, start - 30):start].lower().split()
    if lead and lead[-1] == "the":
        lead = lead[:-1]
    return len(lead) >= 2 and lead[-1] == "of" and lead[-2] in nouns


@lru_cache(maxsize=1)
def _body_heads() -> frozenset[str]:
    return frozenset(normalize_key(w) for lang in LANGUAGES
                     for w in language_data(lang, "bodies").get("state_body_heads", []))


class _ByStart:
    """Match candidates ``(start, stop, entity, kind, written)`` sorted by start, so the
    ones starting inside a name are a bisection away: each name of a long document
    otherwise scanned every candidate of the document (quadratic)."""

    __slots__ = ("items", "starts")

    def __init__(self, items: list[tuple]):
        self.items = sorted(items, key=_start)   # stable: equal starts keep their order
        self.starts = [c[0] for c in self.items]

    def within(self, start: int, stop: int) -> list[tuple]:
        """The candidates with ``start <= c[0] < stop``."""
        return self.items[bisect_left(self.starts, start):bisect_left(self.starts, stop)]


def _start(c: tuple) -> int:
    return c[0]


def _named_state(entry: LexiconEntry, name: str, start: int, stop: int, states: _ByStart) -> str | None:
    """The state a command's or ministry's name itself names ("القيادة الوسطى الأميركية",
    "US Central Command", "وزارة الخارجية الإيرانية"): the wording says whose body it
    is.  Armed groups are left out ("حزب الله العراقي" is no body of the Iraqi state),
    and so are names without a body's head noun ("المرصد السوري" works in Syria)."""
    if entry.cls not in ("Organization", "Government"):
        return None
    heads = _body_heads()
    if not any(w in heads or (w.startswith("ال") and w[2:] in heads) for w in name.split()):
        return None
    inside = {c[2] for c in states.within(start, stop) if c[1] <= stop and (c[0], c[1]) != (start, stop)}
    return inside.pop() if len(inside) == 1 else None


def _named_place(entry: LexiconEntry, text: str, start: int, stop: int, places: _ByStart) -> str | None:
    """The place a site's name puts it in ("السفارة الأميركية في بغداد", "US embassy in
    Baghdad", "الضاحية الجنوبية لبيروت"): only a place after "في"/"in" (or a district's
    "لـ") inside the name, never a mere owner's nisba."""
    if entry.cls not in ("Facility", "MilitaryBase", "Place"):
        return None
    # A district "of" its city: "الضاحية الجنوبية لبيروت" (لـ glued after a space).
    of_city = entry.cls == "Place"
    return _one_named_after(text, start, stop, places, entry.id, ("في ", "in "),
                            lambda c: of_city and text[max(start, c[0] - 2):c[0]] == " ل")


def _named_force(entry: LexiconEntry, text: str, start: int, stop: int, forces: _ByStart) -> str | None:
    """The force a unit's name puts it in ("القوات البحرية في القوات المسلحة اليمنية",
    "the naval forces of the Yemeni Armed Forces"): an armed group named after "في"/"of"
    inside an armed group's name."""
    if entry.cls != "ArmedGroup":
        return None
    return _one_named_after(text, start, stop, forces, entry.id, ("في ", "of ", "of the "))


def _named_operator(entry: LexiconEntry, start: int, stop: int, forces: _ByStart) -> str | None:
    """The armed group a government's name says runs it ("حكومة الحوثيين", "the Houthi-run
    government"): the one armed group named inside a government's name."""
    if entry.cls != "Government":
        return None
    inside = {c[2] for c in forces.within(start, stop) if c[1] <= stop and (c[0], c[1]) != (start, stop)}
    return inside.pop() if len(inside) == 1 else None


def _one_named_after(text: str, start: int, stop: int, candidates: _ByStart, own_id: str,
                     joints: tuple[str, ...], also=lambda c: False) -> str | None:
    """The one candidate (other than the name's own entity) named inside the name
    [start, stop) right after one of ``joints`` (or where ``also`` says); None when
    there is none or more than one."""
    inside = {c[2] for c in candidates.within(start, stop) if start < c[0] and c[1] <= stop and c[2] != own_id
              and (any(text[max(start, c[0] - len(j)):c[0]] == j for j in joints) or also(c))}
    return inside.pop() if len(inside) == 1 else None


def _capital_named(text: str, start: int, state: str, nisbas: dict[str, list[tuple]]) -> bool:
    """"العاصمة القطرية الدوحة", "the Qatari capital, Doha": a capital the lexicon lists as
    its state's metonym, named here as the city (its state's adjective just before).
    ``nisbas``: the chosen adjective matches by state."""
    for c in nisbas.get(state, ()):
        between = text[c[1]:start]
        if between == " " and text[max(0, c[0] - 8):c[0]].endswith(("العاصمه ", "عاصمه ")):
            return True
        if between in (" capital ", " capital, "):
            return True
    return False


def _add_capital(doc: Doc, state: LexiconEntry, written: str, ostart: int, oend: int, sent: int,
                 start: int, stop: int) -> None:
    """The city as a place of its own (one key for its name), located in its state."""
    key = mint_key(written)
    entity = doc.entities.get(key)
    if entity is None:
        entity = doc.entities[key] = Entity(key, "Place", {_lang(written): written}, set(), source="capital_named")
    entity.aliases.add((written, _lang(written)))
    if state.id not in doc.entities:
        add_lexicon_entity(doc, state)
    doc.mentions.append(Mention(ostart, oend, key, "Place", "capital_named", "name", sent, start, stop, state.id))


def _unit_words(name: str) -> str | None:
    for joint in (" في ", " of "):
        if joint in name:
            return name.split(joint, 1)[0].strip() or None
    return None


def add_lexicon_entity(doc: Doc, entry: LexiconEntry) -> Entity:
    labels = {k: v for k, v in (("ar", entry.ar), ("en", entry.en)) if v}
    entity = Entity(entry.id, entry.cls, labels, set(), entry.wikidata, entry.cameo, "lexicon")
    doc.entities[entry.id] = entity
    return entity

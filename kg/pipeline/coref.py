"""Resolving later references to entities already introduced in the document.

* Surnames: after "أكرم الكعبي" / "Akram al-Kaabi", "الكعبي" / "Kaabi" is the same person
  (the nearest earlier person with that surname when several share it).
* Kunyas: "فلان المعروف باسم «أبو نعمة»": "أبو نعمة" is that person, there and later.
* Definite head nouns: "الحركة" / "the movement" is the nearest earlier entity whose name
  opens with that head ("حركة النجباء") or follows it (حركة «المقاومة الإسلامية»);
  "القاعدة" the nearest base.
"""
from __future__ import annotations

import re
from bisect import bisect_left
from functools import lru_cache

from kg.lang import language_data
from kg.lang.ar.morphology import PROCLITICS, is_arabic
from kg.lang.cues import cues
from kg.model import Doc
from kg.pipeline.acronyms import bracketed_acronyms, written_so
from kg.pipeline.bracketed_names import kunya_names, merge_bracketed_full_names, merge_short_full_names
from kg.pipeline.derived import built_once
from kg.pipeline.lexicon_cores import lexicon_cores, name_by_core
from kg.pipeline.patterns import automaton_matches, literal_automaton, literal_matches
from kg.pipeline.nisba_anaphors import nisba_anaphors
from kg.pipeline.tokens import MentionIndex, add_mention, sort_mentions
from kg.text.normalize import normalize_key

_SURNAME_PREFIXES = {"عبد", "ابو", "بن", "ال", "آل", "al", "el", "bin", "abu", "abd", "ibn"}
_ONE_MORE_WORD = re.compile(r" \w+")
_HEAD_CLASSES = {"قاعده": ("MilitaryBase",), "base": ("MilitaryBase",), "مطار": ("Place", "Facility"),
                 "ship": ("Vessel",), "vessel": ("Vessel",), "سفينه": ("Vessel",), "ناقله": ("Vessel",),
                 "group": ("ArmedGroup", "Organization"), "coalition": ("Coalition",),
                 "militia": ("ArmedGroup",), "جماعه": ("ArmedGroup",),
                 "ميليشيا": ("ArmedGroup",), "مليشيا": ("ArmedGroup",)}
# A collective description ("Iran-backed militias", "الفصائل") names many groups: a
# singular "the group" / "الجماعة" never refers back to it.
# A state's adjective is no antecedent of a definite head noun: in "حماس هي حركة فلسطينية
# ... . الحركة" the noun before "فلسطينية" describes the group, it does not name the state.
_NOT_ANTECEDENTS = {"collective", "nisba"}
# A force's unit named by its kind ("القوات البحرية اليمنية"، "سلاح الجو المسير") is part
# of a group, never "الجماعة" itself: "زوارق تابعة للقوات البحرية ... . وقال المتحدث
# باسم الجماعة" speaks for the Houthis, not their navy.
_UNIT_HEADS = frozenset({"القوات", "قوات", "القوه", "قوه", "سلاح", "الوحده", "وحده", "اللواء", "لواء"})
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
        merge_bracketed_full_names(doc)
        merge_short_full_names(doc)
        self._kunyas(doc)
        self._surnames(doc)
        self._short_names(doc)
        self._discovered_names(doc)
        self._acronyms(doc)
        self._anaphors(doc)
        nisba_anaphors(doc)   # English: "the Lebanese group"
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
        for hit_start, hit_end, surname in literal_matches(people, text):
            span = _word_matches(text, hit_start, hit_end, is_arabic(surname))
            if not span or covered.overlaps(*span):
                continue
            if surname.endswith("علي") and "ى" in doc.text[doc.norm.to_original(hit_start):
                                                          doc.norm.to_original(hit_end - 1) + 1]:
                continue   # the preposition على, normalised like the family name علي
            earlier = [(pos, key) for pos, key in people[surname] if pos < hit_start]
            candidates = earlier or people[surname]
            key = max(candidates)[1] if earlier else min(candidates)[1]
            sent = self._sentence_of(doc, hit_start)
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
            span = _word_matches(text, hit_start, hit_end, arabic)
            if not span or covered.overlaps(*span) or not keep(hit_end):
                continue
            sent = self._sentence_of(doc, hit_start)
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
        named = kunya_names(doc, persons)
        if not named:
            return
        covered = MentionIndex(doc)
        for hit_start, hit_end, kunya in literal_matches(named, text):
            span = _word_matches(text, hit_start, hit_end, True)
            if not span:
                continue
            key = named[kunya]
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
            sent = self._sentence_of(doc, hit_start)
            if sent >= 0:
                add_mention(doc, span[0], span[1], key, "Person", "coref.kunya", "name", sent)
                covered.add(*span)
        used = {m.entity for m in doc.mentions}
        for key in [k for k, e in doc.entities.items() if e.cls == "Person" and e.source != "lexicon" and k not in used]:
            del doc.entities[key]

    def _anaphors(self, doc: Doc) -> None:
        table = cues(doc.lang).anaphors
        if not table:
            return
        arabic = doc.lang == "ar"
        forms, automaton = _anaphor_matcher(doc.lang, table)
        text = doc.norm.text
        covered = MentionIndex(doc)
        # A name's head is its first word, or the noun written just before it when the
        # name is quoted after its kind: حركة «المقاومة الإسلامية في العراق».
        heads = sorted((m.nstart, text[m.nstart:m.nend].split(" ")[0], m.entity, m.cls,
                        _word_before(text, m.nstart)) for m in doc.mentions
                       if m.kind not in _NOT_ANTECEDENTS)
        ends = {m.nstart: m.nend for m in doc.mentions}
        # "head of the militia Harakat al-Nujaba": a noun right before a name describes it.
        named_starts = {m.nstart for m in doc.mentions if m.kind == "name"}
        # Only heads before an anaphor can be its antecedent: each hit walks back from its
        # own place (bisection), not from the document's last head (quadratic).
        head_starts = [h[0] for h in heads]
        # head -> (sentence, entity, class) of the last anaphor with that head: the topic.
        topic: dict[str, tuple[int, str, str]] = {}
        for hit_start, hit_end, written in automaton_matches(automaton, text) if automaton else ():
            start = hit_start + (1 if written.startswith("لل") else 0)
            span = _word_matches(text, start if not written.startswith("لل") else hit_start,
                                 hit_end, arabic)
            if span is None:
                continue
            span = (start, hit_end)
            if covered.overlaps(*span) or _modified(text, hit_end):
                continue
            if not arabic and text[hit_end:hit_end + 1] == " " and hit_end + 1 in named_starts:
                continue

            head = forms[written]
            want = _HEAD_CLASSES.get(head)
            antecedent = None
            possessor = False
            for pos, first, entity, cls, before in reversed(heads[:bisect_left(head_starts, start)]):
                if want and not arabic and text[max(0, pos - 3):pos] in ("'s ", "’s "):
                    continue   # "Hezbollah's Shura Council, the group's ...": the group owns the body
                if pos < start and _apposed(text, ends.get(pos, pos), start, hit_end):
                    continue   # "X, an umbrella of ..., the group's": it describes that name
                if pos < start and want and "ArmedGroup" in want and not first.endswith(head) \
                        and cls == "Organization" and _state_force(doc, entity):
                    continue   # "the group" is never a state's army or ministry (the PMF may be)
                if pos < start and want and "ArmedGroup" in want and not arabic and cls == "Organization" \
                        and text[pos:ends.get(pos, pos)].rsplit(" ", 1)[-1] in _body_ends():
                    continue   # nor a group's body: "the Shura Council agreed ... the movement's"
                    # (an armed group named so, "Southern Transitional Council", may be)
                if pos < start and want and "ArmedGroup" in want and not first.endswith(head) \
                        and cls == "Organization" and _outlet(doc, entity):
                    continue   # nor a news outlet: "..., news agency AP reported. The group said"
                if pos < start and arabic and head == "جماعه" and first.lstrip("ولب") in _UNIT_HEADS | {
                        u[1:] for u in _UNIT_HEADS if u.startswith("ال")}:
                    continue   # a force's unit is never "الجماعة" (_UNIT_HEADS)
                if pos < start and (first.endswith(head) or before.endswith(head) or (want and cls in want)):
                    antecedent = (entity, cls, self._sentence_of(doc, pos))
                    possessor = not arabic and text[ends.get(pos, pos):ends.get(pos, pos) + 2] in ("'s", "’s")
                    break
            sent = self._sentence_of(doc, start)
            if antecedent is None or sent < 0:
                continue
            if head in topic and antecedent[0] != topic[head][1] and (
                    antecedent[2] == topic[head][0] or possessor and sent - topic[head][0] <= 3):
                # English: "the PMF's Brigades 45 ... . the group's official": a group named
                # only as a possessor does not take over the topic of the last "the group".
                # "وقالت الحركة التي تضم ... وحركة النجباء ... . وشددت الحركة": a group
                # named in the sentence that told of the last "الحركة" is what was said
                # about it; the repeated noun still names the topic.
                antecedent = (topic[head][1], topic[head][2], topic[head][0])
            if want and not arabic and text[max(0, start - 2):start] == ", " \
                    and _TRAILING_ATTRIBUTION.match(text, hit_end):
                antecedent = self._subject_group(doc, heads[:bisect_left(head_starts, start)], want, sent) \
                    or antecedent
            topic[head] = (sent, antecedent[0], antecedent[1])
            add_mention(doc, span[0], span[1], antecedent[0], antecedent[1], "coref.definite_head",
                        "anaphor", sent)
            covered.add(*span)


    def _subject_group(self, doc: Doc, heads: list, want: tuple, sent: int) -> tuple | None:
        """The sentence's first group of the wanted classes (no possessor of another's
        body, no state's army): its subject, the one a closing attribution speaks for."""
        text = doc.norm.text
        for pos, _first, entity, cls, _before in heads:
            if cls in want and self._sentence_of(doc, pos) == sent \
                    and text[max(0, pos - 3):pos] not in ("'s ", "’s ") and not _state_force(doc, entity):
                return (entity, cls, sent)
        return None


# English: ", the group's leader N said" closing a sentence speaks for the sentence's
# subject; the group nearest before it may sit in the object ("X will back head of Y P,
# the group's leader N said": X's leader, not Y's).
_TRAILING_ATTRIBUTION = re.compile(r"(?:'s|’s) [^,.;]{0,80}? (?:said|says|told|added|stated)(?![a-z])")

_ANAPHOR_MATCHERS: dict[int, tuple[object, tuple[dict[str, str], re.Pattern]]] = {}


def _anaphor_matcher(lang: str, table: dict[str, str]) -> tuple[dict[str, str], object]:
    """A language's anaphor forms (written form -> head) and their automaton, built once.
    Scanned with :func:`automaton_matches`, which finds what ``finditer`` of the forms'
    alternation (longest first) finds, without trying the alternation at every letter."""
    def build(table: dict[str, str]) -> tuple[dict[str, str], object]:
        forms = dict(table)
        if lang == "ar":   # ل + الحركة is written للحركة
            forms.update({"لل" + a[2:]: h for a, h in table.items() if a.startswith("ال")})
        return forms, literal_automaton(forms)
    return built_once(_ANAPHOR_MATCHERS, table, build)


#: CAMEO agent types of a state's own bodies (army, government, police, intelligence).
_STATE_AGENTS = ("MIL", "GOV", "COP", "SPY")


@lru_cache(maxsize=1)
def _body_ends() -> frozenset[str]:
    return frozenset(normalize_key(w) for w in language_data("en", "bodies").get("body_ends", []))


def _outlet(doc: Doc, key: str) -> bool:
    """A news outlet (CAMEO agent type MED): reported by, never "the group" itself."""
    entity = doc.entities.get(key)
    return entity is not None and (entity.cameo or "")[3:] == "MED"


def _state_force(doc: Doc, key: str) -> bool:
    entity = doc.entities.get(key)
    return entity is not None and (entity.cameo or "")[3:] in _STATE_AGENTS


def _word_before(text: str, start: int) -> str:
    r"""The word right before offset ``start`` (quotes are already gone from the text).

    What ``re.search(r"(\w+) $", window)`` finds in the 30 characters before ``start``,
    read backwards from the space (that search tried every start in the window, for
    every mention of every document); ``$`` also matches before a final newline."""
    window = text[max(0, start - 30):start]
    if window.endswith(" "):
        end = len(window) - 1
    elif window.endswith(" \n"):
        end = len(window) - 2
    else:
        return ""
    i = end
    while i > 0 and (window[i - 1].isalnum() or window[i - 1] == "_"):   # \w
        i -= 1
    return window[i:end]


_COMMA_GAP = re.compile(r"\s*[,،]\s*")


def _apposed(text: str, name_end: int, start: int, end: int) -> bool:
    """Whether the anaphor at ``start``..``end`` is the owner in an apposition right after
    a name ending at ``name_end`` ("Hamas's Shura Council, the group's top
    body"): the apposition describes that name as a part of the group, so the group is
    another entity ("the group said" after a comma may still be the name itself)."""
    return bool(_COMMA_GAP.fullmatch(text, name_end, start)) and text[end:end + 2] in ("'s", "’s")


# "الجماعة المدعومة من إيران" still refers back: the adjective says who backs the group
# named before, it does not describe a new one.
_BACKING_ADJECTIVE = re.compile(r"ال(?:مدعوم|موالي|مقرب|مرتبط|حليف|محسوب|متحالف)\w*$")
# Nor does a pejorative epithet the press gives a group it has named: "زعيم الميليشيا
# الانقلابية P" after the Houthis is their leader (twelfth round).
_EPITHET_ADJECTIVE = re.compile(r"ال(?:انقلابي|متمرد|ارهابي)\w*$")

def _modified(text: str, end: int) -> bool:
    """Whether a definite adjective follows (then the noun is described, not anaphoric)."""
    m = re.match(r" (?:ال|the )?(\w+)", text[end:end + 30])
    if not m:
        return False
    word = text[end + 1:end + 1 + len(m.group(0)) - 1]
    return word.startswith("ال") and len(word) > 4 and not word.startswith(("الذي", "التي", "الذين")) \
        and not _BACKING_ADJECTIVE.match(word) and not _EPITHET_ADJECTIVE.match(word)

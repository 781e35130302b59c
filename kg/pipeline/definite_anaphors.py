"""Definite head nouns referring back: "الحركة" / "the movement" is the nearest earlier
entity whose name opens with that head ("حركة النجباء") or follows it (حركة «المقاومة
الإسلامية»); "القاعدة" the nearest base. Run by :class:`kg.pipeline.coref.Coreference`.
"""
from __future__ import annotations

import re
from bisect import bisect_left
from functools import lru_cache

from kg.lang import language_data
from kg.lang.cues import cues
from kg.model import Doc
from kg.pipeline.derived import built_once
from kg.pipeline.patterns import automaton_matches, literal_automaton
from kg.pipeline.tokens import MentionIndex, add_mention, sentence_of, word_span
from kg.text.normalize import normalize_key

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


def definite_head_anaphors(doc: Doc) -> None:
    """Each definite head noun not covered by a mention becomes a mention of its antecedent."""
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
        span = word_span(text, start if not written.startswith("لل") else hit_start,
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
                antecedent = (entity, cls, sentence_of(doc, pos))
                possessor = not arabic and text[ends.get(pos, pos):ends.get(pos, pos) + 2] in ("'s", "’s")
                break
        sent = sentence_of(doc, start)
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
            antecedent = _subject_group(doc, heads[:bisect_left(head_starts, start)], want, sent) \
                or antecedent
        topic[head] = (sent, antecedent[0], antecedent[1])
        add_mention(doc, span[0], span[1], antecedent[0], antecedent[1], "coref.definite_head",
                    "anaphor", sent)
        covered.add(*span)


def _subject_group(doc: Doc, heads: list, want: tuple, sent: int) -> tuple | None:
    """The sentence's first group of the wanted classes (no possessor of another's
    body, no state's army): its subject, the one a closing attribution speaks for."""
    text = doc.norm.text
    for pos, _first, entity, cls, _before in heads:
        if cls in want and sentence_of(doc, pos) == sent \
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

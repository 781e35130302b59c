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
#: Classes of a second group a head noun without classes of its own ("الحركة") may
#: also fit: then neither is its referent.
_RIVAL_GROUPS = frozenset({"ArmedGroup", "Organization", "Coalition"})
# A force's unit named by its kind ("القوات البحرية اليمنية"، "سلاح الجو المسير") is part
# of a group, never "الجماعة" itself: "زوارق تابعة للقوات البحرية ... . وقال المتحدث
# باسم الجماعة" speaks for the Houthis, not their navy.
_UNIT_HEADS = frozenset({"القوات", "قوات", "القوه", "قوه", "سلاح", "الوحده", "وحده", "اللواء", "لواء"})
#: ... each also with its article's alif dropped ("لقوات"), the forms a name's first word is compared with.
_UNIT_HEAD_FORMS = _UNIT_HEADS | {u[1:] for u in _UNIT_HEADS if u.startswith("ال")}


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
        fit = 0
        antecedent_pos = -1
        rivals: set[str] = set()   # other groups the noun fits in the antecedent's sentence
        for pos, first, entity, cls, before in reversed(heads[:bisect_left(head_starts, start)]):
            if antecedent is not None and sentence_of(doc, pos) != antecedent[2]:
                break
            how = _fits(doc, text, ends, pos, first, entity, cls, before, head, want, arabic,
                        start, hit_end)
            if not how:
                continue
            if antecedent is None:
                antecedent = (entity, cls, sentence_of(doc, pos))
                antecedent_pos = pos
                possessor = not arabic and text[ends.get(pos, pos):ends.get(pos, pos) + 2] in ("'s", "’s")
                fit = how
            elif entity != antecedent[0] and (how == fit or fit == 1) and (
                    cls in want if want else cls == antecedent[1] or cls in _RIVAL_GROUPS) \
                    and not _unit_named(text, pos, ends.get(pos, pos), arabic):
                # ("anti-ship missile" is no rival of a ship, "Hezbollah's Radwan Force"
                # none of Hezbollah)
                if _describes(text, ends.get(pos, pos), antecedent_pos, arabic):
                    # "X، وهي شبكة من ... التابعة لـY": the aside tells of X, its subject
                    antecedent = (entity, cls, antecedent[2])
                    antecedent_pos = pos
                    rivals.discard(entity)
                    continue
                rivals.add(entity)
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
        if rivals and not (head in topic and topic[head][1] in rivals | {antecedent[0]}):
            # "انشقت ميليشيا X عن ميليشيا Y ... . تتلقى الجماعة": two groups the noun fits
            # in one sentence, and no earlier "الجماعة" to say which: no referent
            if not (want and not arabic and text[max(0, start - 2):start] == ", "
                    and _TRAILING_ATTRIBUTION.match(text, hit_end)):
                continue
        elif rivals and antecedent[0] != topic[head][1]:
            antecedent = (topic[head][1], topic[head][2], topic[head][0])
        if want and not arabic and text[max(0, start - 2):start] == ", " \
                and _TRAILING_ATTRIBUTION.match(text, hit_end):
            antecedent = _subject_group(doc, heads[:bisect_left(head_starts, start)], want, sent) \
                or antecedent
        topic[head] = (sent, antecedent[0], antecedent[1])
        add_mention(doc, span[0], span[1], antecedent[0], antecedent[1], "coref.definite_head",
                    "anaphor", sent)
        covered.add(*span)


def _fits(doc: Doc, text: str, ends: dict, pos: int, first: str, entity: str, cls: str, before: str,
          head: str, want: tuple | None, arabic: bool, start: int, hit_end: int) -> int:
    """How the definite noun ``head`` at ``start`` fits the mention at ``pos``: 2 when the
    name carries the noun ("حركة حماس" for "الحركة"), 1 when only its class does ("حزب
    الله" for "الجماعة"), 0 when it cannot refer to it."""
    if pos >= start:
        return 0   # only a name told before the noun
    if want and not arabic and text[max(0, pos - 3):pos] in ("'s ", "’s "):
        return 0   # "Hezbollah's Shura Council, the group's ...": the group owns the body
    if _apposed(text, ends.get(pos, pos), start, hit_end):
        return 0   # "X, an umbrella of ..., the group's": it describes that name
    if want and "ArmedGroup" in want and not first.endswith(head) \
            and cls == "Organization" and _state_force(doc, entity):
        return 0   # "the group" is never a state's army or ministry (the PMF may be)
    if want and "ArmedGroup" in want and not arabic and cls == "Organization" \
            and text[pos:ends.get(pos, pos)].rsplit(" ", 1)[-1] in _body_ends():
        return 0   # nor a group's body: "the Shura Council agreed ... the movement's"
        # (an armed group named so, "Southern Transitional Council", may be)
    if want and "ArmedGroup" in want and not first.endswith(head) \
            and cls == "Organization" and doc.is_news_outlet(entity):
        return 0   # nor a news outlet: "..., news agency AP reported. The group said"
    if arabic and head == "جماعه" and first.lstrip("ولب") in _UNIT_HEAD_FORMS:
        return 0   # a force's unit is never "الجماعة" (_UNIT_HEADS)
    if first.endswith(head) or before.endswith(head):
        return 2
    return 1 if want and cls in want else 0


def _unit_named(text: str, start: int, end: int, arabic: bool) -> bool:
    """Whether the name at ``start``..``end`` is a force's unit by its head ("قوة الرضوان"،
    "the Radwan Force"): a part of a group, no second group beside it."""
    words = text[start:end].split(" ")
    if arabic:
        return words[0].lstrip("ولب") in _UNIT_HEAD_FORMS
    return words[-1] in _EN_UNIT_ENDS


_EN_UNIT_ENDS = frozenset({"force", "forces", "unit", "units", "brigade", "division", "battalion",
                           "regiment", "wing", "command"})
# A description opened right after a name: "X، وهي شبكة ..."، "X التي ..."، "X, which ...",
# or an apposition "X، الجناح العسكري لـY"، "X, the armed wing of Y", "X, an umbrella of Y".
_ASIDE = re.compile(r"\s*(?:[,،]?\s*(?:وهي|وهو|وهم|التي|الذي|الذين|which|who)(?!\w)"
                    r"|[,،]\s*(?:ال\w{3,}|the|an?)(?!\w))")


def _describes(text: str, name_end: int, later: int, arabic: bool) -> bool:
    """Whether an aside opened right after the name ending at ``name_end`` runs on to the
    mention at ``later`` (no sentence stop between): what it names is said of that name."""
    m = _ASIDE.match(text, name_end)
    return bool(m) and m.end() <= later and not re.search(r"[.!?؟;؛]", text[m.end():later])


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

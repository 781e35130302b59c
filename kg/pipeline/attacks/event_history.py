"""History: what makes a sentence tell an earlier time than its news (used by
events._history): time counted in a chronicle ("وبعد شهر، ..."), an earlier month named
with "الماضي", a year of the Hijri calendar. Split from events.py (past 400 lines)."""
from __future__ import annotations

import re

from kg.pipeline.attacks.event_cues import EventCues


def story_time(words: list[str], ec: EventCues) -> bool:
    """"وبعد أكثر من شهر بقليل، في 14 فبراير، قتل ...": time counted from an earlier event
    of a chronicle (a span of a week or more after "بعد", not "بعد شهر من X"): its dates are
    not the news's, so the sentence is history."""
    if not ec.story_spans:
        return False
    for i, w in enumerate(words):
        if w not in ec.story_after:
            continue
        k = i + 1
        while k < len(words) and k <= i + 3 and words[k] in ec.story_qualifiers:
            k += 1
        if k < len(words) and words[k] in ec.story_spans and (
                k + 1 == len(words) or words[k + 1] not in ec.story_links):
            return True
    return False


def earlier_month(words: list[str], ec: EventCues, published) -> bool:
    """"في يوليو (تموز) الماضي" two months or more before publication: an earlier period,
    like "الشهر الماضي" (last month's "27 ديسمبر الماضي" is still news)."""
    if published is None:
        return False
    for i, w in enumerate(words):
        if w in ec.period_last and any(x in ec.periods for x in words[max(0, i - 3):i]):
            return True   # "خلال السنوات الست الماضية"
        if w not in ec.month_last:
            continue
        at = next((k for k in range(max(0, i - 3), i) if words[k] in ec.months), None)
        if at is None or at and words[at - 1].isdigit():
            continue   # "12 يناير الماضي" is a date: its age decides (see _history)
        month = ec.months[words[at]]
        if ((published.month - month) % 12 or 12) >= 2:
            return True
    return False


def hijri_year(words: list[str], ec: EventCues) -> bool:
    """A year of the Hijri calendar ("سنة 1180هـ"): older history than any news."""
    if not ec.hijri_marks or "".join(words).isalpha():
        return False   # letters only (no character is both a letter and a digit): no year
    for i, w in enumerate(words):
        if w[:-1].isdigit() and w[-1:] in ec.hijri_marks or (
                w.isdigit() and i + 1 < len(words) and words[i + 1] in ec.hijri_marks):
            return True
    return False


#: An English relative clause set off by commas on the name before it: ", which was listed
#: in 2009," tells that actor's past, not the time of the sentence's main clause.
_RELATIVE_ASIDE = re.compile(r", (?:which|who) [^,;.]{3,160}?,")


def relative_asides(text: str, start: int, end: int, is_cue) -> list[tuple[int, int]]:
    """Normalised spans of the comma-set relative clauses of ``text[start:end]`` that tell
    no attack (no word in them is a cue: ``is_cue(word)``): a year or date inside one is
    the actor's history ("X, which was founded in 2013, has continued to launch attacks")."""
    out = []
    for m in _RELATIVE_ASIDE.finditer(text, start, end):
        if not any(is_cue(w) for w in re.findall(r"\w+", m.group())):
            out.append((m.start(), m.end()))
    return out


#: How many words after an occasion's cue its own outcome may be told.
OCCASION_TOLL_REACH = 20


def occasion_toll(words: list[str], end: int, ec: EventCues) -> bool:
    """"جاءت الحملة بعد استهداف مجهول طال مقرا في بابل، وأسفر عن مقتل عنصر": the event
    named as the occasion of other news goes on to tell its toll (a verb of outcome, then
    people killed or hurt), so the sentence tells the attack itself, not only names it.
    ``end`` is the index after the cue; no other cue may stand before the outcome, nor a
    definite noun right after its verb (that noun's toll: "وأسفرت الاشتباكات عن مقتل ثلاثة")."""
    for k in range(end, min(len(words), end + OCCASION_TOLL_REACH)):
        if words[k] in ec.cues:
            return False
        if words[k] in ec.results and k + 1 < len(words) and not words[k + 1].startswith("ال") \
                and any(w in ec.casualties and w not in ec.results for w in words[k + 1:k + 4]):
            return True
    return False

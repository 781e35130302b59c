"""Date mentions resolved to calendar dates against the publication date.

Explicit dates ("7 تشرين الأول/أكتوبر", "January 28, 2024"), weekdays ("الأربعاء",
"on Tuesday", "late Wednesday", "Friday night": the latest such day on or before
publication; "الأربعاء الماضي"/"last Wednesday" on a Wednesday is a week before, "السبت
المقبل"/"next Saturday" the coming one) and relative days ("أمس", "الليلة الماضية",
"قبل يومين", "yesterday").  Without a
publication date only explicit dates with a year resolve.
"""
from __future__ import annotations

import datetime as dt
import re
from bisect import bisect_right
from functools import lru_cache

from kg.lang import language_data
from kg.model import DateMention, Doc
from kg.pipeline.derived import word_automaton
from kg.text.dates import find_explicit_dates, latest_weekday
from kg.text.normalize import normalize_key


@lru_cache(maxsize=None)
def _weekday_markers(lang: str) -> tuple[re.Pattern | None, re.Pattern | None, re.Pattern | None, re.Pattern | None]:
    """Words that place a weekday in the past or the future: (past after, next after,
    past before, next before) as anchored patterns, None where the language has none."""
    data = language_data(lang, "dates")

    def words(key, after):
        forms = [normalize_key(w) for w in data.get(key) or ()]
        if not forms:
            return None
        alt = "|".join(re.escape(w) for w in sorted(forms, key=len, reverse=True))
        return re.compile(rf"\s+(?:{alt})(?!\w)" if after else rf"(?<!\w)(?:{alt})\s+$")
    return (words("weekday_past_after", True), words("weekday_next_after", True),
            words("weekday_past_before", False), words("weekday_next_before", False))


def _placed_weekday(text: str, start: int, end: int, published: dt.date, weekday: int, lang: str) -> dt.date:
    """The date of a weekday named between ``start`` and ``end``: the latest such day on
    or before publication, a week earlier when "الماضي"/"last" names the publication's
    own weekday, the next such day after publication when "المقبل"/"next" marks it."""
    past_after, next_after, past_before, next_before = _weekday_markers(lang)
    before = text[max(0, start - 20):start]
    if (next_after and next_after.match(text, end)) or (next_before and next_before.search(before)):
        return published + dt.timedelta(days=(weekday - published.weekday()) % 7 or 7)
    value = latest_weekday(published, weekday)
    if value == published and ((past_after and past_after.match(text, end)) or
                               (past_before and past_before.search(before))):
        value -= dt.timedelta(days=7)
    return value


@lru_cache(maxsize=None)
def _relative_patterns(lang: str) -> tuple[re.Pattern, dict[str, tuple[str, int]]]:
    data = language_data(lang, "dates")
    table: dict[str, tuple[str, int]] = {}
    for weekday, names in data.get("weekdays", {}).items():
        for name in names:
            form = normalize_key(name)
            table[form] = ("weekday", int(weekday))
    for offset, names in data.get("relative", {}).items():
        for name in names:
            table[normalize_key(name)] = ("offset", int(offset))
    words = "|".join(re.escape(w) for w in sorted(table, key=len, reverse=True))
    if lang == "ar":
        # Proclitics و ف ب ل before the word; "يوم"/"مساء"/"ليلة" may precede a weekday.
        pattern = re.compile(rf"(?<!\w)(?:[وفبل]{{0,2}})(?P<word>{words})(?!\w)")
    else:
        pattern = re.compile(rf"\b(?P<word>{words})\b")
    return pattern, table


@lru_cache(maxsize=None)
def _relative_words(lang: str):
    return word_automaton(_relative_patterns(lang)[1])


def _relative_matches(lang: str, text: str):
    """What ``finditer`` of the relative-day pattern gives over ``text``, trying the
    pattern only where one of its words starts or up to two letters before (the
    proclitics it allows): found by one Aho-Corasick scan, since the pattern, which
    opens with a look-behind and an optional prefix, is otherwise tried at every
    position of every document."""
    pattern = _relative_patterns(lang)[0]
    automaton = _relative_words(lang)
    if automaton is None:
        return
    pos = 0
    for word_start in sorted({end + 1 - len(word) for end, word in automaton.iter(text)}):
        # Candidates are tried in increasing order, as the regex scan would.
        for at in range(max(pos, word_start - 2), word_start + 1):
            m = pattern.match(text, at)
            if m:
                yield m
                pos = m.end()
                break


class DateResolver:
    name = "dates"

    def __call__(self, doc: Doc) -> Doc:
        published = doc.document.date
        starts = [s.start for s in doc.sentences]

        def sentence_of(nstart: int) -> int:
            ostart = doc.norm.to_original(nstart)
            i = bisect_right(starts, ostart) - 1
            return i if i >= 0 and ostart < doc.sentences[i].end else -1

        text = doc.norm.text
        taken: list[tuple[int, int]] = []
        for start, end, value in find_explicit_dates(text, published):
            sent = sentence_of(start)
            if sent >= 0:
                o = doc.norm.span_to_original(start, end)
                doc.dates.append(DateMention(o[0], o[1], value, sent, "date.explicit"))
                taken.append((start, end))
        if published is not None:
            table = _relative_patterns(doc.lang)[1]
            for m in _relative_matches(doc.lang, text):
                if any(s < m.end() and m.start() < e for s, e in taken):
                    continue
                sent = sentence_of(m.start())
                if sent < 0:
                    continue
                kind, number = table[m.group("word")]
                if kind == "weekday":
                    value = _placed_weekday(text, m.start("word"), m.end("word"), published, number, doc.lang)
                    rule = "date.weekday"
                else:
                    value = published + dt.timedelta(days=number)
                    rule = "date.relative"
                o = doc.norm.span_to_original(m.start("word"), m.end("word"))
                doc.dates.append(DateMention(o[0], o[1], value, sent, rule))
        doc.dates.sort(key=lambda d: d.start)
        return doc

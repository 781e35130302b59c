"""Explicit calendar dates in Arabic and English text, and weekday arithmetic.

Month names come from the language data (``kg/lang/<code>/dates.yaml``); the shared
machinery here turns "7 تشرين الأول/أكتوبر 2023", "November 1, 2023" or "2023-11-01"
into :class:`datetime.date` values.
"""
from __future__ import annotations

import datetime as dt
import re
from functools import lru_cache
from typing import Callable, Iterator

from kg.lang import language_data
from kg.text.normalize import normalize


def _calendar_table(key: str) -> dict[str, int]:
    """Normalised name -> number for one list of ``dates.yaml`` over every language."""
    table: dict[str, int] = {}
    for lang in ("ar", "en"):
        for number, names in (language_data(lang, "dates").get(key) or {}).items():
            for name in names:
                table[normalize(name)] = int(number)
    return table


@lru_cache(maxsize=None)
def month_table() -> dict[str, int]:
    """Normalised month name -> month number."""
    return _calendar_table("months")


@lru_cache(maxsize=None)
def day_ordinal_table() -> dict[str, int]:
    """Normalised ordinal day ("الثاني", "الحادي عشر") -> day number."""
    return _calendar_table("day_ordinals")


def _after_non_word(text: str, start: int) -> bool:
    r"""What ``(?<![\w])`` tests at ``start`` (``\w``: a letter, digit or "_")."""
    return start == 0 or not (text[start - 1].isalnum() or text[start - 1] == "_")


def _after_non_digit(text: str, start: int) -> bool:
    r"""What ``(?<!\d)`` tests at ``start`` (``\d``: a decimal digit)."""
    return start == 0 or not text[start - 1].isdecimal()


@lru_cache(maxsize=None)
def _explicit_patterns() -> tuple[tuple[re.Pattern, Callable[[str, int], bool]], ...]:
    """(pattern, test of the character before a match) for each form of date, in order.

    Each form starts after a non-word (non-digit) character.  That test is made in
    Python (:func:`_matches`) rather than as a look-behind opening the pattern, because a
    pattern opening with a literal or an alternation of literals lets the regex engine
    jump to the places where it can start, while a look-behind makes it try every
    position of every document (four times).
    """
    names = sorted(month_table(), key=len, reverse=True)
    month = "(?:" + "|".join(re.escape(n) for n in names) + ")"
    # One or two month names joined by a slash: "تشرين الاول/اكتوبر".
    months = rf"(?P<month>{month}(?:\s*/\s*{month})?)"
    # An optional year after the month: ", 2023", " عام 2023".
    year_after = r"(?:[\s,،]+(?:عام|سنة|سنه)?\s*(?P<year>(?:19|20)\d\d))?(?!\d)"
    # The day is ``[0-3]?\d`` written to open with its required digit (a second digit
    # only after a first of 0-3, tried first as the greedy ``?`` does): a pattern whose
    # first test is a character class lets the engine skip to the digits of the text,
    # while an optional part or a look-ahead first makes it enter the pattern at every
    # position.
    day_first = re.compile(
        rf"(?P<day>\d(?:(?<=[0-3])\d)?)\s*(?:من\s+)?(?:شهر\s+)?{months}\.?{year_after}")
    month_first = re.compile(
        rf"{months}\.?\s+(?P<day>[0-3]?\d)(?:st|nd|rd|th)?(?:,?\s*(?P<year>(?:19|20)\d\d))?(?!\d)")
    iso = re.compile(r"(?P<year>(?:19|20)\d\d)-(?P<month>[01]\d)-(?P<day>[0-3]\d)(?!\d)")
    # The longest ordinal first, so "الثاني عشر" is not read as "الثاني".
    ordinals = "|".join(re.escape(n) for n in sorted(day_ordinal_table(), key=len, reverse=True))
    ordinal_first = re.compile(
        rf"(?P<day>{ordinals})\s+من\s+(?:شهر\s+)?{months}{year_after}") if ordinals else None
    return tuple((p, before) for p, before in ((iso, _after_non_digit), (day_first, _after_non_word),
                                               (month_first, _after_non_word), (ordinal_first, _after_non_word))
                 if p is not None)


@lru_cache(maxsize=None)
def _month_automaton():
    """Every month name, to find where a month-first date can start."""
    import ahocorasick
    automaton = ahocorasick.Automaton()
    for name in month_table():
        automaton.add_word(name, len(name))
    automaton.make_automaton()
    return automaton


def _matches(pattern: re.Pattern, before: Callable[[str, int], bool], text: str) -> Iterator[re.Match]:
    """What ``finditer`` gives for ``pattern`` preceded by the look-behind ``before``:
    a match whose start fails ``before`` is dropped and the search goes on from the
    next character (as the engine would), not from the match's end."""
    if pattern.pattern.startswith("(?P<month>"):
        # The alternation of some forty month names is tried at every letter that can
        # open one; an automaton finds the few places where a month name does start.
        yield from _matches_at(pattern, before, text, sorted(
            {end + 1 - size for end, size in _month_automaton().iter(text)}))
        return
    pos = 0
    search = pattern.search
    while True:
        m = search(text, pos)
        if m is None:
            return
        start = m.start()
        if not before(text, start):
            pos = start + 1
            continue
        yield m
        pos = m.end() if m.end() > start else start + 1


def _month_number(text: str) -> int | None:
    first = re.split(r"\s*/\s*", text)[0]
    return month_table().get(first)



def _matches_at(pattern: re.Pattern, before: Callable[[str, int], bool], text: str,
                starts: list[int]) -> Iterator[re.Match]:
    """:func:`_matches` when every match must start at one of ``starts`` (ascending)."""
    pos = 0
    for start in starts:
        if start < pos or not before(text, start):
            continue
        m = pattern.match(text, start)
        if m is not None:
            yield m
            pos = m.end() if m.end() > start else start + 1


def find_explicit_dates(norm_text: str, reference: dt.date | None = None):
    """Yield (start, end, date) for explicit dates in normalised text.

    A date without a year takes the year of ``reference`` (the publication date), or the
    year before when that would put it after the publication date.
    """
    taken: list[tuple[int, int]] = []
    for pattern, before in _explicit_patterns():
        for m in _matches(pattern, before, norm_text):
            if any(s < m.end() and m.start() < e for s, e in taken):
                continue
            numeric = m.group("month").isdigit()
            month = int(m.group("month")) if numeric else _month_number(m.group("month"))
            if month is None:
                continue
            year = m.group("year")
            if year is None:
                if reference is None:
                    continue
                year = reference.year
            try:
                day = m.group("day")
                value = dt.date(int(year), month, int(day) if day.isdigit() else day_ordinal_table()[day])
            except ValueError:
                continue    # 31 February and friends are not dates
            if m.group("year") is None and reference and value > reference:
                try:
                    value = value.replace(year=value.year - 1)
                except ValueError:
                    continue
            taken.append((m.start(), m.end()))
            yield m.start(), m.end(), value


def latest_weekday(reference: dt.date, weekday: int) -> dt.date:
    """The latest date on or before ``reference`` falling on ``weekday`` (Monday=0)."""
    return reference - dt.timedelta(days=(reference.weekday() - weekday) % 7)

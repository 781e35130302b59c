"""Explicit calendar dates and weekday arithmetic (kg/text/dates.py)."""
from __future__ import annotations

import datetime as dt

import pytest

from kg.text.dates import find_explicit_dates, latest_weekday, month_table
from kg.text.normalize import normalize


def found(text, reference=None):
    norm = normalize(text)
    return [(norm[s:e], value) for s, e, value in find_explicit_dates(norm, reference)]


@pytest.mark.parametrize("name, number", [
    ("كانون الثاني", 1), ("شباط", 2), ("آذار", 3), ("نيسان", 4), ("أيار", 5), ("حزيران", 6),
    ("تموز", 7), ("آب", 8), ("أيلول", 9), ("تشرين الأول", 10), ("تشرين الثاني", 11), ("كانون الأول", 12),
    ("يناير", 1), ("فبراير", 2), ("مارس", 3), ("أبريل", 4), ("مايو", 5), ("يونيو", 6),
    ("يوليو", 7), ("أغسطس", 8), ("سبتمبر", 9), ("أكتوبر", 10), ("نوفمبر", 11), ("ديسمبر", 12),
    ("January", 1), ("Sept", 9), ("December", 12),
])
def test_explicit_dates_every_month_name(name, number):
    assert month_table()[normalize(name)] == number
    assert found(f"في 3 {name} 2023")[0][1] == dt.date(2023, number, 3)


def test_explicit_dates_slash_pair_is_one_date():
    assert found("يوم 7 تشرين الأول/أكتوبر 2023 وقع") == [("7 تشرين الاول/اكتوبر 2023", dt.date(2023, 10, 7))]


def test_explicit_dates_year_from_reference():
    ref = dt.date(2024, 1, 31)
    assert found("في 15 يناير", ref)[0][1] == dt.date(2024, 1, 15)
    assert found("في 15 ديسمبر", ref)[0][1] == dt.date(2023, 12, 15)


def test_explicit_dates_without_year_or_reference_is_skipped():
    assert found("في 15 يناير") == []


def test_explicit_dates_number_glued_to_other_digits_is_no_day():
    assert found("الرقم 2015 يناير 2024") == []
    assert found("في 123 يناير 2024") == []


@pytest.mark.parametrize("reference, weekday, expected", [
    (dt.date(2024, 1, 31), 2, dt.date(2024, 1, 31)),   # Wednesday on a Wednesday: the same day
    (dt.date(2024, 1, 31), 1, dt.date(2024, 1, 30)),
    (dt.date(2024, 1, 31), 3, dt.date(2024, 1, 25)),   # Thursday: last week
    (dt.date(2024, 3, 1), 3, dt.date(2024, 2, 29)),    # across a leap day
    (dt.date(2024, 1, 1), 6, dt.date(2023, 12, 31)),   # across a year
])
def test_explicit_dates_latest_weekday(reference, weekday, expected):
    assert latest_weekday(reference, weekday) == expected


def test_explicit_dates_day_first_opening_digit_changes_no_match():
    # The day-first pattern writes its day ``[0-3]?\d`` as a required digit then a second
    # one after a first of 0-3 (for speed only: the engine skips to digits): on random
    # text of digits, month names and glue it finds what the plain form does, groups too.
    import random
    import re

    from kg.text.dates import _explicit_patterns, _matches, month_table
    pattern, before = _explicit_patterns()[1]
    fast = "(?P<day>\\d(?:(?<=[0-3])\\d)?)"
    assert pattern.pattern.startswith(fast)
    plain = re.compile("(?P<day>[0-3]?\\d)" + pattern.pattern[len(fast):])
    rng = random.Random(15)
    pieces = sorted(month_table())[:12] + ["1", "2", "3", "4", "0", "9", " ", " ", "من ", "شهر ", "/", ".", ",",
                                            "عام ", "20", "19", "x", "ب", "31", "45"]
    for _ in range(5000):
        text = "".join(rng.choice(pieces) for _ in range(rng.randint(0, 10)))
        assert [(m.span(), m.span("day"), m.span("month"), m.span("year")) for m in _matches(pattern, before, text)] == \
            [(m.span(), m.span("day"), m.span("month"), m.span("year")) for m in _matches(plain, before, text)], text

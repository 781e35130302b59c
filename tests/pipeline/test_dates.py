"""Date mentions resolved against the publication date (kg/pipeline/dates.py).
Documents are published on Wednesday 2024-01-31 unless a test says otherwise."""
from __future__ import annotations

import datetime as dt

import pytest


def dates(result) -> dict[str, dt.date]:
    return {result.doc.text[d.start:d.end]: d.value for d in result.doc.dates}


@pytest.mark.parametrize("word, expected", [
    pytest.param("الاثنين", dt.date(2024, 1, 29), id="monday"),
    pytest.param("الإثنين", dt.date(2024, 1, 29), id="monday-hamza"),
    pytest.param("الثلاثاء", dt.date(2024, 1, 30), id="tuesday"),
    pytest.param("الأربعاء", dt.date(2024, 1, 31), id="wednesday-is-publication-day"),
    pytest.param("الخميس", dt.date(2024, 1, 25), id="thursday-last-week"),
    pytest.param("الجمعة", dt.date(2024, 1, 26), id="friday"),
    pytest.param("السبت", dt.date(2024, 1, 27), id="saturday"),
    pytest.param("الأحد", dt.date(2024, 1, 28), id="sunday"),
])
def test_dates_ar_weekday_is_the_latest_on_or_before_publication(analyze, word, expected):
    result = analyze(f"وقع الانفجار يوم {word} قرب بغداد.", "ar")
    assert dates(result) == {word: expected}, result.describe()


@pytest.mark.parametrize("phrase, surface", [
    pytest.param("وفي الثلاثاء", "الثلاثاء", id="wa-fi"),
    pytest.param("والثلاثاء", "الثلاثاء", id="wa-glued"),
    pytest.param("مساء الثلاثاء", "الثلاثاء", id="evening"),
    pytest.param("ليلة الثلاثاء", "الثلاثاء", id="night"),
])
def test_dates_ar_weekday_with_proclitics_and_time_of_day(analyze, phrase, surface):
    result = analyze(f"وقع الانفجار {phrase} قرب بغداد.", "ar")
    assert dates(result) == {surface: dt.date(2024, 1, 30)}, result.describe()


@pytest.mark.parametrize("phrase, expected", [
    pytest.param("أمس", dt.date(2024, 1, 30), id="yesterday"),
    pytest.param("يوم أمس", dt.date(2024, 1, 30), id="yawm-ams"),
    pytest.param("الليلة الماضية", dt.date(2024, 1, 30), id="last-night"),
    pytest.param("البارحة", dt.date(2024, 1, 30), id="al-bariha"),
    pytest.param("أول أمس", dt.date(2024, 1, 29), id="day-before-yesterday"),
    pytest.param("اليوم", dt.date(2024, 1, 31), id="today"),
    pytest.param("فجر اليوم", dt.date(2024, 1, 31), id="dawn-today"),
])
def test_dates_ar_relative_days(analyze, phrase, expected):
    result = analyze(f"وقع الانفجار {phrase} قرب بغداد.", "ar")
    assert list(dates(result).values()) == [expected], result.describe()


@pytest.mark.parametrize("phrase, expected", [
    pytest.param("on Tuesday", dt.date(2024, 1, 30), id="on-tuesday"),
    pytest.param("late Wednesday", dt.date(2024, 1, 31), id="late-wednesday"),
    pytest.param("Friday night", dt.date(2024, 1, 26), id="friday-night"),
    pytest.param("yesterday", dt.date(2024, 1, 30), id="yesterday"),
    pytest.param("last night", dt.date(2024, 1, 30), id="last-night"),
    pytest.param("today", dt.date(2024, 1, 31), id="today"),
    pytest.param("earlier today", dt.date(2024, 1, 31), id="earlier-today"),
])
def test_dates_en_relative(analyze, phrase, expected):
    result = analyze(f"The blast happened {phrase} near Baghdad.", "en")
    assert list(dates(result).values()) == [expected], result.describe()


def test_dates_en_weekday_name_inside_a_word_is_no_date(analyze):
    result = analyze("The Mondayville plant closed near Baghdad.", "en")
    assert not result.doc.dates, result.describe()


@pytest.mark.parametrize("phrase, expected", [
    pytest.param("7 تشرين الأول/أكتوبر 2023", dt.date(2023, 10, 7), id="levantine-slash-egyptian"),
    pytest.param("12 كانون الأول 2023", dt.date(2023, 12, 12), id="levantine-kanun"),
    pytest.param("3 شباط 2023", dt.date(2023, 2, 3), id="levantine-shbat"),
    pytest.param("14 حزيران 2023", dt.date(2023, 6, 14), id="levantine-haziran"),
    pytest.param("9 أيلول 2023", dt.date(2023, 9, 9), id="levantine-aylul"),
    pytest.param("25 يناير 2024", dt.date(2024, 1, 25), id="egyptian-january"),
    pytest.param("1 مايو 2023", dt.date(2023, 5, 1), id="egyptian-may"),
    pytest.param("20 أغسطس 2023", dt.date(2023, 8, 20), id="egyptian-august"),
    pytest.param("٢٥ يناير ٢٠٢٤", dt.date(2024, 1, 25), id="arabic-indic-digits"),
    pytest.param("۲۵ يناير ۲۰۲۴", dt.date(2024, 1, 25), id="persian-digits"),
    pytest.param("5 من شهر نوفمبر عام 2023", dt.date(2023, 11, 5), id="min-shahr-aam"),
    pytest.param("الثاني من كانون الثاني", dt.date(2024, 1, 2), id="ordinal-day"),
    pytest.param("الحادي عشر من أيلول/سبتمبر 2023", dt.date(2023, 9, 11), id="ordinal-teen-day-paired-months"),
    pytest.param("الثالث والعشرين من تشرين الأول", dt.date(2023, 10, 23), id="ordinal-compound-day"),
    pytest.param("الأول من تشرين الأول عام 2023", dt.date(2023, 10, 1), id="ordinal-first-before-month-named-first"),
])
def test_dates_ar_explicit(analyze, phrase, expected):
    result = analyze(f"وقع الانفجار في {phrase} قرب بغداد.", "ar")
    assert list(dates(result).values()) == [expected], result.describe()
    assert [d.rule for d in result.doc.dates] == ["date.explicit"]


@pytest.mark.parametrize("phrase, expected", [
    pytest.param("November 1, 2023", dt.date(2023, 11, 1), id="month-day-year"),
    pytest.param("1 November 2023", dt.date(2023, 11, 1), id="day-month-year"),
    pytest.param("Jan 28", dt.date(2024, 1, 28), id="short-month-no-year"),
    pytest.param("Jan. 15", dt.date(2024, 1, 15), id="abbreviated-month-with-dot"),
    pytest.param("3 Sept. 2023", dt.date(2023, 9, 3), id="day-abbreviated-month-dot-year"),
    pytest.param("October 7th", dt.date(2023, 10, 7), id="ordinal-suffix-goes-back-a-year"),
    pytest.param("2023-11-01", dt.date(2023, 11, 1), id="iso"),
])
def test_dates_en_explicit(analyze, phrase, expected):
    result = analyze(f"The blast happened on {phrase} near Baghdad.", "en")
    assert list(dates(result).values()) == [expected], result.describe()


def test_dates_yearless_date_after_publication_is_last_year(analyze):
    result = analyze("وقع الانفجار في 15 آذار قرب بغداد.", "ar")
    assert list(dates(result).values()) == [dt.date(2023, 3, 15)], result.describe()


def test_dates_without_publication_only_explicit_years_resolve(analyze):
    result = analyze("وقع الانفجار يوم الثلاثاء أمس في 15 آذار وفي 7 تشرين الأول 2023.", "ar", date=None)
    assert list(dates(result).values()) == [dt.date(2023, 10, 7)], result.describe()


@pytest.mark.parametrize("phrase", ["31 شباط 2024", "30 February 2024", "2023-13-01"])
def test_dates_impossible_dates_are_no_dates(analyze, phrase):
    result = analyze(f"ونشر التقرير في {phrase}.")
    assert not result.doc.dates, result.describe()


def test_dates_offsets_are_original_with_diacritics(analyze):
    text = "وَقَعَ الانفجار يومَ الثُّلاثاء قرب بغداد."
    result = analyze(text, "ar")
    d = result.doc.dates[0]
    assert text[d.start:d.end] == "الثُّلاثاء" and d.value == dt.date(2024, 1, 30)


def test_dates_carry_their_sentence(analyze):
    result = analyze("وقع الانفجار أمس. ثم وقع انفجار آخر يوم الأحد.", "ar")
    assert [(d.sentence, d.value) for d in result.doc.dates] == [
        (0, dt.date(2024, 1, 30)), (1, dt.date(2024, 1, 28))], result.describe()


@pytest.mark.parametrize("published, word, expected", [
    pytest.param(dt.date(2024, 1, 29), "الثلاثاء", dt.date(2024, 1, 23), id="ar-tuesday-before-a-monday"),
    pytest.param(dt.date(2024, 1, 29), "الاثنين", dt.date(2024, 1, 29), id="ar-same-day"),
    pytest.param(dt.date(2024, 3, 1), "الخميس", dt.date(2024, 2, 29), id="ar-leap-day"),
])
def test_dates_weekday_follows_the_publication_date(analyze, published, word, expected):
    result = analyze(f"وقع الانفجار يوم {word} قرب بغداد.", "ar", date=published)
    assert list(dates(result).values()) == [expected], result.describe()


def test_dates_en_weekday_follows_the_publication_date(analyze):
    result = analyze("The blast happened late Tuesday near Baghdad.", "en", date=dt.date(2024, 1, 1))
    assert list(dates(result).values()) == [dt.date(2023, 12, 26)], result.describe()


@pytest.mark.parametrize("text, lang, expected", [
    pytest.param("وقع الانفجار يوم الأربعاء الماضي قرب بغداد.", "ar", dt.date(2024, 1, 24),
                 id="ar-last-on-the-same-weekday-is-a-week-before"),
    pytest.param("وقع الانفجار يوم الثلاثاء الماضي قرب بغداد.", "ar", dt.date(2024, 1, 30),
                 id="ar-last-another-weekday"),
    pytest.param("ستعقد الجلسة يوم السبت المقبل في بغداد.", "ar", dt.date(2024, 2, 3), id="ar-next"),
    pytest.param("The blast happened last Wednesday near Baghdad.", "en", dt.date(2024, 1, 24),
                 id="en-last-on-the-same-weekday"),
    pytest.param("Talks open next Monday in Baghdad.", "en", dt.date(2024, 2, 5), id="en-next"),
    pytest.param("وقع الانفجار قبل يومين قرب بغداد.", "ar", dt.date(2024, 1, 29), id="ar-two-days-ago"),
    pytest.param("The blast happened two days ago near Baghdad.", "en", dt.date(2024, 1, 29),
                 id="en-two-days-ago"),
])
def test_dates_placed_weekdays_and_days_ago(analyze, text, lang, expected):
    result = analyze(text, lang)
    assert list(dates(result).values()) == [expected], result.describe()


@pytest.mark.parametrize("lang", ["ar", "en"])
def test_dates_relative_scan_equals_the_regex_scan(lang):
    # The relative-day pattern is tried only near its words (found by Aho-Corasick): on
    # text made of its words, glued letters, word letters and spaces, it must find
    # exactly what the pattern's own scan over every position finds.
    import random

    from kg.pipeline.dates import _relative_matches, _relative_patterns
    pattern, table = _relative_patterns(lang)
    pieces = sorted(table) + ["و", "ف", "ب", "ل", "وب", "x", "ا", " ", " ", "-", "3", "_"]
    rng = random.Random(15)
    for _ in range(3000):
        text = "".join(rng.choice(pieces) for _ in range(rng.randint(0, 8)))
        assert [m.span("word") for m in _relative_matches(lang, text)] == \
            [m.span("word") for m in pattern.finditer(text)], text

"""Web-page leftovers (kg/text/header.py): boilerplate lines, and the date, source and
title printed in a saved page's header."""
from __future__ import annotations

import datetime as dt

import pytest

from kg.text.header import boilerplate_ranges, recover_date, recover_source, recover_title

PAGE = ("Skip to main content\n"
        "\n"
        "إيران تشحن وكلاءها في العراق\n"
        "AvaToday caption\n"
        "posted onNovember 1, 2023\n"
        "nocomment\n"
        "\n"
        "ينفتح المشهد العراقي على تصعيد غير مسبوق. وقالت مصادر إن الفصائل تستعد.\n")


def lines(text, ranges):
    return [text[s:e] for s, e in ranges]


def test_header_boilerplate_lines():
    assert lines(PAGE, boilerplate_ranges(PAGE)) == [
        "Skip to main content", "AvaToday caption", "posted onNovember 1, 2023", "nocomment"]


@pytest.mark.parametrize("line", [
    "Share this article", "Print", "Advertisement", "Read more", "5 min read", "No comments",
    "Updated: 2 hours ago", "اقرأ أيضا", "شارك", "طباعة", "نشر في 1 نوفمبر 2023", "آخر تحديث: الأربعاء",
])
def test_header_boilerplate_line_kinds(line):
    text = f"{line}\nBody text of the article."
    assert lines(text, boilerplate_ranges(text)) == [line]


@pytest.mark.parametrize("line", [
    "Kataib Hezbollah said it would share intelligence with its allies in the region.",
    "وقالت مصادر إن الفصائل تستعد لشن هجمات جديدة على القواعد الأمريكية في العراق وسوريا.",
    "The caption of the video showed a drone launch from western Iraq near the Syrian border.",
])
def test_header_body_lines_are_not_boilerplate(line):
    assert boilerplate_ranges(line + "\n") == []


def test_header_recovers_a_date_glued_to_its_cue():
    assert recover_date(PAGE) == dt.date(2023, 11, 1)


@pytest.mark.parametrize("line, expected", [
    pytest.param("Published: 28 January 2024", dt.date(2024, 1, 28), id="published-colon"),
    pytest.param("Updated on Jan 30, 2024", dt.date(2024, 1, 30), id="updated-on-short-month"),
    pytest.param("نشر بتاريخ 7 تشرين الأول/أكتوبر 2023", dt.date(2023, 10, 7), id="arabic-cue"),
    pytest.param("تاريخ النشر: ٢٥ يناير ٢٠٢٤", dt.date(2024, 1, 25), id="arabic-indic"),
])
def test_header_date_cues(line, expected):
    assert recover_date(f"Headline\n{line}\nBody.") == expected


def test_header_date_without_cue_is_not_the_publication_date():
    assert recover_date("Headline\nThe attack on November 1, 2023 killed three.\nBody.") is None


def test_header_date_far_down_the_page_is_not_read():
    body = "\n".join(f"Paragraph {i}." for i in range(40))
    assert recover_date(body + "\nposted on November 1, 2023\n") is None


@pytest.mark.parametrize("text, expected", [
    pytest.param(PAGE, "AvaToday", id="caption"),
    pytest.param("Headline\nSource: Rudaw English\nBody.", "Rudaw English", id="source-colon"),
    pytest.param("عنوان\nالمصدر: وكالة الأنباء العراقية\nنص.", "وكالة الأنباء العراقية", id="arabic-source"),
    pytest.param("Headline\nBody text only.", None, id="none"),
])
def test_header_source(text, expected):
    assert recover_source(text) == expected


def test_header_title_is_the_first_non_boilerplate_line():
    assert recover_title(PAGE, boilerplate_ranges(PAGE)) == "إيران تشحن وكلاءها في العراق"


def test_header_no_title_when_the_first_line_is_a_sentence():
    text = "Kataib Hezbollah said on Tuesday it had suspended its operations.\nMore text."
    assert recover_title(text, boilerplate_ranges(text)) is None

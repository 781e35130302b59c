"""Web-page leftovers: boilerplate lines, and metadata printed in the page header.

Articles saved from the web open with navigation and widget lines ("Skip to main
content", "AvaToday caption", "nocomment") and print their date in the page
("posted onNovember 1, 2023").  The boilerplate lines are kept in the text, so offsets
stay true to the file, but are marked to be skipped by extraction.
"""
from __future__ import annotations

import datetime as dt
import re

from kg.text.dates import find_explicit_dates
from kg.text.normalize import normalize

# Whole-line patterns, matched case-insensitively on a stripped line.
_BOILERPLATE = [re.compile(p, re.I) for p in (
    r"skip to (main )?content",
    r"(.{1,40}\s)?caption",
    r"no ?comments?",
    r"(posted|published|updated)\s*(on|:)?\s*.{0,40}",
    r"share( this( article)?)?|print|email|advertisement|read more|related( articles)?",
    r"\d+\s*min(ute)?s?\s+read",
    r"(اقرأ|إقرأ) (أيضا|أيضاً|المزيد)|شارك|طباعة|إعلان|تابعونا.*|مشاركة",
    r"(نشر|نُشر|تاريخ النشر|آخر تحديث)\s*(في|بتاريخ|:)?\s*.{0,40}",
)]
_DATE_CUE = re.compile(r"posted|published|updated|نشر|تاريخ|تحديث", re.I)
_SOURCE_LINE = [
    re.compile(r"^(?P<src>[A-Z][\w.\- ]{1,30}?)\s+caption$"),           # "AvaToday caption"
    re.compile(r"^(?:source|المصدر)\s*[:：]\s*(?P<src>.{2,60})$", re.I),
]
HEADER_LINES = 15
MAX_HEADER_LINE = 300      # header lines are short; a giant line is body text


def boilerplate_ranges(text: str) -> list[tuple[int, int]]:
    """(start, end) offsets of the lines of ``text`` that are page boilerplate."""
    ranges = []
    pos = 0
    for line in text.split("\n"):
        stripped = line.strip()
        if stripped and len(stripped) < 80 and any(p.fullmatch(stripped) for p in _BOILERPLATE):
            ranges.append((pos, pos + len(line)))
        pos += len(line) + 1
    return ranges


def _header_lines(text: str):
    lines = text.split("\n", HEADER_LINES * 3)[:HEADER_LINES * 3]
    return [l.strip()[:MAX_HEADER_LINE] for l in lines if l.strip()][:HEADER_LINES]


def recover_date(text: str) -> dt.date | None:
    """The publication date printed near a 'posted/published/نشر' cue in the header."""
    for line in _header_lines(text):
        if _DATE_CUE.search(line):
            # Pages glue the cue to the date ("posted onNovember 1"); split them.
            spaced = re.sub(r"(?<=[a-z])(?=[A-Z])", " ", line)
            for _s, _e, value in find_explicit_dates(normalize(spaced)):
                return value
    return None


def recover_source(text: str) -> str | None:
    """The outlet named in a header line such as 'AvaToday caption' or 'Source: X'."""
    for line in _header_lines(text):
        for pattern in _SOURCE_LINE:
            m = pattern.match(line)
            if m:
                return m.group("src").strip()
    return None


def recover_title(text: str, skip: list[tuple[int, int]]) -> str | None:
    """The first non-boilerplate line when it reads like a headline (short, no period)."""
    pos = 0
    for line in text.split("\n", HEADER_LINES * 3)[:HEADER_LINES * 3]:
        start = pos
        pos += len(line) + 1
        if not line.strip() or any(s <= start < e for s, e in skip):
            continue
        title = line.strip()
        if len(title) <= 160 and not title.endswith((".", "؟", "!", ":")):
            return title
        return None
    return None

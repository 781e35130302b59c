"""Paragraph text from extracted lines."""
from __future__ import annotations

from kg.text.html import paragraphs


def test_paragraphs_one_per_line_blank_line_between():
    assert paragraphs("  First   line \n\n\n second\tline\n") == "First line\n\nsecond line\n"
    assert paragraphs("أعلنت  إيران\nوقال") == "أعلنت إيران\n\nوقال\n"


def test_paragraphs_of_nothing_is_empty():
    assert paragraphs("") == paragraphs(" \n\t\n") == paragraphs(None) == ""

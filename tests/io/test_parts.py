"""Long texts cut into paragraph-aligned parts (kg.io.parts)."""
from __future__ import annotations

from hypothesis import given, settings, strategies as st

from kg.io.parts import peek, split_parts

TEXT = st.text(alphabet=st.sampled_from(list("ab ج\n\u0651\u200d.")), max_size=600)


def chunked(text: str, sizes: list[int]):
    pos = 0
    for n in sizes:
        if pos >= len(text):
            break
        yield text[pos:pos + n]
        pos += n
    if pos < len(text):
        yield text[pos:]


@settings(max_examples=300, deadline=None)
@given(TEXT, st.lists(st.integers(1, 90), max_size=30), st.integers(4, 64))
def test_parts_join_back_and_respect_the_limit(text, sizes, limit):
    parts = list(split_parts(chunked(text, sizes), limit))
    assert "".join(parts) == text
    assert all(0 < len(p) <= limit for p in parts)


def test_parts_cut_after_blank_lines_first():
    para = "جملة أولى. جملة ثانية.\n" * 3 + "\n"
    text = para * 50
    parts = list(split_parts([text], 400))
    assert "".join(parts) == text
    assert all(p.endswith("\n\n") for p in parts[:-1])


def test_parts_cut_after_line_end_then_space():
    lines = ("x" * 30 + "\n") * 40
    assert all(p.endswith("\n") for p in list(split_parts([lines], 100))[:-1])
    words = "word " * 200
    assert all(p.endswith(" ") for p in list(split_parts([words], 100))[:-1])


def test_parts_hard_cut_keeps_marks_with_their_letter():
    text = "ب\u0651" * 100           # no separator at all: cut inside, but before a letter
    parts = list(split_parts([text], 51))
    assert "".join(parts) == text
    assert all(p[0] == "ب" for p in parts)


def test_parts_short_text_is_one_part():
    assert list(split_parts(["abc", "def"], 100)) == ["abcdef"]
    assert list(split_parts([], 100)) == []


@given(st.lists(st.text(max_size=20), max_size=10), st.integers(0, 50))
def test_peek_returns_head_and_everything(chunks, size):
    head, rest = peek(chunks, size)
    assert "".join(rest) == "".join(chunks)
    assert head == "".join(chunks)[:len(head)] and (len(head) >= size or head == "".join(chunks))

"""Arbitrary bytes as input files: the reader yields documents or one-line InputErrors,
never an exception, and every document's text is what the file said (kg.io.documents)."""
from __future__ import annotations

import codecs
import json

from hypothesis import HealthCheck, example, given, settings, strategies as st

from kg.errors import InputError
from kg.io.documents import read_path
from kg.model import Document

FRAGMENTS = st.sampled_from([
    b"---\n", b"title: x\n", b"date: 2023-02-30\n", b"&a [1]\n", b"*a\n", b"!!python/object:os.system\n",
    b"<html>", b"<p>", b"</p>", b"<script>", b"\r\n", b"\r", b"\n\n", b"\x00", b"\xff", b"\xef\xbb\xbf",
    codecs.BOM_UTF16_LE, "إيران".encode(), "ی".encode(), b"Iran ", b"\xe2\x80\xae", b"{", b"}",
    b'"text"', b'"\\ud800"', b":", b",", b"%PDF", b" ", b"\t", b"\x0c"])


@settings(max_examples=400, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(data=st.lists(st.one_of(FRAGMENTS, st.binary(max_size=8)), max_size=40),
       suffix=st.sampled_from([".txt", ".md", ".jsonl"]))
@example(data=[b"---\n", b"a: &a [1]\n", b"---\n", b"x"], suffix=".md")
@example(data=[b'{"id": "x", "text": "a\\ud800b"}'], suffix=".jsonl")
def test_documents_fuzz_any_bytes_give_documents_or_errors(tmp_path, data, suffix):
    path = tmp_path / f"f{suffix}"
    path.write_bytes(b"".join(data))
    for result in read_path(path):
        assert isinstance(result, (Document, InputError))
        if isinstance(result, InputError):
            assert "\n" not in str(result) and str(result).startswith(str(path))
            continue
        result.text.encode("utf-8")                  # no lone surrogates
        assert result.text.strip()
        assert "\r" not in result.text and "\x00" not in result.text


@settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.text(min_size=1).filter(lambda t: t.strip()))
def test_documents_fuzz_plain_utf8_text_is_read_exactly(tmp_path, text):
    # Any text without front matter, HTML or unrepresentable characters comes back as is
    # (up to line ends), so offsets into it are offsets into the file's text.
    from kg.io.files import clean_text
    from kg.text.html import looks_like_html
    path = tmp_path / "t.txt"
    path.write_bytes(text.encode("utf-8", "surrogatepass"))
    results = list(read_path(path))
    expected = clean_text(text.replace("\r\n", "\n").replace("\r", "\n"))
    if "\x00" in text or any("\ud800" <= c <= "\udfff" for c in text):
        assert all(isinstance(r, InputError) for r in results)
        return
    if expected.startswith("---") or looks_like_html(expected) or not expected.strip() \
            or expected.startswith("\ufeff"):
        return
    assert [r.text for r in results] == [expected], results


@settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.dictionaries(st.sampled_from(["id", "text", "title", "date", "language", "url", "source"]),
                       st.one_of(st.text(), st.integers(), st.none(), st.booleans(), st.floats(),
                                 st.lists(st.text(), max_size=2)), max_size=7))
def test_documents_fuzz_jsonl_records(tmp_path, record):
    path = tmp_path / "r.jsonl"
    path.write_text(json.dumps(record) + "\n", encoding="utf-8")
    for result in read_path(path):
        assert isinstance(result, (Document, InputError))
        if isinstance(result, Document):
            from kg.io.files import clean_text
            assert result.text.strip() and result.id == clean_text(str(record["id"])).strip()

"""Finding and decoding input files (kg.io.files)."""
from __future__ import annotations

import os
from pathlib import Path

from hypothesis import given, strategies as st

from kg.errors import InputError
from kg.io.files import clean_text, iter_input_files, shown


def test_input_files_walk_is_sorted_depth_first_and_skips_hidden(tmp_path):
    for rel in ["b.txt", "a/z.md", "a/b/c.jsonl", "c.txt", ".hidden/x.txt", ".x.txt",
                "a/notes.docx", "a0.txt", "graph.ttl"]:
        p = tmp_path / rel
        p.parent.mkdir(parents=True, exist_ok=True)
        p.write_text("x")
    found = [str(p.relative_to(tmp_path)) for p in iter_input_files([tmp_path])]
    # The same order as a recursive walk over sorted names.
    expected = []
    for root, dirs, files in os.walk(tmp_path):
        dirs[:] = sorted(d for d in dirs if not d.startswith("."))
    def rec(folder: Path):
        for entry in sorted(folder.iterdir(), key=lambda p: p.name):
            if entry.name.startswith("."):
                continue
            if entry.is_dir():
                rec(entry)
            elif entry.suffix in (".txt", ".md", ".jsonl"):
                expected.append(str(entry.relative_to(tmp_path)))
    rec(tmp_path)
    assert found == expected == ["a/b/c.jsonl", "a/z.md", "a0.txt", "b.txt", "c.txt"]


def test_input_files_deep_nesting_has_no_recursion_limit(tmp_path):
    import sys
    depth = sys.getrecursionlimit() + 100
    folder = tmp_path
    for _ in range(depth):           # os.makedirs itself recurses: one level at a time
        folder = folder / "d"
        folder.mkdir()
    (folder / "deep.txt").write_text("x")
    try:
        found = list(iter_input_files([tmp_path]))
        assert [p.name for p in found] == ["deep.txt"]
    finally:
        (folder / "deep.txt").unlink()
        while folder != tmp_path:    # and so does shutil.rmtree
            folder.rmdir()
            folder = folder.parent


def test_input_files_explicit_paths_keep_their_order_and_report_missing(tmp_path):
    (tmp_path / "b.txt").write_text("x")
    (tmp_path / "a.txt").write_text("x")
    found = list(iter_input_files([tmp_path / "b.txt", tmp_path / "none", tmp_path / "a.txt"]))
    assert [f.name for f in found if isinstance(f, Path)] == ["b.txt", "a.txt"]
    assert [e.reason for e in found if isinstance(e, InputError)] == ["no such file or folder"]


@given(st.text())
def test_input_files_shown_is_one_printable_line(name):
    s = shown(name)
    assert "\n" not in s and "\r" not in s and "\u202e" not in s and "\u2066" not in s
    s.encode("utf-8")          # no lone surrogates left


def test_input_files_shown_escapes_undecodable_bytes():
    assert shown(os.fsdecode(b"a\xffb.txt")) == "a\\xffb.txt"
    assert shown("إيران.txt") == "إيران.txt"


@given(st.text())
def test_input_files_clean_text_keeps_length_and_is_encodable(text):
    cleaned = clean_text(text)
    assert len(cleaned) == len(text)
    cleaned.encode("utf-8")
    assert not any(c in cleaned for c in "\x00\x01\x0b\x0c\x1f\ufffe\uffff")
    # Everything that was fine stays as it was.
    assert all(a == b for a, b in zip(text, cleaned) if a.isprintable() or a in "\n\t")

"""CSV exports from news databases (``.csv``) -> one document per row.

The columns are the ``.jsonl`` keys: ``text`` (required), ``id`` (else the row number),
``title``, ``date``, ``url``, ``language``, ``source``; other columns are ignored.  A file
without a ``text`` column is one error line; a bad row is one line naming ``file:row``
and the rest is read.  The encoding is guessed like any text file's
(:mod:`kg.io.encoding`), and rows are read one at a time.
"""
from __future__ import annotations

import csv
import io
import sys
from pathlib import Path
from typing import Iterator

from kg.errors import InputError
from kg.io.documents import check_id, note_replacements, text_documents
from kg.io.encoding import Replacements
from kg.io.files import clean_text, open_regular, safe_name, shown, text_chunks
from kg.io.frontmatter import METADATA_KEYS, metadata
from kg.io.registry import ReadOptions
from kg.model import Document

csv.field_size_limit(min(sys.maxsize, 2**31 - 1))


class _ChunkReader(io.TextIOBase):
    """A text stream over decoded chunks, so csv reads rows without the whole file."""

    def __init__(self, chunks):
        self._chunks = iter(chunks)
        self._buf = ""

    def readable(self):
        return True

    def readline(self, size=-1):
        while "\n" not in self._buf:
            chunk = next(self._chunks, None)
            if chunk is None:
                break
            self._buf += chunk
        cut = self._buf.find("\n")
        cut = len(self._buf) if cut < 0 else cut + 1
        line, self._buf = self._buf[:cut], self._buf[cut:]
        return line

    def __iter__(self):
        while line := self.readline():
            yield line


def read_csv(path: Path, options: ReadOptions) -> Iterator[Document | InputError]:
    name = shown(path)
    replaced = Replacements()
    with open_regular(path) as fh:
        rows = csv.reader(_ChunkReader(text_chunks(name, fh, options.strict, replaced)))
        try:
            header = next(rows, None)
        except csv.Error as exc:
            raise InputError(name, f"not a CSV file: {exc}") from None
        if not header:
            raise InputError(name, "empty file")
        columns = [h.strip().lstrip("\ufeff").lower() for h in header]
        if "text" not in columns:
            raise InputError(name, f"no 'text' column (columns: {', '.join(columns)[:200]}); "
                                   "expected the .jsonl keys: id, text, title, date, url, language, source")
        stem = safe_name(path.stem)
        n = 1
        while True:
            try:
                row = next(rows, None)
            except csv.Error as exc:
                yield InputError(f"{name}:{n + 1}", f"invalid CSV: {exc}; rest of the file skipped")
                break
            if row is None:
                break
            n += 1
            if not any(cell.strip() for cell in row):
                continue
            yield from _row(name, stem, n, dict(zip(columns, row)))
    note_replacements(name, replaced, options)


def _row(name: str, stem: str, n: int, record: dict) -> Iterator[Document | InputError]:
    where = f"{name}:{n}"
    text = record.get("text") or ""
    if not text.strip():
        yield InputError(where, "missing or empty 'text'")
        return
    try:
        meta = metadata(where, {k: record.get(k) or None for k in METADATA_KEYS}, "row")
        doc_id = check_id(where, record.get("id") or f"{stem}:{n}")
        text = clean_text(text.replace("\r\n", "\n").replace("\r", "\n"))
        yield from text_documents(where, doc_id, [text], meta)
    except InputError as exc:
        yield exc

"""Files and folders -> :class:`kg.model.Document`.

Read here: ``.txt`` and ``.md`` (UTF-8, a byte-order mark, or a guessed codec, see
:mod:`kg.io.encoding`; optional YAML front matter; HTML saved as text is converted) and
``.jsonl`` (one JSON object per line).  Pages, archives, feeds and CSV have their own
modules, found by file ending through :mod:`kg.io.registry`; :func:`iter_documents` reads
them all.  Every problem becomes an :class:`~kg.errors.InputError` naming the
file (or ``file:line``) and the reason, so a run can report it and go on.

Memory stays bounded whatever the file size: text files are decoded block by block,
JSON Lines record by record, and a text longer than :data:`~kg.io.parts.PART_CHARS`
becomes several documents ``<id>#part-<n>`` (see :mod:`kg.io.parts`).  A text file is
checked from end to end (encoding, NUL bytes) before its first document is produced,
so a file with a bad byte near its end contributes nothing rather than half.
"""
from __future__ import annotations

import io
import json
import os
from itertools import chain
from pathlib import Path
from typing import Callable, Iterable, Iterator

from kg.errors import InputError, InputNotice
from kg.io.encoding import Replacements, sniff
from kg.io.files import (SUPPORTED_SUFFIXES, BLOCK_BYTES, clean_text, iter_input_files,
                         open_regular, safe_name, shown, text_chunks)
from kg.io.frontmatter import (LANGUAGES, METADATA_KEYS, MAX_FRONT_MATTER, metadata,
                               split_front_matter)
from kg.io.parts import PART_CHARS, peek, split_parts
from kg.io.registry import ReadOptions, reader_for
from kg.model import Document
from kg.text import header
from kg.text.html import HtmlText, convert_chunks, looks_like_html, tidy
from kg.text.language import detect_language

__all__ = ["SUPPORTED_SUFFIXES", "METADATA_KEYS", "LANGUAGES", "PART_CHARS", "MAX_ID_CHARS",
           "MAX_RECORD_BYTES", "iter_input_files", "iter_documents", "read_path",
           "make_document", "split_front_matter", "decode", "text_documents", "read_text_file",
           "read_jsonl"]

MAX_ID_CHARS = 400                  # document ids name graphs: keep their IRIs sane
MAX_RECORD_BYTES = 64 * 1024 * 1024  # one JSON Lines record
MAX_BAD_LINES = 100                 # then the rest of a .jsonl file is skipped
HTML_SNIFF = 20000


def decode(path: str, data: bytes) -> str:
    """Bytes of a text file -> str with \\n line ends, or InputError saying why not."""
    text = "".join(text_chunks(path, io.BufferedReader(io.BytesIO(data))))
    if not text.strip():
        raise InputError(path, "empty file" if not text else "empty file (only whitespace)")
    return text


# -- documents from text -------------------------------------------------------------------

def make_document(path: str, doc_id: str, text: str, meta: dict) -> Document:
    """One Document from an in-memory text (line ends and unrepresentable characters
    cleaned as the readers do); InputError if it has no text or needs several parts."""
    text = clean_text(text.replace("\r\n", "\n").replace("\r", "\n"))
    docs = list(text_documents(path, doc_id, [text], meta))
    if len(docs) != 1:
        raise InputError(path, f"text longer than {PART_CHARS} characters: read it with read_path")
    return docs[0]


def text_documents(name: str, base_id: str, chunks: Iterable[str], meta: dict) -> Iterator[Document]:
    """Documents of one text given in chunks: HTML converted, long texts in parts.
    ``meta`` as checked by :func:`kg.io.frontmatter.metadata`."""
    head, chunks = peek(chunks, HTML_SNIFF)
    html = looks_like_html(head[:HTML_SNIFF])
    converter = HtmlText() if html else None
    if html:
        chunks = convert_chunks(chunks, converter)
    parts = (tidy(p) if html else p for p in split_parts(chunks))
    parts = (p for p in parts if p.strip())
    first = next(parts, None)
    if first is None:
        raise InputError(name, "HTML page with no text" if html else "no text after the front matter")
    second = next(parts, None)
    if converter is not None and converter.title and not meta.get("title"):
        meta = {**meta, "title": converter.title}
    skip = header.boilerplate_ranges(first)
    shared = {
        "title": meta.get("title") or header.recover_title(first, skip),
        "date": meta.get("date") or header.recover_date(first),
        "url": meta.get("url"),
        "source": meta.get("source") or header.recover_source(first),
    }
    if second is None:
        yield _document(name, base_id, first, meta, shared, skip)
        return
    for n, text in enumerate(chain([first, second], parts), 1):
        part = dict(shared, title=f"{shared['title']} (part {n})" if shared["title"] else None)
        yield _document(f"{name} (part {n})", f"{base_id}#part-{n}", text, meta, part,
                        skip if n == 1 else None)


def _document(path: str, doc_id: str, text: str, meta: dict, shared: dict, skip) -> Document:
    return Document(
        id=doc_id, text=text, path=path,
        language=meta.get("language") or detect_language(text),
        boilerplate=header.boilerplate_ranges(text) if skip is None else skip,
        **shared)


def check_id(where: str, doc_id: str) -> str:
    doc_id = clean_text(doc_id).strip()
    if not doc_id:
        raise InputError(where, "empty document id")
    if len(doc_id) > MAX_ID_CHARS:
        raise InputError(where, f"document id longer than {MAX_ID_CHARS} characters")
    return doc_id


# -- text files ----------------------------------------------------------------------------

def read_text_file(path: Path, options: ReadOptions | None = None) -> Iterator[Document]:
    """Documents of a ``.txt`` / ``.md`` file (HTML saved as text is converted)."""
    options = options or ReadOptions()
    name = shown(path)
    held: list[str] | None = []
    chars = 0
    nonblank = False
    replaced = Replacements()
    # Pass 1: decode everything (bounded memory) so a bad byte anywhere rejects the file
    # (strict) before any of it is used; small files are kept from this pass, large ones
    # re-read.
    with open_regular(path) as fh:
        for chunk in text_chunks(name, fh, options.strict, replaced):
            chars += len(chunk)
            nonblank = nonblank or not chunk.isspace()
            if held is not None:
                held.append(chunk)
                if chars > 2 * PART_CHARS:
                    held = None
    if not nonblank:
        raise InputError(name, "empty file" if chars == 0 else "empty file (only whitespace)")
    note_replacements(name, replaced, options)
    chunks: Iterable[str] = held if held is not None else _reread(path, name, options.strict)
    head, chunks = peek(chunks, MAX_FRONT_MATTER + 8)
    meta: dict = {}
    if head.startswith("---"):
        meta, body = split_front_matter(name, head)
        chunks = chain([body], _skip_first(chunks))
    yield from text_documents(name, check_id(name, safe_name(path.stem)), chunks, meta)


def _reread(path: Path, name: str, strict: bool) -> Iterator[str]:
    with open_regular(path) as fh:
        yield from text_chunks(name, fh, strict, Replacements())


def note_replacements(name: str, replaced: Replacements, options: ReadOptions) -> None:
    if replaced.count:
        options.note(InputNotice(name, f"{replaced.count} invalid byte(s) replaced by U+FFFD",
                                 {"invalid bytes replaced": replaced.count}))


def _skip_first(it: Iterator[str]) -> Iterator[str]:
    next(it, None)
    return it


# -- JSON Lines ----------------------------------------------------------------------------

def _jsonl_lines(name: str, fh) -> Iterator[tuple[int, str | InputError]]:
    """(line number, text or error) for each line, one line in memory at a time."""
    codec, bom = sniff(name, fh.peek(8192)[:8192])
    fh.read(bom)
    if codec != "utf-8":
        reader = io.TextIOWrapper(fh, encoding=codec, newline="\n")
        lineno = 0
        try:
            while line := reader.readline(MAX_RECORD_BYTES):
                lineno += 1
                yield lineno, line
        except UnicodeDecodeError:
            yield lineno + 1, InputError(f"{name}:{lineno + 1}", f"invalid {codec.upper()[:6]}; "
                                                                  "rest of the file skipped")
        return
    lineno = 0
    while raw := fh.readline(MAX_RECORD_BYTES + 1):
        lineno += 1
        if len(raw) > MAX_RECORD_BYTES and not raw.endswith(b"\n"):
            while (more := fh.readline(BLOCK_BYTES)) and not more.endswith(b"\n"):
                pass
            yield lineno, InputError(f"{name}:{lineno}", f"record longer than "
                                                         f"{MAX_RECORD_BYTES // (1024 * 1024)} MB")
            continue
        try:
            yield lineno, raw.decode("utf-8")
        except UnicodeDecodeError as exc:
            yield lineno, InputError(f"{name}:{lineno}", f"invalid UTF-8 at byte {exc.start} of the line")


def read_jsonl(path: Path, options: ReadOptions | None = None) -> Iterator[Document | InputError]:
    """Documents of a JSON Lines file (UTF-8 by definition: no guessing here)."""
    name = shown(path)
    bad = 0
    with open_regular(path) as fh:
        for lineno, line in _jsonl_lines(name, fh):
            result = line if isinstance(line, InputError) else _record(f"{name}:{lineno}", line)
            if result is None:
                continue
            if isinstance(result, InputError):
                bad += 1
                if bad > MAX_BAD_LINES:
                    yield InputError(name, f"more than {MAX_BAD_LINES} bad lines; rest of the file skipped")
                    return
                yield result
            else:
                yield from result


def _record(where: str, line: str) -> list[Document] | InputError | None:
    if not line.strip():
        return None
    try:
        obj = json.loads(line)
    except json.JSONDecodeError as exc:
        return InputError(where, f"invalid JSON: {exc.msg} (column {exc.colno})")
    except RecursionError:
        return InputError(where, "invalid JSON: nested too deeply")
    except ValueError as exc:      # e.g. integers longer than Python converts
        return InputError(where, f"invalid JSON: {' '.join(str(exc).split())[:120]}")
    if not isinstance(obj, dict):
        return InputError(where, "expected a JSON object")
    doc_id, body = obj.get("id"), obj.get("text")
    if isinstance(doc_id, bool) or not isinstance(doc_id, (str, int)) or str(doc_id).strip() == "":
        return InputError(where, "missing 'id'")
    if not isinstance(body, str) or not body.strip():
        return InputError(where, "missing or empty 'text'")
    try:
        meta = metadata(where, obj, "record")
        text = clean_text(body.replace("\r\n", "\n").replace("\r", "\n"))
        return list(text_documents(where, check_id(where, str(doc_id)), [text], meta))
    except InputError as exc:
        return exc


# -- entry points --------------------------------------------------------------------------

def read_path(path: Path, options: ReadOptions | None = None) -> Iterator[Document | InputError]:
    """Documents of one file, with InputErrors in place of what could not be read."""
    path = Path(path)
    reader = reader_for(path)
    if reader is None:
        yield InputError(shown(path), f"unsupported file type {safe_name(path.suffix) or '(none)'!r}; "
                                      f"expected {', '.join(SUPPORTED_SUFFIXES)}")
        return
    try:
        yield from reader(path, options or ReadOptions())
    except InputError as exc:
        yield exc


def iter_documents(inputs: Iterable[str | os.PathLike],
                   on_error: Callable[[InputError], None] | None = None, *,
                   strict: bool = False,
                   on_note: Callable[[InputNotice], None] | None = None) -> Iterator[Document]:
    """Every readable document under ``inputs``; problems go to ``on_error``, notices
    (repaired bytes, skipped archive records) to ``on_note``.

    Document ids must be unique within a run (they name the per-document graphs).
    """
    options = ReadOptions(strict=strict, note=on_note or (lambda _notice: None))
    seen: dict[str, str] = {}
    for item in iter_input_files(inputs):
        results = [item] if isinstance(item, InputError) else read_path(item, options)
        for result in results:
            if isinstance(result, Document) and result.id in seen:
                result = InputError(result.path or result.id,
                                    f"duplicate document id {result.id!r} (also {seen[result.id]})")
            if isinstance(result, InputError):
                if on_error is None:
                    raise result
                on_error(result)
                continue
            seen[result.id] = result.path or result.id
            yield result

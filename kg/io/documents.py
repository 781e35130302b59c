"""Files and folders -> :class:`kg.model.Document`.

Accepted inputs: ``.txt`` and ``.md`` (UTF-8, optional YAML front matter) and ``.jsonl``
(one JSON object per line).  Every problem with one file becomes an
:class:`~kg.errors.InputError` naming the file and the reason, so a run can report it
and go on with the other files.
"""
from __future__ import annotations

import codecs
import datetime as dt
import json
import os
import re
from pathlib import Path
from typing import Callable, Iterable, Iterator

import yaml

from kg.errors import InputError
from kg.model import Document
from kg.text import header
from kg.text.html import looks_like_html, html_to_text
from kg.text.language import detect_language

SUPPORTED_SUFFIXES = (".txt", ".md", ".jsonl")
METADATA_KEYS = ("title", "date", "url", "language", "source")
LANGUAGES = ("ar", "en")
MAX_FILE_BYTES = 64 * 1024 * 1024

_FRONT_MATTER = re.compile(r"\A---[ \t]*\n(?P<yaml>.*?)(?:\n|^)---[ \t]*(?:\n|\Z)", re.S | re.M)
_BINARY_MAGIC = {b"%PDF": "a PDF file", b"\x89PNG": "a PNG image", b"\xff\xd8\xff": "a JPEG image",
                 b"PK\x03\x04": "a ZIP archive (docx/xlsx?)", b"GIF8": "a GIF image",
                 b"\x1f\x8b": "a gzip archive"}


def decode(path: str, data: bytes) -> str:
    """Bytes of a text file -> str with \\n line ends, or InputError saying why not."""
    for magic, what in _BINARY_MAGIC.items():
        if data.startswith(magic):
            raise InputError(path, f"binary file ({what}), expected UTF-8 text")
    if data.startswith(codecs.BOM_UTF16_LE) or data.startswith(codecs.BOM_UTF16_BE):
        try:
            text = data.decode("utf-16")
        except UnicodeDecodeError as exc:
            raise InputError(path, f"invalid UTF-16 at byte {exc.start}") from None
    else:
        if data.startswith(codecs.BOM_UTF8):
            data = data[len(codecs.BOM_UTF8):]
        if b"\x00" in data:
            raise InputError(path, "binary file (contains NUL bytes), expected UTF-8 text")
        try:
            text = data.decode("utf-8")
        except UnicodeDecodeError as exc:
            raise InputError(path, f"invalid UTF-8 at byte {exc.start}") from None
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    if not text.strip():
        raise InputError(path, "empty file" if not text else "empty file (only whitespace)")
    return text


class _NoAliasLoader(yaml.SafeLoader):
    """Safe loading that also refuses anchors and aliases (no 'billion laughs')."""

    def compose_node(self, parent, index):
        if self.check_event(yaml.AliasEvent):
            event = self.peek_event()
            raise yaml.constructor.ConstructorError(
                None, None, "aliases are not allowed in front matter", event.start_mark)
        event = self.peek_event()
        if getattr(event, "anchor", None):
            raise yaml.constructor.ConstructorError(
                None, None, "anchors are not allowed in front matter", event.start_mark)
        return super().compose_node(parent, index)


def _parse_date(path: str, value, where: str) -> dt.date | None:
    if value is None or value == "":
        return None
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    text = str(value).strip()
    try:
        return dt.date.fromisoformat(text[:10])
    except ValueError:
        raise InputError(path, f"{where}: 'date' is not a valid ISO 8601 date: {text[:40]!r}") from None


def _metadata(path: str, meta: dict, where: str) -> dict:
    out = {}
    for key in METADATA_KEYS:
        value = meta.get(key)
        if value is None:
            continue
        if key == "date":
            out["date"] = _parse_date(path, value, where)
            continue
        if isinstance(value, (dict, list)):
            raise InputError(path, f"{where}: {key!r} must be a single value")
        out[key] = str(value).strip()
    lang = out.get("language")
    if lang is not None and lang not in LANGUAGES:
        raise InputError(path, f"{where}: 'language' must be one of {', '.join(LANGUAGES)}, not {lang!r}")
    return out


def split_front_matter(path: str, text: str) -> tuple[dict, str]:
    """(metadata, body) of a text with optional YAML front matter."""
    if not text.startswith("---"):
        return {}, text
    m = _FRONT_MATTER.match(text)
    if not m:
        raise InputError(path, "front matter: opening '---' has no closing '---' line")
    try:
        meta = yaml.load(m.group("yaml"), Loader=_NoAliasLoader)  # noqa: S506 - safe subclass
    except yaml.YAMLError as exc:
        reason = str(exc).splitlines()[0] if str(exc) else type(exc).__name__
        mark = getattr(exc, "problem_mark", None)
        where = f" (line {mark.line + 2})" if mark else ""
        raise InputError(path, f"front matter: invalid YAML{where}: {reason}") from None
    if meta is None:
        meta = {}
    if not isinstance(meta, dict):
        raise InputError(path, "front matter: expected key: value pairs")
    return _metadata(path, meta, "front matter"), text[m.end():]


def make_document(path: str, doc_id: str, text: str, meta: dict) -> Document:
    """Build a Document, filling what the metadata lacks from the text itself."""
    if looks_like_html(text):
        text = html_to_text(text)
        if not text.strip():
            raise InputError(path, "HTML page with no text")
    if not text.strip():
        raise InputError(path, "no text after the front matter")
    skip = header.boilerplate_ranges(text)
    return Document(
        id=doc_id,
        text=text,
        path=path,
        title=meta.get("title") or header.recover_title(text, skip),
        date=meta.get("date") or header.recover_date(text),
        url=meta.get("url"),
        language=meta.get("language") or detect_language(text),
        source=meta.get("source") or header.recover_source(text),
        boilerplate=skip,
    )


def _read_bytes(path: Path) -> bytes:
    try:
        size = path.stat().st_size
        if size > MAX_FILE_BYTES:
            raise InputError(str(path), f"file too large ({size // (1024 * 1024)} MB, limit "
                                        f"{MAX_FILE_BYTES // (1024 * 1024)} MB); split it")
        return path.read_bytes()
    except PermissionError:
        raise InputError(str(path), "permission denied") from None
    except IsADirectoryError:
        raise InputError(str(path), "is a directory") from None
    except FileNotFoundError:
        raise InputError(str(path), "no such file") from None
    except OSError as exc:
        raise InputError(str(path), exc.strerror or str(exc)) from None


def _read_jsonl(path: str, text: str) -> Iterator[Document | InputError]:
    for lineno, line in enumerate(text.split("\n"), 1):
        if not line.strip():
            continue
        where = f"{path}:{lineno}"
        try:
            obj = json.loads(line)
        except json.JSONDecodeError as exc:
            yield InputError(where, f"invalid JSON: {exc.msg}")
            continue
        if not isinstance(obj, dict):
            yield InputError(where, "expected a JSON object")
            continue
        doc_id, body = obj.get("id"), obj.get("text")
        if not isinstance(doc_id, (str, int)) or str(doc_id).strip() == "":
            yield InputError(where, "missing 'id'")
            continue
        if not isinstance(body, str) or not body.strip():
            yield InputError(where, "missing or empty 'text'")
            continue
        try:
            meta = _metadata(where, obj, "record")
            yield make_document(where, str(doc_id), body.replace("\r\n", "\n").replace("\r", "\n"), meta)
        except InputError as exc:
            yield exc


def read_path(path: Path) -> Iterator[Document | InputError]:
    """Documents of one file, with InputErrors in place of what could not be read."""
    name = str(path)
    if path.suffix.lower() not in SUPPORTED_SUFFIXES:
        yield InputError(name, f"unsupported file type {path.suffix or '(none)'!r}; "
                               f"expected {', '.join(SUPPORTED_SUFFIXES)}")
        return
    try:
        text = decode(name, _read_bytes(path))
        if path.suffix.lower() == ".jsonl":
            yield from _read_jsonl(name, text)
            return
        meta, body = split_front_matter(name, text)
        yield make_document(name, path.stem, body, meta)
    except InputError as exc:
        yield exc


def iter_input_files(inputs: Iterable[str | os.PathLike]) -> Iterator[Path | InputError]:
    """Files named by ``inputs``: files as given, folders walked in sorted order.

    Inside folders only supported suffixes are taken; symlink loops and unreadable
    folders become InputErrors instead of stopping the walk.
    """
    for raw in inputs:
        path = Path(raw)
        if not path.exists():
            yield InputError(str(path), "no such file or folder")
        elif path.is_dir():
            yield from _walk(path, set())
        else:
            yield path


def _walk(folder: Path, seen: set[str]) -> Iterator[Path | InputError]:
    real = os.path.realpath(folder)
    if real in seen:
        yield InputError(str(folder), "symlink loop, skipped")
        return
    seen = seen | {real}
    try:
        entries = sorted(os.scandir(folder), key=lambda e: e.name)
    except PermissionError:
        yield InputError(str(folder), "permission denied")
        return
    except OSError as exc:
        yield InputError(str(folder), exc.strerror or str(exc))
        return
    for entry in entries:
        path = Path(entry.path)
        try:
            is_dir = entry.is_dir()
        except OSError:
            is_dir = False
        if is_dir:
            yield from _walk(path, seen)
        elif path.suffix.lower() in SUPPORTED_SUFFIXES and not entry.name.startswith("."):
            if not path.exists():
                yield InputError(str(path), "broken symlink")
            else:
                yield path


def iter_documents(inputs: Iterable[str | os.PathLike],
                   on_error: Callable[[InputError], None] | None = None) -> Iterator[Document]:
    """Every readable document under ``inputs``; problems go to ``on_error``.

    Document ids must be unique within a run (they name the per-document graphs).
    """
    seen: dict[str, str] = {}
    for item in iter_input_files(inputs):
        results = [item] if isinstance(item, InputError) else read_path(item)
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

"""Readers by file name ending: which module reads ``.html``, ``.warc.gz``, ``.csv`` ...

One reader per input kind, each a function ``read(path, options)`` yielding
:class:`~kg.model.Document` and :class:`~kg.errors.InputError` (like rdflib's parser
plugins, looked up by suffix).  The longest matching ending wins, so ``a.warc.gz`` is an
archive, not a gzip file.
"""
from __future__ import annotations

import importlib
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable

from kg.errors import InputNotice
from kg.io.files import SUPPORTED_SUFFIXES, suffix_of

#: Ending -> "module:function" (imported on first use: trafilatura and feedparser load
#: slowly and a run over .txt files never needs them).
READERS = {
    ".txt": "kg.io.documents:read_text_file",
    ".md": "kg.io.documents:read_text_file",
    ".jsonl": "kg.io.documents:read_jsonl",
    ".html": "kg.io.pages:read_page_file",
    ".htm": "kg.io.pages:read_page_file",
    ".warc": "kg.io.warc:read_warc",
    ".warc.gz": "kg.io.warc:read_warc",
    ".xml": "kg.io.feeds:read_feed",
    ".rss": "kg.io.feeds:read_feed",
    ".atom": "kg.io.feeds:read_feed",
    ".csv": "kg.io.tables:read_csv",
}
assert set(READERS) == set(SUPPORTED_SUFFIXES)


@dataclass
class ReadOptions:
    """How to read: ``strict`` refuses what the default repairs (invalid bytes, legacy
    codecs); ``note`` receives :class:`InputNotice`s (replacements, skipped records)."""

    strict: bool = False
    note: Callable[[InputNotice], None] = field(default=lambda _notice: None)


def reader_for(path: Path) -> Callable | None:
    suffix = suffix_of(path)
    target = READERS.get(suffix) if suffix else None
    if target is None:
        return None
    module, func = target.split(":")
    return getattr(importlib.import_module(module), func)

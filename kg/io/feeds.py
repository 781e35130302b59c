"""News feeds (``.xml``, ``.rss``, ``.atom``) -> one document per entry.

feedparser reads RSS 0.9x/1.0/2.0 and Atom.  An entry's text is its full content where
the feed carries it (``content:encoded``, Atom ``content``), else its summary; markup in
it becomes plain text.  Its link, title and date (published, else updated) are the
document's metadata; its id is ``<feed file name>#<n>`` in feed order.  A file that is not
a feed (not XML, or XML without entries) is one error line.
"""
from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Iterator

from kg.errors import InputError
from kg.io.documents import check_id, text_documents
from kg.io.files import open_regular, safe_name, shown
from kg.io.frontmatter import language_tag, metadata
from kg.io.registry import ReadOptions
from kg.model import Document
from kg.text.html import html_to_text, paragraphs

#: A feed is a list of entries, not an archive: bigger files are refused.
MAX_FEED_BYTES = 64 * 1024 * 1024


def read_feed(path: Path, options: ReadOptions) -> Iterator[Document | InputError]:
    import feedparser

    name = shown(path)
    with open_regular(path) as fh:
        data = fh.read(MAX_FEED_BYTES + 1)
    if len(data) > MAX_FEED_BYTES:
        raise InputError(name, f"feed larger than {MAX_FEED_BYTES // (1024 * 1024)} MB")
    parsed = feedparser.parse(data, sanitize_html=True, resolve_relative_uris=False)
    if not parsed.entries:
        why = parsed.get("bozo_exception")
        reason = f" ({' '.join(str(why).split())[:120]})" if why else ""
        raise InputError(name, f"not a news feed: no RSS or Atom entries found{reason}")
    stem = safe_name(path.name.rsplit(".", 1)[0])
    feed_lang = language_tag(parsed.feed.get("language"))
    for n, entry in enumerate(parsed.entries, 1):
        where = f"{name}#{n}"
        try:
            text = _entry_text(entry)
            if not text.strip():
                raise InputError(where, "feed entry without content or summary")
            meta = metadata(where, {"title": entry.get("title"), "url": entry.get("link"),
                                    "date": _date(entry), "source": parsed.feed.get("title"),
                                    "language": language_tag(entry.get("language")) or feed_lang},
                            "feed entry")
            yield from text_documents(where, check_id(where, f"{stem}#{n}"), [text], meta)
        except InputError as exc:
            yield exc


def _entry_text(entry) -> str:
    contents = [c for c in entry.get("content", []) if c.get("value", "").strip()]
    value = contents[0]["value"] if contents else entry.get("summary", "")
    return paragraphs(html_to_text(value) if "<" in value else value)


def _date(entry) -> str | None:
    parsed = entry.get("published_parsed") or entry.get("updated_parsed")
    if parsed:
        return dt.date(parsed.tm_year, parsed.tm_mon, parsed.tm_mday).isoformat()
    return None


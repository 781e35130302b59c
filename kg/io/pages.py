"""Saved article pages (``.html``, ``.htm``) -> documents of the article's main text.

The main text is found by trafilatura (the field's library for this, with htmldate for
publication dates), so navigation, cookie banners, tickers, "read also" lists, comment
threads, newsletter boxes and footers stay out of the graph.  Metadata comes from the
page: title, date and canonical URL from Open Graph, ``article:published_time``, JSON-LD
and ``<link rel=canonical>`` (trafilatura reads them all); language from ``<html lang>``
when it is one we analyse, else detected from the text.  Bytes are decoded with the
charset the HTTP header or ``<meta charset>`` declares, else a guessed one
(:mod:`kg.io.encoding`).

A page bigger than :data:`MAX_PAGE_BYTES` is no article page (a saved forum thread, a
whole site in one file); main-text extraction would take minutes, so it is read like HTML
saved as text (every readable line, in parts) and a notice says so.  Nothing in a page
is executed or fetched.
"""
from __future__ import annotations

import os
from pathlib import Path
from typing import Iterator

from kg.errors import InputError, InputNotice
from kg.io.documents import check_id, note_replacements, read_text_file, text_documents
from kg.io.encoding import Replacements, decode_bytes, declared_charset
from kg.io.files import open_regular, safe_name, shown
from kg.io.frontmatter import language_tag, metadata
from kg.io.registry import ReadOptions
from kg.model import Document
from kg.text.html import paragraphs

#: Larger pages are read as plain HTML text, without main-text extraction.
MAX_PAGE_BYTES = 5 * 1024 * 1024

#: A fallback extraction counts as article text only with a line of this many words.
MIN_SENTENCE_WORDS = 5



def read_page_file(path: Path, options: ReadOptions) -> Iterator[Document]:
    """Documents (one, or none) of a saved page."""
    name = shown(path)
    with open_regular(path) as fh:
        size = os.fstat(fh.fileno()).st_size
        if size > MAX_PAGE_BYTES:
            data = None
        else:
            data = fh.read()
    if data is None:
        options.note(InputNotice(name, f"page larger than {MAX_PAGE_BYTES // (1024 * 1024)} MB: "
                                       "read as plain HTML text, without removing navigation",
                                 {"pages read without main-text extraction": 1}))
        yield from read_text_file(path, options)
        return
    replaced = Replacements()
    html = decode_bytes(name, data, replaced, strict=options.strict,
                        declared=declared_charset(None, data))
    note_replacements(name, replaced, options)
    yield from page_documents(name, check_id(name, safe_name(path.stem)), html)


def page_documents(name: str, doc_id: str, html: str, *, url: str | None = None,
                   fallback: dict | None = None) -> list[Document]:
    """The documents of one decoded page: its article text with the page's metadata
    (``fallback`` fills what the page does not say, e.g. a WARC record's URL and date)."""
    text, meta = extract_article(name, html, url)
    for key, value in (fallback or {}).items():
        if value is not None and not meta.get(key):
            meta[key] = value
    return list(text_documents(name, doc_id, [text], metadata(name, meta, "page metadata")))


def extract_article(name: str, html: str, url: str | None = None) -> tuple[str, dict]:
    """(main text, raw metadata) of a page; InputError when it holds no article text."""
    from trafilatura import bare_extraction
    from trafilatura.utils import load_html

    tree = load_html(html)
    if tree is None:
        raise InputError(name, "not an HTML page (nothing to parse)")
    lang = language_tag(tree.get("lang") or tree.get("xml:lang"))
    options = dict(url=url, with_metadata=True, include_comments=False, favor_precision=True,
                   deduplicate=False)
    # trafilatura's own extractor first; its fallbacks (readability, jusText) only when it
    # finds nothing, and then only text with a sentence in it: on an index page the
    # fallbacks return the menu ("Home World Sport").
    found = bare_extraction(tree, fast=True, **options)
    text = paragraphs(found.text if found is not None else "")
    if not text.strip():
        found = bare_extraction(load_html(html), fast=False, **options)
        text = paragraphs(found.text if found is not None else "")
        if not any(len(line.split()) >= MIN_SENTENCE_WORDS for line in text.splitlines()):
            text = ""
    if not text.strip():
        raise InputError(name, "no article text found in the page (an index or navigation page?)")
    meta = {"title": found.title, "date": found.date, "url": found.url or url,
            "language": lang, "source": found.sitename}
    return text, {k: v for k, v in meta.items() if v}


"""HTML saved as text: detect it and keep only the readable text.

Pages saved from a browser as ``.txt`` are converted, not rejected: scripts, styles and
the page head are dropped, block elements become line breaks, character references are
decoded, and the ``<title>`` is kept as the document title.  Conversion is incremental
(:class:`HtmlText`), so a page of any size is converted in bounded memory.  Nothing in
the page is ever executed or fetched.
"""
from __future__ import annotations

import re
from html.parser import HTMLParser
from typing import Iterable, Iterator

_TAG = re.compile(r"<(?:p|div|span|html|body|head|br|a|script|meta|h[1-6]|li|td|table|title)\b[^>]*>", re.I)
_BLOCK = {"p", "div", "br", "li", "h1", "h2", "h3", "h4", "h5", "h6", "tr", "section", "article",
          "header", "footer", "blockquote", "pre", "ul", "ol", "table", "hr", "dd", "dt", "figcaption"}
_SKIP = {"script", "style", "noscript", "template", "svg", "math", "iframe", "object"}
_SPACES = re.compile(r"[ \t\r\f\v]+")
_BLANKS = re.compile(r"\n\s*\n+")
MAX_TITLE = 300


def looks_like_html(text: str) -> bool:
    head = text.lstrip()[:200].lower()
    if head.startswith(("<!doctype html", "<html", "<?xml")) and "<html" in text[:2000].lower():
        return True
    return len(_TAG.findall(text[:20000])) >= 5


class HtmlText(HTMLParser):
    """Feed HTML in pieces, take text out as it comes; :attr:`title` once seen."""

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self._out: list[str] = []
        self._skipping: list[str] = []
        self._in_head = False
        self._title: list[str] | None = None
        self.title: str | None = None

    # -- parser callbacks ------------------------------------------------------------

    def _end_title(self):
        if self._title is not None:
            self.title = " ".join("".join(self._title).split())[:MAX_TITLE] or None
            self._title = None

    def handle_starttag(self, tag, attrs):
        if tag == "body" or tag in _BLOCK:
            self._end_title()      # an unclosed <title> must not swallow the page
        if tag in _SKIP:
            self._skipping.append(tag)
        elif tag == "head":
            self._in_head = True
        elif tag == "body":
            # Browsers end the head at <body> even without </head>: so must we.
            self._in_head = False
        elif tag == "title" and self.title is None:
            self._title = []
        elif tag in _BLOCK:
            self._out.append("\n")

    def handle_startendtag(self, tag, attrs):
        if tag in _BLOCK:
            self._out.append("\n")

    def handle_endtag(self, tag):
        if self._skipping and tag in _SKIP:
            # Pop back to the matching open tag; a stray close tag changes nothing.
            if tag in self._skipping:
                while self._skipping.pop() != tag:
                    pass
        elif tag == "head":
            self._in_head = False
        elif tag == "title":
            self._end_title()
        elif tag in _BLOCK:
            self._out.append("\n")

    def handle_data(self, data):
        if self._skipping:
            return
        if self._title is not None:
            self._title.append(data)
            if sum(map(len, self._title)) > 4 * MAX_TITLE:
                self._end_title()
        elif not self._in_head:
            self._out.append(data)

    # -- incremental use -------------------------------------------------------------

    def take(self, html: str = "") -> str:
        """Feed ``html``; return the text produced since the last call."""
        if html:
            self.feed(html)
        out = "".join(self._out)
        self._out.clear()
        return out

    def finish(self) -> str:
        self.close()
        return self.take()


def convert_chunks(chunks: Iterable[str], converter: HtmlText | None = None) -> Iterator[str]:
    """Text of an HTML page given in pieces (raw, see :func:`tidy`)."""
    converter = converter or HtmlText()
    for chunk in chunks:
        text = converter.take(chunk)
        if text:
            yield text
    text = converter.finish()
    if text:
        yield text


def tidy(text: str) -> str:
    """Collapse the whitespace that markup leaves behind."""
    text = _SPACES.sub(" ", text)
    text = _BLANKS.sub("\n\n", text)
    return "\n".join(line.strip() for line in text.strip().split("\n")) + "\n"


def paragraphs(text: str) -> str:
    """One paragraph per non-blank line, spaces collapsed, a blank line between them (as
    articles saved as text have, so paragraph-bound rules work alike); "" if no text."""
    lines = (" ".join(line.split()) for line in (text or "").splitlines())
    body = "\n\n".join(line for line in lines if line)
    return body + "\n" if body else ""


def html_to_text(html: str) -> str:
    return tidy("".join(convert_chunks([html])))

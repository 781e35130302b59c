"""Long texts -> paragraph-aligned parts of bounded size.

A text longer than :data:`PART_CHARS` characters (a 50 MB dump, a book, a whole site
saved as one file) is cut into parts that each become a document of their own, named
``<id>#part-<n>`` (n from 1).  Parts are exact consecutive slices of the text, so
joining them gives the text back, and every offset in a part's graph is an offset into
that part's text (``nif:isString`` of the part).  Cuts fall after a blank line when
there is one in the second half of the window, else after a line end, else after a
space, and only as a last resort inside a word (never before a combining mark or a
joiner, so no letter is split from its marks).

Why parts instead of one document: memory and run time of the analysis grow with a
document's length (some stages faster than linearly), facts never span paragraphs, and
a reader must not hold a whole file in memory.  The alternative, refusing big files,
would lose real data (archives saved as one file) for no gain.
"""
from __future__ import annotations

import unicodedata
from itertools import chain
from typing import Iterable, Iterator

#: 65,536 characters: several times the longest news article, so real articles are never
#: cut; small enough that stages whose cost grows faster than the length of a document
#: (mention lookups, candidate overlap checks) stay cheap on dumps.
PART_CHARS = 1 << 16


def split_parts(chunks: Iterable[str], limit: int = PART_CHARS) -> Iterator[str]:
    """Consecutive slices of the text made of ``chunks``, each at most ``limit`` long."""
    pieces: list[str] = []
    size = 0
    for chunk in chunks:
        pieces.append(chunk)
        size += len(chunk)
        if size > limit:
            buf = "".join(pieces)
            start = 0
            while len(buf) - start > limit:
                cut = start + _cut(buf, start, limit)
                yield buf[start:cut]
                start = cut
            buf = buf[start:]
            pieces, size = [buf], len(buf)
    if size:
        yield "".join(pieces)


def _cut(buf: str, start: int, limit: int) -> int:
    """Length of the next part of ``buf[start:]`` (0 < length <= limit)."""
    lo, hi = start + limit // 2, start + limit
    for sep in ("\n\n", "\n", " "):
        i = buf.rfind(sep, lo, hi)
        if i >= 0:
            return i + len(sep) - start
    cut = hi
    while cut > lo and _clings(buf[cut]):
        cut -= 1
    return cut - start


def _clings(ch: str) -> bool:
    # Marks and joiners belong with the character before them.
    return unicodedata.category(ch) in ("Mn", "Me", "Mc") or ch in "\u200c\u200d\u2060"


def peek(chunks: Iterable[str], size: int) -> tuple[str, Iterator[str]]:
    """The first ``size`` characters (or all, if fewer) and an iterator over everything."""
    it = iter(chunks)
    head: list[str] = []
    have = 0
    for chunk in it:
        head.append(chunk)
        have += len(chunk)
        if have >= size:
            break
    text = "".join(head)
    return text, chain([text] if text else [], it)

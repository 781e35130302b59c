"""Which codec a file or a web page is written in, and decoding that survives a few bad bytes.

Archives hold more than clean UTF-8: pages in windows-1256 or ISO-8859-6, UTF-16 files
without a byte-order mark, and UTF-8 with a stray corrupted byte.  The rule, in order:

1. a known binary signature (PDF, PNG, gzip, ...) is refused;
2. a byte-order mark names the codec;
3. a declared charset (HTTP ``Content-Type`` or ``<meta charset>``) names it, for pages;
4. a head that decodes as UTF-8, or that holds real multi-byte UTF-8 with only a few
   invalid bytes, is UTF-8;
5. otherwise ``charset-normalizer`` guesses from the head; if it finds no codec that
   gives text, the file is refused as binary.

Invalid bytes become U+FFFD and are counted (:class:`Replacements`), so the summary can
say how many.  ``strict`` keeps the old behaviour: UTF-8 or a byte-order mark only, and
the first invalid byte refuses the file (see :func:`sniff`).
"""
from __future__ import annotations

import codecs
import re

from kg.errors import InputError

#: Bytes looked at to choose a codec.
HEAD_BYTES = 64 * 1024
#: At most this share of a UTF-8 head's non-ASCII bytes may be invalid (else it is a legacy
#: codec that happens to contain UTF-8-looking pairs).
MAX_INVALID_SHARE = 0.05

_BINARY_MAGIC = {b"%PDF": "a PDF file", b"\x89PNG": "a PNG image", b"\xff\xd8\xff": "a JPEG image",
                 b"PK\x03\x04": "a ZIP archive (docx/xlsx?)", b"GIF8": "a GIF image",
                 b"\x1f\x8b": "a gzip archive", b"\x7fELF": "an executable",
                 b"SQLite format 3\x00": "an SQLite database"}
# UTF-32 first: its little-endian mark begins with UTF-16's.
_BOMS = ((codecs.BOM_UTF32_LE, "utf-32-le"), (codecs.BOM_UTF32_BE, "utf-32-be"),
         (codecs.BOM_UTF8, "utf-8"), (codecs.BOM_UTF16_LE, "utf-16-le"),
         (codecs.BOM_UTF16_BE, "utf-16-be"))

_META_CHARSET = re.compile(rb"""<meta[^>]{0,200}?charset\s*=\s*["']?\s*([A-Za-z0-9_.:-]{1,40})""", re.I)
_HEADER_CHARSET = re.compile(r"""charset\s*=\s*["']?\s*([A-Za-z0-9_.:-]{1,40})""", re.I)
# WHATWG: labels that browsers read as a wider codec than their name says.
_WHATWG = {"iso-8859-1": "cp1252", "latin1": "cp1252", "us-ascii": "cp1252", "ascii": "cp1252",
           "iso-8859-6": "iso8859_6", "arabic": "iso8859_6", "x-user-defined": "cp1252"}
_UTF8 = re.compile(rb"[\xc2-\xdf][\x80-\xbf]|[\xe0-\xef][\x80-\xbf]{2}|[\xf0-\xf4][\x80-\xbf]{3}")


class Replacements:
    """Counts the bytes that were replaced by U+FFFD while decoding (one per reader)."""

    def __init__(self):
        self.count = 0

    def take(self, text: str) -> str:
        """``text`` decoded with ``errors="surrogateescape"``: each escaped byte becomes
        U+FFFD (one for one, so offsets hold) and is counted."""
        if not _ESCAPED.search(text):
            return text
        self.count += len(_ESCAPED.findall(text))
        return _ESCAPED.sub("\ufffd", text)


_ESCAPED = re.compile("[\udc80-\udcff]")


def codec_name(label: str | None) -> str | None:
    """A Python codec for a charset label, or None when the label is unknown."""
    if not label:
        return None
    label = label.strip().strip("\"'").lower()
    label = _WHATWG.get(label, label)
    try:
        return codecs.lookup(label).name
    except LookupError:
        return None


def declared_charset(content_type: str | None = None, head: bytes = b"") -> str | None:
    """The codec a page declares: HTTP header first, then ``<meta charset>``."""
    if content_type:
        m = _HEADER_CHARSET.search(content_type)
        if m and (codec := codec_name(m.group(1))):
            return codec
    m = _META_CHARSET.search(head[:HEAD_BYTES])
    if m:
        codec = codec_name(m.group(1).decode("ascii", "replace"))
        # A page that says utf-16 in an ASCII-compatible meta tag cannot be UTF-16.
        if codec and not codec.startswith("utf-16") and not codec.startswith("utf-32"):
            return codec
    return None


def guess_codec(name: str, head: bytes, declared: str | None = None) -> str:
    """The codec of a text whose first bytes are ``head`` (no byte-order mark), or
    InputError when it is not text in any codec we can tell."""
    if declared:
        return declared
    if b"\x00" not in head:
        try:
            head.decode("utf-8")
            return "utf-8"
        except UnicodeDecodeError as exc:
            if exc.start >= len(head) - 3 and exc.reason == "unexpected end of data":
                return "utf-8"         # a multi-byte character cut by the sample
        good = len(_UTF8.findall(head))
        bad = _invalid_utf8(head)
        if good and bad <= max(3, MAX_INVALID_SHARE * (good + bad)):
            return "utf-8"
        return _normalizer_guess(name, head)
    return _utf16_guess(name, head)


def _utf16_guess(name: str, head: bytes) -> str:
    """NUL bytes in text mean UTF-16 without a byte-order mark, or a binary: take the
    byte order whose text is mostly letters, digits, spaces and punctuation of the
    scripts we read (Latin and Arabic)."""
    for codec in ("utf-16-le", "utf-16-be"):
        text = head[: len(head) // 2 * 2].decode(codec, "replace")
        if len(text) >= 8 and sum(_readable(ch) for ch in text) >= 0.95 * len(text):
            return codec
    nul = head.find(b"\x00")
    raise InputError(name, f"binary file (NUL byte at byte {nul}), expected text")


def _readable(ch: str) -> bool:
    return ch in "\n\r\t" or (ch.isprintable() and (ch < "\u0250" or "\u0600" <= ch <= "\u06ff"
                                                   or "\u2000" <= ch <= "\u206f"))


def _invalid_utf8(data: bytes) -> int:
    return len(_ESCAPED.findall(data.decode("utf-8", "surrogateescape")))


def _normalizer_guess(name: str, head: bytes) -> str:
    from charset_normalizer import from_bytes
    best = from_bytes(head[:HEAD_BYTES], steps=5, chunk_size=512).best()
    if best is None or not _is_text(str(best)):
        nul = head.find(b"\x00")
        where = f" (NUL byte at byte {nul})" if nul >= 0 else ""
        raise InputError(name, f"binary file{where}: not text in any encoding we can tell")
    return codecs.lookup(best.encoding).name


def _is_text(text: str) -> bool:
    if not text:
        return False
    printable = sum(ch.isprintable() or ch in "\n\r\t" for ch in text)
    return printable >= 0.97 * len(text)


def decode_bytes(name: str, data: bytes, replacements: Replacements, *, strict: bool = False,
                 declared: str | None = None) -> str:
    """All of ``data`` as text (byte-order mark, declared charset, UTF-8 or a guess);
    invalid bytes become U+FFFD counted in ``replacements`` unless ``strict``."""
    codec, bom = sniff(name, data[:8192])
    if strict:
        # No guessing and no repair, but a declared charset is a fact about the page.
        codec = codec if bom else (declared or codec)
        try:
            return data[bom:].decode(codec)
        except UnicodeDecodeError as exc:
            raise InputError(name, f"invalid {codec.upper()} at byte {bom + exc.start}") from None
    if not bom:
        codec = guess_codec(name, data[:HEAD_BYTES], declared)
    try:
        return replacements.take(data[bom:].decode(codec, "surrogateescape"))
    except UnicodeDecodeError as exc:       # UTF-16/32 with a broken unit
        raise InputError(name, f"invalid {codec.upper()} at byte {bom + exc.start}") from None


def sniff(name: str, head: bytes, strict: bool = True) -> tuple[str, int]:
    """(codec, byte-order-mark length) for a file opening with ``head``, or InputError
    for files that are not text.  Not ``strict``: a file without a byte-order mark gets
    the codec guessed from its head (:func:`guess_codec`)."""
    for magic, what in _BINARY_MAGIC.items():
        if head.startswith(magic):
            raise InputError(name, f"binary file ({what}), expected UTF-8 text")
    for bom, codec in _BOMS:
        if head.startswith(bom):
            return codec, len(bom)
    if not strict:
        return guess_codec(name, head), 0
    nul = head.find(b"\x00")
    if nul >= 0:
        hint = " (UTF-16 without a byte-order mark?)" if _looks_utf16(head) else ""
        raise InputError(name, f"binary file (NUL byte at byte {nul}){hint}, expected UTF-8 text")
    return "utf-8", 0


def _looks_utf16(head: bytes) -> bool:
    even, odd = head[0::2].count(0), head[1::2].count(0)
    return max(even, odd) > len(head) // 4 and min(even, odd) < max(even, odd) // 8

"""Normalisation for matching that keeps the way back to original offsets.

Every rule either deletes a character (diacritics, tatweel, zero-width and bidi
controls, double quotes) or replaces it by exactly one character (alef forms, alef
maqsura, ta marbuta, Arabic-Indic digits, dash and quote variants, upper case).  So the
normalised text is the original minus some deleted positions, and an offset maps back
with one binary search over those positions: no per-character table is kept.
"""
from __future__ import annotations

import re
from bisect import bisect_left, bisect_right

_DELETE = (
    [chr(c) for c in range(0x064B, 0x0660)]      # harakat, shadda, sukun ...
    + ["\u0670"]                                   # superscript alef
    + [chr(c) for c in range(0x0610, 0x061B)]      # Quranic marks
    + [chr(c) for c in range(0x06D6, 0x06EE)]
    + ["\u0640"]                                   # tatweel
    + ["\u200b", "\u200c", "\u200d", "\u200e", "\u200f", "\u2060", "\ufeff", "\u00ad"]
    + [chr(c) for c in range(0x202A, 0x202F)]      # bidi embeddings and overrides
    + [chr(c) for c in range(0x2066, 0x206A)]      # bidi isolates
    + ['"', "\u201c", "\u201d", "\u201e", "\u201f", "\u00ab", "\u00bb", "\u2039", "\u203a",
       "\u2033", "\u301d", "\u301e"]               # double quotes and guillemets
)

_REPLACE = {
    "أ": "ا", "إ": "ا", "آ": "ا", "ٱ": "ا", "ٲ": "ا", "ٳ": "ا",
    "ى": "ي", "ی": "ي", "ې": "ي", "ئ": "ي",
    "ة": "ه", "ۀ": "ه", "ۃ": "ه",
    "ؤ": "و",
    "ک": "ك", "ڪ": "ك",
    "\u2018": "'", "\u2019": "'", "\u201a": "'", "\u201b": "'", "\u2032": "'", "`": "'",
    "\u00b4": "'",
    "\u2010": "-", "\u2011": "-", "\u2012": "-", "\u2013": "-", "\u2014": "-",
    "\u2015": "-", "\u2212": "-", "\ufe58": "-", "\ufe63": "-", "\uff0d": "-",
    "\u00a0": " ", "\u2007": " ", "\u202f": " ", "\u2009": " ", "\u200a": " ",
    "\u3000": " ", "\t": " ",
    "\u066b": ".", "\u066c": ",",
}
for _i in range(10):
    _REPLACE[chr(0x0660 + _i)] = str(_i)   # Arabic-Indic digits
    _REPLACE[chr(0x06F0 + _i)] = str(_i)   # Extended (Persian) digits
for _c in range(0x41, 0x5B):
    _REPLACE[chr(_c)] = chr(_c + 32)
for _c in range(0xC0, 0x1FF):              # Latin-1 and Latin Extended-A capitals
    _ch = chr(_c)
    _lo = _ch.lower()
    if _lo != _ch and len(_lo) == 1:
        _REPLACE[_ch] = _lo

_TABLE = str.maketrans({**_REPLACE, **{c: None for c in _DELETE}})
# The same table as a list indexed by code point, up to the highest one it changes:
# str.translate reads a list entry about twice as fast as a dict entry (every document's
# every character goes through it), and an index past the end raises IndexError, a
# LookupError, which leaves the character as it is, as a missing dict key does.
_TABLE_LIST = [_TABLE.get(i, i) for i in range(max(_TABLE) + 1)]
_DELETED = re.compile("[" + re.escape("".join(_DELETE)) + "]")
# A double quote glued between two Latin letters ('an attack\u201con the base', a typing
# slip of the source) stands for the space it replaced: deleting it would glue the words
# into one. Between Arabic letters it stays deleted: 'ال\u201cحشد\u201d' is one word.
# The quote is matched first and the letter before it looked for behind it: a pattern
# opening with a look-behind is entered at every character of every document, one
# opening with a character class lets the engine skip to the quotes.
_GLUED_QUOTE = re.compile("[" + re.escape('"\u201c\u201d\u201e\u201f\u00ab\u00bb') + "](?<=[A-Za-z].)(?=[A-Za-z])")


def unglue_quotes(text: str) -> str:
    """``text`` with each double quote glued between two Latin letters made a space (same
    length): what :class:`NormalizedText` normalises, character by character."""
    return _GLUED_QUOTE.sub(" ", text)


class NormalizedText:
    """The normalised form of ``original`` and the map from its offsets back."""

    __slots__ = ("original", "text", "_shifts", "_deleted")

    def __init__(self, original: str):
        self.original = original
        source = unglue_quotes(original)   # same length: offsets unchanged
        self.text = source.translate(_TABLE_LIST)
        # For the k-th deleted original position d_k, the normalised offset where the
        # gap sits is d_k - k; these are non-decreasing, so bisect finds the shift.
        self._shifts = [m.start() - k for k, m in enumerate(_DELETED.finditer(source))]
        # The deleted original positions themselves (d_k = shift_k + k, increasing), for
        # the way in: made when first asked (most documents delete nothing).
        self._deleted: list[int] | None = None

    def to_original(self, i: int) -> int:
        """Original offset of the character at normalised offset ``i``."""
        if not self._shifts:
            return i
        return i + bisect_right(self._shifts, i)

    def span_to_original(self, start: int, end: int) -> tuple[int, int]:
        """Original (start, end) of the normalised half-open span [start, end)."""
        if end <= start:
            o = self.to_original(start)
            return o, o
        return self.to_original(start), self.to_original(end - 1) + 1

    def to_normalized(self, i: int) -> int:
        """Normalised offset of original offset ``i`` (a deleted char maps to the next)."""
        if not self._shifts:
            return i
        deleted = self._deleted
        if deleted is None:
            deleted = self._deleted = [d + k for k, d in enumerate(self._shifts)]
        # Count deletions strictly before original position i (one C bisection).
        return i - bisect_left(deleted, i)


def normalize(text: str) -> str:
    """The normalised form of a string (lexicon names, query values, labels)."""
    return text.translate(_TABLE_LIST)


_SPACES = re.compile(r"\s+")


def normalize_key(text: str) -> str:
    """A whitespace-collapsed normalised form, used as a dictionary key."""
    return _SPACES.sub(" ", normalize(text)).strip()


_ARABIC_TABLE = str.maketrans({k: v for k, v in _TABLE.items()
                               if 0x0600 <= k <= 0x06FF or 0x0750 <= k <= 0x077F})


def normalize_arabic(text: str) -> str:
    """Normalise only Arabic letters: for regex patterns, whose syntax must survive."""
    return text.translate(_ARABIC_TABLE)

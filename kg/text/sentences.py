"""Sentence splitting for Arabic and English news text, on original offsets."""
from __future__ import annotations

import re

from kg.model import Sentence

# A sentence ends at a terminal mark followed by optional closing quotes/brackets and
# whitespace, or at a line break.  Abbreviations are checked separately.
# Scraped Arabic copy often loses the space after a full stop ("صنعاء.وأوضحت"): a period
# between two Arabic words of three letters or more ends a sentence too (abbreviations
# have short parts: "أ.ف.ب", "د.", "سي.ان.ان", "آر.بي.جي"), also when a quote or bracket
# closes before it ("... في غزة".وقال): the quoted words are the sentence's last.
# The glued period is matched first and its letters checked behind it: a pattern that
# opens with a look-behind is tried at every position of the text (a third of the cost
# of splitting).  The pattern opens with the one character every boundary opens with,
# then tells the three kinds apart by that character (a look-behind): a pattern whose
# first test is a character class lets the engine skip to the places where it can
# match, while one opening with a look-ahead or an alternation is entered at every
# position.  The kinds, in the order they are tried: terminal marks then closing quotes
# before a space; line breaks; a glued period.
_BOUNDARY = re.compile(r"[.!?\u061f\u2026\n]"
                       r"(?:(?<=[.!?\u061f\u2026])[.!?\u061f\u2026]*[\"'\u201d\u2019\u00bb)\]]*(?=\s)"
                       r"|(?<=\n)\n*"
                       r"|(?:(?<=[\u0621-\u0652]{3}\.)|(?<=[\u0621-\u0652]{2}[\"\u201d\u00bb)]\.))"
                       r"(?=[\u0621-\u064a]{3}))")
_ABBREVIATIONS = frozenset("""
mr mrs ms dr prof gen brig lt col maj capt sgt cpl adm rep sen gov st jr sr inc ltd co corp
no vs etc jan feb mar apr jun jul aug sep sept oct nov dec u.s u.k u.n e.g i.e approx
""".split())
# Abbreviations that stand before a name ("Lt. Gen. Smith"): never a sentence's end. The
# others ("U.S.", "Inc.", an initial) may close a sentence: they do when the next word is
# one that opens sentences, not a name ("... by the U.S. The Houthis then ...").
_TITLES = frozenset("mr mrs ms dr prof gen brig lt col maj capt sgt cpl adm rep sen gov st no".split())
_OPENERS = frozenset("""
the a an it its he she they we his her their this that these those there but however meanwhile
earlier later in on at after before on since while when if as according
""".split())
_NEXT_WORD = re.compile(r"\s+([\"'\u201c]?)(\w+)")
_WORD_BEFORE = re.compile(r"([A-Za-z][A-Za-z.]*)$")
_WORD_END = frozenset("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ.\n")


def _is_abbreviation(text: str, dot: int) -> bool:
    if text[dot] != ".":
        return False
    # The word must end right before the period (or before a line break there, as "$"
    # allows): a period after anything else (an Arabic letter) needs no regex search.
    if dot == 0 or text[dot - 1] not in _WORD_END:
        return False
    m = _WORD_BEFORE.search(text, max(0, dot - 40), dot)
    if not m:
        return False
    # Lower-case continuation after the period: "approx. five", "B-1B. bombers" is no
    # boundary (a sentence never opens with a lower-case Latin letter).
    nxt = re.match(r"\s+(\S)", text[dot + 1:dot + 4])
    if nxt and nxt.group(1).islower() and nxt.group(1).isascii():
        return True
    # A letter glued to digits ends a number, not an abbreviation: "in the 1980s." ends
    # its sentence ("No. 5" and "U.S." have no digit before the word).
    if m.start() > 0 and text[m.start() - 1].isdigit():
        return False
    word = m.group(1).lower().rstrip(".")
    if word in _TITLES:
        return True
    if word in _ABBREVIATIONS or len(word) == 1:
        opener = _NEXT_WORD.match(text, dot + 1, dot + 24)
        return not (opener and opener.group(2)[:1].isupper() and opener.group(2).lower() in _OPENERS)
    return False


# A line that ends in a colon and a next line that opens with a quoted name are one
# sentence: the list of quoted members belongs to the clause that announces it ("وتضم
# الجبهة الفصائل التالية:" then «A»، «B»; ninth real round, issue 13).
_LIST_AFTER_COLON = re.compile(r"[ \t]*[-\u2013\u2014]?[ \t]*[\"\u201c\u201d\u00ab]")


def split_sentences(text: str, skip: list[tuple[int, int]] = ()) -> list[Sentence]:
    """Sentences of ``text`` as original-offset ranges, leaving out ``skip`` ranges."""
    spans: list[tuple[int, int]] = []
    start = 0
    for m in _BOUNDARY.finditer(text):
        if m.group(0)[0] != "\n" and _is_abbreviation(text, m.start()):
            continue
        if m.group(0)[0] == "\n" and _LIST_AFTER_COLON.match(text, m.end()) \
                and text[max(0, m.start() - 8):m.start()].rstrip(" \t").endswith((":", "\uff1a")):
            continue
        end = m.end() if m.group(0)[0] != "\n" else m.start()
        spans.append((start, end))
        start = m.end()
    spans.append((start, len(text)))
    sentences: list[Sentence] = []
    for s, e in spans:
        while s < e and text[s].isspace():
            s += 1
        while e > s and text[e - 1].isspace():
            e -= 1
        if e <= s or any(bs <= s and e <= be for bs, be in skip):
            continue
        sentences.append(Sentence(len(sentences), s, e))
    return sentences

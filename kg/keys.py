"""Entity keys: stable, IRI-safe names for entities found in text.

A key is what the pipeline calls an entity (a lexicon id, or one minted here from a
normalised name); :mod:`kg.rdf.iris` turns keys into IRIs.  It lives below both so that
the pipeline names entities without depending on RDF.
"""
from __future__ import annotations

import hashlib
import re
import unicodedata
from urllib.parse import quote

from kg.text.normalize import normalize_key

MAX_KEY = 80


def digest(*parts: object, size: int = 16) -> str:
    # surrogatepass: a lone surrogate in a name must not crash hashing, nor collide.
    h = hashlib.sha1("\x1f".join(str(p) for p in parts).encode("utf-8", "surrogatepass"))
    return h.hexdigest()[:size]


def iri_safe(text: str) -> str:
    """``text`` as an IRI path segment, injectively: ASCII letters, digits and ``-_.``
    and non-ASCII letters and digits (RFC 3987 ``ucschar``) stay; everything else,
    including ``%`` itself, quotes, brackets, spaces, controls, bidi formatting
    characters (which RFC 3987 forbids) and lone surrogates, is percent-encoded."""
    out = []
    for ch in text:
        if (ch.isascii() and (ch.isalnum() or ch in "-_.")) or (
                not ch.isascii() and ord(ch) < 0xE000 and unicodedata.category(ch)[0] in "LN"):
            out.append(ch)
        else:
            out.append(quote(ch.encode("utf-8", "surrogatepass"), safe=""))
    return "".join(out)


# Compiled once: a key is minted for every name of every document.
_KEY_SEPARATORS = re.compile(r"[\s\-_'.,:;!?()\[\]{}/\\،؛؟]+")
_ARABIC_LETTER = re.compile("[\u0600-\u06ff]")


def mint_key(name: str, prefix: str = "") -> str:
    """A stable, IRI-safe entity key for a name found in text."""
    norm = normalize_key(name)
    norm = _KEY_SEPARATORS.sub("_", norm).strip("_") or "unnamed"
    key = iri_safe(norm)
    if len(key) > MAX_KEY:
        key = key[:MAX_KEY].rstrip("%0123456789ABCDEF") + "_" + digest(norm, size=10)
    return prefix + key


# One person's name is transliterated several ways across articles ("Mushtaq Taleb
# al-Saidi" / "Mushtaq Talib Al-Saidi", "al-Saeedi"; "عبد الملك" / "عبدالملك"). A person's
# key is minted from a folded form, so the spellings meet in one node. The folding keeps
# every word and its consonants and the a/i/u vowel qualities Arabic names differ by
# ("Hassan" and "Hussein" stay two), so two people sharing a family name stay apart.
_EN_APOSTROPHES = re.compile(r"['`\u2018\u2019\u02bb\u02bc\u02be\u02bf]")
_EN_ARTICLE = re.compile(r"\b(?:al|el|ul|as|ash|ad|ar|az)[-\s]+(?=\w)")
_EN_ABD = re.compile(r"\babd(?:el|ul|al|ol)?(?:[\s-]+al)?\b[\s-]*")
_EN_ABDALLAH = re.compile(r"\babd[aueo]l+ah?\b")
_EN_REPEAT = re.compile(r"([a-z])\1+")
_AR_ABD = re.compile("\\bعبد\\s+(?=ال)")


def person_key(name: str) -> str:
    """The key of a person named ``name`` (a name the lexicon does not hold)."""
    norm = normalize_key(name)
    if _ARABIC_LETTER.search(norm):
        # "عبد الملك" and "عبدالملك"; "داوود" and "داود".
        return mint_key(_AR_ABD.sub("عبد", norm).replace("وو", "و"))
    if not norm.isascii():
        return mint_key(name)
    text = _EN_APOSTROPHES.sub("", norm.lower())
    text = _EN_ARTICLE.sub("al ", text)
    text = _EN_ABDALLAH.sub("abdula", text)   # Abdullah / Abdallah
    text = _EN_ABD.sub("abd al ", text)
    # e is the English spelling of i (Taleb/Talib, al-Saeedi/al-Saidi), o of u
    # (Mohammad/Muhammad); doubled letters are one (Saeedi, Hussein).
    text = text.replace("e", "i").replace("o", "u")
    text = _EN_REPEAT.sub(r"\1", text)
    text = re.sub(r"(?<=[aiu])h\b", "", text)   # Hamzah / Hamza
    return mint_key(text)

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


def mint_key(name: str, prefix: str = "") -> str:
    """A stable, IRI-safe entity key for a name found in text."""
    norm = normalize_key(name)
    norm = re.sub(r"[\s\-_'.,:;!?()\[\]{}/\\،؛؟]+", "_", norm).strip("_") or "unnamed"
    key = iri_safe(norm)
    if len(key) > MAX_KEY:
        key = key[:MAX_KEY].rstrip("%0123456789ABCDEF") + "_" + digest(norm, size=10)
    return prefix + key

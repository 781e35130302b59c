"""Deterministic IRIs: the same entity or fact from the same input gets the same IRI.

Entity IRIs come from entity keys (lexicon ids, or keys minted from normalised names by
:func:`kg.keys.mint_key`); fact IRIs hash what identifies the fact.  Every IRI is valid whatever
the name: letters and digits of any script are kept, everything else is percent-encoded.
"""
from __future__ import annotations

from functools import lru_cache
from urllib.parse import quote

from pyoxigraph import NamedNode

from kg.keys import digest as _digest
from kg.keys import iri_safe as _iri_safe
from kg.vocab import ID


@lru_cache(maxsize=16384)   # pure, called for every mention of every entity
def entity_iri(key: str, scope: str | None = None) -> NamedNode:
    """The IRI of an entity. A ``scope`` (the id of the one document that describes an
    unnamed actor: "the gunmen", civilians) puts the node inside that document,
    ``entity/<doc digest>/<key>``, so equal descriptions in two documents stay two nodes."""
    if scope is None:
        return NamedNode(ID.base + "entity/" + _iri_safe(key))
    return NamedNode(ID.base + "entity/" + _digest(scope) + "/" + _iri_safe(key))


def document_iri(doc_id: str) -> NamedNode:
    return NamedNode(document_text(doc_id))


def document_text(doc_id: str) -> str:
    """The document IRI as text. Every character of the id is percent-encoded or
    unreserved, so the IRI is valid whatever the id (the N-Quads writer skips the
    NamedNode check); reversible with urllib.parse.unquote (kg.store lists documents
    that way)."""
    return ID.base + "doc/" + quote(doc_id, safe="", errors="surrogatepass")


def sentence_iri(doc_id: str, start: int, end: int) -> NamedNode:
    """NIF-style span IRI: the document IRI with an RFC 5147 char fragment."""
    return NamedNode(f"{document_text(doc_id)}#char={start},{end}")


def statement_iri(doc_id: str, subject: str, predicate: str, obj: str, start: int, end: int,
                  polarity: str) -> NamedNode:
    return NamedNode(statement_text(doc_id, subject, predicate, obj, start, end, polarity))


def statement_text(doc_id: str, subject: str, predicate: str, obj: str, start: int, end: int,
                   polarity: str) -> str:
    """:func:`statement_iri` as text (a hex digest: always a valid IRI)."""
    return ID.base + "statement/" + _digest(doc_id, subject, predicate, obj, start, end, polarity)


def attack_iri(doc_id: str, attacker: str | None, target: str | None, date: object, start: int,
               kind: str = "Attack", place: str | None = None) -> NamedNode:
    """The IRI of an attack. Attacks with a target keep the digest they always had; one
    with no stated target also hashes its kind and place, so a bombing and a shooting
    told in one sentence stay two nodes. The ``\x1e`` marker cannot be an entity key's
    text, so "no target" never collides with a key spelled "None"."""
    return NamedNode(attack_text(doc_id, attacker, target, date, start, kind, place))


def attack_text(doc_id: str, attacker: str | None, target: str | None, date: object, start: int,
                kind: str = "Attack", place: str | None = None) -> str:
    """:func:`attack_iri` as text (a hex digest: always a valid IRI)."""
    if target is not None:
        return ID.base + "attack/" + _digest(doc_id, attacker, target, date, start)
    return ID.base + "attack/" + _digest(doc_id, attacker, "\x1e", date, start, kind, place)

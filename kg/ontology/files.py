"""Where the ontology files live, and reading graph files for validation and reasoning.

The ontology is data in the repository's ``ontology/`` folder (beside the ``kg``
package; installs are editable), not Python: ``ontology/shabaka.ttl`` (OWL) and
``ontology/shapes.ttl`` (SHACL).
"""
from __future__ import annotations

import os
from functools import lru_cache
from pathlib import Path
from typing import Iterable

import rdflib
from pyoxigraph import BlankNode, Literal, NamedNode, Quad, parse

from kg.errors import InputError, KgError
from kg.rdf.serialize import rdf_format
from kg.resources import data_dir
from kg.vocab import PREFIXES, RDF, WDT, XSD

ONTOLOGY_FILE = "shabaka.ttl"
SHAPES_FILE = "shapes.ttl"

#: Prefixes for readable messages: the graph's own plus ``wdt:`` and SHACL shapes.
_SHORT_PREFIXES = sorted({**PREFIXES, "wdt": WDT.base}.items(), key=lambda kv: -len(kv[1]))


def ontology_dir() -> Path:
    """The repository's ``ontology/`` folder (or its installed copy, see kg.resources)."""
    return data_dir("ontology")


def ontology_path() -> Path:
    return _existing(ontology_dir() / ONTOLOGY_FILE)


def shapes_path() -> Path:
    return _existing(ontology_dir() / SHAPES_FILE)


def _existing(path: Path) -> Path:
    if not path.is_file():
        raise KgError(f"{path}: ontology file not found (a checkout has it in "
                      f"ontology/; a wheel installs it under <prefix>/share/shabaka/)")
    return path


def load_turtle(path: str | os.PathLike) -> rdflib.Graph:
    """An ontology or shapes file as an rdflib graph; bad Turtle is an :class:`InputError`."""
    path = Path(path)
    if not path.is_file():
        raise InputError(str(path), "no such file")
    try:
        return rdflib.Graph().parse(path, format="turtle")
    except Exception as exc:  # rdflib raises several unrelated types for bad syntax
        raise InputError(str(path), f"not valid Turtle: {_first_line(exc)}") from None


@lru_cache(maxsize=4)
def _cached_ontology(path: str, mtime: float) -> rdflib.Graph:
    return load_turtle(path)


def load_ontology(path: str | os.PathLike | None = None) -> rdflib.Graph:
    """The ontology graph (cached per file version: callers must not modify it)."""
    path = Path(path) if path is not None else ontology_path()
    if not path.is_file():
        raise InputError(str(path), "no such file")
    return _cached_ontology(str(path), path.stat().st_mtime)


def read_quads(paths: Iterable[str | os.PathLike]) -> list[Quad]:
    """All quads of the graph files (any format ``kg build`` writes; triples land in the
    default graph).  A missing or unparsable file is an :class:`InputError`."""
    quads: list[Quad] = []
    paths = list(paths)
    if not paths:
        raise InputError("(no graph)", "give at least one graph file")
    for path in paths:
        path = Path(path)
        fmt = rdf_format(path)
        if not path.is_file():
            raise InputError(str(path), "no such file")
        try:
            quads.extend(parse(path=str(path), format=fmt))
        except (SyntaxError, ValueError, OSError) as exc:
            raise InputError(str(path), f"not valid {fmt.name}: {_first_line(exc)}") from None
    return quads


def to_rdflib(quads: Iterable[Quad]) -> rdflib.Graph:
    """The union of the quads' graphs as one rdflib graph (terms converted one by one:
    several times faster than writing and re-parsing N-Triples)."""
    graph = rdflib.Graph()
    add = graph.add
    cache: dict = {}
    for q in quads:
        add((_term(q.subject, cache), _term(q.predicate, cache), _term(q.object, cache)))
    return graph


_XSD_STRING, _LANG_STRING = XSD.string, RDF.langString


def _term(term, cache: dict):
    """pyoxigraph term -> rdflib term, with the same literal forms rdflib's parsers make
    (no datatype on plain and language-tagged strings)."""
    if isinstance(term, NamedNode):
        node = cache.get(term)
        if node is None:
            node = cache[term] = rdflib.URIRef(term.value)
        return node
    if isinstance(term, BlankNode):
        return rdflib.BNode(term.value)
    if isinstance(term, Literal):
        if term.language:
            return rdflib.Literal(term.value, lang=term.language)
        if term.datatype == _XSD_STRING or term.datatype == _LANG_STRING:
            return rdflib.Literal(term.value)
        return rdflib.Literal(term.value, datatype=_term(term.datatype, cache))
    raise InputError(str(term), "RDF-star triple terms are not supported")


def short(term) -> str:
    """A compact, readable form of an IRI or literal (``ent:iran``, ``"0.9"^^xsd:decimal``)."""
    if isinstance(term, rdflib.Literal):
        text = str(term)
        if term.language:
            return f'"{text}"@{term.language}'
        if term.datatype is not None:
            return f'"{text}"^^{short(term.datatype)}'
        return f'"{text}"'
    if isinstance(term, rdflib.BNode):
        return f"_:{term}"
    iri = str(getattr(term, "value", term))
    for prefix, base in _SHORT_PREFIXES:
        if iri.startswith(base):
            return f"{prefix}:{iri[len(base):]}"
    return f"<{iri}>"


def _first_line(exc: BaseException) -> str:
    text = str(exc).strip() or type(exc).__name__
    return text.splitlines()[0]

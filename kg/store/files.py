"""RDF files to load: their format, their named graphs, and where triples without a graph go.

Quad formats (TriG, N-Quads, JSON-LD with named graphs) keep their graphs.  Triples in the
default graph of a file (all of a Turtle or N-Triples file) go to one named graph per file,
named after the file (:func:`file_graph_iri`), so loading an edited file again replaces
what the old one put there instead of mixing old and new facts.
"""
from __future__ import annotations

import os
from pathlib import Path
from typing import Callable, Iterator
from urllib.parse import quote

from pyoxigraph import BlankNode, DefaultGraph, NamedNode, Quad, RdfFormat, parse

from kg.errors import InputError, UsageError
from kg.vocab import ID

LOAD_FORMATS = {
    ".ttl": RdfFormat.TURTLE, ".nt": RdfFormat.N_TRIPLES, ".nq": RdfFormat.N_QUADS,
    ".trig": RdfFormat.TRIG, ".jsonld": RdfFormat.JSON_LD, ".rdf": RdfFormat.RDF_XML,
    ".owl": RdfFormat.RDF_XML,
}

GraphName = NamedNode | BlankNode | DefaultGraph
#: Formats that name graphs themselves (the others hold triples of one graph).
DATASET_FORMATS = frozenset({RdfFormat.N_QUADS, RdfFormat.TRIG, RdfFormat.JSON_LD})


def load_format(path: str | os.PathLike) -> RdfFormat:
    suffix = Path(path).suffix.lower()
    try:
        return LOAD_FORMATS[suffix]
    except KeyError:
        raise UsageError(f"{path}: cannot load {suffix or 'files without extension'!r}; "
                         f"use one of {', '.join(sorted(LOAD_FORMATS))}") from None


def file_graph_iri(path: str | os.PathLike) -> NamedNode:
    """The named graph for the default-graph triples of a file: one per file name."""
    return ID["file/" + quote(Path(path).name, safe="")]


def iter_file_quads(path: str | os.PathLike, target: GraphName | None = None) -> Iterator[Quad]:
    """Stream the quads of a file; default-graph triples are moved to ``target``.

    Raises :class:`InputError` naming the file for unreadable or invalid data.
    """
    fmt = load_format(path)
    target = file_graph_iri(path) if target is None else target
    try:
        for q in parse(path=str(path), format=fmt):
            if isinstance(q.graph_name, DefaultGraph) and not isinstance(target, DefaultGraph):
                yield Quad(q.subject, q.predicate, q.object, target)
            else:
                yield q
    except SyntaxError as exc:
        raise InputError(str(path), f"invalid {fmt.name}: {_one_line(exc)}") from None
    except (OSError, ValueError) as exc:
        raise InputError(str(path), _one_line(exc)) from None


def file_graphs(path: str | os.PathLike, target: GraphName | None = None,
                collect: Callable[[Quad], None] | None = None) -> dict[GraphName, int]:
    """Graph name -> number of quads, reading the whole file once (this also validates it);
    ``collect`` sees every quad on the way."""
    counts: dict[GraphName, int] = {}
    for q in iter_file_quads(path, target):
        counts[q.graph_name] = counts.get(q.graph_name, 0) + 1
        if collect is not None:
            collect(q)
    return counts


def nquads_pieces(path: str | os.PathLike, size: int) -> Iterator[bytes]:
    """An N-Quads file in pieces of about ``size`` bytes, each cut where a line's last
    term (its graph, in a file of named graphs) changes, so a graph written in one run
    (as a build writes documents) is in one piece.  Only where the pieces are cut depends
    on reading the graph from the text: a graph found in two pieces is still loaded
    whole, and the facts graph recomputed (:class:`kg.store.support.SupportDelta`).
    """
    with open(path, "rb") as fh:
        carry = b""
        while True:
            block = fh.read(size)
            if not block and not carry:
                return
            data = carry + block
            carry = b""
            if not data.endswith(b"\n"):
                data += fh.readline()
            # read on to the end of the last line's graph
            last = _last_term(data.rstrip(b"\n").rpartition(b"\n")[2])
            more = []
            for line in iter(fh.readline, b""):
                term = _last_term(line)
                if term is not None and term != last:
                    carry = line
                    break
                more.append(line)
            yield data + b"".join(more) if more else data


def may_hold_blank_nodes(path: str | os.PathLike) -> bool:
    """False when an N-Quads file has no ``_:`` anywhere, so no blank node: its pieces may
    be loaded apart (a blank node label is one node within one load only).  A literal
    holding the two characters gives True: the file is then loaded whole, as before."""
    tail = b""
    with open(path, "rb") as fh:
        for block in iter(lambda: fh.read(16 << 20), b""):
            if b"_:" in tail + block[:1] or b"_:" in block:
                return True
            tail = block[-1:]
    return False


def _last_term(line: bytes) -> bytes | None:
    """The last term of an N-Quads statement line (its graph name), or None for a blank
    or comment line."""
    body = line.strip()
    if not body or body.startswith(b"#") or not body.endswith(b"."):
        return None
    body = body[:-1].rstrip()
    cut = body.rfind(b" ")
    return body[cut + 1:] if cut >= 0 else None


def _one_line(exc: BaseException) -> str:
    text = str(exc).strip() or type(exc).__name__
    return " ".join(text.split())

"""Two SPARQL engines behind one small interface, giving results as pyoxigraph terms.

* :class:`OxigraphEngine`: a pyoxigraph store, in memory (a graph file loaded into it) or
  the on-disk :class:`~kg.store.DocumentStore`.  The default graph of a query is the union
  of all graphs.  Fast; the default.
* :class:`RdflibEngine`: an rdflib ``Dataset`` whose default graph is the union of its
  graphs.  Slower; kept so answers can be checked against a second implementation.

Parameters are bound with each engine's own mechanism (Oxigraph ``substitutions``,
rdflib ``initBindings``), never by editing the query text.  Note that a triple repeated
in several document graphs is seen once by rdflib and once per graph by Oxigraph: queries
use ``DISTINCT`` so both give the same answers.
"""
from __future__ import annotations

import itertools
import os
import warnings
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Iterator

from pyoxigraph import (BlankNode, Literal, NamedNode, QueryBoolean, QuerySolutions, Store,
                        Variable)

from kg.errors import InputError, QueryError
from kg.query.safety import declared_prefixes, tokens
from kg.store.facts import add_facts
from kg.store.files import load_format
from kg.vocab import FACTS_GRAPH, PREFIXES, RDFS, SKOS

Term = NamedNode | BlankNode | Literal


@dataclass
class Result:
    """A query answer: SELECT rows, an ASK boolean, or CONSTRUCT triples as s/p/o rows."""

    variables: list[str] = field(default_factory=list)
    rows: list[tuple[Term | None, ...]] = field(default_factory=list)
    boolean: bool | None = None
    more: bool = False  # a page was asked for and rows follow it

    @property
    def is_boolean(self) -> bool:
        return self.boolean is not None

    def column(self, name: str) -> list[Term | None]:
        i = self.variables.index(name)
        return [row[i] for row in self.rows]

    def dicts(self) -> list[dict[str, Term]]:
        return [{v: t for v, t in zip(self.variables, row) if t is not None} for row in self.rows]


def uses_facts(text: str) -> bool:
    """Whether a SPARQL text names the facts graph (as an IRI or a prefixed name)."""
    prefixes = {**PREFIXES, **declared_prefixes(text)}
    for tok in tokens(text):
        if tok.kind == "iri" and tok.text[1:-1] == FACTS_GRAPH.value:
            return True
        if tok.kind == "pname":
            prefix, _, local = tok.text.partition(":")
            if prefix in prefixes and prefixes[prefix] + local == FACTS_GRAPH.value:
                return True
    return False


class _FactsOnDemand:
    """A graph file's facts graph (kg.store.facts), computed for the first query that reads it.

    A store keeps its facts graph up to date (one made before there was a facts graph gets
    it here, once); a file loaded into memory gets it only when a query names it, so an
    ad-hoc query that does not name it sees exactly the file's own triples.
    """

    facts_ready = True

    def _ensure_facts(self, text: str) -> None:
        if not self.facts_ready and uses_facts(text):
            self._add_facts()
            self.facts_ready = True


def page(rows: Iterator, limit: int | None, offset: int, lazy: bool = False) -> tuple[list, bool]:
    """Rows ``offset`` .. ``offset + limit`` of an answer, and whether more follow.

    Only that many rows are taken from the engine's iterator: the rest of an answer of
    millions of rows is never turned into Python objects.  With ``lazy`` and no limit the
    rows stay an iterator, for a writer that streams them (``kg query --all``).
    """
    if offset:
        next(itertools.islice(rows, offset, offset), None)
    if limit is None:
        return (rows if lazy else list(rows)), False
    taken = list(itertools.islice(rows, limit + 1))
    return taken[:limit], len(taken) > limit


def _reported(rows: Iterator, where: str) -> Iterator:
    """Rows of an Oxigraph answer; an error met while reading them (Oxigraph evaluates
    lazily) becomes the same one-line QueryError as an error before the first row."""
    try:
        yield from rows
    except (OSError, RuntimeError, ValueError) as exc:
        raise QueryError(f"{where}: {_one_line(exc)}") from None


def _one_line(exc: BaseException) -> str:
    return " ".join(str(exc).split()) or type(exc).__name__


class OxigraphEngine(_FactsOnDemand):
    name = "oxigraph"

    def __init__(self, store: Store, *, union: bool = True, owner=None):
        self.store = store
        self.union = union
        self._owner = owner  # keeps a DocumentStore open while the engine lives

    @classmethod
    def from_file(cls, path: str | os.PathLike) -> "OxigraphEngine":
        fmt = load_format(path)
        store = Store()
        try:
            store.bulk_load(path=str(path), format=fmt)
        except SyntaxError as exc:
            raise InputError(str(path), f"invalid {fmt.name}: {_one_line(exc)}") from None
        except (OSError, ValueError) as exc:
            raise InputError(str(path), getattr(exc, "strerror", None) or _one_line(exc)) from None
        engine = cls(store)
        engine.facts_ready = False
        return engine

    def _add_facts(self) -> None:
        if self._owner is not None:
            self._owner.refresh_facts()  # also clears a stopped bulk load's marker
        else:
            add_facts(self.store)

    @classmethod
    def from_store(cls, doc_store) -> "OxigraphEngine":
        engine = cls(doc_store.oxigraph, owner=doc_store)
        engine.facts_ready = doc_store.facts_current()
        return engine

    def run(self, text: str, bindings: dict[str, Term] | None = None, *,
            allow_network: bool = False, where: str = "query",
            limit: int | None = None, offset: int = 0, lazy: bool = False) -> Result:
        """Run a query; with ``lazy`` (and no limit) ``Result.rows`` is an iterator that
        takes rows from Oxigraph as they are read (memory stays flat for big answers)."""
        subs = {Variable(k): v for k, v in (bindings or {}).items()} or None
        try:
            self._ensure_facts(text)
            res = self.store.query(text, prefixes=PREFIXES, use_default_graph_as_union=self.union,
                                   substitutions=subs)
            if isinstance(res, QueryBoolean):
                return Result(boolean=bool(res))
            if isinstance(res, QuerySolutions):
                names = [v.value for v in res.variables]
                rows, more = page(_reported((tuple(sol[i] for i in range(len(names))) for sol in res),
                                            where), limit, offset, lazy)
                return Result(names, rows, more=more)
            rows, more = page(_reported(((t.subject, t.predicate, t.object) for t in res), where),
                              limit, offset, lazy)
            return Result(["subject", "predicate", "object"], rows, more=more)
        except SyntaxError as exc:
            raise QueryError(f"{where}: SPARQL syntax error: {_one_line(exc)}") from None
        except (OSError, RuntimeError, ValueError) as exc:
            raise QueryError(f"{where}: {_one_line(exc)}") from None

    def labels(self, node: NamedNode) -> dict[str, str]:
        out: dict[str, str] = {}
        for q in self.store.quads_for_pattern(node, RDFS.label, None, None):
            lit = q.object
            if isinstance(lit, Literal):
                out.setdefault(lit.language or "", lit.value)
        return out

    def label_pairs(self) -> Iterator[tuple[Term, Literal, bool]]:
        """(subject, label, is_preferred) for every rdfs:label and skos:altLabel."""
        for pred, preferred in ((RDFS.label, True), (SKOS.altLabel, False)):
            for q in self.store.quads_for_pattern(None, pred, None, None):
                if isinstance(q.object, Literal):
                    yield q.subject, q.object, preferred

    def close(self) -> None:
        if self._owner is not None:
            self._owner.close()
            self._owner = None


@contextmanager
def _quiet_rdflib():
    # rdflib 7 warns about its own internal use of deprecated ConjunctiveGraph APIs.
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", DeprecationWarning)
        yield


class RdflibEngine(_FactsOnDemand):
    name = "rdflib"
    FORMATS = {".ttl": "turtle", ".nt": "nt", ".nq": "nquads", ".trig": "trig",
               ".jsonld": "json-ld", ".rdf": "xml", ".owl": "xml"}

    def __init__(self, dataset):
        self.dataset = dataset

    @classmethod
    def from_file(cls, path: str | os.PathLike) -> "RdflibEngine":
        import rdflib
        load_format(path)  # same accepted extensions as Oxigraph
        ds = rdflib.Dataset(default_union=True)
        try:
            with _quiet_rdflib():
                ds.parse(str(path), format=cls.FORMATS[Path(path).suffix.lower()])
        except OSError as exc:
            raise InputError(str(path), exc.strerror or _one_line(exc)) from None
        except Exception as exc:  # rdflib parsers raise many unrelated types
            raise InputError(str(path), f"cannot parse: {_one_line(exc)}") from None
        engine = cls(ds)
        engine.facts_ready = False
        return engine

    def _add_facts(self) -> None:
        with _quiet_rdflib():
            add_facts(self.dataset)

    def run(self, text: str, bindings: dict[str, Term] | None = None, *,
            allow_network: bool = False, where: str = "query",
            limit: int | None = None, offset: int = 0, lazy: bool = False) -> Result:
        # rdflib evaluates the whole answer before the first row: ``lazy`` changes nothing
        import rdflib.plugins.sparql as rdflib_sparql
        init = {k: to_rdflib(v) for k, v in (bindings or {}).items()}
        rdflib_sparql.SPARQL_LOAD_GRAPHS = allow_network
        try:
            self._ensure_facts(text)
            with _quiet_rdflib():
                res = self.dataset.query(text, initNs=PREFIXES, initBindings=init)
                if res.type == "ASK":
                    return Result(boolean=bool(res.askAnswer))
                if res.type == "SELECT":
                    names = [str(v) for v in res.vars]
                    rows, more = page((tuple(from_rdflib(t) for t in row) for row in res), limit, offset)
                    return Result(names, rows, more=more)
                rows, more = page((tuple(from_rdflib(t) for t in triple) for triple in res.graph),
                                  limit, offset)
                return Result(["subject", "predicate", "object"], rows, more=more)
        except Exception as exc:  # pyparsing and evaluation errors have no common base
            kind = "SPARQL syntax error" if type(exc).__name__ == "ParseException" else "query failed"
            raise QueryError(f"{where}: {kind}: {_one_line(exc)}") from None
        finally:
            rdflib_sparql.SPARQL_LOAD_GRAPHS = False

    def labels(self, node: NamedNode) -> dict[str, str]:
        from rdflib import URIRef
        out: dict[str, str] = {}
        with _quiet_rdflib():
            for lit in self.dataset.objects(URIRef(node.value), to_rdflib(RDFS.label)):
                out.setdefault(getattr(lit, "language", None) or "", str(lit))
        return out

    def label_pairs(self) -> Iterator[tuple[Term, Literal, bool]]:
        with _quiet_rdflib():
            pairs = [(s, o, preferred) for pred, preferred in ((RDFS.label, True), (SKOS.altLabel, False))
                     for s, o in self.dataset.subject_objects(to_rdflib(pred))]
        for s, o, preferred in pairs:
            t = from_rdflib(o)
            if isinstance(t, Literal):
                yield from_rdflib(s), t, preferred

    def close(self) -> None:
        pass


def to_rdflib(term: Term):
    import rdflib
    if isinstance(term, NamedNode):
        return rdflib.URIRef(term.value)
    if isinstance(term, BlankNode):
        return rdflib.BNode(term.value)
    if term.language:
        return rdflib.Literal(term.value, lang=term.language)
    return rdflib.Literal(term.value, datatype=rdflib.URIRef(term.datatype.value))


def from_rdflib(term) -> Term | None:
    import rdflib
    if term is None:
        return None
    if isinstance(term, rdflib.URIRef):
        return NamedNode(str(term))
    if isinstance(term, rdflib.BNode):
        return BlankNode(str(term))
    if isinstance(term, rdflib.Literal):
        if term.language:
            return Literal(str(term), language=term.language)
        if term.datatype is not None:
            return Literal(str(term), datatype=NamedNode(str(term.datatype)))
        return Literal(str(term))
    raise QueryError(f"unexpected result term {term!r}")


ENGINES = {"oxigraph": OxigraphEngine, "rdflib": RdflibEngine}


def open_graph(path: str | os.PathLike, engine: str = "oxigraph"):
    """An engine over a graph file (.ttl .nt .nq .trig .jsonld)."""
    if not Path(path).exists():
        raise InputError(str(path), "no such file")
    try:
        cls = ENGINES[engine]
    except KeyError:
        raise QueryError(f"unknown engine {engine!r}; use {' or '.join(ENGINES)}") from None
    return cls.from_file(path)

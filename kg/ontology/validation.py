"""SHACL validation of graph files against ``ontology/shapes.ttl`` (pyshacl).

The ontology is mixed into the data graph (pyshacl's ``ont_graph``), so ``sh:class``
follows the class hierarchy; no other inference runs, so a constraint checks what the
graph says, not what a reasoner could add.
"""
from __future__ import annotations

import os
import re
from dataclasses import dataclass
from typing import Iterable

import rdflib
from rdflib.collection import Collection

from kg.errors import KgError
from kg.ontology.files import load_ontology, load_turtle, read_quads, shapes_path, short, to_rdflib
from kg.ontology.tbox import u
from kg.vocab import OWL, RDF, SH

_RESULT, _FOCUS, _PATH, _MESSAGE = u(SH.ValidationResult), u(SH.focusNode), u(SH.resultPath), u(SH.resultMessage)
_VALUE, _SEVERITY, _SOURCE = u(SH.value), u(SH.resultSeverity), u(SH.sourceShape)
_IRI_IN_TEXT = re.compile(r"https?://[^\s<>\"{}]+")
_PATH_FORMS = {u(SH.inversePath): "^{}", u(SH.zeroOrMorePath): "{}*", u(SH.oneOrMorePath): "{}+",
               u(SH.zeroOrOnePath): "{}?"}


@dataclass(frozen=True, order=True)
class Violation:
    """One SHACL result: the node, the property path and what is wrong with it."""

    focus: str
    path: str
    message: str
    value: str = ""
    severity: str = "Violation"

    @property
    def is_error(self) -> bool:
        """sh:Violation; warnings and infos are reported but do not fail validation."""
        return self.severity == "Violation"

    def __str__(self) -> str:
        where = f"{self.focus} {self.path}" if self.path else self.focus
        shown = f" (value {self.value})" if self.value and self.value != self.focus else ""
        level = "" if self.severity == "Violation" else f"[{self.severity.lower()}] "
        return f"{level}{where}: {self.message}{shown}"


def validate(graph_paths: Iterable[str | os.PathLike], shapes: str | os.PathLike | None = None,
             ontology: str | os.PathLike | None = None) -> list[Violation]:
    """Validate the union of the graph files; return every SHACL result, sorted (empty =
    conforms; results whose ``is_error`` is false are warnings)."""
    data = to_rdflib(read_quads(graph_paths))
    return validate_graph(data, shapes=shapes, ontology=ontology, inplace=True)


def validate_graph(data: rdflib.Graph, shapes: str | os.PathLike | None = None,
                   ontology: str | os.PathLike | None = None, inplace: bool = False) -> list[Violation]:
    """Validate an rdflib graph already in memory.  With ``inplace`` the ontology is mixed
    into ``data`` itself instead of a copy (faster; ``data`` is changed)."""
    import pyshacl  # slow import: only when validating

    shapes_graph = load_turtle(shapes if shapes is not None else shapes_path())
    try:
        _conforms, report, _text = pyshacl.validate(
            data, shacl_graph=shapes_graph, ont_graph=load_ontology(ontology), inference="none",
            abort_on_first=False, allow_warnings=True, advanced=False, meta_shacl=False,
            inplace=inplace)
    except Exception as exc:  # pyshacl reports bad shapes with its own exception types
        raise KgError(f"SHACL validation failed: {exc}") from None
    # Graph-wide checks (see the end of shapes.ttl) have the shapes document as their
    # focus node and report the offending node as the value: name that node instead.
    graph_wide = set(shapes_graph.subjects(u(RDF.type), u(OWL.Ontology)))
    return sorted(_violations(report, graph_wide))


def _violations(report: rdflib.Graph, graph_wide: set) -> Iterable[Violation]:
    seen = set()
    for result in report.subjects(u(RDF.type), _RESULT):
        focus = report.value(result, _FOCUS)
        path = report.value(result, _PATH)
        message = report.value(result, _MESSAGE)
        value = report.value(result, _VALUE)
        if focus in graph_wide and value is not None:
            focus, value = value, None
        severity = report.value(result, _SEVERITY)
        v = Violation(
            focus=short(focus) if focus is not None else "",
            path=_path(report, path) if path is not None else "",
            message=_IRI_IN_TEXT.sub(lambda m: short(m.group()), str(message)) if message is not None
            else f"fails {short(report.value(result, _SOURCE))}",
            value=short(value) if value is not None and not isinstance(value, rdflib.BNode) else "",
            severity=str(severity).rsplit("#", 1)[-1] if severity is not None else "Violation")
        if v not in seen:
            seen.add(v)
            yield v


def _path(report: rdflib.Graph, node) -> str:
    """A SHACL property path as SPARQL-like text."""
    if isinstance(node, rdflib.URIRef):
        return short(node)
    alternatives = report.value(node, u(SH.alternativePath))
    if alternatives is not None:
        return "(" + "|".join(_path(report, n) for n in Collection(report, alternatives)) + ")"
    for pred, form in _PATH_FORMS.items():
        inner = report.value(node, pred)
        if inner is not None:
            return form.format(_path(report, inner))
    if report.value(node, u(RDF.first)) is not None:
        return "/".join(_path(report, n) for n in Collection(report, node))
    return short(node)

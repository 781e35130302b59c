"""``--param name=value`` -> RDF terms bound to query variables.

Values never enter the query text: each becomes an RDF term (checked by its
constructor) that the engine binds to the variable.  A value that looks like an IRI
(``https://...``, ``<...>``, ``urn:...``) or a CURIE with a known prefix (``ent:iran``)
becomes an IRI; anything else a literal.  For ``entity`` parameters a label (``Houthis``,
``الحوثيون``, in any spelling the Arabic normaliser folds together) is resolved to the
one entity that carries it as ``rdfs:label`` or ``skos:altLabel``.
"""
from __future__ import annotations

import datetime as dt
import re

from pyoxigraph import Literal, NamedNode

from kg.errors import QueryError, UsageError
from kg.query.engines import Term
from kg.query.library import NamedQuery, Param
from kg.query.safety import declared_prefixes
from kg.text.normalize import normalize_key
from kg.vocab import PREFIXES, XSD

_ABSOLUTE_IRI = re.compile(r"^(?:[A-Za-z][A-Za-z0-9+.-]*://|urn:)\S+$")
_CURIE = re.compile(r"^([A-Za-z][\w.-]*)?:([^\s<>\"{}|^`\\]*)$")
_NAME = re.compile(r"^[A-Za-z_]\w*$")


def parse_assignments(items: list[str]) -> dict[str, str]:
    """``["actor=ent:iran", ...]`` -> ``{"actor": "ent:iran"}``."""
    out: dict[str, str] = {}
    for item in items:
        name, sep, value = item.partition("=")
        name = name.strip().lstrip("?$")
        if not sep or not _NAME.match(name):
            raise UsageError(f"--param {item!r}: expected NAME=VALUE")
        if name in out:
            raise UsageError(f"--param {name} given twice")
        out[name] = value
    return out


def as_iri(value: str, prefixes: dict[str, str]) -> NamedNode | None:
    """The IRI a value names, or None when it does not look like an IRI or known CURIE."""
    v = value.strip()
    if v.startswith("<") and v.endswith(">"):
        v = v[1:-1]
    else:
        m = _CURIE.match(v)
        if m and (m.group(1) or "") in prefixes:
            v = prefixes[m.group(1) or ""] + m.group(2)
        elif not _ABSOLUTE_IRI.match(v):
            return None
    try:
        return NamedNode(v)
    except ValueError as exc:
        raise UsageError(f"{value!r} is not a valid IRI: {exc}") from None


def to_term(param: Param, value: str, prefixes: dict[str, str], engine=None) -> Term:
    kind = param.kind
    if kind in ("auto", "iri", "entity"):
        iri = as_iri(value, prefixes)
        if iri is not None:
            return iri
        if kind == "iri":
            raise UsageError(f"--param {param.name}: {value!r} is not an IRI or a CURIE with a "
                             f"known prefix ({', '.join(sorted(prefixes))})")
        if kind == "entity":
            if engine is None:
                raise UsageError(f"--param {param.name}: cannot resolve the label {value!r} here")
            return resolve_label(value, engine, param.name)
        return Literal(value)
    if kind == "literal":
        return Literal(value)
    if kind == "integer":
        if not re.fullmatch(r"[+-]?\d+", value.strip()):
            raise UsageError(f"--param {param.name}: {value!r} is not an integer")
        return Literal(str(int(value)), datatype=XSD.integer)
    if kind == "date":
        try:
            return Literal(dt.date.fromisoformat(value.strip()).isoformat(), datatype=XSD.date)
        except ValueError:
            raise UsageError(f"--param {param.name}: {value!r} is not a date (YYYY-MM-DD)") from None
    raise QueryError(f"parameter {param.name}: unknown kind {kind!r}")


def resolve_label(value: str, engine, name: str = "entity") -> NamedNode:
    """The entity whose label or alias is ``value`` (after Arabic/Latin normalisation)."""
    key = normalize_key(value)
    preferred: dict[str, NamedNode] = {}
    alias: dict[str, NamedNode] = {}
    for subject, label, is_label in engine.label_pairs():
        if isinstance(subject, NamedNode) and normalize_key(label.value) == key:
            (preferred if is_label else alias)[subject.value] = subject
    found = preferred or alias
    if not found:
        raise UsageError(f"--param {name}: no entity is labelled {value!r}; give its IRI or "
                         "CURIE (e.g. ent:iran), or check the spelling")
    if len(found) > 1:
        raise UsageError(f"--param {name}: {value!r} is the label of several entities "
                         f"({', '.join(sorted(curie(n) for n in found.values()))}); give one IRI")
    return next(iter(found.values()))


def curie(node: NamedNode, prefixes: dict[str, str] = PREFIXES) -> str:
    best = ""
    for p, base in prefixes.items():
        if node.value.startswith(base) and len(base) > len(prefixes.get(best, "")):
            local = node.value[len(base):]
            # "/" too: a document-scoped actor is ent:<document digest>/<key>
            if local and all(c.isalnum() or c in "_-.%/" for c in local):
                best = p
    return f"{best}:{node.value[len(prefixes[best]):]}" if best else f"<{node.value}>"


def bind(query: NamedQuery, assignments: dict[str, str], engine=None) -> dict[str, Term]:
    """Terms for the query's parameters: given values, then defaults; checks required ones."""
    prefixes = {**PREFIXES, **declared_prefixes(query.text)}
    unknown = sorted(set(assignments) - set(query.params))
    if unknown and not query.inline:
        declared = ", ".join(query.params) or "none"
        raise UsageError(f"{query.label}: no parameter {', '.join(unknown)} "
                         f"(parameters: {declared})")
    params = dict(query.params)
    for name in unknown:  # inline query: any variable may be bound
        params[name] = Param(name)
    bindings: dict[str, Term] = {}
    for name, param in params.items():
        value = assignments.get(name, param.default)
        if value is None:
            if param.required:
                raise UsageError(f"{query.label}: parameter {name} is required "
                                 f"(--param {name}=VALUE: {param.description or param.kind})")
            continue
        bindings[name] = to_term(param, value, prefixes, engine)
    return bindings

"""Query results as an aligned table, SPARQL 1.1 CSV / TSV, or SPARQL 1.1 JSON results.

The table shows entities by their ``rdfs:label`` in the chosen language (falling back to
the other language, then to a CURIE).  Arabic in a terminal: column widths count what a
terminal draws (combining marks and format characters take no cell), and each line and
each right-to-left cell is followed by a LEFT-TO-RIGHT MARK, so a bidi-aware terminal
lays the columns out left to right and draws each Arabic cell right to left in place,
instead of reordering neighbouring Arabic cells.
"""
from __future__ import annotations

import csv
import io
import json
import unicodedata
from typing import Callable, TextIO

from pyoxigraph import BlankNode, Literal, NamedNode

from kg.query.engines import Result, Term
from kg.query.params import curie
from kg.vocab import XSD

FORMATS = ("table", "csv", "tsv", "json")
EXTENSIONS = {"table": ".txt", "csv": ".csv", "tsv": ".tsv", "json": ".srj"}
LRM = "\u200e"
MAX_CELL = 60
_NUMERIC = {XSD.iri(t) for t in ("integer", "decimal", "nonNegativeInteger")}


# -- terminal text --------------------------------------------------------------------

def display_width(text: str) -> int:
    width = 0
    for ch in text:
        if unicodedata.combining(ch) or unicodedata.category(ch) in ("Mn", "Me", "Cf"):
            continue
        width += 2 if unicodedata.east_asian_width(ch) in ("W", "F") else 1
    return width


def has_rtl(text: str) -> bool:
    return any(unicodedata.bidirectional(ch) in ("R", "AL") for ch in text)


def truncate(text: str, limit: int = MAX_CELL) -> str:
    if display_width(text) <= limit:
        return text
    out, width = [], 0
    for ch in text:
        w = display_width(ch)
        if width + w > limit - 1:
            break
        out.append(ch)
        width += w
    return "".join(out).rstrip() + "…"


# -- cell values ----------------------------------------------------------------------

def plain(term: Term | None) -> str:
    """CSV value: IRI, literal lexical form, or ``_:id`` (SPARQL 1.1 CSV results)."""
    if term is None:
        return ""
    if isinstance(term, BlankNode):
        return f"_:{term.value}"
    return term.value


def ntriples(term: Term | None) -> str:
    """TSV value: the term in N-Triples syntax, tabs and newlines escaped."""
    if term is None:
        return ""
    text = str(term)
    return text.replace("\t", "\\t").replace("\n", "\\n").replace("\r", "\\r")


def labeller(engine, lang: str, use_labels: bool = True) -> Callable[[Term | None], str]:
    """term -> what a person reads: label in ``lang``, else other label, else CURIE."""
    cache: dict[str, str] = {}

    def show(term: Term | None) -> str:
        if term is None:
            return ""
        if isinstance(term, Literal):
            return term.value
        if isinstance(term, BlankNode):
            return f"_:{term.value}"
        text = cache.get(term.value)
        if text is None:
            labels = engine.labels(term) if (use_labels and engine is not None) else {}
            text = (labels.get(lang) or next((labels[k] for k in sorted(labels) if k), None)
                    or labels.get("") or curie(term))
            cache[term.value] = text
        return text
    return show


# -- writers --------------------------------------------------------------------------

def format_table(result: Result, show: Callable[[Term | None], str]) -> str:
    if result.is_boolean:
        return ("yes" if result.boolean else "no") + "\n"
    header = list(result.variables)
    numeric = [bool(result.rows) and all(
        r[i] is None or (isinstance(r[i], Literal) and r[i].datatype.value in _NUMERIC)
        for r in result.rows) for i in range(len(header))]
    cells = [[truncate(" ".join(show(t).split())) for t in row] for row in result.rows]
    widths = [max([display_width(h)] + [display_width(r[i]) for r in cells])
              for i, h in enumerate(header)]

    def line(values: list[str]) -> str:
        parts = []
        for i, v in enumerate(values):
            pad = " " * (widths[i] - display_width(v))
            mark = LRM if has_rtl(v) else ""
            parts.append(pad + v + mark if numeric[i] else v + mark + pad)
        text = "  ".join(parts).rstrip()
        return (LRM + text) if has_rtl(text) else text

    out = [line(header), "  ".join("-" * w for w in widths)]
    out += [line(r) for r in cells]
    n = len(result.rows)
    out.append(f"({n} row{'s' if n != 1 else ''})")
    return "\n".join(out) + "\n"


def format_csv(result: Result) -> str:
    buf = io.StringIO()
    writer = csv.writer(buf, lineterminator="\r\n")
    if result.is_boolean:
        writer.writerow(["boolean"])
        writer.writerow(["true" if result.boolean else "false"])
        return buf.getvalue()
    writer.writerow(result.variables)
    for row in result.rows:
        writer.writerow([plain(t) for t in row])
    return buf.getvalue()


def format_tsv(result: Result) -> str:
    if result.is_boolean:
        return "?boolean\n" + ("true" if result.boolean else "false") + "\n"
    lines = ["\t".join("?" + v for v in result.variables)]
    lines += ["\t".join(ntriples(t) for t in row) for row in result.rows]
    return "\n".join(lines) + "\n"


def term_json(term: Term) -> dict:
    if isinstance(term, NamedNode):
        return {"type": "uri", "value": term.value}
    if isinstance(term, BlankNode):
        return {"type": "bnode", "value": term.value}
    out = {"type": "literal", "value": term.value}
    if term.language:
        out["xml:lang"] = term.language
    elif term.datatype.value != XSD.iri("string"):
        out["datatype"] = term.datatype.value
    return out


def format_json(result: Result) -> str:
    if result.is_boolean:
        doc = {"head": {}, "boolean": result.boolean}
    else:
        doc = {"head": {"vars": result.variables},
               "results": {"bindings": [{v: term_json(t) for v, t in zip(result.variables, row)
                                         if t is not None} for row in result.rows]}}
    return json.dumps(doc, ensure_ascii=False, indent=1) + "\n"


def render(result: Result, fmt: str, show: Callable[[Term | None], str] | None = None) -> str:
    if fmt == "table":
        return format_table(result, show or labeller(None, "en", False))
    if fmt == "csv":
        return format_csv(result)
    if fmt == "tsv":
        return format_tsv(result)
    if fmt == "json":
        return format_json(result)
    raise ValueError(fmt)


def write(result: Result, fmt: str, out: TextIO, show=None) -> None:
    out.write(render(result, fmt, show))

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
import itertools
import json
import textwrap
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


def _write_csv(result: Result, out: TextIO) -> int:
    writer = csv.writer(out, lineterminator="\r\n")
    if result.is_boolean:
        writer.writerow(["boolean"])
        writer.writerow(["true" if result.boolean else "false"])
        return 0
    writer.writerow(result.variables)
    n = 0
    for n, row in enumerate(result.rows, 1):
        writer.writerow([plain(t) for t in row])
    return n


def _write_tsv(result: Result, out: TextIO) -> int:
    if result.is_boolean:
        out.write("?boolean\n" + ("true" if result.boolean else "false") + "\n")
        return 0
    out.write("\t".join("?" + v for v in result.variables) + "\n")
    n = 0
    for n, row in enumerate(result.rows, 1):
        out.write("\t".join(ntriples(t) for t in row) + "\n")
    return n


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


_ROWS = "\u0000rows"   # where the bindings go in the JSON document written around them


def _write_json(result: Result, out: TextIO) -> int:
    """The same text as ``json.dumps(document, indent=1)``, written a binding at a time."""
    if result.is_boolean:
        out.write(json.dumps({"head": {}, "boolean": result.boolean}, ensure_ascii=False, indent=1) + "\n")
        return 0
    rows = iter(result.rows)
    first = next(rows, None)
    doc = {"head": {"vars": result.variables}, "results": {"bindings": [_ROWS] if first else []}}
    text = json.dumps(doc, ensure_ascii=False, indent=1) + "\n"
    if first is None:
        out.write(text)
        return 0
    marker = "   " + json.dumps(_ROWS)
    head, tail = text.split(marker)
    out.write(head)
    n = 0
    for n, row in enumerate(itertools.chain([first], rows), 1):
        binding = {v: term_json(t) for v, t in zip(result.variables, row) if t is not None}
        out.write((",\n" if n > 1 else "")
                  + textwrap.indent(json.dumps(binding, ensure_ascii=False, indent=1), "   "))
    out.write(tail)
    return n


_WRITERS = {"csv": _write_csv, "tsv": _write_tsv, "json": _write_json}
#: Formats written row by row: ``kg query --all`` streams them (a table needs every row
#: first, to know its column widths).
STREAMING = frozenset(_WRITERS)


def write_rows(result: Result, fmt: str, out: TextIO) -> int:
    """Write ``result`` as CSV, TSV or JSON to ``out`` row by row (``result.rows`` may be an
    iterator: nothing is held but the row being written); returns the rows written."""
    return _WRITERS[fmt](result, out)


def _text(fmt: str, result: Result) -> str:
    buf = io.StringIO()
    write_rows(result, fmt, buf)
    return buf.getvalue()


def format_csv(result: Result) -> str:
    return _text("csv", result)


def format_tsv(result: Result) -> str:
    return _text("tsv", result)


def format_json(result: Result) -> str:
    return _text("json", result)


def render(result: Result, fmt: str, show: Callable[[Term | None], str] | None = None) -> str:
    if fmt == "table":
        return format_table(result, show or labeller(None, "en", False))
    if fmt in _WRITERS:
        return _text(fmt, result)
    raise ValueError(fmt)


def write(result: Result, fmt: str, out: TextIO, show=None) -> None:
    out.write(render(result, fmt, show))

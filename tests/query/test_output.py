"""Table, CSV, TSV and SPARQL JSON output (kg.query.output)."""
from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import pytest
from pyoxigraph import Literal, NamedNode, QueryResultsFormat, parse_query_results

from kg.query import load_query, run_query
from kg.query.engines import Result
from kg.query.output import (LRM, STREAMING, display_width, format_csv, format_json, format_table,
                             format_tsv, labeller, truncate, write_rows)
from kg.vocab import ID, XSD

QUERIES = Path(__file__).resolve().parents[2] / "queries"


def test_display_width_counts_terminal_cells():
    assert display_width("Iran") == 4
    assert display_width("إيران") == 5
    assert display_width("مُحَمَّد") == 4          # harakat take no cell
    assert display_width("a\u200eb") == 2           # LRM takes no cell
    assert display_width("伊朗") == 4               # wide characters take two
    assert display_width(truncate("ب" * 100, 10)) == 10


def _cells(line: str, starts: list[int]) -> list[str]:
    """Split a table line at display columns ``starts``."""
    line = line.replace(LRM, "")
    cells, col, current = [], 0, []
    bounds = starts[1:] + [10 ** 9]
    for ch in line:
        if col >= bounds[len(cells)]:
            cells.append("".join(current))
            current = []
        current.append(ch)
        col += display_width(ch)
    cells.append("".join(current))
    return [c.strip() for c in cells]


@pytest.mark.parametrize("lang", ["ar", "en"])
def test_table_columns_line_up_in_both_languages(lang, fixture_engines):
    engine = fixture_engines["oxigraph"]
    result = run_query(load_query(QUERIES / "leaders_spokespeople_officials.rq"), engine)
    show = labeller(engine, lang)
    lines = format_table(result, show).splitlines()
    dashes = lines[1]
    starts = [i for i, ch in enumerate(dashes) if ch == "-" and (i == 0 or dashes[i - 1] == " ")]
    assert _cells(lines[0], starts) == result.variables
    for line, row in zip(lines[2:-1], result.rows):
        assert _cells(line, starts) == [show(t) for t in row]
    assert lines[-1] == f"({len(result.rows)} rows)"
    kaabi = show(ID["entity/kaabi"])
    assert kaabi == ("أكرم الكعبي" if lang == "ar" else "Akram al-Kaabi")


def test_arabic_cells_are_isolated_by_left_to_right_marks(fixture_engines):
    engine = fixture_engines["oxigraph"]
    result = run_query(load_query(QUERIES / "leaders_spokespeople_officials.rq"), engine)
    table = format_table(result, labeller(engine, "ar"))
    for line in table.splitlines()[2:-1]:
        assert line.startswith(LRM)
        assert "أكرم الكعبي" + LRM in line or "يحيى سريع" + LRM in line or "ألينا رومانوسكي" + LRM in line
    english = format_table(result, labeller(engine, "en"))
    assert LRM not in english


def test_label_falls_back_to_other_language_then_curie(fixture_engines):
    engine = fixture_engines["oxigraph"]
    show = labeller(engine, "ar")
    assert show(ID["entity/iran"]) == "إيران"
    assert show(ID["doc/fx_ar"]) == "doc:fx_ar"
    assert labeller(engine, "ar", use_labels=False)(ID["entity/iran"]) == "ent:iran"


def _sample() -> Result:
    return Result(["who", "n", "note"], [
        (NamedNode("https://w3id.org/shabaka/id/entity/iran"), Literal("2", datatype=XSD.integer),
         Literal('tab\there, "quoted",\nnew line', language="en")),
        (NamedNode("https://w3id.org/shabaka/id/entity/usa"), None, Literal("إيران")),
    ])


def test_csv_is_sparql_csv():
    text = format_csv(_sample())
    assert text.startswith("who,n,note\r\n")
    rows = list(csv.reader(io.StringIO(text, newline="")))
    assert rows[1] == ["https://w3id.org/shabaka/id/entity/iran", "2", 'tab\there, "quoted",\nnew line']
    assert rows[2] == ["https://w3id.org/shabaka/id/entity/usa", "", "إيران"]


@pytest.mark.parametrize("fmt,writer", [(QueryResultsFormat.TSV, format_tsv),
                                        (QueryResultsFormat.JSON, format_json)])
def test_tsv_and_json_parse_back_to_the_same_terms(fmt, writer):
    result = _sample()
    parsed = parse_query_results(writer(result), fmt)
    assert [v.value for v in parsed.variables] == result.variables
    assert [tuple(sol[v] for v in result.variables) for sol in parsed] == result.rows


def test_ask_results():
    assert format_json(Result(boolean=True)).strip().endswith("}")
    assert json.loads(format_json(Result(boolean=False))) == {"head": {}, "boolean": False}
    assert format_table(Result(boolean=True), str) == "yes\n"


@pytest.mark.parametrize("fmt", sorted(STREAMING))
def test_rows_are_written_as_they_come(fmt):
    """write_rows takes an iterator and writes each row before asking for the next, so a
    whole answer streams; the text is the same as the one the formatter builds."""
    sample = _sample()
    out = io.StringIO()
    sizes = []

    def rows():
        for row in sample.rows:
            sizes.append(len(out.getvalue()))
            yield row
    n = write_rows(Result(sample.variables, rows()), fmt, out)
    assert n == len(sample.rows)
    assert sizes == sorted(set(sizes)), "each row was written before the next was taken"
    assert out.getvalue() == {"csv": format_csv, "tsv": format_tsv, "json": format_json}[fmt](sample)


@pytest.mark.parametrize("fmt", sorted(STREAMING))
def test_an_empty_answer_streams_as_the_formatter_writes_it(fmt):
    out = io.StringIO()
    assert write_rows(Result(["a", "b"], iter(())), fmt, out) == 0
    assert out.getvalue() == {"csv": format_csv, "tsv": format_tsv, "json": format_json}[fmt](Result(["a", "b"], []))

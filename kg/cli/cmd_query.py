"""kg query: run a SPARQL query (file, folder of files, or inline text) over a graph or store."""
from __future__ import annotations

import io
import sys
from pathlib import Path
from typing import List, Optional

import typer

from kg.cli.app import EXIT_FAILED, app, console, error, warn
from kg.errors import KgError, UsageError
from kg.query import load_folder, load_query, open_graph, open_store_engine, query_from_text, run_query
from kg.query.engines import ENGINES
from kg.query.output import EXTENSIONS, FORMATS, STREAMING, labeller, render, write_rows
from kg.query.params import parse_assignments
from kg.query.safety import UPDATE_KEYWORDS, tokens
from kg.rdf.serialize import atomic_output
from kg.resources import data_dir

LANGS = ("ar", "en")
PAGE = 100  # rows kg query shows on the terminal unless asked for more
SPARQL_WORDS = {"SELECT", "ASK", "CONSTRUCT", "DESCRIBE", "PREFIX", "BASE"} | UPDATE_KEYWORDS


def _queries(spec: str):
    """QUERY argument -> (list of NamedQuery, is_folder)."""
    path = Path(spec)
    if path.is_dir():
        return load_folder(path), True
    if path.is_file():
        return [load_query(path)], False
    if "{" in spec or any(t.kind == "word" and t.text.upper() in SPARQL_WORDS for t in tokens(spec)):
        return [query_from_text(spec, name="inline query", inline=True)], False
    # A library query by its name ("attack_timeline"), from any folder: users run the
    # library outside the checkout too (installed from a wheel).
    library = data_dir("queries") / (spec if spec.endswith(".rq") else f"{spec}.rq")
    if "/" not in spec and library.is_file():
        return [load_query(library)], False
    raise UsageError(f"{spec}: no such query file or folder, library query name or SPARQL text "
                     f"(library: {data_dir('queries')})")


@app.command("query")
def query_cmd(
    query: str = typer.Argument(..., help="A .rq file, a folder of .rq files (run one by one), "
                                          "a library query's name (attack_timeline), or SPARQL text."),
    graph: Optional[Path] = typer.Option(None, "--graph", "-g", help="Graph file (.ttl .nt .nq .trig .jsonld)."),
    store: Optional[Path] = typer.Option(None, "--store", help="Oxigraph store folder (see kg load)."),
    param: List[str] = typer.Option([], "--param", "-p", help="NAME=VALUE for a query parameter; "
                                    "IRIs and CURIEs (ent:iran) become IRIs, entity labels are "
                                    "resolved. Repeat for several."),
    fmt: str = typer.Option("table", "--format", "-f", help="table, csv, tsv or json (SPARQL 1.1 results)."),
    lang: str = typer.Option("en", "--lang", help="Language of the labels in a table: ar or en."),
    output: Optional[Path] = typer.Option(None, "--output", "-o", help="Write the result to this file."),
    output_dir: Optional[Path] = typer.Option(None, "--output-dir", help="With a folder of queries: "
                                              "write DIR/<query name>.<format extension> for each."),
    allow_network: bool = typer.Option(False, "--allow-network", help="Allow FROM, FROM NAMED and "
                                       "SERVICE, which may fetch data over the network."),
    read_only: bool = typer.Option(False, "--read-only", help="With --store: open it without its "
                                   "writer lock and write nothing (a copy on read-only media; not "
                                   "while another process writes it). A store written by another "
                                   "version is then refused with the command that updates it."),
    engine: str = typer.Option("oxigraph", "--engine", help="oxigraph (fast) or rdflib; only with --graph."),
    iris: bool = typer.Option(False, "--iris", help="In a table, show CURIEs instead of labels."),
    limit: Optional[int] = typer.Option(None, "--limit", help=f"Rows to show (default {PAGE} on the "
                                        "terminal, all with --output/--output-dir)."),
    offset: int = typer.Option(0, "--offset", help="Rows to skip first (the next page: --offset 100)."),
    all_rows: bool = typer.Option(False, "--all", help="Every row (with --output FILE for big answers)."),
):
    """Ask the graph a question in SPARQL; every query in queries/ documents its parameters.

    Examples:

      kg query queries/attack_timeline.rq --graph out/graph.trig

      kg query queries/attacks_by_backer.rq --graph out/graph.trig --param backer=Iran --lang ar

      kg query queries/actor_profile.rq --store out/store -p actor=ent:houthis --format json

      kg query 'SELECT ?who WHERE { ?who kgo:leaderOf ent:nujaba }' --graph out/graph.trig

      kg query queries/ --graph out/graph.trig --format csv --output-dir out/answers

      kg query queries/attack_timeline.rq --store out/store --offset 100      # the second page

      kg query queries/attacks_by_backer.rq --store out/store --all -f csv -o backers.csv
    """
    if fmt not in FORMATS:
        raise UsageError(f"unknown --format {fmt!r}; use one of {', '.join(FORMATS)}")
    if lang not in LANGS:
        raise UsageError(f"unknown --lang {lang!r}; use ar or en")
    if engine not in ENGINES:
        raise UsageError(f"unknown --engine {engine!r}; use oxigraph or rdflib")
    if (graph is None) == (store is None):
        raise UsageError("give exactly one of --graph FILE or --store DIR")
    if read_only and store is None:
        raise UsageError("--read-only goes with --store")
    if store is not None and engine != "oxigraph":
        raise UsageError("--engine rdflib works only with --graph")
    if all_rows and limit is not None:
        raise UsageError("give --limit N or --all, not both")
    if (limit is not None and limit < 1) or offset < 0:
        raise UsageError("--limit must be at least 1 and --offset at least 0")
    to_files = output is not None or output_dir is not None
    if limit is None and not all_rows and not to_files:
        limit = PAGE
    assignments = parse_assignments(param)
    queries, is_folder = _queries(query)
    if output_dir is not None and not is_folder:
        raise UsageError("--output-dir goes with a folder of queries; use --output for one query")
    if output is not None and is_folder:
        raise UsageError("--output goes with one query; use --output-dir for a folder")
    if is_folder:
        declared = {name for q in queries for name in q.params}
        unknown = sorted(set(assignments) - declared)
        if unknown:
            raise UsageError(f"no query in {query} has a parameter {', '.join(unknown)}")

    # Whole answers in CSV, TSV or JSON are written as Oxigraph gives the rows, never held
    # in memory (a table needs every row first, for its column widths).
    stream = limit is None and fmt in STREAMING
    source = open_graph(graph, engine) if graph is not None else open_store_engine(store, read_only=read_only)
    try:
        show = labeller(source, lang, use_labels=not iris)
        failed = 0
        for q in queries:
            mine = {k: v for k, v in assignments.items() if k in q.params} if is_folder else assignments
            try:
                result = run_query(q, source, mine, allow_network=allow_network, limit=limit,
                                   offset=offset, lazy=stream)
                if stream:
                    _write_stream(result, q, fmt, output, output_dir, is_folder)
                    continue
            except KgError as exc:
                if not is_folder:
                    raise
                error(str(exc))
                failed += 1
                continue
            text = render(result, fmt, show)
            if output_dir is not None:
                target = output_dir / f"{q.name}{EXTENSIONS[fmt]}"
                with atomic_output(target, "w") as fh:
                    fh.write(text)
                n = len(result.rows)
                console.print(f"wrote {target} ({n} row{'s' if n != 1 else ''})", markup=False)
            elif output is not None:
                with atomic_output(output, "w") as fh:
                    fh.write(text)
            else:
                if is_folder:
                    console.print(f"# {q.title or q.name} ({q.path})", markup=False)
                typer.echo(text + ("\n" if is_folder else ""), nl=False)
            if result.more:
                warn(f"{q.label}: rows {offset + 1}-{offset + len(result.rows)} shown, more follow: "
                     f"next page --offset {offset + len(result.rows)}, or --all --output FILE for "
                     "every row")
    finally:
        source.close()
    if failed:
        error(f"{failed} of {len(queries)} queries failed")
        raise typer.Exit(EXIT_FAILED)


def _write_stream(result, q, fmt: str, output: Optional[Path], output_dir: Optional[Path],
                  is_folder: bool) -> None:
    """Every row of ``result`` (an iterator) to its file or stdout, as it comes."""
    target = output_dir / f"{q.name}{EXTENSIONS[fmt]}" if output_dir is not None else output
    if target is None:
        if is_folder:
            console.print(f"# {q.title or q.name} ({q.path})", markup=False)
        sys.stdout.flush()
        # bytes as written (CSV's \r\n kept), UTF-8 whatever the locale, as click writes
        out = io.TextIOWrapper(sys.stdout.buffer, encoding="utf-8", newline="")
        try:
            write_rows(result, fmt, out)
            if is_folder:
                out.write("\n")
            out.flush()
        finally:
            out.detach()
        return
    with atomic_output(target, "w") as fh:
        n = write_rows(result, fmt, fh)
    if output_dir is not None:
        console.print(f"wrote {target} ({n} row{'s' if n != 1 else ''})", markup=False)

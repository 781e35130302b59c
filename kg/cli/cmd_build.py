"""kg build: documents -> graph file(s) and/or store."""
from __future__ import annotations

from pathlib import Path
from typing import List, Optional

import typer
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn

from kg.build import build
from kg.cli.app import EXIT_FAILED, app, console, error, warn
from kg.errors import UsageError
from kg.io.documents import iter_input_files
from kg.rdf.serialize import rdf_format

PROGRESS_MIN_FILES = 5


@app.command("build")
def build_cmd(
    inputs: List[Path] = typer.Argument(..., help="Files (.txt .md .jsonl .html .htm .warc .warc.gz .xml "
                                                         ".rss .atom .csv) or folders of them."),
    output: List[Path] = typer.Option([], "--output", "-o",
                                      help="Graph file; the extension picks the format "
                                           "(.ttl .nt .nq .trig .jsonld). Repeat for several."),
    store: Optional[Path] = typer.Option(None, "--store", help="Also load into this Oxigraph store folder "
                                                               "(one named graph per document)."),
    store_batch: int = typer.Option(512, "--store-batch", min=1, metavar="N",
                                    help="With --store: documents per bulk load. Each batch lands "
                                         "whole, so an interrupted build keeps every finished batch; "
                                         "smaller batches show up sooner, larger ones load faster."),
    workers: int = typer.Option(0, "--workers", "-w", min=0,
                                help="Worker processes (0 = all cores, the default). Output is "
                                     "byte-identical for any N."),
    dask: Optional[str] = typer.Option(None, "--dask", metavar="SCHEDULER",
                                       help="Run the analysis on a Dask cluster, e.g. tcp://host:8786 "
                                            "(needs the 'dask' extra); workers write N-Quads shards."),
    shard_dir: Optional[Path] = typer.Option(None, "--shard-dir",
                                             help="With --dask: folder for the shards, the same path on "
                                                  "every machine; kept after the build. Default: next to "
                                                  "the output, removed after merging."),
    partition_size: int = typer.Option(500, "--partition-size", min=1,
                                       help="With --dask: documents per partition (one shard each)."),
    strict: bool = typer.Option(False, "--strict", help="Exit 1 when any input is bad, and refuse "
                                                        "text that is not UTF-8 (or marked UTF-16/32) "
                                                        "instead of guessing its encoding and "
                                                        "replacing invalid bytes."),
    quiet: bool = typer.Option(False, "--quiet", "-q", help="No summary or progress bar."),
):
    """Extract entities, relations and attacks from documents into an RDF graph.

    Examples:

      kg build seeds/ --output out/graph.ttl --output out/graph.trig

      kg build archive.jsonl -o out/archive.nq --workers 4

      kg build new/ --store out/store

      kg build archive/ -o out/a.nq --dask tcp://sched:8786 --shard-dir /shared/shards
    """
    if (shard_dir is not None) and not dask:
        raise UsageError("--shard-dir is only used with --dask")
    if not output and store is None:
        raise UsageError("nothing to write: give --output FILE and/or --store DIR")
    for path in output:
        rdf_format(path)
    sink = None
    if store is not None:
        from kg.store import open_store
        sink = open_store(store).bulk_writer(batch_documents=store_batch)
    files = [f for f in iter_input_files(inputs) if isinstance(f, Path)]
    show_progress = not quiet and len(files) >= PROGRESS_MIN_FILES and console.is_terminal
    progress = Progress(TextColumn("building"), BarColumn(), MofNCompleteColumn(), TimeElapsedColumn(),
                        console=console, disable=not show_progress, transient=True)

    def on_error(err):
        warn(f"skipped {err}")

    def on_note(notice):
        if not quiet:
            warn(f"note: {notice}")

    with progress:
        task = progress.add_task("build", total=len(files) or None)

        def on_document(_result):
            progress.update(task, completed=min(len(files), progress.tasks[0].completed + 1))

        report = build(inputs, output, workers=workers, store=sink, on_error=on_error,
                       on_document=on_document, dask=dask, shard_dir=shard_dir,
                       partition_size=partition_size, strict=strict, on_note=on_note)
    if sink is not None:
        sink.close()
    if not quiet and report.documents:
        s = report.summary()
        console.print(f"{s['documents']} documents, {s['entities']} entities, {s['facts']} facts "
                      f"({s['relations']} relations, {s['attacks']} attacks), {s['quads']} quads "
                      f"in {s['seconds']:.2f} s" + (f"; {s['skipped']} skipped" if s["skipped"] else "")
                      + _notes(s["notes"]), markup=False)
        for path in output:
            console.print(f"wrote {path}", markup=False)
    if report.documents == 0:
        error("no document could be processed")
        raise typer.Exit(EXIT_FAILED)
    if strict and report.skipped:
        error(f"{len(report.skipped)} input(s) could not be read (--strict)")
        raise typer.Exit(EXIT_FAILED)



def _notes(notes: dict) -> str:
    """"; archive records skipped: 2 redirects, 1 request records; 3 invalid bytes replaced"."""
    grouped: dict[str, list[str]] = {}
    for key, n in notes.items():
        head, _, kind = key.partition(" (")
        grouped.setdefault(head if kind else key, []).append(f"{n} {kind.rstrip(')')}" if kind else str(n))
    return "".join(f"; {head}: {', '.join(items)}" if not items[0].isdigit() else f"; {items[0]} {head}"
                   for head, items in grouped.items())

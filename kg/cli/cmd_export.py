"""kg export: the network as GraphML or GEXF for Gephi, Cytoscape or yEd, or the event
table (one row per attack) as CSV, JSON Lines or Parquet."""
from __future__ import annotations

from pathlib import Path

import typer

from kg.cli.app import app, console


@app.command("export")
def export_cmd(
    graph: Path = typer.Argument(..., help="Graph file (.ttl .trig .nq .nt .jsonld .rdf)."),
    to: str = typer.Option(..., "--to", help="graphml, gexf, or events (one row per attack)."),
    output: Path = typer.Option(..., "--output", "-o", help="File to write (for events: .csv, "
                                                              ".jsonl or .parquet)."),
    attacks: str = typer.Option("events", "--attacks", help="Attacks as event nodes (events), "
                                                            "attacker -> target links (edges), or both."),
):
    """Export the network (the nodes and links of `kg view`) for other graph tools.

    Examples:

    \b
      kg export out/graph.trig --to gexf --output out/graph.gexf
      kg export out/graph.ttl --to graphml -o out/graph.graphml --attacks edges
      kg export out/graph.trig --to events --output out/events.csv
    """
    if to == "events":
        _export_events(graph, output)
        return
    from kg.errors import UsageError
    from kg.view import ATTACK_MODES, load_network
    from kg.view.export import EXPORT_FORMATS, export_graph

    if to not in EXPORT_FORMATS:
        raise UsageError(f"--to must be one of {', '.join(EXPORT_FORMATS)}, events, not {to!r}")
    if attacks not in ATTACK_MODES:
        raise UsageError(f"--attacks must be one of {', '.join(ATTACK_MODES)}, not {attacks!r}")
    G = load_network(graph, attacks=attacks)
    export_graph(G, output, to)
    console.print(f"wrote {output} ({G.number_of_nodes()} nodes, {G.number_of_edges()} links)", markup=False)


def _export_events(graph: Path, output: Path) -> None:
    from kg.query import open_graph
    from kg.query.events import event_format, event_rows, write_events

    event_format(output)            # a wrong ending or missing pyarrow fails before any work
    engine = open_graph(graph)
    try:
        columns, rows = event_rows(engine)
    finally:
        engine.close()
    write_events(columns, rows, output)
    console.print(f"wrote {output} ({len(rows)} attacks)", markup=False)

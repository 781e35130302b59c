"""kg stats: counts, central actors, communities and attack targets of a graph."""
from __future__ import annotations

import json
from pathlib import Path

import typer

from kg.cli.app import app, console
from kg.errors import UsageError


@app.command("stats")
def stats_cmd(
    graph: Path = typer.Argument(..., help="Graph file (.ttl .trig .nq .nt .jsonld .rdf)."),
    fmt: str = typer.Option("text", "--format", "-f", help="text or json."),
    top: int = typer.Option(10, "--top", min=1, help="How many actors, communities and targets to list."),
):
    """Summarise a graph: entities by class, relations, central actors, communities, targets.

    Centrality (degree, betweenness) and Louvain communities are computed on entities
    linked by asserted relations and attacks; denied statements are not counted as links.

    Examples:

    \b
      kg stats out/graph.trig
      kg stats out/graph.ttl --format json --top 20
    """
    from kg.view import load_network
    from kg.view.stats import format_stats, graph_stats

    if fmt not in ("text", "json"):
        raise UsageError(f"--format must be text or json, not {fmt!r}")
    stats = graph_stats(load_network(graph), top=top)
    if fmt == "json":
        console.out(json.dumps(stats, ensure_ascii=False, indent=2), highlight=False)
    else:
        console.out(format_stats(stats), end="", highlight=False)

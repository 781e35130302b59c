"""kg export: the network as GraphML or GEXF for Gephi, Cytoscape or yEd."""
from __future__ import annotations

from pathlib import Path

import typer

from kg.cli.app import app, console


@app.command("export")
def export_cmd(
    graph: Path = typer.Argument(..., help="Graph file (.ttl .trig .nq .nt .jsonld .rdf)."),
    to: str = typer.Option(..., "--to", help="graphml or gexf."),
    output: Path = typer.Option(..., "--output", "-o", help="File to write."),
    attacks: str = typer.Option("events", "--attacks", help="Attacks as event nodes (events), "
                                                            "attacker -> target links (edges), or both."),
):
    """Export the network (the nodes and links of `kg view`) for other graph tools.

    Examples:

    \b
      kg export out/graph.trig --to gexf --output out/graph.gexf
      kg export out/graph.ttl --to graphml -o out/graph.graphml --attacks edges
    """
    from kg.errors import UsageError
    from kg.view import ATTACK_MODES, load_network
    from kg.view.export import EXPORT_FORMATS, export_graph

    if to not in EXPORT_FORMATS:
        raise UsageError(f"--to must be one of {', '.join(EXPORT_FORMATS)}, not {to!r}")
    if attacks not in ATTACK_MODES:
        raise UsageError(f"--attacks must be one of {', '.join(ATTACK_MODES)}, not {attacks!r}")
    G = load_network(graph, attacks=attacks)
    export_graph(G, output, to)
    console.print(f"wrote {output} ({G.number_of_nodes()} nodes, {G.number_of_edges()} links)", markup=False)

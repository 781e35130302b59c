"""kg reason: materialise OWL inferences (HermiT) into a separate named graph."""
from __future__ import annotations

from pathlib import Path
from typing import List

import typer

from kg.cli.app import app, console


@app.command("reason")
def reason_cmd(
    graphs: List[Path] = typer.Argument(..., help="Graph files (.ttl .nt .nq .trig .jsonld), reasoned over together."),
    output: Path = typer.Option(..., "--output", "-o", help="Output file, .trig or .nq: the input quads plus "
                                                           "the named graph of inferred triples."),
    inferred_only: bool = typer.Option(False, "--inferred-only", help="Write only the inferred named graph."),
    quiet: bool = typer.Option(False, "--quiet", "-q", help="No summary."),
):
    """Run the HermiT reasoner (needs Java) over a graph and the ontology.

    Inverse relations (supportedBy, hasMember ...), the transitive closure of locatedIn,
    symmetric alliedWith and inferred classes (a State is an Actor and a Place) go into
    the named graph <https://w3id.org/shabaka/id/graph/inferred>. An inconsistent graph
    (something both a Person and a Place) is an error naming the individuals.

    Examples:

      kg reason out/graph.trig --output out/reasoned.trig

      kg reason out/graph.nq -o out/inferred.nq --inferred-only
    """
    from kg.ontology import reason
    from kg.vocab import INFERRED_GRAPH

    report = reason(graphs, output, include_input=not inferred_only)
    if not quiet:
        console.print(f"{report.individuals} individuals, {report.asserted} asserted facts; inferred "
                      f"{report.inferred_types} class memberships and {report.inferred_relations} relation "
                      f"triples into <{INFERRED_GRAPH.value}>", markup=False, emoji=False)
        console.print(f"wrote {output}", markup=False, emoji=False)

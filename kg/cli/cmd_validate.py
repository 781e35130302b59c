"""kg validate: check graph files against the SHACL shapes of the ontology."""
from __future__ import annotations

from pathlib import Path
from typing import List, Optional

import typer

from kg.cli.app import EXIT_FAILED, app, console, error


@app.command("validate")
def validate_cmd(
    graphs: List[Path] = typer.Argument(..., help="Graph files (.ttl .nt .nq .trig .jsonld), validated together."),
    shapes: Optional[Path] = typer.Option(None, "--shapes", help="SHACL shapes file (default: ontology/shapes.ttl)."),
    quiet: bool = typer.Option(False, "--quiet", "-q", help="Print the violations only, no summary."),
):
    """Validate graph files against the SHACL shapes; print one line per violation.

    Each line reads "focus-node property: what is wrong (value ...)". Exit status 1 when
    there is any violation.

    Examples:

      kg validate out/graph.trig

      kg validate out/a.nq out/b.nq --shapes my-shapes.ttl
    """
    from kg.ontology import validate

    violations = validate(graphs, shapes=shapes)
    for v in violations:
        console.print(str(v), markup=False, emoji=False)
    names = ", ".join(str(g) for g in graphs)
    if violations:
        error(f"{names}: {len(violations)} violation{'s' if len(violations) != 1 else ''} of the shapes")
        raise typer.Exit(EXIT_FAILED)
    if not quiet:
        console.print(f"{names}: conforms to the shapes", markup=False, emoji=False)

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

    Each line reads "focus-node property: what is wrong (value ...)"; warnings start with
    "[warning]" and do not fail. Exit status 1 when there is any violation.

    Examples:

      kg validate out/graph.trig

      kg validate out/a.nq out/b.nq --shapes my-shapes.ttl
    """
    from kg.ontology import validate

    results = validate(graphs, shapes=shapes)
    for v in results:
        console.print(str(v), markup=False, emoji=False)
    names = ", ".join(str(g) for g in graphs)
    errors = sum(1 for v in results if v.is_error)
    warnings = len(results) - errors
    if errors:
        error(f"{names}: {errors} violation{'s' if errors != 1 else ''} of the shapes"
              + (f" and {warnings} warning{'s' if warnings != 1 else ''}" if warnings else ""))
        raise typer.Exit(EXIT_FAILED)
    if not quiet:
        console.print(f"{names}: conforms to the shapes"
                      + (f" ({warnings} warning{'s' if warnings != 1 else ''})" if warnings else ""),
                      markup=False, emoji=False)

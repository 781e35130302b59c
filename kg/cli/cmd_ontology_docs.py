"""kg ontology-docs: write the ontology's documentation (Markdown or HTML)."""
from __future__ import annotations

from pathlib import Path

import typer

from kg.cli.app import app, console


@app.command("ontology-docs")
def ontology_docs_cmd(
    output: Path = typer.Option(Path("docs/ontology.md"), "--output", "-o",
                                help="Output file; .md for Markdown, .html for HTML."),
):
    """Document the ontology's classes and properties: Arabic and English labels,
    comments, hierarchy, domains and ranges, and alignments (ORG, SEM, PROV-O, NIF,
    Wikidata, CAMEO, ACLED).

    Examples:

      kg ontology-docs --output docs/ontology.md

      kg ontology-docs -o docs/ontology.html
    """
    from kg.ontology import ontology_docs

    path = ontology_docs(output)
    console.print(f"wrote {path}", markup=False, emoji=False)

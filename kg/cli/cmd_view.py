"""kg view: a graph file -> one self-contained interactive HTML page."""
from __future__ import annotations

from pathlib import Path
from typing import Optional

import typer

from kg.cli.app import app, console
from kg.errors import UsageError


@app.command("view")
def view_cmd(
    graph: Path = typer.Option(..., "--graph", "-g", help="Graph file (.ttl .trig .nq .nt .jsonld .rdf)."),
    output: Path = typer.Option(..., "--output", "-o", help="HTML file to write."),
    focus: Optional[str] = typer.Option(None, "--focus", help="Show only this actor (any name, alias "
                                                              "or entity key) and its neighbours."),
    hops: Optional[int] = typer.Option(None, "--hops", min=0, help="With --focus: how many links away "
                                                                  "to go (default 1)."),
    lang: str = typer.Option("ar", "--lang", help="Language of labels and of the page: ar or en."),
    title: Optional[str] = typer.Option(None, "--title", help="Page title."),
    attacks: str = typer.Option("events", "--attacks", help="Draw attacks as event nodes (events), "
                                                            "attacker -> target links (edges), or both."),
):
    """Write an interactive network page that opens offline in any browser.

    Nodes are actors, places, bases, vessels, weapons and attacks; links are relations
    with their evidence. Denied statements are drawn dashed and labelled as denied.

    Examples:

    \b
      kg view --graph out/graph.trig --output out/graph.html
      kg view -g out/graph.trig -o houthis.html --focus "Houthis" --hops 2 --lang en
      kg view -g out/graph.ttl -o attacks.html --attacks edges --title "Attacks, Oct 2023"
    """
    from kg.view import ATTACK_MODES, LANGS, write_view

    if lang not in LANGS:
        raise UsageError(f"--lang must be one of {', '.join(LANGS)}, not {lang!r}")
    if attacks not in ATTACK_MODES:
        raise UsageError(f"--attacks must be one of {', '.join(ATTACK_MODES)}, not {attacks!r}")
    if hops is not None and not focus:
        raise UsageError("--hops needs --focus ACTOR")
    G = write_view(graph, output, focus=focus, hops=1 if hops is None else hops, lang=lang,
                   title=title, attacks=attacks)
    console.print(f"wrote {output} ({G.number_of_nodes()} nodes, {G.number_of_edges()} links)", markup=False)

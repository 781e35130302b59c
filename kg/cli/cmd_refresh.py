"""kg refresh: bring a store's facts graph (entity facts and query summaries) up to date."""
from __future__ import annotations

from pathlib import Path

import typer

from kg.cli.app import app, console


@app.command("refresh")
def refresh_cmd(
    store: Path = typer.Option(..., "--store", help="Oxigraph store folder."),
    force: bool = typer.Option(False, "--force", help="Recompute even when the store is current."),
    quiet: bool = typer.Option(False, "--quiet", "-q", help="No summary."),
):
    """Recompute the facts graph of a store written by another version of Shabaka.

    Library queries read summaries from the store's facts graph; a store written before a
    kind of summary was added would answer them wrong, so the graph is stamped with its
    layout. Loads, builds, kg serve and queries recompute an outdated graph on their own;
    this does it alone (e.g. before serving, or for a read-only copy). A current store is
    left as it is unless --force.

    Examples:

      kg refresh --store out/store
    """
    from kg.store import open_store
    from kg.store.summaries import LAYOUT

    with open_store(store, create=False) as st:
        current = st.facts_current()
        if force or not current:
            st.refresh_facts()
    if not quiet:
        done = "already current" if current and not force else "recomputed"
        console.print(f"{store}: facts graph {done} (layout {LAYOUT})", markup=False)

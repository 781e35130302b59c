"""kg remove: drop documents (their named graphs) from the embedded store."""
from __future__ import annotations

from pathlib import Path
from typing import List

import typer

from kg.cli.app import app, console
from kg.errors import StoreError


@app.command("remove")
def remove_cmd(
    doc_ids: List[str] = typer.Argument(..., help="Document ids (the file name without extension, "
                                                  "or the id of a .jsonl line)."),
    store: Path = typer.Option(..., "--store", help="Oxigraph store folder."),
    quiet: bool = typer.Option(False, "--quiet", "-q", help="No summary."),
):
    """Remove documents and every fact they contributed; nothing changes if one is missing.

    Examples:

      kg remove --store out/store 000_4a950e12de890295

      kg remove --store out/store dev_ar_01 dev_ar_02
    """
    from kg.store import open_store

    with open_store(store, create=False) as st:
        missing = [d for d in doc_ids if not st.has_document(d)]
        if missing:
            raise StoreError(f"{store}: no document {', '.join(missing)} in the store "
                             "(nothing removed)")
        removed = {d: st.remove_document(d) for d in doc_ids}
    if not quiet:
        for d, n in removed.items():
            console.print(f"removed {d} ({n} triples)", markup=False)

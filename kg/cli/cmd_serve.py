"""kg serve: the Oxigraph SPARQL server (pip package ``oxigraph``) over a store folder."""
from __future__ import annotations

import os
import shutil
import sys
from pathlib import Path

import typer

from kg.cli.app import app, console
from kg.errors import StoreError, UsageError


def oxigraph_binary() -> str:
    """The ``oxigraph`` executable next to this Python (the venv), else on PATH."""
    local = Path(sys.executable).parent / "oxigraph"
    if local.is_file() and os.access(local, os.X_OK):
        return str(local)
    found = shutil.which("oxigraph")
    if not found:
        raise StoreError("the oxigraph server is not installed (pip install oxigraph)")
    return found


def serve_command(store: Path, bind: str, union: bool = True) -> list[str]:
    args = [oxigraph_binary(), "serve", "--location", str(store), "--bind", bind]
    return args + (["--union-default-graph"] if union else [])


@app.command("serve")
def serve_cmd(
    store: Path = typer.Option(..., "--store", help="Oxigraph store folder (see kg load, kg build --store)."),
    bind: str = typer.Option("127.0.0.1:7878", "--bind", help="HOST:PORT to listen on."),
    union: bool = typer.Option(True, "--union/--no-union", help="Queries see all document graphs as "
                               "the default graph (as kg query does)."),
):
    """Serve a store over HTTP: SPARQL query page, /query, /update and /store (Graph Store).

    Runs the real Oxigraph server (`oxigraph serve`) in place of this process; Ctrl-C stops it.
    The store is locked while it runs: query it through the server, not with kg query --store.

    Examples:

      kg serve --store out/store

      kg serve --store out/store --bind 0.0.0.0:7878
    """
    host, sep, port = bind.rpartition(":")
    if not sep or not host or not port.isdigit():
        raise UsageError(f"--bind {bind!r}: expected HOST:PORT, e.g. 127.0.0.1:7878")
    from kg.store import open_store
    open_store(store).close()  # creates an empty store if missing; fails clearly if locked
    args = serve_command(store, bind, union)
    console.print(f"serving {store} at http://{bind}/ (SPARQL query page; endpoints /query, "
                  f"/update, /store); Ctrl-C stops", markup=False)
    sys.stdout.flush()
    sys.stderr.flush()
    os.execv(args[0], args)

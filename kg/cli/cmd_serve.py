"""kg serve: a store over HTTP, read-only and without outbound requests unless asked."""
from __future__ import annotations

import sys
from pathlib import Path
from typing import List

import typer

from kg.cli.app import app, console
from kg.errors import UsageError


@app.command("serve")
def serve_cmd(
    store: Path = typer.Option(..., "--store", help="Oxigraph store folder (see kg load, kg build --store)."),
    bind: str = typer.Option("127.0.0.1:7878", "--bind", help="HOST:PORT to listen on."),
    union: bool = typer.Option(True, "--union/--no-union", help="Queries see all document graphs as "
                               "the default graph (as kg query does)."),
    writable: bool = typer.Option(False, "--writable", help="Accept /update and Graph Store writes. "
                                  "Oxigraph's server has no authentication: loopback --bind only."),
    allow_service: List[str] = typer.Option([], "--allow-service", help="URL of an endpoint that "
                                            "SERVICE (and LOAD) may reach; repeat for several. "
                                            "Without it the server opens no outbound connection."),
    timeout: float = typer.Option(30.0, "--timeout", help="Seconds a query may run (0: no limit)."),
    max_rows: int = typer.Option(100_000, "--max-rows", help="Rows (or triples) one answer returns "
                                 "at most (0: no bound); a cut answer has the header "
                                 "X-Shabaka-Truncated."),
):
    """Serve a store over HTTP: SPARQL query page, /query, /store (reads); /update with --writable.

    The real Oxigraph server answers behind a small front server of ours, which refuses
    writes unless --writable, refuses SERVICE and LOAD to endpoints not named with
    --allow-service, bounds answers to --max-rows and stops queries after --timeout.
    Oxigraph's server has NO authentication: anyone who reaches the port can query it, and
    with --writable change or empty the store; --writable is accepted on loopback only.
    Ctrl-C stops it. While it runs, query the store through the server.

    Examples:

      kg serve --store out/store

      kg serve --store out/store --writable --bind 127.0.0.1:7878

      kg serve --store out/store --allow-service https://query.wikidata.org/sparql
    """
    host, sep, port = bind.rpartition(":")
    if not sep or not host or not port.isdigit():
        raise UsageError(f"--bind {bind!r}: expected HOST:PORT, e.g. 127.0.0.1:7878")
    from kg.serve import ServeConfig, serve
    from kg.serve.front import check_config
    from kg.store import open_store
    config = ServeConfig(store=store, host=host, port=int(port), writable=writable, union=union,
                         allow_service=tuple(allow_service), timeout_s=timeout, max_rows=max_rows)
    check_config(config)
    # Creates an empty store if missing, fails clearly if locked, and gives a store made
    # before facts graphs existed its facts graph (a read-only server could not).
    with open_store(store) as st:
        st.ensure_facts()
    mode = "read-write" if writable else "read-only"

    def ready():
        console.print(f"serving {store} ({mode}) at http://{bind}/ (SPARQL query page; endpoints "
                      f"/query, /store{', /update' if writable else ''}); Ctrl-C stops", markup=False)
        sys.stdout.flush()

    serve(config, ready=ready)

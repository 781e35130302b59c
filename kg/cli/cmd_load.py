"""kg load: RDF files -> the embedded store, or a remote store over the Graph Store Protocol."""
from __future__ import annotations

from pathlib import Path
from typing import List, Optional

import typer

from kg.cli.app import app, console, warn
from kg.errors import UsageError

AUTH_HELP = "basic or digest (Virtuoso's /sparql-graph-crud-auth uses digest)."


@app.command("load")
def load_cmd(
    files: List[Path] = typer.Argument(..., help="RDF files: .trig .nq (named graphs kept) or "
                                                 ".ttl .nt .jsonld (one named graph per file)."),
    store: Optional[Path] = typer.Option(None, "--store", help="Oxigraph store folder (created if missing)."),
    endpoint: Optional[str] = typer.Option(None, "--endpoint", help="Graph Store Protocol URL, e.g. "
                                           "http://127.0.0.1:7878/store, http://host:3030/ds/data, "
                                           "http://host:8890/sparql-graph-crud-auth."),
    graph: Optional[str] = typer.Option(None, "--graph", help="Named graph IRI for triples outside "
                                        "any named graph (default: one graph per file name)."),
    user: Optional[str] = typer.Option(None, "--user", "-u", help="User name for the endpoint."),
    password: Optional[str] = typer.Option(None, "--password", envvar="KG_ENDPOINT_PASSWORD",
                                           help="Password (or set KG_ENDPOINT_PASSWORD)."),
    auth: str = typer.Option("basic", "--auth", help=AUTH_HELP),
    timeout: float = typer.Option(30.0, "--timeout", help="Seconds to wait for each HTTP request."),
    retries: int = typer.Option(3, "--retries", help="Retries after a connection error or HTTP 5xx, "
                                "with exponential backoff (0.5 s, 1 s, 2 s ...)."),
    update: Optional[str] = typer.Option(None, "--update", help="With --endpoint: the server's SPARQL "
                                         "update URL, used to recompute its facts graph after loading "
                                         "(default: derived for Oxigraph /store, Fuseki /data, Virtuoso "
                                         "/sparql-graph-crud[-auth])."),
    quiet: bool = typer.Option(False, "--quiet", "-q", help="No summary."),
):
    """Load graph files into a store; each named graph replaces the graph of the same name.

    Examples:

      kg load --store out/store out/graph.trig

      kg load --endpoint http://127.0.0.1:7878/store out/graph.trig

      kg load --endpoint http://localhost:3030/ds/data -u admin --password pw out/graph.trig

      KG_ENDPOINT_PASSWORD=dba kg load --auth digest -u dba
      --endpoint http://localhost:8890/sparql-graph-crud-auth out/graph.trig
    """
    from pyoxigraph import NamedNode

    if (store is None) == (endpoint is None):
        raise UsageError("give exactly one of --store DIR or --endpoint URL")
    target = None
    if graph is not None:
        try:
            target = NamedNode(graph)
        except ValueError:
            raise UsageError(f"--graph {graph!r} is not a valid IRI") from None
    for f in files:
        if not f.is_file():
            raise UsageError(f"{f}: no such file")
    if store is not None:
        if user or password:
            raise UsageError("--user and --password go with --endpoint")
        from kg.store import open_store
        with open_store(store) as st:
            report = st.load_files(files, graph=target)
            # counting the store reads every quad (seconds at millions): only for the summary
            total = None if quiet else st.count()
        if not quiet:
            console.print(f"loaded {report.quads} quads from {report.files} file(s) into "
                          f"{len(report.graphs)} graph(s) of {store}; the store holds {total} quads",
                          markup=False)
        return
    from kg.store.remote import (Endpoint, GraphStoreClient, default_update_url, load_files_remote,
                                 refresh_remote_facts)
    ep = Endpoint(endpoint, user=user, password=password, auth=auth, timeout=timeout,
                  retries=retries, update_url=update or default_update_url(endpoint))
    client = GraphStoreClient(ep, on_retry=warn)
    report = load_files_remote(files, ep, graph=target, client=client)
    if ep.update_url:
        refresh_remote_facts(client)
    else:
        warn(f"{endpoint}: facts graph not updated (library queries read it): pass --update with "
             "the server's SPARQL update URL")
    if not quiet:
        console.print(f"PUT {report.graphs} graph(s), {report.triples} triples to {endpoint}"
                      + (f"; facts graph recomputed through {ep.update_url}" if ep.update_url else ""),
                      markup=False)

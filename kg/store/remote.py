"""Load RDF files into a remote store over the SPARQL 1.1 Graph Store HTTP Protocol.

Each named graph of a file is sent with ``PUT URL?graph=IRI`` (replacing that graph on the
server, so loading again never duplicates), and triples outside any named graph with
``PUT URL?graph=<file graph>`` (see :func:`kg.store.files.file_graph_iri`).  Standard
library only (``urllib``).  Works with Oxigraph server (``/store``), Apache Jena Fuseki
(``/DATASET/data``) and Virtuoso (``/sparql-graph-crud-auth``, digest auth).

Connection errors, timeouts, HTTP 5xx and 429 are retried with exponential backoff;
other HTTP errors fail at once.  Failure raises :class:`~kg.errors.StoreError`.
"""
from __future__ import annotations

import base64
import os
import socket
import time
import urllib.error
import urllib.request
from dataclasses import dataclass, field
from typing import Callable, Iterable
from urllib.parse import urlencode, urlsplit

from pyoxigraph import DefaultGraph, NamedNode, RdfFormat, serialize

from kg.errors import StoreError, UsageError
from kg.store.files import GraphName, iter_file_quads

AUTH_SCHEMES = ("basic", "digest")
RETRY_STATUS = frozenset({429, 500, 502, 503, 504})
MAX_BACKOFF = 30.0
TURTLE = "text/turtle; charset=utf-8"


@dataclass
class Endpoint:
    """A Graph Store Protocol endpoint and how to talk to it."""

    url: str
    user: str | None = None
    password: str | None = None
    auth: str = "basic"
    timeout: float = 30.0
    retries: int = 3
    backoff: float = 0.5
    update_url: str | None = None  # SPARQL update endpoint, for the facts graph

    def __post_init__(self):
        parts = urlsplit(self.url)
        if parts.scheme not in ("http", "https") or not parts.netloc:
            raise UsageError(f"{self.url}: endpoint must be an http:// or https:// URL")
        if self.auth not in AUTH_SCHEMES:
            raise UsageError(f"unknown auth scheme {self.auth!r}; use basic or digest")
        if (self.user is None) != (self.password is None):
            raise UsageError("give both --user and --password (or neither)")
        if self.retries < 0 or self.timeout <= 0:
            raise UsageError("--retries must be >= 0 and --timeout > 0")

    def graph_url(self, graph: GraphName) -> str:
        query = "default" if isinstance(graph, DefaultGraph) else urlencode({"graph": graph.value})
        return self.url + ("&" if "?" in self.url else "?") + query


@dataclass
class RemoteReport:
    graphs: int = 0
    triples: int = 0
    requests: list[tuple[str, str, int]] = field(default_factory=list)  # method, graph, status


class GraphStoreClient:
    """Sends graphs to one endpoint; ``sleep`` is injectable so tests need not wait."""

    def __init__(self, endpoint: Endpoint, *, sleep: Callable[[float], None] = time.sleep,
                 on_retry: Callable[[str], None] | None = None):
        self.endpoint = endpoint
        self.sleep = sleep
        self.on_retry = on_retry
        handlers = []
        if endpoint.user is not None and endpoint.auth == "digest":
            passwords = urllib.request.HTTPPasswordMgrWithDefaultRealm()
            passwords.add_password(None, [endpoint.url] + ([endpoint.update_url] if endpoint.update_url
                                                           else []), endpoint.user, endpoint.password)
            handlers.append(urllib.request.HTTPDigestAuthHandler(passwords))
        self._opener = urllib.request.build_opener(*handlers)

    def _headers(self, content_type: str) -> dict[str, str]:
        headers = {"Content-Type": content_type, "User-Agent": "shabaka-kg"}
        ep = self.endpoint
        if ep.user is not None and ep.auth == "basic":
            # Sent up front: some servers answer 403 instead of a 401 challenge.
            token = base64.b64encode(f"{ep.user}:{ep.password}".encode("utf-8")).decode("ascii")
            headers["Authorization"] = "Basic " + token
        return headers

    def send(self, method: str, graph: GraphName, body: bytes, content_type: str = TURTLE) -> int:
        """One request with retries; returns the final HTTP status."""
        return self._request(method, self.endpoint.graph_url(graph), body, content_type,
                             f"{method} {_graph_label(graph)}")

    def update(self, url: str, text: str) -> int:
        """POST a SPARQL update (same credentials and retries as the graph requests)."""
        return self._request("POST", url, text.encode("utf-8"),
                             "application/sparql-update; charset=utf-8", f"SPARQL update to {url}")

    def _request(self, method: str, url: str, body: bytes, content_type: str, what: str) -> int:
        ep = self.endpoint
        attempts = ep.retries + 1
        for attempt in range(attempts):
            request = urllib.request.Request(url, data=body, method=method,
                                             headers=self._headers(content_type))
            try:
                with self._opener.open(request, timeout=ep.timeout) as response:
                    response.read()
                    return response.status
            except urllib.error.HTTPError as exc:
                detail = _http_detail(exc)
                if exc.code not in RETRY_STATUS:
                    raise StoreError(f"{ep.url}: {what} refused: {detail}") from None
                reason = detail
            except (urllib.error.URLError, ConnectionError, socket.timeout, TimeoutError) as exc:
                reason = _network_reason(exc)
            if attempt + 1 < attempts:
                delay = min(MAX_BACKOFF, ep.backoff * 2 ** attempt)
                if self.on_retry:
                    self.on_retry(f"{what}: {reason}; retry {attempt + 1}/{ep.retries} in {delay:g} s")
                self.sleep(delay)
        raise StoreError(f"{ep.url}: {what} failed after {attempts} attempt"
                         f"{'s' if attempts > 1 else ''}: {reason}")

    def put_graph(self, graph: GraphName, triples: Iterable) -> int:
        # Full IRIs, no prefixes: a document-scoped entity (entity/<digest>/gunmen) would be
        # written ent:<digest>\/gunmen, and Virtuoso 7.2 keeps that backslash in the IRI.
        body = serialize(list(triples), format=RdfFormat.TURTLE)
        return self.send("PUT", graph, body)


def group_file(path: str | os.PathLike, target: GraphName | None = None) -> dict[GraphName, list]:
    """Graph name -> its triples, for one file (default-graph triples moved to ``target``)."""
    graphs: dict[GraphName, list] = {}
    for q in iter_file_quads(path, target):
        graphs.setdefault(q.graph_name, []).append(q.triple)
    return graphs


def load_files_remote(paths: Iterable[str | os.PathLike], endpoint: Endpoint, *,
                      graph: NamedNode | None = None, client: GraphStoreClient | None = None,
                      on_graph: Callable[[GraphName, int], None] | None = None) -> RemoteReport:
    """PUT every graph of every file to ``endpoint``; files are all read before sending."""
    client = client or GraphStoreClient(endpoint)
    merged: dict[GraphName, list] = {}
    for path in paths:
        for g, triples in group_file(path, graph).items():
            merged.setdefault(g, []).extend(triples)
    report = RemoteReport()
    for g, triples in merged.items():
        status = client.put_graph(g, triples)
        report.graphs += 1
        report.triples += len(triples)
        report.requests.append(("PUT", _graph_label(g), status))
        if on_graph:
            on_graph(g, len(triples))
    return report


#: Graph Store endpoint path -> the same server's SPARQL update path.
UPDATE_PATHS = (("/store", "/update"),                          # Oxigraph server
                ("/data", "/update"),                           # Fuseki: /DATASET/data
                ("/sparql-graph-crud-auth", "/sparql-auth"),    # Virtuoso
                ("/sparql-graph-crud", "/sparql"))


def default_update_url(url: str) -> str | None:
    """The SPARQL update URL next to a Graph Store URL of a known server, else None."""
    parts = urlsplit(url)
    for store_path, update_path in UPDATE_PATHS:
        if parts.path.endswith(store_path):
            path = parts.path[: -len(store_path)] + update_path
            return parts._replace(path=path, query="").geturl()
    return None


def refresh_remote_facts(client: GraphStoreClient) -> int:
    """Recompute the endpoint's facts graph from all its graphs (kg.store.facts): the
    facts, then each kind of summary, one request each, so no one request holds the whole
    recomputation within one timeout (the summaries are derived: a later failure is
    reported, and the next load recomputes everything)."""
    from kg.store.facts import whole_updates
    status = 0
    for update in whole_updates():
        status = client.update(client.endpoint.update_url, update)
    return status


def _graph_label(graph: GraphName) -> str:
    return "default graph" if isinstance(graph, DefaultGraph) else f"<{graph.value}>"


def _http_detail(exc: urllib.error.HTTPError) -> str:
    try:
        body = exc.read(300).decode("utf-8", "replace")
    except Exception:  # the body is only a hint; the status says enough
        body = ""
    body = " ".join(body.split())
    return f"HTTP {exc.code} {exc.reason}" + (f" ({body[:200]})" if body else "")


def _network_reason(exc: BaseException) -> str:
    reason = getattr(exc, "reason", None) or exc
    if isinstance(reason, (socket.timeout, TimeoutError)):
        return "timed out"
    text = getattr(reason, "strerror", None) or str(reason)
    return " ".join(str(text).split()) or type(reason).__name__

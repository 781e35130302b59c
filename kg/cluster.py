"""``kg build --dask SCHEDULER``: extraction on the workers of an existing Dask cluster.

This process reads the documents (same reader, same checks and error messages as a local
build) and cuts them into partitions of ``partition_size`` documents.  Each partition is
sent to a Dask worker, which analyses it and writes one N-Quads shard,
``shard-000042.nq``, into the shard folder.  Back here the shards are taken in partition
order: copied into the output files (so the ``.nq`` output is byte-identical to a local
build) and bulk-loaded into the store.  The shard folder must be the same path on every
machine (a shared file system); shards are kept when the folder was given, for loading
into a large store (``docs/readme/scale.md``), and removed otherwise.

Dask is optional (``pip install 'shabaka[dask]'``) and imported only here.
"""
from __future__ import annotations

import os
from collections import deque
from pathlib import Path
from typing import Callable, Iterable

from kg.errors import KgError, UsageError
from kg.model import Document
from kg.parallel import chunked
from kg.results import DocResult, add_result, process

DEFAULT_PARTITION = 500
CONNECT_TIMEOUT = 30
SHARD_GLOB = "shard-*.nq"


def run_partition(index: int, documents: list[Document], shard_dir: str) -> dict:
    """On a Dask worker: analyse ``documents``, write their N-Quads shard, return counts."""

    path = Path(shard_dir) / f"shard-{index:06d}.nq"
    tmp = path.with_name(f".{path.name}.{os.getpid()}.tmp")
    docs = []
    with open(tmp, "wb") as fh:
        for document in documents:
            r = process(document)
            fh.write(r.nquads)
            docs.append((r.doc_id, len(r.nquads), r.count, r.entities, r.relations, r.attacks, r.chars))
    os.replace(tmp, path)   # a shard exists only when complete
    return {"index": index, "path": str(path), "docs": docs}


def _client(address: str):
    try:
        from distributed import Client
    except ImportError:
        raise UsageError("--dask needs Dask: pip install 'shabaka[dask]' "
                         "(or: pip install 'dask[distributed]')") from None
    try:
        client = Client(address, timeout=CONNECT_TIMEOUT, set_as_default=False)
    except (OSError, TimeoutError, ValueError) as exc:
        raise KgError(f"{address}: cannot reach the Dask scheduler ({exc})") from None
    try:
        client.wait_for_workers(1, timeout=CONNECT_TIMEOUT)
    except (TimeoutError, OSError):
        client.close()
        raise KgError(f"{address}: the Dask cluster has no worker") from None
    return client


def build_on_dask(address: str, documents: Iterable[Document], writers: list, report, *,
                  store=None, shard_dir=None, default_shard_dir: str,
                  partition_size: int | None = None,
                  on_document: Callable | None = None) -> list[Path]:
    """Run the analysis of ``documents`` on the cluster at ``address``; fill ``report``,
    ``writers`` and ``store`` as :func:`kg.build.build` does.  Returns the shard paths
    (already removed unless ``shard_dir`` was given)."""

    size = partition_size or DEFAULT_PARTITION
    if size < 1:
        raise UsageError(f"--partition-size must be at least 1, not {size}")
    keep = shard_dir is not None
    folder = Path(shard_dir or default_shard_dir).resolve()
    try:
        folder.mkdir(parents=True, exist_ok=True)
        for old in folder.glob(SHARD_GLOB):   # shards of an earlier run would mislead a loader
            old.unlink()
    except OSError as exc:
        raise KgError(f"{folder}: cannot use as shard folder ({exc.strerror or exc})") from None
    shards: list[Path] = []

    def merge(meta: dict) -> None:
        path = Path(meta["path"])
        shards.append(path)
        data = path.read_bytes() if writers else b""
        offset = 0
        for doc_id, nbytes, count, entities, relations, attacks, chars in meta["docs"]:
            result = DocResult(doc_id, data[offset:offset + nbytes], count, entities,
                               relations, attacks, chars)
            offset += nbytes
            add_result(report, result, writers)
            if on_document:
                on_document(result)
        if store is not None:
            _load_shard(store, path, meta)

    client = _client(address)
    pending: deque = deque()
    try:
        window = 2 * max(1, sum(client.nthreads().values()))
        parts = chunked(documents, max_items=size, max_size=1 << 62)
        for index, part in enumerate(parts):
            [data] = client.scatter([part], hash=False)
            pending.append(client.submit(run_partition, index, data, str(folder), pure=False))
            if len(pending) >= window:
                merge(pending.popleft().result())
        while pending:
            merge(pending.popleft().result())
    finally:
        for future in pending:   # only left over when something failed
            future.cancel()
        client.close()
        if not keep:
            for path in shards:
                path.unlink(missing_ok=True)
            try:
                folder.rmdir()   # only when empty
            except OSError:
                pass
    return shards


def _load_shard(store, path: Path, meta: dict) -> None:
    """Bulk-load a shard when the store can (``kg.store.DocumentStore.load_files``
    replaces each document's graph), else replace document by document."""
    if hasattr(store, "load_files"):
        store.load_files([path])
        return
    from pyoxigraph import RdfFormat, parse

    data = path.read_bytes()
    offset = 0
    for doc_id, nbytes, *_ in meta["docs"]:
        store.replace_document(doc_id, list(parse(data[offset:offset + nbytes], format=RdfFormat.N_QUADS)))
        offset += nbytes

"""kg serve under load: concurrent readers run the library queries while a writer replaces
documents; loopback only, stops by itself.

    python benchmarks/load_test.py STORE_OR_NQ [--clients 20] [--seconds 60]

The store (a folder, or an .nq/.trig file loaded into a throw-away store) is served with
``kg serve --writable`` on a free 127.0.0.1 port.  ``--clients`` threads each run the
queries of ``queries/`` in turn (default parameters, as ``make run``) for ``--seconds``;
one writer thread replaces one document again and again with two versions of different
sizes, each through one SPARQL update (the same text ``DocumentStore.replace_document``
runs: the graph and its entities' facts in one transaction).  Between queries every
reader counts that document's triples: any count other than the two versions' sizes is a
half-replaced document.  Prints requests, errors, half-seen documents and p50/p95 per
query, and exits 1 on any error or half-seen document.
"""
from __future__ import annotations

import argparse
import json
import shutil
import socket
import statistics
import subprocess
import sys
import tempfile
import threading
import time
import urllib.error
import urllib.parse
import urllib.request
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from kg.query import load_folder  # noqa: E402
from kg.store import open_store  # noqa: E402
from kg.store.embedded import replace_update  # noqa: E402
from kg.store.facts import entity_subjects  # noqa: E402


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def post(base: str, path: str, field: str, text: str, timeout: float = 120) -> bytes:
    data = urllib.parse.urlencode({field: text}).encode()
    req = urllib.request.Request(base + path, data=data,
                                 headers={"Accept": "application/sparql-results+json"})
    with urllib.request.urlopen(req, timeout=timeout) as resp:
        return resp.read()


def two_versions(store_dir: Path):
    """A document of the store and a shorter version of it (its first half of triples)."""
    with open_store(store_dir) as st:
        doc = st.documents()[0]
        from kg.rdf.iris import document_iri
        graph = document_iri(doc)
        full = sorted((q.triple for q in st.oxigraph.quads_for_pattern(None, None, None, graph)), key=str)
    half = full[: len(full) // 2]
    touched = entity_subjects(full)
    return graph, (replace_update(graph, full, touched), len(full)), (replace_update(graph, half, touched), len(half))


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("source", type=Path, help="a store folder, or a graph file to load into a temp store")
    ap.add_argument("--clients", type=int, default=20)
    ap.add_argument("--seconds", type=float, default=60)
    ap.add_argument("--queries", type=Path, default=ROOT / "queries")
    ap.add_argument("--json", type=Path, help="also write the figures here")
    args = ap.parse_args(argv)

    work = Path(tempfile.mkdtemp(prefix="kg-loadtest-"))
    try:
        store_dir = work / "store"
        if args.source.is_dir():
            shutil.copytree(args.source, store_dir)
        else:
            with open_store(store_dir) as st:
                st.load_files([args.source])
        graph, version_a, version_b = two_versions(store_dir)
        sizes = {version_a[1], version_b[1]}
        queries = [(q.name, q.text) for q in load_folder(args.queries)]
        count_doc = f"SELECT (COUNT(*) AS ?n) WHERE {{ GRAPH {graph} {{ ?s ?p ?o }} }}"

        port = free_port()
        base = f"http://127.0.0.1:{port}"
        server = subprocess.Popen([sys.executable, "-c", "from kg.cli import run; run()", "serve",
                                   "--store", str(store_dir), "--bind", f"127.0.0.1:{port}",
                                   "--writable", "--timeout", "60"],
                                  stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
        try:
            deadline = time.monotonic() + 60
            while True:
                try:
                    post(base, "/query", "query", "ASK {}", timeout=5)
                    break
                except (OSError, urllib.error.URLError):
                    if server.poll() is not None or time.monotonic() > deadline:
                        raise SystemExit(f"kg serve did not start: {server.stderr.read().decode()}")
                    time.sleep(0.2)
            figures = run_load(base, queries, count_doc, sizes, version_a, version_b, args)
        finally:
            server.terminate()
            server.wait(timeout=30)
            server.stderr.close()
    finally:
        shutil.rmtree(work, ignore_errors=True)

    print(f"load test: {args.clients} clients, {args.seconds:g} s, {figures['requests']} queries, "
          f"{figures['writes']} document replacements, {figures['errors']} errors, "
          f"{figures['half_seen']} half-replaced documents seen")
    for name, entry in sorted(figures["queries"].items()):
        print(f"  {name}: p50 {entry['p50_ms']:.0f} ms, p95 {entry['p95_ms']:.0f} ms ({entry['runs']} runs)")
    for message in figures["error_samples"]:
        print(f"  error: {message}")
    if args.json:
        args.json.write_text(json.dumps(figures, indent=2), encoding="utf-8")
    return 0 if figures["errors"] == 0 and figures["half_seen"] == 0 else 1


def run_load(base, queries, count_doc, sizes, version_a, version_b, args) -> dict:
    stop = time.monotonic() + args.seconds
    lock = threading.Lock()
    times: dict[str, list[float]] = {}
    errors: list[str] = []
    counts = {"requests": 0, "writes": 0, "half_seen": 0}

    def reader(k: int):
        i = k
        while time.monotonic() < stop:
            name, text = queries[i % len(queries)]
            i += 1
            try:
                t = time.perf_counter()
                post(base, "/query", "query", text)
                elapsed = time.perf_counter() - t
                n = int(json.loads(post(base, "/query", "query", count_doc))
                        ["results"]["bindings"][0]["n"]["value"])
            except Exception as exc:  # noqa: BLE001 - every failure is counted and shown
                with lock:
                    errors.append(f"{name}: {' '.join(str(exc).split())[:200]}")
                continue
            with lock:
                times.setdefault(name, []).append(elapsed)
                counts["requests"] += 1
                counts["half_seen"] += n not in sizes

    def writer():
        versions = [version_b, version_a]
        j = 0
        while time.monotonic() < stop:
            try:
                post(base, "/update", "update", versions[j % 2][0])
                j += 1
                with lock:
                    counts["writes"] += 1
            except Exception as exc:  # noqa: BLE001
                with lock:
                    errors.append(f"writer: {' '.join(str(exc).split())[:200]}")
            time.sleep(0.05)
        if j % 2:  # leave the full version in place
            post(base, "/update", "update", version_a[0])

    threads = [threading.Thread(target=reader, args=(k,)) for k in range(args.clients)]
    threads.append(threading.Thread(target=writer))
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    per_query = {}
    for name, values in times.items():
        values.sort()
        per_query[name] = {"runs": len(values), "p50_ms": 1000 * statistics.median(values),
                           "p95_ms": 1000 * values[min(len(values) - 1, round(0.95 * (len(values) - 1)))]}
    return {"clients": args.clients, "seconds": args.seconds, **counts, "errors": len(errors),
            "error_samples": errors[:5], "queries": per_query}


if __name__ == "__main__":
    sys.exit(main())

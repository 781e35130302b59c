"""One measured step, run as its own process so its peak memory is its own.

    python benchmarks/measure.py ours  OUT.nq INPUT... [--workers N]
    python benchmarks/measure.py peer  OUT.nt INPUT...
    python benchmarks/measure.py load  STORE_DIR FILE.nq
    python benchmarks/measure.py query STORE_DIR QUERY.rq [--reps R] [--budget SECONDS]

Prints one JSON object on stdout: what was done, how long it took, and this process's
peak RSS (``ru_maxrss``) and that of its largest child (the build's worker processes).
"""
from __future__ import annotations

import json
import resource
import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))


def _rss() -> dict:
    kb = 1024  # Linux reports ru_maxrss in KiB
    return {"maxrss_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss * kb / 1e6,
            "children_maxrss_mb": resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss * kb / 1e6}


def _cpu_seconds() -> float:
    own, children = resource.getrusage(resource.RUSAGE_SELF), resource.getrusage(resource.RUSAGE_CHILDREN)
    return own.ru_utime + own.ru_stime + children.ru_utime + children.ru_stime


def ours(output: str, inputs: list[str], workers: int) -> dict:
    from kg.build import build, resolve_workers
    from kg.pipeline import warm_pipeline
    t = time.perf_counter()
    # Loading the lexicon and every language's rules is start-up, reported apart
    # (``setup_seconds``): it is paid once per process, not per document.
    warm_pipeline()
    setup = time.perf_counter() - t
    cpu = _cpu_seconds()
    report = build(inputs, [output], workers=workers)
    # CPU seconds of this process and its (reaped) workers: on a machine shared with other
    # jobs the steadier figure, since waiting for a core costs wall time but no CPU time.
    cpu = _cpu_seconds() - cpu
    return {"documents": report.documents, "chars": report.chars, "triples": report.quads,
            "relations": report.relations, "attacks": report.attacks,
            "entities": len(report.entities), "seconds": report.seconds, "setup_seconds": setup,
            "cpu_seconds": cpu,
            "workers": resolve_workers(workers), "output_bytes": Path(output).stat().st_size}


def peer(output: str, inputs: list[str]) -> dict:
    import peer as peer_module
    result = peer_module.run(inputs, output)
    result["output_bytes"] = Path(output).stat().st_size
    return result


def _percentile(values: list[float], q: float) -> float:
    values = sorted(values)
    return values[min(len(values) - 1, max(0, round(q * (len(values) - 1))))]


def load(store_dir: str, nq: str) -> dict:
    """Oxigraph's bulk loader straight from the build's N-Quads, then the facts graph the
    library queries read (timed apart: it is the store's own work, not the loader's)."""
    from pyoxigraph import RdfFormat, Store
    store = Store(store_dir)
    t = time.perf_counter()
    cpu = time.process_time()
    store.bulk_load(path=nq, format=RdfFormat.N_QUADS)
    store.flush()
    seconds = time.perf_counter() - t
    load_cpu = time.process_time() - cpu
    quads = len(store)
    facts_seconds = None
    try:
        from kg.store.facts import add_facts
    except ImportError:  # an older checkout: no facts graph
        pass
    else:
        t = time.perf_counter()
        add_facts(store)
        store.flush()
        facts_seconds = time.perf_counter() - t
    return {"load_seconds": seconds, "load_cpu_seconds": load_cpu, "quads": quads,
            "facts_seconds": facts_seconds}


def query(store_dir: str, path: str, reps: int, budget: float) -> dict:
    """Latency of one library query over the store opened read-only: a first run to warm
    the caches (not counted unless it alone exceeds ``budget``), then up to ``reps`` runs
    while the time spent stays under ``budget`` seconds.  CPU time (``time.process_time``,
    Oxigraph's threads included) is reported beside wall time: on a shared machine waiting
    for a core costs wall time but no CPU time."""
    from pyoxigraph import Store
    store = Store.read_only(store_dir)
    out = {}
    for label, limit in (("", None), ("page_", PAGE)):
        run = _query_runner(store, limit)
        times, cpus, rows = [], [], 0
        spent = time.perf_counter()
        for i in range(reps + 1):
            try:
                t, cpu = time.perf_counter(), time.process_time()
                rows = run(Path(path))
                elapsed, cpu = time.perf_counter() - t, time.process_time() - cpu
            except Exception as exc:  # noqa: BLE001 - a broken query is reported, not fatal
                return {"error": f"{type(exc).__name__}: {' '.join(str(exc).split())[:200]}"}
            if i or elapsed > budget:
                times.append(elapsed)
                cpus.append(cpu)
            if time.perf_counter() - spent > budget and times:
                break
        out.update({f"{label}rows": rows, f"{label}runs": len(times),
                    f"{label}p50_ms": 1000 * statistics.median(times),
                    f"{label}p95_ms": 1000 * _percentile(times, 0.95),
                    f"{label}cpu_p50_ms": 1000 * statistics.median(cpus)})
    return out


PAGE = 100  # the first page, as kg query shows it


def _query_runner(store, limit=None):
    """Runs a library query file as ``kg query`` does (defaults bound), or raw SPARQL."""
    try:
        from kg.query import OxigraphEngine, load_query, run_query
    except ImportError:
        from kg.vocab import PREFIXES

        def raw(path: Path) -> int:
            res = store.query(path.read_text(encoding="utf-8"), prefixes=PREFIXES,
                              use_default_graph_as_union=True)
            return sum(1 for _ in res) if not isinstance(res, bool) else 1
        return raw
    engine = OxigraphEngine(store)

    def library(path: Path) -> int:
        result = run_query(load_query(path), engine, {}, **({"limit": limit} if limit else {}))
        return len(result.rows) if result.rows is not None else 1
    return library


def main(argv: list[str]) -> int:
    mode, target, *rest = argv
    opts = {"--workers": "1", "--reps": "20", "--budget": "20"}
    args = []
    it = iter(rest)
    for item in it:
        if item in opts:
            opts[item] = next(it)
        else:
            args.append(item)
    if mode == "ours":
        result = ours(target, args, int(opts["--workers"]))
    elif mode == "peer":
        result = peer(target, args)
    elif mode == "load":
        result = load(target, args[0])
    elif mode == "query":
        result = query(target, args[0], int(opts["--reps"]), float(opts["--budget"]))
    else:
        raise SystemExit(f"unknown mode {mode!r}")
    result.update(_rss())
    print(json.dumps(result))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))

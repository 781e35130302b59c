"""Where a bulk load's time goes: check pass, Oxigraph's bulk loader, the facts graph.

    python benchmarks/store_load.py OUT.nq --work /tmp/loadbench [--update-docs 100]

Loads one N-Quads file (a `kg build` output) into a new on-disk store in ``--work`` and
prints, for each step, wall and CPU seconds and quads per CPU-second:

* the check pass `kg load` makes (Python parse, graph names), alone and counting the
  facts graph's support delta on the way;
* the same delta counted from the raw bytes, as `kg build --store` does (entity lines only);
* Oxigraph's bulk loader from the file (RocksDB), lenient (the file was checked), and
  with ``--strict`` validating again as before (into a second store);
* the facts graph from the delta (what `kg load` now does) and recomputed whole (before);
* then ``--update-docs`` documents of the file loaded again (a small load into the big
  store): the facts update by delta against the whole recomputation.

The store is removed at the end unless ``--keep``.  Timings on a shared machine are noisy:
CPU seconds are the steadier figure.
"""
from __future__ import annotations

import argparse
import json
import shutil
import sys
import time
from pathlib import Path

from pyoxigraph import DefaultGraph, RdfFormat

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from kg.store import open_store  # noqa: E402
from kg.store.facts import add_facts  # noqa: E402
from kg.store.files import file_graphs  # noqa: E402
from kg.store.support import SupportDelta, apply_delta  # noqa: E402
from kg.vocab import FACTS_GRAPH  # noqa: E402


class Step:
    def __init__(self, name: str, quads: int | None = None):
        self.name, self.quads = name, quads

    def __enter__(self):
        self.wall, self.cpu = time.perf_counter(), time.process_time()
        return self

    def __exit__(self, *exc):
        wall, cpu = time.perf_counter() - self.wall, time.process_time() - self.cpu
        row = {"step": self.name, "wall_s": round(wall, 2), "cpu_s": round(cpu, 2)}
        if self.quads:
            row["quads_per_cpu_s"] = round(self.quads / cpu) if cpu else None
            row["quads_per_wall_s"] = round(self.quads / wall) if wall else None
        print(json.dumps(row), flush=True)


def first_documents(path: Path, n: int, out: Path) -> int:
    """The lines of the first ``n`` graphs of an N-Quads file -> ``out``; their count."""
    graphs, lines = set(), 0
    with open(path, "rb") as src, open(out, "wb") as dst:
        for line in src:
            graph = line.rsplit(b" ", 2)[-2] if line.strip() else b""
            if graph not in graphs:
                if len(graphs) == n:
                    break
                graphs.add(graph)
            dst.write(line)
            lines += 1
    return lines


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("nquads", type=Path)
    ap.add_argument("--work", type=Path, required=True)
    ap.add_argument("--update-docs", type=int, default=100)
    ap.add_argument("--keep", action="store_true")
    ap.add_argument("--strict", action="store_true",
                    help="also time the validating bulk loader (into a second store)")
    args = ap.parse_args(argv)
    store_dir = args.work / "store"
    if store_dir.exists():
        shutil.rmtree(store_dir)
    args.work.mkdir(parents=True, exist_ok=True)

    with Step("check pass (Python parse, graph names)"):
        quads = sum(file_graphs(args.nquads, DefaultGraph()).values())
    print(json.dumps({"file": str(args.nquads), "quads": quads, "mb": round(args.nquads.stat().st_size / 1e6, 1)}))
    delta = SupportDelta()
    with Step("check pass + support delta (kg load)", quads):
        file_graphs(args.nquads, DefaultGraph(), delta.add)
        delta.finish()
    raw = SupportDelta()
    with Step("support delta from the bytes, entity lines only (kg build --store)", quads):
        with open(args.nquads, "rb") as fh:
            while chunk := fh.read(8 << 20):
                chunk += fh.readline()
                raw.add_nquads(chunk)
        raw.finish()
    assert raw.change == delta.change, "both ways count the same support"

    st = open_store(store_dir)
    store = st.oxigraph
    if args.strict:
        strict_dir = args.work / "strict"
        strict = open_store(strict_dir)
        with Step("Oxigraph bulk loader from the file (RocksDB), validating (before)", quads):
            strict.oxigraph.bulk_load(path=str(args.nquads), format=RdfFormat.N_QUADS)
            strict.oxigraph.flush()
        strict.close()
        shutil.rmtree(strict_dir)
    with Step("Oxigraph bulk loader from the file (RocksDB), lenient (checked already)", quads):
        store.bulk_load(path=str(args.nquads), format=RdfFormat.N_QUADS, lenient=True)
        store.flush()
    with Step("facts graph from the delta (new)", quads):
        written = apply_delta(store, delta)
        store.flush()
    by_delta = set(store.quads_for_pattern(None, None, None, FACTS_GRAPH))
    print(json.dumps({"facts_written": written, "facts_graph_quads": len(by_delta)}))
    store.remove_graph(FACTS_GRAPH)
    with Step("facts graph recomputed whole (before)", quads):
        add_facts(store)
        store.flush()
    whole = set(store.quads_for_pattern(None, None, None, FACTS_GRAPH))
    assert whole == by_delta, "the delta gives the graph a recomputation gives"

    if args.update_docs:
        part = args.work / "part.nq"
        n = first_documents(args.nquads, args.update_docs, part)
        with Step(f"kg load of {args.update_docs} documents again ({n} quads), facts by delta", n):
            st.load_files([part])
        with Step("the same documents' facts recomputed whole (before)", n):
            add_facts(store)
            store.flush()
    st.close()
    if not args.keep:
        shutil.rmtree(store_dir)
    return 0


if __name__ == "__main__":
    sys.exit(main())

"""Shabaka's throughput benchmark (``make bench``): build, store, query, and a peer baseline.

For each corpus size (default 1,000, 10,000 and 100,000 generated documents, plus the
seed article) it measures, each step in its own process:

* ``kg build`` raw text -> N-Quads with evidence, on 1 worker (the per-core figure) and on
  all cores: documents/s, MB of text/s, triples/s, peak RSS, cost per document;
* bulk-loading the N-Quads into an embedded Oxigraph store, then the p50/p95 latency of
  every query of ``queries/`` over it;
* the peer baseline on the same corpus (``peer.py``: spaCy blank + EntityRuler with the
  same lexicon, rdflib N-Triples) and our speed as a ratio to it;
* quality of both on the gold annotations, with the reference scorer;
* a web archive of generated article pages (``warc.py``): MB of archive per second to
  N-Quads on one worker and on all, and the share of page-to-text per document.

The corpus is GENERATED (``generate.py``): wire-style documents from the lexicon and our
own templates, every one distinct; the 1k corpus is the prefix of the 10k one.  Prints
one table and writes ``benchmarks/results/<time>-<cores>c.json`` with the machine.

    python benchmarks/run.py                       # 1k, 10k, 100k (the full run)
    python benchmarks/run.py --sizes 1000 --quick  # a quick check, about a minute
    python benchmarks/run.py --sizes 1000 --baseline main   # before/after in one run

``--baseline REF`` also builds every corpus with the code of commit REF (exported with
``git archive`` into the work folder, run by the same measuring script): a row "before"
under each "after" row, measured in the same run on the same machine state. Build rows
give CPU seconds (the process and its workers) beside wall time: on a shared machine
waiting for a core costs wall time, not CPU time.
"""
from __future__ import annotations

import argparse
import datetime as dt
import hashlib
import json
import math
import os
import shutil
import subprocess
import sys
import tempfile
import time
from functools import reduce
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
sys.path.insert(0, str(HERE))

import generate  # noqa: E402
import machine  # noqa: E402
import quality  # noqa: E402
import real_text  # noqa: E402
import warc  # noqa: E402
from report import print_table  # noqa: E402


def parse_args(argv):
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0],
                                 formatter_class=argparse.RawDescriptionHelpFormatter, epilog=__doc__)
    ap.add_argument("--sizes", default="1000,10000,100000",
                    help="comma-separated numbers of generated documents (default: 1000,10000,100000)")
    ap.add_argument("--quick", action="store_true",
                    help="fewer query repetitions and only the 1-worker build")
    ap.add_argument("--workers", default=None,
                    help="comma-separated worker counts for our build, 0 = all cores (default: 1,0)")
    ap.add_argument("--seed", type=int, default=7, help="generator seed")
    ap.add_argument("--ar-share", type=float, default=0.75, help="share of Arabic documents")
    ap.add_argument("--workdir", type=Path, default=HERE / "work",
                    help="corpus, outputs and stores (large: ~10 KB text + ~45 KB N-Quads a document)")
    ap.add_argument("--queries", type=Path, default=ROOT / "queries")
    ap.add_argument("--reps", type=int, default=None, help="runs per query (default 20, quick 5)")
    ap.add_argument("--query-budget", type=float, default=None,
                    help="seconds of repeated runs per query (default 20, quick 5)")
    ap.add_argument("--query-timeout", type=float, default=None,
                    help="give up on a query after this many seconds (default 300, quick 60)")
    ap.add_argument("--no-peer", action="store_true", help="skip the peer baseline")
    ap.add_argument("--warc-pages", type=int, default=None,
                    help="pages in the WARC row's archive (default 1000, quick 200; 0 skips it)")
    ap.add_argument("--keep", action="store_true", help="keep outputs and stores in --workdir")
    ap.add_argument("--results", type=Path, default=HERE / "results", help="folder for the JSON")
    ap.add_argument("--baseline", metavar="REF", default=None,
                    help="also build with the code of git commit REF (before/after in one run)")
    args = ap.parse_args(argv)
    try:
        args.sizes = sorted({int(s) for s in args.sizes.split(",") if s.strip()})
        workers = args.workers or ("1" if args.quick else "1,0")
        args.workers = [int(w) for w in workers.split(",") if w.strip()]
    except ValueError:
        ap.error("--sizes and --workers take comma-separated integers")
    if not args.sizes or min(args.sizes) < 1 or min(args.workers) < 0:
        ap.error("sizes must be positive, workers >= 0")
    if args.warc_pages is None:
        args.warc_pages = 200 if args.quick else 1000
    args.reps = args.reps or (5 if args.quick else 20)
    args.query_budget = args.query_budget or (5.0 if args.quick else 20.0)
    args.query_timeout = args.query_timeout or (60.0 if args.quick else 300.0)
    return args


def ensure_corpus(args) -> tuple[Path, dict]:
    """The corpus of max(sizes) documents in shards dividing every size; reused if there."""
    per_file = min(1000, reduce(math.gcd, args.sizes))
    folder = args.workdir / f"corpus-seed{args.seed}-ar{args.ar_share:g}-per{per_file}"
    manifest = folder / "corpus.json"
    need = max(args.sizes)
    fingerprint = generator_fingerprint()
    if manifest.is_file():
        meta = json.loads(manifest.read_text())
        if meta["documents"] >= need and meta.get("fingerprint") == fingerprint:
            print(f"corpus: reusing {meta['documents']} generated documents in {folder}")
            return folder, meta
    shutil.rmtree(folder, ignore_errors=True)
    t = time.perf_counter()
    info = generate.write_corpus(need, folder, seed=args.seed, per_file=per_file, ar_share=args.ar_share)
    print(f"corpus: {info.summary()} in {time.perf_counter() - t:.0f} s")
    meta = {"documents": info.documents, "bytes": info.bytes, "per_file": per_file, "seed": args.seed,
            "ar_share": args.ar_share, "by_language": info.by_language,
            "files": [p.name for p in info.files], "file_bytes": info.file_bytes,
            "fingerprint": fingerprint}
    manifest.write_text(json.dumps(meta, indent=1))
    return folder, meta


def generator_fingerprint() -> str:
    """Changes when the generator, its templates or the lexicon change (then regenerate)."""
    from kg.lexicon import DATA
    h = hashlib.sha1()
    for path in [*sorted(HERE.glob("generate.py")), *sorted(HERE.glob("templates_*.py")),
                 *sorted(Path(DATA).glob("*.yaml"))]:
        h.update(path.name.encode() + b"\0" + path.read_bytes())
    return h.hexdigest()[:16]


def corpus_inputs(folder: Path, meta: dict, size: int) -> tuple[list[str], int, int]:
    """Input paths for ``size`` generated documents plus the seed; (paths, docs, text bytes)."""
    shards = size // meta["per_file"]
    files = [str(folder / name) for name in meta["files"][:shards]]
    seeds = sorted((ROOT / "seeds").glob("*.txt"))
    text_bytes = sum(meta["file_bytes"][:shards]) + sum(quality.text_bytes(p) for p in seeds)
    return [str(p) for p in seeds] + files, shards * meta["per_file"] + len(seeds), text_bytes


class StepFailed(RuntimeError):
    pass


def baseline_tree(ref: str, workdir: Path) -> tuple[Path, str]:
    """The files of commit ``ref`` (``git archive``) under ``workdir``, reused when there;
    (folder, full commit id). The working tree and the repository are not touched."""
    try:
        sha = subprocess.run(["git", "rev-parse", "--verify", f"{ref}^{{commit}}"], cwd=ROOT,
                             capture_output=True, text=True, check=True).stdout.strip()
    except (OSError, subprocess.CalledProcessError) as exc:
        raise StepFailed(f"bench: --baseline {ref}: not a commit of this repository ({exc})") from None
    tree = workdir / f"baseline-{sha[:12]}"
    if not (tree / "kg" / "__init__.py").is_file():
        partial = workdir / f"baseline-{sha[:12]}.partial"
        shutil.rmtree(partial, ignore_errors=True)
        partial.mkdir(parents=True)
        archive = subprocess.Popen(["git", "archive", "--format=tar", sha], cwd=ROOT, stdout=subprocess.PIPE)
        subprocess.run(["tar", "-x", "-C", str(partial)], stdin=archive.stdout, check=True)
        archive.stdout.close()
        if archive.wait():
            raise StepFailed(f"bench: git archive {sha} failed")
        shutil.rmtree(tree, ignore_errors=True)
        partial.rename(tree)
    return tree, sha


def run_step(args: list[str], timeout: float | None = None, code: Path | None = None) -> dict:
    """Run ``measure.py ARGS`` in a child process; its JSON plus wall time and peak RSS.
    With ``code`` (a checkout), the step imports ``kg`` from there (the baseline)."""
    cmd = [sys.executable, str(HERE / "measure.py"), *args]
    env = None
    if code is not None:
        # Ahead of the installed (editable) package: the baseline's kg, lexicon and rules.
        env = dict(os.environ, PYTHONPATH=os.pathsep.join(
            [str(code), *filter(None, [os.environ.get("PYTHONPATH")])]))
    started = time.perf_counter()
    # Files, not pipes: a child filling a pipe nobody reads yet would block for ever.
    with tempfile.TemporaryFile() as out, tempfile.TemporaryFile() as err:
        proc = subprocess.Popen(cmd, stdout=out, stderr=err, cwd=code or ROOT, env=env)
        tree_peak = machine.sample_tree_rss(proc, timeout=timeout)
        try:
            proc.wait(timeout=None if timeout is None else max(0.1, timeout - (time.perf_counter() - started)))
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait()
            raise
        out.seek(0)
        err.seek(0)
        stdout, stderr = out.read().decode(), err.read().decode(errors="replace")
    if proc.returncode:
        raise StepFailed(f"bench: step {' '.join(args[:2])} failed:\n{stderr[-2000:]}")
    result = json.loads(stdout.strip().splitlines()[-1])
    result["wall_seconds"] = time.perf_counter() - started
    result["peak_rss_mb"] = max(result["maxrss_mb"], result["children_maxrss_mb"])
    if tree_peak:
        result["peak_tree_rss_mb"] = tree_peak
    return result


def query_latencies(args, store: Path) -> dict:
    """p50/p95 of every library query, each in its own process with a time limit."""
    files = sorted(args.queries.glob("*.rq")) if args.queries.is_dir() else []
    if not files:
        return {"queries": {}, "queries_note": f"no .rq files in {args.queries}: query latency skipped"}
    out = {}
    for path in files:
        try:
            out[path.stem] = run_step(["query", str(store), str(path), "--reps", str(args.reps),
                                       "--budget", str(args.query_budget)], timeout=args.query_timeout)
        except subprocess.TimeoutExpired:
            out[path.stem] = {"error": f"timeout: no answer within {args.query_timeout:.0f} s"}
        except StepFailed as exc:
            out[path.stem] = {"error": str(exc).splitlines()[-1][:300]}
        entry = out[path.stem]
        shown = (f"p50 {entry['p50_ms']:.1f} ms, p95 {entry['p95_ms']:.1f} ms, {entry['rows']} rows"
                 + (f"; first page p50 {entry['page_p50_ms']:.1f} ms" if "page_p50_ms" in entry else "")
                 + (f" ({entry['page_cpu_p50_ms']:.1f} ms CPU)" if "page_cpu_p50_ms" in entry else "")
                 if "p50_ms" in entry else entry.get("error"))
        print(f"    query {path.stem}: {shown}", flush=True)
    return {"queries": out}


def bench_size(args, folder, meta, size, work) -> dict:
    inputs, docs, text_bytes = corpus_inputs(folder, meta, size)
    row = {"size": size, "documents": docs, "text_mb": text_bytes / 1e6, "builds": []}
    nq = work / f"ours-{size}.nq"
    for w in args.workers:
        # The baseline right before the same build of this code: the two share the
        # machine's state as closely as one run allows.
        for label, code in ([("before", args.baseline_tree)] if args.baseline else []) + [("", None)]:
            r = run_step(["ours", str(nq), *inputs, "--workers", str(w)], code=code)
            r.update(_rates(r, text_bytes))
            if label:
                r["baseline"] = args.baseline_sha
                row.setdefault("baseline_builds", []).append(r)
            else:
                row["builds"].append(r)
            print(f"  shabaka{' ' + label if label else ''} {size} docs, {r['workers']} worker(s): "
                  f"{r['docs_per_s']:.0f} docs/s, {r['mb_per_s']:.2f} MB/s, "
                  f"{r['mb_per_cpu_s']:.2f} MB per CPU-s, peak RSS {r['peak_rss_mb']:.0f} MB", flush=True)
    store = work / f"store-{size}"
    shutil.rmtree(store, ignore_errors=True)
    row["store"] = run_step(["load", str(store), str(nq)])
    row["store"]["triples_per_s"] = row["store"]["quads"] / row["store"]["load_seconds"]
    facts = row["store"].get("facts_seconds")
    print(f"  store: {row['store']['quads']} quads bulk-loaded in {row['store']['load_seconds']:.1f} s "
          f"({row['store']['triples_per_s']:,.0f} quads/s)"
          + (f"; facts graph in {facts:.1f} s" if facts is not None else ""), flush=True)
    row["store"].update(query_latencies(args, store))
    if not args.no_peer:
        nt = work / f"peer-{size}.nt"
        r = run_step(["peer", str(nt), *inputs])
        r.update(_rates(r, text_bytes))
        row["peer"] = r
        print(f"  peer: {r['docs_per_s']:.0f} docs/s, {r['mb_per_s']:.2f} MB/s", flush=True)
        if not args.keep:
            nt.unlink(missing_ok=True)
    if not args.keep:
        nq.unlink(missing_ok=True)
        shutil.rmtree(store, ignore_errors=True)
    return row


def _rates(r: dict, text_bytes: int) -> dict:
    s = r["seconds"]
    workers = r.get("workers", 1)
    cpu = r.get("cpu_seconds")
    return {"docs_per_s": r["documents"] / s, "mb_per_s": text_bytes / 1e6 / s,
            "mb_per_s_per_core": text_bytes / 1e6 / s / workers,
            "mb_per_cpu_s": text_bytes / 1e6 / cpu if cpu else None,
            "triples_per_s": r["triples"] / s, "ms_per_doc": 1000 * s / r["documents"]}


def main(argv=None) -> int:
    args = parse_args(argv)
    args.workdir.mkdir(parents=True, exist_ok=True)
    if args.baseline:
        args.baseline_tree, args.baseline_sha = baseline_tree(args.baseline, args.workdir)
        print(f"baseline: {args.baseline} = {args.baseline_sha[:12]} in {args.baseline_tree}")
    else:
        args.baseline_tree = args.baseline_sha = None
    started = dt.datetime.now()
    info = machine.describe()
    print(f"machine: {info['cpu_model']}, {info['cores']} cores, {info['ram_gb']:.0f} GB RAM; "
          f"sizes {args.sizes}, workers {args.workers}{' (quick)' if args.quick else ''}")
    folder, meta = ensure_corpus(args)
    work = args.workdir / "run"
    work.mkdir(exist_ok=True)
    rows = []
    for size in args.sizes:
        print(f"size {size} (+ seed):", flush=True)
        rows.append(bench_size(args, folder, meta, size, work))
    warc_row = None
    if args.warc_pages:
        print(f"WARC archive of {args.warc_pages} pages:", flush=True)
        # One worker and all of them, even in a quick run: the row is about both.
        warc_row = warc.bench(work / "warc", args.warc_pages, [1, 0], run_step,
                              seed=args.seed, ar_share=args.ar_share)
        for line in warc.lines(warc_row):
            print(f"  {line}", flush=True)
    print("real text (GSR sentences, real-news dev cache):", flush=True)
    real_row = real_text.bench(work / "real", [1, 2], run_step, peer=not args.no_peer,
                               baseline=args.baseline_tree)
    for line in real_text.lines(real_row):
        print(f"  {line}", flush=True)
    qual = quality.compare(ROOT, args.workdir / "quality", peer=not args.no_peer)
    result = {"started": started.isoformat(timespec="seconds"), "machine": info,
              "corpus": {"generated": True, "seed": args.seed, "ar_share": args.ar_share,
                         "note": "synthetic wire-style documents from the lexicon and the benchmark's "
                                 "own templates, plus the seed article; every document distinct",
                         "by_language": meta["by_language"]},
              "quick": args.quick, "baseline": args.baseline_sha, "sizes": rows, "quality": qual, "warc": warc_row, "real_text": real_row,
              "cost_per_document_ms": [(r["size"], r["builds"][0]["ms_per_doc"]) for r in rows]}
    print_table(result)
    args.results.mkdir(parents=True, exist_ok=True)
    name = f"{started:%Y%m%d-%H%M%S}-{info['cores']}c{'-quick' if args.quick else ''}.json"
    (args.results / name).write_text(json.dumps(result, indent=1, ensure_ascii=False))
    print(f"wrote {args.results / name}")
    return 0


if __name__ == "__main__":
    try:
        sys.exit(main())
    except StepFailed as exc:
        print(exc, file=sys.stderr)
        sys.exit(1)

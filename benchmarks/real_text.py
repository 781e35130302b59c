"""The real-text row of ``make bench``: `kg build` over real news sentences and articles.

Two corpora that nobody generated, each skipped with a message when absent:

* ``gsr``: the outside Arabic sentences of ``../shared/data/arabic_event_gsr/`` (both
  ``.jsonl`` files, about 0.9 MB; short sentences, so per-document overhead shows);
* ``real-dev``: the real-news dev articles cached in ``.cache/real/dev/`` (``make
  real-corpus`` says how to fill it).

Neither is copied anywhere: the build reads them in place and its output goes to the
benchmark's work folder.  Prints MB of text per second per core on one worker and the
speed-up of two workers over one (the same build twice).

    python benchmarks/real_text.py                       # both corpora, 1 and 2 workers
    python benchmarks/real_text.py --workers 1 --peer    # with the peer baseline
"""
from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
# Beside the repository (a checkout next to ``shared/``) or at the machine's shared folder.
GSR = next((p for p in (ROOT.parent / "shared" / "data" / "arabic_event_gsr",
                        Path("/work/shared/data/arabic_event_gsr")) if p.is_dir()),
           ROOT.parent / "shared" / "data" / "arabic_event_gsr")
REAL_DEV = ROOT / ".cache" / "real" / "dev"


def corpora(gsr: Path = GSR, real_dev: Path = REAL_DEV) -> tuple[dict[str, list[str]], list[str]]:
    """Name -> input paths of each corpus present, and a message for each one absent."""
    found, missing = {}, []
    gsr_files = sorted(str(p) for p in gsr.glob("*.jsonl")) if gsr.is_dir() else []
    if gsr_files:
        found["gsr"] = gsr_files
    else:
        missing.append(f"real text: no outside sentences in {gsr} (*.jsonl): GSR row skipped")
    dev_files = sorted(str(p) for p in real_dev.glob("*.md")) if real_dev.is_dir() else []
    if dev_files:
        found["real-dev"] = dev_files
    else:
        missing.append(f"real text: no cached real-news dev articles in {real_dev} "
                       "(run `make real-corpus` to see how to fill it): real-dev row skipped")
    return found, missing


def text_bytes(inputs: list[str]) -> tuple[int, int]:
    """(documents, UTF-8 bytes of their text) as `kg build` reads them."""
    from kg.io import iter_documents
    docs = size = 0
    for document in iter_documents(inputs, on_error=lambda e: None):
        docs += 1
        size += len(document.text.encode())
    return docs, size


def bench(work: Path, workers: list[int], run_step, peer: bool = False,
          gsr: Path = GSR, real_dev: Path = REAL_DEV, baseline: Path | None = None) -> dict:
    """Build each corpus on each number of ``workers`` (and, with ``baseline``, a
    checkout of older code, with the same workers, right before each)."""
    work.mkdir(parents=True, exist_ok=True)
    found, missing = corpora(gsr, real_dev)
    rows = []
    for name, inputs in found.items():
        docs, size = text_bytes(inputs)
        row = {"corpus": name, "documents": docs, "text_mb": size / 1e6, "builds": []}
        nq = work / f"real-{name}.nq"
        for w in workers:
            for key, code in ([("baseline_builds", baseline)] if baseline else []) + [("builds", None)]:
                r = run_step(["ours", str(nq), *inputs, "--workers", str(w)], code=code)
                r["mb_per_s"] = size / 1e6 / r["seconds"]
                r["mb_per_s_per_core"] = r["mb_per_s"] / r["workers"]
                r["mb_per_cpu_s"] = size / 1e6 / r["cpu_seconds"] if r.get("cpu_seconds") else None
                row.setdefault(key, []).append(r)
        if peer:
            nt = work / f"real-{name}-peer.nt"
            r = run_step(["peer", str(nt), *inputs])
            r["mb_per_s"] = size / 1e6 / r["seconds"]
            row["peer"] = r
            nt.unlink(missing_ok=True)
        nq.unlink(missing_ok=True)
        rows.append(row)
    return {"rows": rows, "skipped": missing}


def lines(info: dict) -> list[str]:
    out = list(info["skipped"])
    for row in info["rows"]:
        builds = row["builds"]
        parts = [f"{b['workers']} worker(s) {b['mb_per_s']:.2f} MB/s "
                 f"({b['mb_per_s_per_core']:.2f} MB/s per core, peak RSS "
                 f"{b.get('peak_tree_rss_mb', b['peak_rss_mb']):.0f} MB)" for b in builds]
        one = next((b for b in builds if b["workers"] == 1), None)
        more = [b for b in builds if b["workers"] > 1]
        if one and more:
            parts.append(f"{more[-1]['workers']} workers = {more[-1]['mb_per_s'] / one['mb_per_s']:.2f}x one")
        if "peer" in row and one:
            parts.append(f"peer {row['peer']['mb_per_s']:.2f} MB/s (ours {one['mb_per_s'] / row['peer']['mb_per_s']:.1f}x)")
        if one:
            parts.append(f"start-up {one.get('setup_seconds', 0):.1f} s apart")
            if one.get("mb_per_cpu_s"):
                parts.append(f"{one['mb_per_cpu_s']:.2f} MB per CPU-s on one worker")
        before = next((b for b in row.get("baseline_builds", []) if b["workers"] == 1), None)
        if before and one and before.get("mb_per_cpu_s"):
            parts.append(f"baseline {before['mb_per_cpu_s']:.2f} MB per CPU-s, {before['mb_per_s']:.2f} MB/s "
                         f"(CPU s {before['cpu_seconds']:.2f} -> {one['cpu_seconds']:.2f})")
        out.append(f"real text {row['corpus']} ({row['documents']} docs, {row['text_mb']:.2f} MB): "
                   + "; ".join(parts))
    return out


def main(argv=None) -> int:
    import run
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0], epilog=__doc__,
                                 formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--workers", default="1,2", help="comma-separated, 0 = all cores")
    ap.add_argument("--peer", action="store_true", help="also run the peer baseline")
    ap.add_argument("--workdir", type=Path, default=HERE / "work" / "real")
    args = ap.parse_args(argv)
    info = bench(args.workdir, [int(w) for w in args.workers.split(",")], run.run_step, peer=args.peer)
    for line in lines(info):
        print(line)
    print(json.dumps(info["skipped"] and {"skipped": info["skipped"]} or {"corpora": len(info["rows"])}))
    return 0


if __name__ == "__main__":
    sys.exit(main())

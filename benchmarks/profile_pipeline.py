"""Where one core's time goes in `kg build`: per-component seconds and a cProfile top list.

Reads the inputs like ``kg build`` (files, folders, ``.jsonl``), analyses every document in
this process (process CPU time, so other jobs on the machine matter less than for wall
time) and prints MB of text per CPU-second, the seconds spent in each pipeline component
and, with ``--top N``, the N functions with the most own time under cProfile (a second,
untimed pass, so the profiler's per-call charge on the stage timer is not in the list).

    python benchmarks/profile_pipeline.py /tmp/corpus.jsonl --top 15
    python benchmarks/profile_pipeline.py ../shared/data/arabic_event_gsr/ --top 15
"""
from __future__ import annotations

import argparse
import cProfile
import io
import pstats
import sys
import time
from collections import Counter

from kg.errors import InputError
from kg.io import iter_documents
from kg.pipeline import default_pipeline
from kg.pipeline.segment import make_doc
from kg.rdf.mapping import doc_to_nquads


def run(documents, by_component: Counter | None) -> None:
    """Analyse and map every document; with ``by_component``, add each stage's CPU
    seconds to it.  Without it nothing is timed: the profiled run calls no timer, since
    cProfile charges every ``time.process_time`` call (two per stage and document, some
    30 s on 1,000 documents) and that charge would top the list it prints."""
    pipeline = default_pipeline()
    if by_component is None:
        for document in documents:
            doc = make_doc(document)
            for component in pipeline.components:
                doc = component(doc)
            doc_to_nquads(doc)
        return
    for document in documents:
        t0 = time.process_time()
        doc = make_doc(document)
        by_component["segment"] += time.process_time() - t0
        for component in pipeline.components:
            t0 = time.process_time()
            doc = component(doc)
            by_component[getattr(component, "name", type(component).__name__)] += time.process_time() - t0
        t0 = time.process_time()
        doc_to_nquads(doc)
        by_component["rdf"] += time.process_time() - t0


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0], epilog=__doc__,
                                 formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("inputs", nargs="+")
    ap.add_argument("--top", type=int, default=0, help="print the N functions with most own time")
    ap.add_argument("--dump", metavar="FILE", help="also write the raw cProfile stats to FILE (pstats format)")
    ap.add_argument("--warmup", type=int, default=3, help="documents analysed first, not counted")
    args = ap.parse_args(argv)
    documents = [d for d in iter_documents(args.inputs, on_error=lambda e: None)
                 if not isinstance(d, InputError)]
    if not documents:
        print("no documents", file=sys.stderr)
        return 1
    # Lexicon, rules and caches load on first use: warm up on the first documents and on
    # the first of each language, so one-time loading is not counted as per-document work.
    first_of_language = {d.language: d for d in reversed(documents)}
    run(documents[:args.warmup] + list(first_of_language.values()), Counter())
    size = sum(len(d.text.encode()) for d in documents)
    by_component: Counter = Counter()
    t0 = time.process_time()
    run(documents, by_component)
    cpu = time.process_time() - t0
    profiler = cProfile.Profile() if args.top or args.dump else None
    if profiler:
        # A second pass under cProfile, untimed (see ``run``); the figures above come
        # from the first pass, which ran without the profiler.
        profiler.enable()
        run(documents, None)
        profiler.disable()
    total = sum(by_component.values())
    print(f"{len(documents)} documents, {size / 1e6:.2f} MB, {cpu:.2f} CPU s, "
          f"{size / 1e6 / cpu:.2f} MB/s per core")
    for name, seconds in by_component.most_common():
        print(f"  {name:<20} {seconds:7.2f} s  {100 * seconds / total:5.1f}%")
    if profiler and args.dump:
        profiler.dump_stats(args.dump)
    if profiler and args.top:
        out = io.StringIO()
        pstats.Stats(profiler, stream=out).sort_stats("tottime").print_stats(args.top)
        print("\n".join(line for line in out.getvalue().splitlines() if line.strip())[-6000:])
    return 0


if __name__ == "__main__":
    sys.exit(main())

"""Instructions of one analysis pass, counted by callgrind (load-independent).

On a shared machine process CPU time moves by 15-25% between runs of the same code, so a
change of a few percent is only visible in instruction counts.  Run this script under
callgrind with instrumentation off at start; it analyses the first documents as a
warm-up (rules loaded, caches filled), switches instrumentation on with
``callgrind_control``, analyses the next N documents with ``profile_pipeline.run`` and
switches it off again, so the count is per-document work only:

    PYTHONHASHSEED=0 valgrind --tool=callgrind --instr-atstart=no \\
        --callgrind-out-file=/tmp/cg.out .venv/bin/python benchmarks/callgrind_pass.py \\
        ../shared/data/arabic_event_gsr 300
    callgrind_annotate /tmp/cg.out | head -40     # "Collected" is the total

The count is the same on every run whatever the load; compare two trees (e.g. one
exported with ``git archive``) on the same inputs and N.
"""
from __future__ import annotations

import argparse
import os
import subprocess
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))

from kg.errors import InputError  # noqa: E402
from kg.io import iter_documents  # noqa: E402
from profile_pipeline import run  # noqa: E402


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0], epilog=__doc__,
                                 formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("input")
    ap.add_argument("count", type=int, help="documents counted after the warm-up")
    ap.add_argument("--warmup", type=int, default=3, help="documents analysed first, not counted")
    args = ap.parse_args(argv)
    docs = [d for d in iter_documents([args.input], on_error=lambda e: None) if not isinstance(d, InputError)]
    # As profile_pipeline: warm up on the first documents and on the first of each
    # language, so loading a language's rules is not counted as per-document work.
    first_of_language = {d.language: d for d in reversed(docs)}
    run(docs[:args.warmup] + list(first_of_language.values()), None)
    pid = str(os.getpid())
    on = subprocess.run(["callgrind_control", "-i", "on", pid], capture_output=True, text=True)
    # callgrind_control exits 0 even when it finds no callgrind process: read its words.
    if on.returncode != 0 or "not detected" in on.stdout + on.stderr:
        print("not running under callgrind (see --help)", file=sys.stderr)
        return 2
    run(docs[args.warmup:args.warmup + args.count], None)
    subprocess.run(["callgrind_control", "-i", "off", pid], capture_output=True, check=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())

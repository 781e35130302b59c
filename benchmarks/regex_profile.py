"""Which compiled regexes cost the time of an analysis pass, per pattern object.

``re.compile`` is wrapped before ``kg`` is imported, so every pattern the pipeline compiles
records its ``search`` / ``match`` / ``fullmatch`` / ``finditer`` / ``sub`` calls (with
their arguments) during one pass after the warm-up; each pattern's calls are then replayed
alone, three times, and the fastest replay is its cost. Replaying keeps a pattern's own C
time apart from the Python around the call and from the wrapper's (a ``finditer`` is
consumed whole, so one stopped early is overstated). Calls of the module functions
(``re.search(r"...", text)``) are not recorded: they show in a cProfile list already.

    python benchmarks/regex_profile.py ../shared/data/arabic_event_gsr --warmup 200 --count 1000
    python benchmarks/regex_profile.py /tmp/corpus.jsonl --warmup 40 --count 100 --top 30

The times move with the machine's load; compare ranks, and count instructions with
``callgrind_pass.py`` to compare two trees.
"""
from __future__ import annotations

import argparse
import os
import re
import sys
import time
from collections import defaultdict

_compile = re.compile
_METHODS = ("search", "match", "fullmatch", "finditer", "sub", "subn", "findall", "split")
_calls: list | None = None          # (pattern, method, args, kwargs) while recording
_origin: dict[int, str] = {}        # id(pattern) -> where it was compiled


class _Recorded:
    """A compiled pattern that records its calls (``re`` functions given one unwrap it)."""

    __slots__ = ("_p",)

    def __init__(self, pattern: re.Pattern) -> None:
        self._p = pattern

    def __getattr__(self, name):
        attr = getattr(self._p, name)
        if name not in _METHODS:
            return attr

        def call(*args, **kwargs):
            if _calls is not None:
                _calls.append((self._p, name, args, kwargs))
            return attr(*args, **kwargs)
        return call

    def __hash__(self) -> int:
        return hash(self._p)

    def __eq__(self, other) -> bool:
        return self._p == (other._p if isinstance(other, _Recorded) else other)


def _recording_compile(pattern, flags=0):
    if isinstance(pattern, _Recorded):
        return pattern
    compiled = _compile(pattern, flags)
    caller = sys._getframe(1)
    _origin.setdefault(id(compiled), f"{caller.f_code.co_filename.rsplit('/kg/', 1)[-1]}:{caller.f_lineno}")
    return _Recorded(compiled)


def _install() -> None:
    plain = re._compile

    def unwrap(pattern, flags):
        return pattern._p if isinstance(pattern, _Recorded) else plain(pattern, flags)
    re.compile = _recording_compile
    re._compile = unwrap


def main(argv: list[str] | None = None) -> int:
    global _calls
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0], epilog=__doc__,
                                 formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("input")
    ap.add_argument("--warmup", type=int, default=40, help="documents analysed first, not recorded")
    ap.add_argument("--count", type=int, default=100, help="documents recorded after the warm-up")
    ap.add_argument("--top", type=int, default=25)
    args = ap.parse_args(argv)
    _install()
    sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
    from kg.errors import InputError
    from kg.io import iter_documents
    from profile_pipeline import run
    docs = [d for d in iter_documents([args.input], on_error=lambda e: None) if not isinstance(d, InputError)]
    first_of_language = {d.language: d for d in reversed(docs)}
    run(docs[:args.warmup] + list(first_of_language.values()), None)
    _calls = []
    run(docs[args.warmup:args.warmup + args.count], None)
    calls, _calls = _calls, None
    by_pattern: dict[tuple, list] = defaultdict(list)
    for pattern, name, a, kw in calls:
        by_pattern[(pattern, name)].append((getattr(pattern, name), a, kw))
    cost = {}
    for (pattern, name), replay in by_pattern.items():
        best = None
        for _ in range(3):
            t0 = time.perf_counter_ns()
            for method, a, kw in replay:
                out = method(*a, **kw)
                if name == "finditer":
                    for _m in out:
                        pass
            spent = time.perf_counter_ns() - t0
            best = spent if best is None or spent < best else best
        cost[(pattern, name)] = (len(replay), best)
    total = sum(ns for _n, ns in cost.values())
    print(f"{len(calls)} calls of {len(by_pattern)} (pattern, method) pairs, {total / 1e6:.1f} ms replayed")
    for (pattern, name), (n, ns) in sorted(cost.items(), key=lambda kv: -kv[1][1])[:args.top]:
        print(f"{ns / 1e6:8.2f} ms {n:7d} {name:9s} {_origin.get(id(pattern), '?')}  {pattern.pattern[:90]!r}")
    return 0


if __name__ == "__main__":
    sys.exit(main())

"""Ordered, bounded parallel map over worker processes (the engine of ``kg build -w N``).

Two things the standard ``Pool.imap`` does not give: it drains its input iterator as
fast as it can (a 100k-document archive would sit pickled in the task queue, so memory
grows with the corpus), and one task per document pays the inter-process cost per
document.  Here documents travel in chunks, at most ``in_flight`` chunks are queued at
any time, and results come back in input order, so the output of N workers is
byte-identical to that of one.
"""
from __future__ import annotations

import gc
import os
from collections import deque
from itertools import chain
from multiprocessing import get_context
from typing import Callable, Iterable, Iterator, TypeVar

T = TypeVar("T")
R = TypeVar("R")

#: A chunk closes at this many documents or characters of text, whichever comes first:
#: big enough that pickling and queueing cost little next to the analysis, small enough
#: that every worker has work and memory stays low.
CHUNK_DOCUMENTS = 64
CHUNK_CHARS = 400_000


def cpu_count() -> int:
    """Cores this process may use (the affinity mask, not the machine's total)."""
    try:
        return len(os.sched_getaffinity(0)) or 1
    except AttributeError:  # pragma: no cover - not Linux
        return os.cpu_count() or 1


def chunked(items: Iterable[T], size: Callable[[T], int] = lambda _: 0,
            max_items: int | None = None, max_size: int | None = None) -> Iterator[list[T]]:
    """Consecutive lists of ``items``, each closed at ``max_items`` or ``max_size``
    (defaults: :data:`CHUNK_DOCUMENTS`, :data:`CHUNK_CHARS`)."""
    max_items = max_items or CHUNK_DOCUMENTS
    max_size = max_size or CHUNK_CHARS
    chunk: list[T] = []
    total = 0
    for item in items:
        chunk.append(item)
        total += size(item)
        if len(chunk) >= max_items or total >= max_size:
            yield chunk
            chunk, total = [], 0
    if chunk:
        yield chunk


def ordered_map(func: Callable[[T], R], chunks: Iterable[T], workers: int, *,
                in_flight: int | None = None, initializer: Callable[[], None] | None = None
                ) -> Iterator[R]:
    """``map(func, chunks)`` in ``workers`` processes, in order, never reading ahead of
    ``in_flight`` chunks (default: three per worker)."""
    in_flight = in_flight or 3 * workers
    # fork: workers inherit what the parent already loaded (the lexicon automaton).
    ctx = get_context("fork" if hasattr(os, "fork") else "spawn")
    with ctx.Pool(workers, initializer=initializer) as pool:
        pending: deque = deque()
        for chunk in chunks:
            pending.append(pool.apply_async(func, (chunk,)))
            if len(pending) >= in_flight:
                yield pending.popleft().get()
        while pending:
            yield pending.popleft().get()


def maybe_parallel(func: Callable[[list[T]], list[R]], chunks: Iterator[list[T]], workers: int,
                   prepare: Callable[[], None] | None = None) -> Iterator[R]:
    """Results of ``func`` over every chunk, flattened, in order.

    Runs in this process when ``workers`` is 1 or the input fits in one chunk (starting
    processes would cost more than they save); otherwise calls ``prepare`` once here,
    before the workers fork, and fans out.
    """
    first = next(chunks, None)
    if first is None:
        return
    second = next(chunks, None) if workers > 1 else None
    if second is None:
        for chunk in chain([first], chunks):
            yield from func(chunk)
        return
    if prepare:
        prepare()
    # Everything loaded so far (lexicon, automata, rules) lives as long as the workers:
    # frozen, the collector of each forked worker never walks it again, so it neither
    # spends time on it nor writes to (and so copies) the pages it shares with us.
    gc.freeze()
    for results in ordered_map(func, chain([first, second], chunks), workers):
        yield from results

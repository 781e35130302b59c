"""SIGKILL in the middle of ``kg build``: the previous output files stay intact (the
store stays usable, every document graph whole), the temp file a kill leaves behind
confuses nothing and is removed by the next build, and building again completes."""
from __future__ import annotations

import os
import shutil
import signal
import subprocess
import time
from pathlib import Path

import pytest
from pyoxigraph import Store

OUTPUTS = ("graph.nq", "graph.ttl", "graph.trig")


@pytest.fixture(scope="module")
def big_corpus(corpus, tmp_path_factory) -> Path:
    """The corpus copied 30 times under new names (~450 documents): a build that runs for
    many seconds on one worker.  One article is edited, so it is a new version of a
    document the small corpus has."""
    folder = tmp_path_factory.mktemp("big")
    for k in range(30):
        for path in sorted(corpus.iterdir()):
            shutil.copy(path, folder / f"c{k:02d}_{path.name}")
    for path in sorted(corpus.iterdir()):
        shutil.copy(path, folder / path.name)
    edited = folder / "dev_ar_01.md"
    edited.write_text(edited.read_text(encoding="utf-8") + "\nوأعلنت إيران دعمها لحزب الله في لبنان.\n",
                      encoding="utf-8")
    return folder


def start(kg_binary, *args) -> subprocess.Popen:
    return subprocess.Popen([kg_binary, "build", *map(str, args), "--workers", "1", "--quiet"],
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, start_new_session=True)


def wait_for(condition, proc: subprocess.Popen, what: str, seconds: float = 180) -> None:
    deadline = time.monotonic() + seconds
    while not condition():
        assert proc.poll() is None, f"the build ended before {what}: {proc.stderr.read().decode()}"
        assert time.monotonic() < deadline, f"timed out waiting for {what}"
        time.sleep(0.02)


def kill(proc: subprocess.Popen) -> None:
    os.killpg(proc.pid, signal.SIGKILL)       # the build and any worker it started
    proc.wait(timeout=30)
    proc.stdout.close()
    proc.stderr.close()
    assert proc.returncode == -signal.SIGKILL


def test_kill_build_mid_write_keeps_previous_output(corpus, big_corpus, tmp_path, kg_process, kg_binary):
    outs = [tmp_path / name for name in OUTPUTS]
    args = [a for o in outs for a in ("-o", o)]
    run = kg_process("build", corpus, *args, "--workers", "1")
    assert run.code == 0, run.err
    before = {o.name: o.read_bytes() for o in outs}
    modes = {o.name: o.stat().st_mode for o in outs}

    proc = start(kg_binary, big_corpus, *args)
    temps = lambda: [p for p in tmp_path.iterdir() if p.name.endswith(".tmp")]  # noqa: E731
    # N-Quads streams into its temp file: once it has data, the build is mid-write.
    wait_for(lambda: any(p.stat().st_size > 100_000 for p in temps()), proc, "writing started")
    kill(proc)

    assert {o.name: o.read_bytes() for o in outs} == before
    left = temps()
    assert [p.name.startswith(".graph.nq.") for p in left] == [True]  # only the streamed one
    # The next build removes what the killed one left, and writes the same bytes again.
    run = kg_process("build", corpus, *args, "--workers", "1")
    assert run.code == 0, run.err
    assert temps() == []
    assert {o.name: o.read_bytes() for o in outs} == before
    assert {o.name: o.stat().st_mode for o in outs} == modes


def test_kill_build_keeps_store_usable_and_documents_whole(corpus, big_corpus, tmp_path, kg_process,
                                                          kg_binary):
    store = tmp_path / "store"
    run = kg_process("build", corpus, "--store", store, "--workers", "1")
    assert run.code == 0, run.err
    old = graphs_of(store)
    ref = tmp_path / "ref"                  # what the big build gives, built apart
    run = kg_process("build", big_corpus, "--store", ref, "--workers", "1", timeout=600)
    assert run.code == 0, run.err
    new = graphs_of(ref)
    assert len(new) > 10 * len(old)

    # Batches of 32 documents (the default 512 would store this corpus in one load at the end).
    proc = start(kg_binary, big_corpus, "--store", store, "--store-batch", 32)
    wait_for(lambda: len(peek_graphs(store)) >= len(old) + 40, proc, "documents were stored")
    kill(proc)

    after = graphs_of(store)                 # opens: the lock died with the process
    assert len(old) + 40 <= len(after) < len(new)
    for graph, quads in after.items():       # each document's graph is one whole version
        assert quads == new.get(graph) or quads == old.get(graph), graph
    # Building again completes, and leaves exactly what a fresh build gives.
    run = kg_process("build", big_corpus, "--store", store, "--workers", "1", timeout=600)
    assert run.code == 0, run.err
    assert graphs_of(store) == new


def peek_graphs(path: Path) -> dict[str, frozenset]:
    """The graphs of a store another process is writing. A read-only view opened while
    RocksDB compacts can find a file just deleted; that is a retry, not a failure."""
    try:
        return graphs_of(path, read_only=True)
    except (RuntimeError, OSError):
        return {}


def graphs_of(path: Path, read_only: bool = False) -> dict[str, frozenset]:
    """Named graph -> its triples (as N-Triples lines), read from a store folder."""
    store = Store.read_only(str(path)) if read_only else Store(str(path))
    try:
        graphs: dict[str, set] = {}
        for q in store.quads_for_pattern(None, None, None, None):
            graphs.setdefault(str(q.graph_name), set()).add(str(q.triple))
        return {g: frozenset(t) for g, t in graphs.items()}
    finally:
        del store

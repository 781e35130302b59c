"""Atomic output files (kg.rdf.serialize.atomic_output and QuadWriter): the old file or
the complete new one, never a mix; no debris; the mode a user expects."""
from __future__ import annotations

import os
import subprocess
import sys

import pytest
from pyoxigraph import Literal, NamedNode, Quad

from kg.errors import KgError
from kg.rdf.serialize import QuadWriter, atomic_output


def quad(i: int) -> Quad:
    return Quad(NamedNode(f"http://example.org/s{i}"), NamedNode("http://example.org/p"), Literal(str(i)),
                NamedNode("http://example.org/g"))


def test_serialize_atomic_failure_keeps_the_old_file(tmp_path):
    path = tmp_path / "graph.ttl"
    path.write_bytes(b"old")
    with pytest.raises(RuntimeError):
        with atomic_output(path) as fh:
            fh.write(b"half of the new")
            raise RuntimeError("boom")
    assert path.read_bytes() == b"old"
    assert os.listdir(tmp_path) == ["graph.ttl"]


def test_serialize_atomic_new_file_gets_umask_mode_not_0600(tmp_path):
    old = os.umask(0o027)
    try:
        with atomic_output(tmp_path / "new.nq") as fh:
            fh.write(b"x")
    finally:
        os.umask(old)
    assert (tmp_path / "new.nq").stat().st_mode & 0o777 == 0o640


def test_serialize_atomic_replacement_keeps_the_old_mode(tmp_path):
    path = tmp_path / "graph.nq"
    path.write_bytes(b"old")
    path.chmod(0o604)
    with atomic_output(path) as fh:
        fh.write(b"new")
    assert path.read_bytes() == b"new" and path.stat().st_mode & 0o777 == 0o604


def test_serialize_atomic_removes_temps_of_dead_writers_only(tmp_path):
    path = tmp_path / "graph.nq"
    dead = subprocess.run([sys.executable, "-c", "import os; print(os.getpid())"],
                          capture_output=True, text=True).stdout.strip()
    # Make the temp names exactly as a writer would, for a dead pid and for a live one.
    with atomic_output(path) as fh:
        fh.write(b"1")
        live_temp = [n for n in os.listdir(tmp_path) if n.endswith(".tmp")][0]
    prefix = live_temp.split(f"{os.getpid()}.")[0]
    (tmp_path / f"{prefix}{dead}.abc123.tmp").write_bytes(b"left by a SIGKILL")
    (tmp_path / f"{prefix}{os.getpid()}.def456.tmp").write_bytes(b"a writer still running")
    (tmp_path / ".other.nq.host-1.x.tmp").write_bytes(b"another file's temp")
    with atomic_output(path) as fh:
        fh.write(b"2")
    left = sorted(os.listdir(tmp_path))
    assert f"{prefix}{dead}.abc123.tmp" not in left
    assert f"{prefix}{os.getpid()}.def456.tmp" in left and ".other.nq.host-1.x.tmp" in left
    assert path.read_bytes() == b"2"


def test_serialize_writer_leaves_nothing_until_it_writes(tmp_path):
    for ext in (".nq", ".ttl"):
        writer = QuadWriter(tmp_path / f"g{ext}")
        assert os.listdir(tmp_path) == []
        writer.abort(RuntimeError("no documents"))
        assert os.listdir(tmp_path) == []


def test_serialize_writer_abort_after_writing_keeps_previous_output(tmp_path):
    path = tmp_path / "g.nq"
    with QuadWriter(path) as w:
        w.write([quad(1)])
    before = path.read_bytes()
    w = QuadWriter(path)
    w.write([quad(2), quad(3)])
    assert len(os.listdir(tmp_path)) == 2            # the new data is only in the temp file
    w.abort(KeyboardInterrupt())
    assert path.read_bytes() == before and os.listdir(tmp_path) == ["g.nq"]


@pytest.mark.parametrize("make, reason", [
    (lambda p: (p / "dir.ttl").mkdir() or p / "dir.ttl", "is a directory"),
    (lambda p: (p / "f").write_text("x") and p / "f" / "g.ttl", "is not a directory"),
])
def test_serialize_unwritable_target_is_one_line_error(tmp_path, make, reason):
    target = make(tmp_path)
    with pytest.raises(KgError) as err:
        QuadWriter(target)
    assert reason in str(err.value) and "\n" not in str(err.value)

"""Writing quads to RDF files, atomically (temp file + rename).

N-Quads streams straight to disk.  The other formats go through an Oxigraph store
(Rust memory, not Python objects) so triples repeated across documents appear once and
the output order is stable; Turtle, N-Triples and JSON-LD get the union of all document
graphs, TriG and N-Quads keep one named graph per document.
"""
from __future__ import annotations

import os
import re
import socket
import stat
import tempfile
from contextlib import contextmanager
from pathlib import Path
from typing import Iterable

from pyoxigraph import parse, DefaultGraph, NamedNode, Quad, RdfFormat, Store, serialize

from kg.errors import KgError, UsageError
from kg.vocab import PREFIXES

FORMATS = {
    ".ttl": RdfFormat.TURTLE, ".nt": RdfFormat.N_TRIPLES, ".nq": RdfFormat.N_QUADS,
    ".trig": RdfFormat.TRIG, ".jsonld": RdfFormat.JSON_LD, ".rdf": RdfFormat.RDF_XML,
    ".owl": RdfFormat.RDF_XML, ".xml": RdfFormat.RDF_XML,
}
QUAD_FORMATS = {RdfFormat.N_QUADS, RdfFormat.TRIG}
_HOST = re.sub(r"[^A-Za-z0-9_-]", "_", socket.gethostname())[:40] or "host"
_UNPRINTABLE = re.compile(r"[\x00-\x1f\x7f-\x9f\u200b-\u200f\u2028-\u202e\u2066-\u2069\ufeff]")


def rdf_format(path: str | os.PathLike) -> RdfFormat:
    suffix = Path(path).suffix.lower()
    try:
        return FORMATS[suffix]
    except KeyError:
        raise UsageError(f"{path}: unknown output format {suffix or '(no extension)'!r}; "
                         f"use one of {', '.join(sorted(FORMATS))}") from None


@contextmanager
def atomic_output(path: str | os.PathLike, mode: str = "wb"):
    """Open a temp file next to ``path``; rename it over ``path`` only on success.

    A reader of ``path`` sees the old file or the complete new one, never a mix: even a
    SIGKILL only leaves a hidden ``.NAME.HOST-PID.*.tmp`` behind, which the next write
    of the same path removes once that process is gone.  The new file gets the mode of
    the file it replaces (or the umask default), not the temp file's 0600.
    """
    path = Path(path)
    tmp, fh = _open_temp(path, mode)
    try:
        with fh:
            yield fh
            fh.flush()
            os.fsync(fh.fileno())
        try:
            os.chmod(tmp, _final_mode(path))
            os.replace(tmp, path)
        except OSError as exc:
            raise KgError(f"{_shown(path)}: cannot write output: {_reason(exc)}") from None
        _fsync_dir(path.parent)
    except BaseException:
        try:
            os.unlink(tmp)
        except FileNotFoundError:
            pass
        raise


def check_writable(path: str | os.PathLike) -> None:
    """Fail early, with one line, when ``path`` clearly cannot be written."""
    path = Path(path)
    if path.is_dir():
        raise KgError(f"{_shown(path)}: cannot write output: is a directory")
    parent = path.parent
    while not parent.exists() and parent != parent.parent:
        parent = parent.parent
    if not parent.is_dir():
        raise KgError(f"{_shown(path)}: cannot write output: {_shown(parent)} is not a directory")
    if not os.access(parent, os.W_OK | os.X_OK):
        raise KgError(f"{_shown(path)}: cannot write output: permission denied")


def _temp_prefix(path: Path) -> str:
    return f".{path.name}.{_HOST}-"


def _open_temp(path: Path, mode: str):
    check_writable(path)
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        _remove_stale_temps(path)
        fd, tmp = tempfile.mkstemp(prefix=f"{_temp_prefix(path)}{os.getpid()}.", suffix=".tmp",
                                   dir=path.parent)
    except OSError as exc:
        raise KgError(f"{_shown(path)}: cannot write output: {_reason(exc)}") from None
    return tmp, os.fdopen(fd, mode, **({} if "b" in mode else {"encoding": "utf-8"}))


def _remove_stale_temps(path: Path) -> None:
    """Delete temp files of this path left by killed processes of this host."""
    prefix = _temp_prefix(path)
    try:
        names = [n for n in os.listdir(path.parent) if n.startswith(prefix) and n.endswith(".tmp")]
    except OSError:
        return
    for name in names:
        pid = name[len(prefix):].split(".", 1)[0]
        if pid.isdigit() and not _alive(int(pid)):
            try:
                os.unlink(path.parent / name)
            except OSError:
                pass


def _alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True


def _final_mode(path: Path) -> int:
    try:
        return stat.S_IMODE(os.stat(path).st_mode)
    except OSError:
        return 0o666 & ~_umask()


def _umask() -> int:
    try:
        with open("/proc/self/status", encoding="ascii") as fh:
            for line in fh:
                if line.startswith("Umask:"):
                    return int(line.split()[1], 8)
    except (OSError, ValueError):
        pass
    mask = os.umask(0o022)   # no other way to read it; restored at once
    os.umask(mask)
    return mask


def _fsync_dir(folder: Path) -> None:
    # Make the rename itself durable (a power cut after it keeps the new file).
    try:
        fd = os.open(folder, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(fd)
    except OSError:
        pass
    finally:
        os.close(fd)


def _shown(path) -> str:
    return _UNPRINTABLE.sub(lambda m: m.group().encode("unicode_escape").decode("ascii"),
                            os.fsdecode(path).encode("utf-8", "surrogateescape").decode("utf-8", "backslashreplace"))


def _reason(exc: OSError) -> str:
    return " ".join((exc.strerror or str(exc)).split()).lower()


class QuadWriter:
    """Accepts the quads of one document at a time; writes the file on close."""

    def __init__(self, path: str | os.PathLike):
        self.path = Path(path)
        self.format = rdf_format(self.path)
        self.count = 0
        check_writable(self.path)
        self._stream = self.format == RdfFormat.N_QUADS
        self._ctx = None
        self._handle = None
        # Other formats collect N-Quads / N-Triples lines, deduplicated, and write them
        # sorted on close. (An Oxigraph Store would also dedupe, but it rewrites typed
        # literals: xsd:nonNegativeInteger offsets would come out as xsd:integer.)
        self._graphs: dict[bytes, set[bytes]] = {}

    @property
    def _fh(self):
        # The temp file is made on first use: constructing a writer leaves nothing on
        # disk, so a build that fails before writing leaves no debris.
        if self._handle is None:
            self._ctx = atomic_output(self.path)
            self._handle = self._ctx.__enter__()
        return self._handle

    def write(self, quads: list[Quad]) -> None:
        if not quads:
            return
        if self._stream:
            self.count += len(quads)
            serialize(quads, self._fh, RdfFormat.N_QUADS)
            return
        by_graph: dict = {}
        for q in quads:
            by_graph.setdefault(q.graph_name, []).append(q)
        for graph, group in by_graph.items():
            self.write_nquads(serialize(group, format=RdfFormat.N_QUADS), graph)

    def write_nquads(self, data: bytes, graph: NamedNode) -> None:
        """Accepts one document's quads as N-Quads text, all in the named graph ``graph``.

        The fast path of ``kg build``: N-Quads output copies the bytes; the other
        formats parse them in Rust, never making Python Quad objects.
        """
        self.count += data.count(b"\n")
        if self._stream:
            self._fh.write(data)
            return
        if self.format in QUAD_FORMATS:
            self._graphs.setdefault(str(graph).encode(), set()).update(data.splitlines())
        else:
            # Every line ends with " <graph> .\n" (a newline inside a literal is escaped
            # as \n), so dropping that suffix gives the N-Triples of the same triples.
            triples = data.replace(f" {graph} .\n".encode(), b" .\n")
            self._graphs.setdefault(b"", set()).update(triples.splitlines())

    def close(self) -> None:
        self._fh   # an empty N-Quads output is still written (as an empty file)
        if not self._stream:
            # Graphs in the order documents came, lines sorted inside each graph: the
            # same input gives the same bytes, and a subject's triples sit together.
            payload = b"\n".join(b"\n".join(sorted(lines)) for lines in self._graphs.values()) + b"\n"
            source = RdfFormat.N_QUADS if self.format in QUAD_FORMATS else RdfFormat.N_TRIPLES
            terms = parse(payload, format=source) if self._graphs else []
            extra = {} if self.format in (RdfFormat.N_TRIPLES, RdfFormat.N_QUADS) else {"prefixes": PREFIXES}
            serialize(terms, self._fh, self.format, **extra)
        self._ctx.__exit__(None, None, None)

    def abort(self, exc: BaseException) -> None:
        if self._ctx is None:
            return
        try:
            self._ctx.__exit__(type(exc), exc, exc.__traceback__)
        except BaseException:
            pass

    def __enter__(self):
        return self

    def __exit__(self, exc_type, exc, tb):
        if exc is None:
            self.close()
        else:
            self.abort(exc)
        return False


def write_quads(quads: Iterable[Quad], path: str | os.PathLike) -> int:
    with QuadWriter(path) as writer:
        writer.write(list(quads))
    return writer.count

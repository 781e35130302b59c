"""Read a graph file of any RDF syntax into an in-memory Oxigraph store.

Triple formats land in the default graph, quad formats keep their named graphs; the
view reads the union of all graphs, so ``.ttl`` and ``.trig`` of one build look alike.
"""
from __future__ import annotations

import os
from pathlib import Path

from pyoxigraph import Store

from kg.errors import InputError, UsageError
from kg.rdf.serialize import FORMATS


def read_store(path: str | os.PathLike) -> Store:
    """Parse ``path`` (format from its extension) into a fresh in-memory store.

    Raises :class:`UsageError` for an unknown extension and :class:`InputError` naming
    the file for a missing, unreadable or malformed file.
    """
    path = Path(path)
    fmt = FORMATS.get(path.suffix.lower())
    if fmt is None:
        raise UsageError(f"{path}: unknown graph format {path.suffix or '(no extension)'!r}; "
                         f"use one of {', '.join(sorted(FORMATS))}")
    if not path.is_file():
        raise InputError(str(path), "no such file" if not path.exists() else "not a file")
    store = Store()
    try:
        with path.open("rb") as fh:
            store.bulk_load(fh, fmt)
    except SyntaxError as exc:
        raise InputError(str(path), f"not valid {path.suffix[1:]}: {_one_line(exc)}") from None
    except (OSError, ValueError) as exc:
        raise InputError(str(path), _one_line(exc)) from None
    return store


def _one_line(exc: BaseException) -> str:
    text = " ".join(str(exc).split())
    return text[:300] or type(exc).__name__

"""Exceptions the library raises; the CLI turns each into one line on stderr."""
from __future__ import annotations


class KgError(Exception):
    """Base class: something the user can fix, reported without a traceback."""


class InputError(KgError):
    """A document could not be read; names the file and the reason."""

    def __init__(self, path: str, reason: str):
        super().__init__(f"{path}: {reason}")
        self.path = path
        self.reason = reason


class UsageError(KgError):
    """The command was called wrongly (exit status 2)."""


class QueryError(KgError):
    """A SPARQL query is invalid or not allowed."""


class StoreError(KgError):
    """A store or endpoint could not be read or written."""


class InputNotice:
    """Something a reader did that the user should know but that lost nothing: bytes
    replaced by U+FFFD, archive records skipped by kind.  ``counts`` feed the summary."""

    def __init__(self, path: str, message: str, counts: dict[str, int] | None = None):
        self.path = path
        self.message = message
        self.counts = dict(counts or {})

    def __str__(self) -> str:
        return f"{self.path}: {self.message}"

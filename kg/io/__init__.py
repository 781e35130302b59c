"""Reading input documents from files and folders: text, JSON Lines, CSV, saved pages,
web archives and feeds (one module per kind, see :mod:`kg.io.registry`)."""
from kg.io.documents import SUPPORTED_SUFFIXES, iter_documents, read_path

__all__ = ["SUPPORTED_SUFFIXES", "iter_documents", "read_path"]

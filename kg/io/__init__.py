"""Reading input documents from files and folders."""
from kg.io.documents import SUPPORTED_SUFFIXES, iter_documents, read_path

__all__ = ["SUPPORTED_SUFFIXES", "iter_documents", "read_path"]

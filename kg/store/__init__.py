"""Triple stores: the embedded on-disk Oxigraph store and remote Graph Store endpoints.

* :func:`open_store` -> :class:`DocumentStore`: one named graph per document, replaced
  whole when a document is built again (``kg build --store``, ``kg load --store``,
  ``kg remove``).
* :mod:`kg.store.remote`: SPARQL 1.1 Graph Store HTTP Protocol client (``kg load
  --endpoint``) for Oxigraph server, Apache Jena Fuseki, Virtuoso and others.
"""
from kg.store.embedded import DocumentStore, LoadReport, open_store
from kg.store.files import file_graph_iri, load_format

__all__ = ["DocumentStore", "LoadReport", "open_store", "file_graph_iri", "load_format"]

"""Shabaka: news articles in, a knowledge graph of actors, affiliations and attacks out.

The library behind the ``kg`` command, one stage per subpackage (documents -> text ->
mentions -> facts -> RDF -> store / queries / view)::

    import kg

    for document in kg.iter_documents(["seeds/"]):
        doc = kg.analyze(document)          # a kg.model.Doc: mentions, relations, attacks
    report = kg.build_graph(["seeds/"], ["out/graph.trig"])   # kg.build.build
    with kg.open_store("out/store") as store:
        store.load_files(["out/graph.trig"])

Names are imported on first use, so ``import kg`` stays cheap for the command line and
for worker processes.
"""
from __future__ import annotations

from importlib import import_module

# name -> (module that defines it, its name there).  ``build_graph`` because ``kg.build``
# is the module of that name: a package attribute cannot be both.
_API = {
    "iter_documents": ("kg.io", "iter_documents"),
    "analyze": ("kg.pipeline", "analyze"),
    "default_pipeline": ("kg.pipeline", "default_pipeline"),
    "build_graph": ("kg.build", "build"),
    "BuildReport": ("kg.results", "BuildReport"),
    "open_store": ("kg.store", "open_store"),
    "run_query": ("kg.query", "run_query"),
    "load_query": ("kg.query", "load_query"),
    "write_view": ("kg.view", "write_view"),
    "KgError": ("kg.errors", "KgError"),
    "InputError": ("kg.errors", "InputError"),
}

__all__ = sorted(_API)


def __getattr__(name: str):
    if name in _API:
        module, attribute = _API[name]
        return getattr(import_module(module), attribute)
    raise AttributeError(f"module 'kg' has no attribute {name!r}")


def __dir__() -> list[str]:
    return sorted(set(globals()) | set(_API))

"""Asking the graph questions: a library of SPARQL queries, safe parameters, two engines.

>>> from kg.query import load_query, open_graph, run_query        # doctest: +SKIP
>>> engine = open_graph("out/graph.trig")
>>> result = run_query(load_query("queries/attacks_by_backer.rq"), engine, {"backer": "Iran"})
>>> result.variables, len(result.rows)

* :mod:`kg.query.library`: ``.rq`` files and their header (title, description, params);
* :mod:`kg.query.safety`: refuses network access (``FROM``, ``SERVICE``) and updates;
* :mod:`kg.query.params`: ``name=value`` -> bound RDF terms (labels resolved to entities);
* :mod:`kg.query.engines`: Oxigraph (default) and rdflib;
* :mod:`kg.query.pages`: first pages of big ordered answers without sorting all of them;
* :mod:`kg.query.output`: table / CSV / TSV / SPARQL JSON.
"""
from __future__ import annotations

from kg.query.engines import OxigraphEngine, RdflibEngine, Result, open_graph
from kg.query.library import NamedQuery, load_folder, load_query, query_from_text
from kg.query.pages import page_template, run_page
from kg.query.params import bind
from kg.query.safety import check_query


def run_query(query: NamedQuery | str, engine, assignments: dict[str, str] | None = None, *,
              allow_network: bool = False, limit: int | None = None, offset: int = 0,
              lazy: bool = False) -> Result:
    """Check, bind and run one query; ``limit``/``offset`` take one page of the answer
    (``Result.more`` says whether rows follow it; a query with a page template reads
    the page from the first rows only, :mod:`kg.query.pages`); ``lazy`` leaves the rows of a whole
    answer an iterator, to stream them (:func:`kg.query.output.write_rows`)."""
    if isinstance(query, str):
        query = query_from_text(query, name="query", inline=True)
    check_query(query.text, allow_network=allow_network, where=query.label)
    bindings = bind(query, assignments or {}, engine)
    template = page_template(query) if limit is not None else None
    if template is not None:
        check_query(template, allow_network=allow_network, where=query.label)
        result = run_page(template, engine, bindings, limit=limit, offset=offset,
                          allow_network=allow_network, where=query.label)
        if result is not None:
            return result
    return engine.run(query.text, bindings, allow_network=allow_network, where=query.label,
                      limit=limit, offset=offset, lazy=lazy)


def open_store_engine(path, *, create: bool = False, read_only: bool = False) -> OxigraphEngine:
    """An engine over an on-disk store (see :func:`kg.store.open_store`).  An outdated
    facts graph is recomputed by the first query that reads it; on a ``read_only`` store
    that query fails with one line saying what to run."""
    from kg.store import open_store
    return OxigraphEngine.from_store(open_store(path, create=create, read_only=read_only))


__all__ = ["NamedQuery", "Result", "OxigraphEngine", "RdflibEngine", "open_graph",
           "open_store_engine", "load_query", "load_folder", "query_from_text", "run_query",
           "check_query", "bind"]

"""First pages without sorting the whole answer: page templates of library queries.

Oxigraph sorts the whole answer of an ordered query before it gives the first row (it has
no top-k for ``ORDER BY ... LIMIT``), so the first 100 rows of an answer of 200,000 cost
what all of them cost.  A library query ``queries/NAME.rq`` may come with a page template
``queries/pages/NAME.rq``: the same question, asked only of the rows whose *leading sort
key* is at most a cut-off.  The template computes the cut-off itself, as the key of the
unit (a document, an attack ...) at position ``{units}`` in key order, and reads the
rest of each kept unit by index lookups, so a first page reads a few hundred rows.

Why the page is exact: the rows kept have a leading key <= the cut-off and the rows left
out a leading key > the cut-off, so the kept rows are the first rows of the full answer, in
the same order.  If there are more of them than the page needs (``offset + limit + 1``:
one more says that rows follow), the page is read from them; if not (few rows per unit, a
parameter that leaves few rows), the template runs again with eight times as many units,
and after two tries the full query runs, as it does for a page beyond the first
:data:`MAX_ROWS` rows.

What a template must do (tests/query/test_query_pages.py checks it for every template, on the
fixture and the seed, in every engine, with pages of several sizes and offsets):

* project the same variables and end in the same ``ORDER BY`` as its query;
* give exactly the rows of its query whose first sort key is <= the cut-off, every row when
  there are no more than ``{units}`` units;
* hold the text ``{units}`` in its (keys) query (the runner puts the number at each place);
  the rows query of a two-step template may hold it too, to keep only the first units of a
  finer sort key among its keys' rows, which is exact when the finer units of the keys
  sort before those of any later key (``conflicting_statements`` does this in its keys
  query: the first (fact, claim document) pairs of the first subjects, so ``{units}`` is
  there three times);
* may say how many rows a unit gives, about, on a line ``# rows per unit: N`` (default
  :data:`ROWS_PER_UNIT`; a fraction when most units give no row): the first try reads
  ``page rows / N`` units.  A unit that is a
  date or a fact has hundreds of rows on a big store; reading more of them than a page
  needs is what a template costs.

**Templates in two steps.**  Oxigraph evaluates a subquery whole and joins it by hash, so
a query made of per-row subqueries (``attack_events``: a dozen of them, several with
aggregates per entity inside aggregates per attack) reads the whole store even after a
units subquery.  Such a template is two queries separated by a line :data:`THEN`: the
first, holding ``{units}``, selects the keys of the rows (e.g. the attacks of the first N
documents; a key may be several variables, as a fact and a document); the second is the
full query with ``{keys}`` (a ``VALUES`` block of those keys) at the start of each
subquery, so every part reads only those rows.  The second query must give exactly the
full query's rows of those keys.  The keys query gets only the parameters its text names
(it projects its keys only, and Oxigraph refuses a binding of a variable a query does not
project).
"""
from __future__ import annotations

import re
from functools import lru_cache
from pathlib import Path

from pyoxigraph import Literal, NamedNode

from kg.query.engines import Result
from kg.query.library import NamedQuery

UNITS = "{units}"
KEYS = "{keys}"
#: The line between the two queries of a two-step template.
THEN = re.compile(r"^#\s*then, the rows of those keys:\s*$", re.MULTILINE)
#: Tries with a growing number of units before the full query runs: each unit is read by
#: index lookups, cheap for a few hundred units and dearer than the full query's hash joins
#: for thousands (a template over all 10,000 documents took longer than the full query).
#: A third try (64 times the first) serves a page whose rows are few per unit at 100,000
#: documents: `attacks_with_most_fatalities` 40.7 -> 11.1 s of CPU there (the full query ran
#: after two tries); at 10,000 documents every template's page comes in two tries anyway.
TRIES = 3
GROWTH = 8
#: Pages reaching further than this many rows run the full query (the sort is then a small
#: part of the cost).
MAX_ROWS = 2000
#: Rows a unit gives, about, unless the template says (``# rows per unit: N``).
ROWS_PER_UNIT = 4
_ROWS_PER_UNIT = re.compile(r"^#\s*rows per unit:\s*(\d+(?:\.\d+)?)\s*$", re.MULTILINE)


@lru_cache(maxsize=64)
def _read(path: Path, mtime: float) -> str:
    return path.read_text(encoding="utf-8")


def page_template(query: NamedQuery) -> str | None:
    """The page template of a library query, or None."""
    if query.path is None or query.inline:
        return None
    path = query.path.parent / "pages" / query.path.name
    try:
        return _read(path, path.stat().st_mtime)
    except OSError:
        return None


def run_page(template: str, engine, bindings: dict, *, limit: int, offset: int,
             allow_network: bool = False, where: str = "query",
             units: int | None = None) -> Result | None:
    """One page of the answer through the template, or None when the full query must run.

    ``units`` is the first number of units tried (default: the rows the page needs over
    the template's rows per unit).
    """
    need = offset + limit + 1
    if need > MAX_ROWS:
        return None
    units = units or max(1, int(need / rows_per_unit(template)))
    keys_query, rows_query = split_template(template)
    for _ in range(TRIES):
        text = keys_query.replace(UNITS, str(units))
        if rows_query is not None:
            # a keys query projects its keys only, so it gets only the parameters it names
            keys = engine.run(text, _named(bindings, text), allow_network=allow_network, where=where)
            if keys.is_boolean or not keys.variables:
                return None
            values = _values(keys.variables, keys.rows)
            if values is None:
                return None
            if not keys.rows:  # no rows to look up (and rdflib fails on an empty VALUES)
                units *= GROWTH
                continue
            text = rows_query.replace(KEYS, values).replace(UNITS, str(units))
        result = engine.run(text, bindings, allow_network=allow_network, where=where,
                            limit=need, offset=0)
        if result.is_boolean:
            return None
        if len(result.rows) >= need:
            return Result(result.variables, result.rows[offset:offset + limit], more=True)
        units *= GROWTH
    return None


def _named(bindings: dict, text: str) -> dict:
    """The bindings of the variables a query's text names (Oxigraph refuses a binding of a
    variable the query does not project)."""
    return {name: value for name, value in (bindings or {}).items()
            if re.search(rf"[?$]{re.escape(name)}\b", text)}


def split_template(template: str) -> tuple[str, str | None]:
    """The keys query and the rows query of a two-step template; (template, None) for one
    query."""
    m = THEN.search(template)
    if m is None:
        return template, None
    return template[:m.start()], template[m.end():]


def _values(variables: list, rows: list) -> str | None:
    """The keys as a VALUES block (None when one cannot be written: a blank node). A row
    with every variable unbound is left out; one unbound of several is UNDEF."""
    lines = []
    for row in rows:
        if all(term is None for term in row):
            continue
        if any(term is not None and not isinstance(term, (NamedNode, Literal)) for term in row):
            return None
        # N-Triples syntax, valid SPARQL
        lines.append(" ".join("UNDEF" if term is None else str(term) for term in row))
    if len(variables) == 1:
        return f"VALUES ?{variables[0]} {{ {' '.join(lines)} }}"
    names = " ".join(f"?{v}" for v in variables)
    return f"VALUES ({names}) {{ {' '.join(f'({line})' for line in lines)} }}"


def rows_per_unit(template: str) -> float:
    """The template's ``# rows per unit: N`` line, or :data:`ROWS_PER_UNIT` (0 stands for
    one: a unit gives some rows)."""
    m = _ROWS_PER_UNIT.search(template)
    return (float(m.group(1)) or 1) if m else ROWS_PER_UNIT

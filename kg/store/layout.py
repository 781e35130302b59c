"""The layout stamp of a store's facts graph: which summaries the code that wrote it keeps.

A library query reads its summaries from the facts graph (:mod:`kg.store.summaries`); a
store written by an older version has a facts graph without the kinds added since, and
would answer those queries wrong without a word (``hostile_relations`` with no attacks).
So the facts graph holds one triple saying which layout wrote it::

    GRAPH graph:facts { graph:facts kgo:factsLayout 1 . }

(:data:`kg.store.summaries.LAYOUT`, bumped with every new or changed kind of summary).  A
whole recomputation writes it last (a recomputation stopped half way leaves none: the
next open recomputes again); an update of some keys keeps it only where the store was
current before (a store not current stays so until it is recomputed whole).
"""
from __future__ import annotations

from pyoxigraph import Literal, Quad

from kg.store.summaries import LAYOUT
from kg.vocab import FACTS_GRAPH, KGO

#: The stamp this code writes.
STAMP = Quad(FACTS_GRAPH, KGO.factsLayout, Literal(LAYOUT), FACTS_GRAPH)


def stamp_update(layout: int = LAYOUT) -> str:
    """The SPARQL update that makes the facts graph's stamp say ``layout`` (and nothing else)."""
    return (f"DELETE WHERE {{ GRAPH {FACTS_GRAPH} {{ {FACTS_GRAPH} {KGO.factsLayout} ?old }} }} ;\n"
            f"INSERT DATA {{ GRAPH {FACTS_GRAPH} {{ {FACTS_GRAPH} {KGO.factsLayout} {Literal(layout)} }} }}")


def stored_layout(store) -> int | None:
    """The layout stamped in a pyoxigraph Store's facts graph (None: no stamp, or not a number)."""
    quad = next(store.quads_for_pattern(FACTS_GRAPH, KGO.factsLayout, None, FACTS_GRAPH), None)
    try:
        return int(quad.object.value) if quad is not None else None
    except ValueError:
        return None


def layout_current(store) -> bool:
    """True when the store's facts graph holds the summaries this code keeps: its stamp is
    :data:`LAYOUT`, or the store is empty (a new store: whatever is written next is counted
    by this code).  One index lookup: opening a current store costs nothing more."""
    layout = stored_layout(store)
    return layout == LAYOUT or (layout is None and next(iter(store), None) is None)


def remove_stamp(store) -> None:
    """Drop the stamp (before a whole recomputation: one stopped half way leaves none)."""
    for quad in list(store.quads_for_pattern(FACTS_GRAPH, KGO.factsLayout, None, FACTS_GRAPH)):
        store.remove(quad)


def outdated_message(path, store) -> str:
    """One line: the store's facts graph is not of this layout, and what to run."""
    layout = stored_layout(store)
    was = "has no layout stamp" if layout is None else f"has layout {layout}"
    return (f"{path}: its facts graph was written by another version of Shabaka ({was}, this "
            f"version reads layout {LAYOUT}), so library queries would answer wrong; run "
            f"`kg refresh --store {path}` to bring it up to date")

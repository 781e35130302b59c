"""Indexes derived once from long-lived tables (rule tuples, cue sets, word lists).

The tables live as long as the process (cached by their loaders); what a component
derives from one (every clitic form, an automaton, a regex) is built on first use and
kept, keyed by the table's identity.  The table itself is kept beside its index, so a
freed table's reused ``id`` can never return a stale index.
"""
from __future__ import annotations

from typing import Callable, Iterable, TypeVar

S = TypeVar("S")
V = TypeVar("V")


def built_once(cache: dict[int, tuple[object, V]], source: S, build: Callable[[S], V]) -> V:
    """``build(source)``, computed once per ``source`` object and kept in ``cache``."""
    hit = cache.get(id(source))
    if hit is not None and hit[0] is source:
        return hit[1]
    value = build(source)
    cache[id(source)] = (source, value)
    return value


def word_automaton(words: Iterable[str]):
    """An Aho-Corasick automaton over ``words``, each its own value (one scan tells which
    of them a text holds), or None when there are none (an empty automaton cannot scan)."""
    import ahocorasick
    automaton = ahocorasick.Automaton()
    for word in words:
        automaton.add_word(word, word)
    if not len(automaton):
        return None
    automaton.make_automaton()
    return automaton

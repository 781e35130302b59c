"""A state's adjective before a noun of what the state itself owns ("the American
destroyer", "a US base"): the state is what was struck (kg/lang/<code>/state_owned.yaml).
English only: Arabic names the owner after the noun ("المدمرة الأمريكية"), which the
nisba rules read."""
from __future__ import annotations

from functools import lru_cache

from kg.lang import language_data


@lru_cache(maxsize=None)
def _heads(lang: str) -> frozenset[str]:
    if lang != "en":
        return frozenset()
    return frozenset(str(w).lower() for w in language_data(lang, "state_owned").get("heads", ()))


def state_owned(items, j: int, lang: str) -> bool:
    """The mention at ``j`` is a state's adjective and a noun of a state's own asset follows."""
    m = items[j].mention
    if m is None or m.kind != "nisba" or m.cls != "State" or j + 1 >= len(items):
        return False
    nxt = items[j + 1]
    heads = _heads(lang)
    if nxt.mention is not None or not nxt.word:
        return False
    word = nxt.word.lower()
    if word in heads:
        return True
    two = f"{word} {items[j + 2].word.lower()}" if j + 2 < len(items) and items[j + 2].word else ""
    return two in heads

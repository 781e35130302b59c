"""A series of attacks as the subject of the trigger verb, no one attack: "ردا على هجمات
استهدفت القوات الأميركية", "الهجمات التي استهدفت قواعد X في الآونة الأخيرة", "بعد عمليات
قصف استهدفت مواقع X". A plural attack noun (``series_nouns`` in attacks.yaml) or a plural
head of operations before a verbal noun ("عمليات قصف", ``series_heads``) right before the
verb, a relative word allowed between, counts many deeds over a span; with no attacker
named it tells no event (a named one keeps it: the gold conventions count a stated series
whose attacker is named)."""
from __future__ import annotations

from functools import lru_cache

from kg.lang import language_words


@lru_cache(maxsize=None)
def _series_words(lang: str) -> tuple[frozenset[str], frozenset[str]]:
    return language_words(lang, "attacks", "series_nouns"), language_words(lang, "attacks", "series_heads")


def series_subject(words: list[str | None], t: int, lang: str, relatives: frozenset[str],
                   is_verb) -> bool:
    """Whether the trigger at t tells a series: a verb whose subject, right before it, is a
    series; or the series itself (the plural noun, or the verbal noun after a plural head)
    with a verb of attacking right after it ("هجمات استهدفت", "الهجمات التي استهدفت")."""
    nouns, heads = _series_words(lang)
    if not nouns and not heads:
        return False
    if _series_at(words, t, nouns, heads):
        k = t + 1
        if k < len(words) and words[k] in relatives:
            k += 1
        return k < len(words) and bool(words[k]) and is_verb(words[k])
    k = t - 1
    if k >= 0 and words[k] in relatives:
        k -= 1
    return k >= 0 and _series_at(words, k, nouns, heads)


def _series_at(words: list[str | None], k: int, nouns: frozenset[str], heads: frozenset[str]) -> bool:
    if not words[k]:
        return False
    # "عمليات قصف": the head of operations, then the verbal noun of the deed
    return words[k] in nouns or (k >= 1 and words[k - 1] in heads)

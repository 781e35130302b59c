"""A running toll or a habit, no one attack: a present perfect with a span of time
("have been killed in Israeli strikes since October", "has conducted airstrikes since
Jan. 12", "which has taken part in the past in attacks on US forces"). The perfect alone
is news ("Israel has struck targets in Lebanon"); with the span it counts what happened
over weeks or months. Read by the role frames (triggers.py) and the event-first reading
(event_blocks.py) alike, from ``perfect_auxiliaries`` and ``running_spans`` in
kg/lang/<lang>/attacks.yaml (a language without them has no such block)."""
from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

from kg.lang import language_data
from kg.text.normalize import normalize_key

#: Words from the auxiliary back from the trigger: "have been killed in Israeli strikes",
#: "has taken part in the past in attacks".
AUX_REACH = 8
#: Words after the trigger within which the span stands: "in strikes on Lebanon since".
SPAN_REACH = 8
_ARTICLES = {"the", "a", "an"}


@dataclass(frozen=True, slots=True)
class RunningCues:
    auxiliaries: frozenset[str]
    spans: tuple[tuple[str, ...], ...]
    breaks: frozenset[str]


@lru_cache(maxsize=None)
def running_cues(lang: str) -> RunningCues:
    d = language_data(lang, "attacks")
    spans = [tuple(normalize_key(w) for w in s.split()) for s in d.get("running_spans") or ()]
    # The role frames' items drop the articles ("in the past" reads "in past").
    spans += [bare for s in spans if (bare := tuple(w for w in s if w not in _ARTICLES)) != s]
    spans = tuple(spans)
    return RunningCues(frozenset(normalize_key(w) for w in d.get("perfect_auxiliaries") or ()), spans,
                       frozenset(normalize_key(w) for w in d.get("clause_breaks") or ()))


def running_toll(words: list[str | None], start: int, end: int, rc: RunningCues) -> bool:
    """Whether the cue at ``words[start:end]`` follows a perfect auxiliary in its clause
    and a span of time follows that auxiliary within reach of the cue."""
    if not rc.auxiliaries:
        return False
    aux = None
    for j in range(start - 1, max(-1, start - 1 - AUX_REACH), -1):
        if words[j] in rc.auxiliaries:
            aux = j
            break
        if words[j] in rc.breaks:
            return False
    if aux is None:
        return False
    firsts = {s[0] for s in rc.spans}
    for k in range(aux + 1, min(len(words), end + SPAN_REACH)):
        word = words[k]
        if word in firsts and any(tuple(words[k:k + len(s)]) == s for s in rc.spans):
            return True
        if k >= end and word in rc.breaks:
            return False
    return False

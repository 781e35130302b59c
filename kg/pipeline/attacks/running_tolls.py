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
#: Words from a cue heading a perfect's subject to its auxiliary ("fire from Lebanon have").
SUBJECT_TAIL = 3
_ARTICLES = {"the", "a", "an"}


@dataclass(frozen=True, slots=True)
class RunningCues:
    auxiliaries: frozenset[str]
    spans: tuple[tuple[str, ...], ...]
    breaks: frozenset[str]
    #: "three months of cross-border fire have killed": the span stands before the perfect,
    #: as its subject.
    durations: tuple[tuple[str, ...], ...] = ()


@lru_cache(maxsize=None)
def running_cues(lang: str) -> RunningCues:
    d = language_data(lang, "attacks")
    spans = [tuple(normalize_key(w) for w in s.split()) for s in d.get("running_spans") or ()]
    # The role frames' items drop the articles ("in the past" reads "in past").
    spans += [bare for s in spans if (bare := tuple(w for w in s if w not in _ARTICLES)) != s]
    spans = tuple(spans)
    durations = tuple(tuple(normalize_key(w) for w in s.split()) for s in d.get("running_durations") or ())
    return RunningCues(frozenset(normalize_key(w) for w in d.get("perfect_auxiliaries") or ()), spans,
                       frozenset(normalize_key(w) for w in d.get("clause_breaks") or ()), durations)


def _auxiliary(words: list[str | None], start: int, rc: RunningCues) -> int | None:
    """The perfect auxiliary in the clause before ``start``, within reach."""
    for j in range(start - 1, max(-1, start - 1 - AUX_REACH), -1):
        if words[j] in rc.auxiliaries:
            return j
        if words[j] in rc.breaks:
            return None
    return None


def _duration_subject(words: list[str | None], at: int, rc: RunningCues) -> bool:
    """A span of weeks or more heads the perfect's subject before ``at`` ("nearly three
    months of cross-border fire have killed ..."): what it counts happened over that span."""
    for k in range(at - 1, max(-1, at - 1 - AUX_REACH), -1):
        if words[k] in rc.breaks:
            return False
        if any(tuple(words[k:k + len(s)]) == s for s in rc.durations):
            return True
    return False


def running_toll(words: list[str | None], start: int, end: int, rc: RunningCues) -> bool:
    """Whether the cue at ``words[start:end]`` follows a perfect auxiliary in its clause
    and a span of time follows that auxiliary within reach of the cue (or heads its
    subject)."""
    if not rc.auxiliaries:
        return False
    if rc.durations and any(w in rc.auxiliaries for w in words[end:end + SUBJECT_TAIL]) \
            and _duration_subject(words, start, rc):
        return True   # "six weeks of shelling have killed": the cue heads the perfect's subject
    aux = _auxiliary(words, start, rc)
    if aux is None:
        return False
    if rc.durations and _duration_subject(words, aux, rc):
        return True
    firsts = {s[0] for s in rc.spans}
    for k in range(aux + 1, min(len(words), end + SPAN_REACH)):
        word = words[k]
        if word in firsts and any(tuple(words[k:k + len(s)]) == s for s in rc.spans):
            return True
        if k >= end and word in rc.breaks:
            return False
    return False

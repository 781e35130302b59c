"""The target named by a clause of its own after the deed: "أطلق مسيرة تجاه الأراضي
المحتلة، مشيرا إلى أن الهدف كان مدينة X" — the object phrase named no entity, and "the
target was X" names what was aimed at (events.yaml ``stated_targets``)."""
from __future__ import annotations

from kg.pipeline.attacks.cues import TARGETS
from kg.pipeline.attacks.event_cues import event_cues
from kg.pipeline.attacks.items import Item, strip_conj

#: Words from the target noun to the entity it names ("الهدف كان مدينة X": the copula and
#: the place's common noun between).
STATED_GAP = 4
#: Items after the trigger within which the target noun may stand (its clause and the one
#: of saying after it).
STATED_REACH = 14


def stated_target(items: list[Item], t: int, lang: str) -> str | None:
    """The entity a target noun after the trigger at ``t`` names, if any."""
    nouns = event_cues(lang).stated_targets
    if not nouns:
        return None
    for k in range(t + 1, min(len(items), t + 1 + STATED_REACH)):
        w = items[k].word
        if not w or strip_conj(w) not in nouns:
            continue
        for j in range(k + 1, min(len(items), k + 1 + STATED_GAP)):
            m = items[j].mention
            if m is not None:
                return m.entity if m.cls in TARGETS and m.cls != "Person" else None
        return None
    return None

"""Which way a containment reads when one side is a numbered unit (thirteenth round of
issue 13): "مقاتلي الحشد في اللواء 45" puts the PMF's fighters in brigade 45, a unit of
the PMF; a numbered brigade, battalion or company never contains a named group, so
"X في اللواء N" says the unit is X's, not that X is the unit's."""
from __future__ import annotations

from kg.model import Doc

#: Discovery rules of units named by their number (kg.lang.ar.units, kg.lang.en.discovery).
_NUMBERED = frozenset({"ar.discover.numbered_unit", "en.discover.numbered_unit"})


def is_numbered_unit(doc: Doc, key: str) -> bool:
    entity = doc.entities.get(key)
    return entity is not None and entity.source in _NUMBERED


def unit_side(doc: Doc, raw: dict, predicate: str, subject: str, obj: str) -> tuple[str, str]:
    """(subject, object) of a memberOf read by a rule marked ``numbered_unit_inside``:
    reversed when only the object is a numbered unit."""
    if raw.get("numbered_unit_inside") and predicate == "memberOf" \
            and is_numbered_unit(doc, obj) and not is_numbered_unit(doc, subject):
        return obj, subject
    return subject, obj

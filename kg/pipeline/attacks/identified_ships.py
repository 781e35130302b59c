"""A ship struck at sea, named only in the next sentence by a verb of identifying ("X
said it hit a freighter at sea. X identified the vessel as the Y."): the ship named is what was struck, and the sea where (issue 13, round i13k34)."""
from __future__ import annotations

from kg.model import Attack, Doc

#: The discovery rules that name a ship by a verb of naming or identifying after its noun
#: (kg/lang/en/vessels.py): "identified the vessel as the Y", "a tanker called Y".
_NAMING_RULES = frozenset({"en.discover.vessel_called"})
#: How many sentences later the name may come.
_SPAN = 2


def name_identified_ships(attacks: list[Attack], doc: Doc, open_water) -> None:
    """Retarget an attributed attack on open water (``open_water(key)``), or on nothing named
    there, to the one ship named by identification in the next ``_SPAN`` sentences, when no
    attack of the document already struck that ship and no other attack stands between."""
    struck = {a.target for a in attacks}
    for a in attacks:
        sea = a.target if a.target is not None else a.place
        if a.attacker is None or sea is None or not open_water(sea):
            continue   # (no target: an unnamed ship struck at sea, told by its place)
        told = a.evidence.sentence
        if any(told < b.evidence.sentence <= told + _SPAN for b in attacks):
            continue   # a later attack of its own tells what else was struck
        ships = {m.entity for m in doc.mentions
                 if m.cls == "Vessel" and m.rule in _NAMING_RULES and told < m.sentence <= told + _SPAN}
        if len(ships) != 1 or next(iter(ships)) in struck:
            continue
        a.place = a.place or sea
        a.target = next(iter(ships))
        struck.add(a.target)

"""Allies: states named together as one side of an attack ("طائرات أميركية وبريطانية",
"الضربات الأمريكية البريطانية", "US and British warplanes"). The role readers take one
state, the one nearest the cue; every state of the coordinated list struck, so the others
join the attack as its allies (written as attackers too)."""
from __future__ import annotations

from functools import lru_cache

from kg.lang import language_data
from kg.model import Attack, Doc, Mention

#: How a state can be named in the list: its adjective ("بريطانية", "British"), its
#: people or forces ("طائرات أميركية"), or its name ("US" in "US and British jets").
_LISTED = {"nisba", "proxy", "name"}


@lru_cache(maxsize=None)
def _links(lang: str) -> frozenset[str]:
    """Words that join two states of one list (kg/lang/<lang>/details.yaml `ally_links`)."""
    return frozenset(str(w).lower() for w in language_data(lang, "details").get("ally_links") or ())


def join_allies(attacks: list[Attack], doc: Doc) -> None:
    """Give each attack whose attacker is a state named in a coordinated list the other
    states of that list. A list needs an adjective or people on one side at least ("US
    and British"); two bare names ("Israel and Iran") are as often two sides."""
    by_sentence: dict[int, list[Mention]] | None = None
    for a in attacks:
        e = doc.entities.get(a.attacker) if a.attacker else None
        if a.mutual or e is None or e.cls != "State":
            continue
        if by_sentence is None:
            by_sentence = {}
            for m in sorted(doc.mentions, key=lambda m: m.nstart):
                by_sentence.setdefault(m.sentence, []).append(m)
        here = by_sentence.get(a.evidence.sentence, [])
        for i, m in enumerate(here):
            if m.entity != a.attacker or m.cls != "State" or m.kind not in _LISTED:
                continue
            allies = _listed_with(here, i, doc)
            a.allies = [k for k in allies if k not in (a.attacker, a.target)]
            if a.allies:
                break


def _listed_with(here: list[Mention], i: int, doc: Doc) -> list[str]:
    """The states joined to the mention at ``i`` by list links, both ways."""
    out: list[str] = []
    for step in (1, -1):
        j = i
        while 0 <= j + step < len(here):
            left, right = (here[j], here[j + step]) if step == 1 else (here[j + step], here[j])
            if not _joined(left, right, doc):
                break
            j += step
            out.append(here[j].entity)
    return list(dict.fromkeys(out))


def _joined(left: Mention, right: Mention, doc: Doc) -> bool:
    if left.cls != "State" or right.cls != "State" or right.kind not in _LISTED or left.kind not in _LISTED:
        return False
    if "name" in (left.kind, right.kind) and left.kind == right.kind:
        return False
    gap = doc.norm.text[left.nend:right.nstart].strip().lower()
    if not gap:
        # "الأمريكية البريطانية": two adjectives side by side describe one noun.
        return left.kind != "name" and right.kind == "nisba"
    return gap in _links(doc.lang)

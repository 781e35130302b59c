"""A place named right after a town, base or site locates it; it is no second target:
"غارة على بلدة X جنوب لبنان", "struck X, southern Lebanon", "hit Y, Lebanon". The region
(with or without a comma) or the state (after a comma) says where the first place lies,
as "في جنوب لبنان" would. Lists stay lists: "A، B وC" names three places struck."""
from __future__ import annotations

#: What the first place may be: a town, a base or a site (a region or a state before
#: another area is a list: "Gaza, the West Bank and Lebanon").
_LOCATED = frozenset({"Place", "MilitaryBase", "Facility"})
_AREAS = frozenset({"Place", "Region", "State"})
_COORDINATORS = frozenset({"و", "and", "or", "او"})


def locates_place_before(items, j: int) -> bool:
    """Whether the mention at ``j`` is a region or state that locates the place right before it."""
    it = items[j]
    m = it.mention
    if m is None or j == 0 or m.kind in ("nisba", "proxy") or it.clitic:
        return False
    prev = items[j - 1].mention
    if prev is None or prev.cls not in _LOCATED or prev.kind == "nisba":
        return False
    # a region, or a state after a comma ("Tyre, Lebanon"; bare, "صنعاء اليمن", is too rare to trust)
    if not (m.cls == "Region" or (m.cls == "State" and it.comma)):
        return False
    return not (it.comma and _in_list(items, j))


def belongs_to_place(items, j: int, c) -> bool:
    """Whether the area at ``j`` is what the place before it belongs to: "قرية X التابعة
    لقضاء Y" (Y is where X lies, never the owner of something struck)."""
    m = items[j].mention
    if m is None or m.cls not in _AREAS or m.kind in ("nisba", "proxy") or j < 2:
        return False
    k = j - 1
    word = items[k].word
    if word and word[:1] == "ل" and not c.word(word, c.owner_markers):
        k -= 1   # "التابعة لقضاء Y": the area's own noun, glued to ل
    if k < 1 or not items[k].word or not c.word(items[k].word, c.owner_markers):
        return False
    before = items[k - 1].mention
    return before is not None and before.cls in _AREAS and before.kind != "nisba"


def _in_list(items, j: int) -> bool:
    """Whether the places around ``j`` form a list: a coordinated place after it, or a
    comma-joined place before the first one ("A, B, C and D")."""
    nxt = items[j + 1] if j + 1 < len(items) else None
    if nxt is not None and (nxt.word in _COORDINATORS
                            or (nxt.mention is not None and nxt.clitic[:1] == "و")):
        return True
    if nxt is not None and nxt.comma and nxt.mention is not None:
        return True
    before = items[j - 2] if j >= 2 else None
    return bool(items[j - 1].comma and before is not None and before.mention is not None)

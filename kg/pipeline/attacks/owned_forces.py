"""An unnamed force "belonging to" a named actor: "الطيران التابع لإسرائيل"، "الطائرات
التابعة لـX"، "القوات التابعة للحرس الثوري". The force noun names no actor of its own (no
lexicon name, no weapon; at most a generic one, "القوات"), so the actor after "التابع(ة) لـ" is the one acting wherever the
force stands as the doer: the subject after the verb or before it, or the agent after a
strong agent word ("شنها الطيران التابع لـX"). A site "belonging to" an actor ("مقرات تابعة
لـX") is not a force: its owner is the one struck (targets._owner_targets)."""
from __future__ import annotations

from kg.pipeline.attacks.cues import ATTACKERS, AttackCues
from kg.pipeline.attacks.items import bare_word

#: Described forces ("القوات"، "مسلحون": generic_actors.py) that a named actor may own.
_GENERIC_FORCES = frozenset({"SecurityForces", "UnidentifiedArmedGroup"})


def _force_noun(word: str | None, c: AttackCues) -> bool:
    """A plural or collective force noun with or without its article ("الطيران"، "طائرات")."""
    if not word:
        return False
    word = bare_word(word)
    return bool(c.word(word, c.own_forces) or word.startswith("ال") and c.word(word[2:], c.own_forces))


def owner_of_force(items, j: int, c: AttackCues) -> int | None:
    """The index of the actor whose force the bare force noun at ``j`` is ("الطيران التابع
    لإسرائيل": the index of إسرائيل), or None."""
    if c.lang != "ar" or j < 0 or j + 2 >= len(items):
        return None
    force = items[j].mention
    if not (_force_noun(items[j].word, c) if force is None else
            force.kind == "generic" and force.cls in _GENERIC_FORCES):
        return None
    marker, owner = items[j + 1], items[j + 2]
    if not (marker.word and c.word(marker.word, c.owner_markers)) or owner.mention is None \
            or owner.mention.cls not in ATTACKERS or owner.mention.kind == "nisba" or owner.clitic[-1:] != "ل":
        return None
    return j + 2


def owned_force_at(items, j: int, c: AttackCues) -> bool:
    """The actor at ``j`` owns the bare force noun two words before it."""
    return j >= 2 and owner_of_force(items, j - 2, c) == j

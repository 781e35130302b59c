"""A weapon's name that is a group's adjective (thirteenth round of issue 13): in "فصائل
مقاتلة موالية لإيران" "مقاتلة" is "fighting", said of the factions, not a fighter jet;
read as a weapon it cut the collective from its backer."""
from __future__ import annotations

from kg.lang.cues import cues
from kg.pipeline.tokens import strip_proclitic


def describes_a_group(text: str, start: int, stop: int) -> bool:
    """Whether the Arabic word at ``start:stop`` of normalised ``text`` is one of the
    collective adjectives (cues.yaml) right after a collective head ("فصائل", "للجماعات")."""
    c = cues("ar")
    if text[start:stop] not in c.collective_adjectives or text[start - 1:start] != " ":
        return False
    before = text[max(0, start - 30):start - 1].rsplit(" ", 1)[-1]
    return bool(before) and strip_proclitic(before, c.collective_heads) is not None

"""A weapon that struck something the text describes but does not name: "Drones struck two
bases in eastern Syria", "استهدفت طائرات مسيرة قاعدتين عسكريتين". The strike happened (the
weapon is the subject of a past trigger verb), so it is an attack with no named target; a
claim told after it ("X claimed the attacks") then names its attacker, as for any attack
told without one (kg/pipeline/attacks/extractor.py, ``_claim``)."""
from __future__ import annotations

from kg.pipeline.attacks.cues import AttackCues
from kg.pipeline.attacks.items import strip_conj

#: Words the object may take before its head noun: a count, an article, adjectives
#: ("two", "a", "military", "عسكريتين" after the noun is read past it too).
_OBJECT_REACH = 4


def described_object(items, t: int, c: AttackCues) -> bool:
    """Whether the trigger at ``t`` has as its object a target noun (a base, a ship, positions:
    attacks.yaml ``target_heads``, ``owned_targets``) with no name: the words right after it,
    past the weapon a verb-first sentence puts between ("استهدفت طائرات مسيرة قاعدتين"),
    before any other mention, preposition or clause break."""
    k = t + 1
    if k < len(items) and items[k].mention is not None and items[k].mention.cls == "Weapon":
        k += 1
    for j in range(k, min(len(items), k + _OBJECT_REACH)):
        it = items[j]
        if it.mention is not None or not it.word or c.is_break(items, j) or (it.comma and j > k):
            return False
        word = it.word.lower()
        if c.word(word, c.target_preps) is not None or c.word(word, c.locatives) is not None \
                or c.word(word, c.agent_preps) is not None:
            return False   # "struck near a base", "أطلقت من سفن": no object of the verb
        # The noun itself, with no preposition glued to it ("لسفن", "بقواعد": for, with);
        # English plurals of the listed singulars too ("two outposts").
        bare = strip_conj(word)
        if any(w in c.target_heads or w in c.owned
               for w in ((bare, bare[:-1]) if c.lang == "en" else (bare,)) if w):
            return True
    return False

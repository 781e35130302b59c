"""Explosions that were accidents, not assaults (``accidents`` and ``handling`` in
kg/lang/<lang>/events.yaml): a weak cue beside a word of accident ("انفجار اسطوانة غاز"), a
killing told beside such an explosion, a bomb that went off while its own men handled
it, and a munition beside a word of fireworks (``fireworks``: "فتيل صاروخ"). A step of :func:`kg.pipeline.attacks.event_blocks.blocked`."""
from __future__ import annotations

from kg.pipeline.attacks.event_cues import EventCues, Hit, matches
from kg.pipeline.derived import built_once


def accident(words: list[str], hit: Hit, ec: EventCues) -> bool:
    """A weak cue next to a word of accident ("انفجار اسطوانة غاز", "الزلازل التي
    ضربت"), or a killing told beside such an explosion ("قتل ثلاثة في انفجار اسطوانة غاز");
    a bomb, strong cue or not, that went off while its own men handled it."""
    if _mishandled(words, hit, ec) or _firework(words, hit, ec):
        return True
    if hit.strong or not ec.accidents:
        return False
    if _near_accident(words, hit.start, hit.end, ec):
        return True
    if hit.kind != "Attack":
        return False
    explosions = built_once(_EXPLOSIONS, ec, _explosion_words)
    return not explosions.isdisjoint(words) and any(
        _near_accident(words, k, k + 1, ec) for k, w in enumerate(words) if w in explosions)


#: How far after an explosion's cue its time word of handling may stand ("انفجرت العبوة أثناء").
HANDLING_WINDOW = 6


def _mishandled(words: list[str], hit: Hit, ec: EventCues) -> bool:
    """"انفجرت العبوة أثناء محاولة المجموعة زرعها", "قتل مسلحان بانفجار عبوة خلال تصنيعها":
    the bomb went off while its own men planted or built it (``handling`` in events.yaml),
    an accident of theirs, not an assault; a killing beside such a blast is theirs too."""
    if not ec.handling or hit.kind not in ("Bombing", "Attack"):
        return False
    explosions = built_once(_EXPLOSIONS, ec, _explosion_words)
    if hit.kind == "Attack" and explosions.isdisjoint(words[hit.end:hit.end + HANDLING_WINDOW]):
        return False   # a killing counts only beside an explosion ("قتل مسلحان بانفجار عبوة")
    for j in range(hit.end, min(len(words), hit.end + HANDLING_WINDOW)):
        if words[j] not in ec.handling_times:
            continue
        for k in range(j + 1, min(len(words), j + 4)):
            w = words[k]
            if w in ec.handling and (w.endswith(("ها", "ه", "هم", "هما")) or k + 1 < len(words)
                                     and words[k + 1] in ec.cues):
                return True
        return False
    return False


_EXPLOSIONS: dict[int, tuple[object, frozenset[str]]] = {}


def _explosion_words(ec: EventCues) -> frozenset[str]:
    """The words that are a weak one-word Bombing cue ("انفجار", "explosion"), listed once."""
    return frozenset(w for w, cues in ec.cues.items()
                     if any(cue.kind == "Bombing" and not cue.strong and not cue.rest for cue in cues))


def _near_accident(words: list[str], start: int, end: int, ec: EventCues) -> bool:
    return any(rest == () or matches(words, j, rest)
               for j in range(max(0, start - 3), min(len(words), end + 3))
               for rest in ec.accidents.get(words[j], ()))


#: How far from a munition its word of fireworks may stand ("فتيل صاروخ"، "صواريخ الألعاب النارية").
FIREWORK_WINDOW = 3


def _firework(words: list[str], hit: Hit, ec: EventCues) -> bool:
    """"أصيب شاب بحروق حين حاول إطفاء فتيل صاروخ انفجر في وجهه": a munition cue, strong or
    not, beside a word of fireworks (``fireworks``) is a firework going off, not a round
    fired at anyone. Only munitions (a car bomb beside a fuse is still a car bomb)."""
    if not ec.fireworks or words[hit.start] not in ec.munitions:
        return False
    return any(matches(words, j, rest) for j in range(max(0, hit.start - FIREWORK_WINDOW),
                                                      min(len(words), hit.end + FIREWORK_WINDOW))
               for rest in ec.fireworks.get(words[j], ()))

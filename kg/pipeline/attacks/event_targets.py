"""The target of an event read without a role frame (event_roles.py): what passed when
it went off, who underwent it, the object after a cue (after its subject) or a target
preposition, the people killed or wounded ("مقتل X", "X قتلوا"), else a described group
before the cue; never a state after an origin word ("قادمة من لبنان"), a place joined to a
place after a locative ("في سوريا والأردن") or a responder who rushed to the scene — split
from event_roles.py by role."""
from __future__ import annotations

from kg.pipeline.attacks.cues import PLACES, AttackCues
from kg.pipeline.attacks.items import Item, strip_conj
from kg.pipeline.attacks.place_words import names_a_border, street_name
from kg.pipeline.attacks.event_blocks import UNDERGONE_WINDOW
from kg.pipeline.attacks.event_cues import event_cues, matches
from kg.pipeline.attacks.event_role_words import active_subject as _active_subject, trailing_speaker as _trailing_speaker
from kg.pipeline.attacks.event_role_mentions import (
    ROLE_REACH, VICTIM_CLASSES, origin as _origin, owned as _owned, proxy as _proxy, role_mention as _role_mention)

#: Items read past a target preposition for the group of its members ("على مجموعة من عناصر X").
MEMBER_REACH = 5


def _teller(items: list[Item], j: int, c: AttackCues) -> bool:
    """The mention at j stands right before the word opening what it tells, an
    adjective at most between ("قالت الشرطة إن ..."، "أفاد مسؤولون محليون بأن"): the
    teller of the event, no side of it."""
    return any(it.word in c.hedge_links for it in items[j + 1:j + 3] if it.word)



def _passing(items: list[Item], c: AttackCues, attacker: str | None) -> str | None:
    """"انفجرت عبوة لدى مرور دورية للجيش": the patrol, convoy or car passing when the bomb
    went off was struck (``passing`` in events.yaml); the actor right after the phrase."""
    phrases = event_cues(c.lang).passing
    if not phrases:
        return None
    words = [it.word for it in items]
    for j, word in enumerate(words):
        for rest in phrases.get(word, ()) if word else ():
            end = j + 1 + len(rest)   # the actor passing stands right after the phrase
            if end < len(items) and matches(words, j, rest):
                m = _role_mention(items[end])
                # a state's patrol ("دورية للجيش الأميركي") is that state's forces, not a place
                if m is not None and m.entity != attacker and (
                        m.cls not in PLACES - {"MilitaryBase", "Facility"} or m.kind == "proxy"):
                    return m.entity
    return None


def _underwent(items: list[Item], t: int, c: AttackCues, attacker: str | None) -> str | None:
    """"تعرض قيادي في الحزب أمس للخطف": the subject of a verb of undergoing before the cue
    (``undergone`` in events.yaml) underwent the assault."""
    verbs = event_cues(c.lang).undergone
    for j in range(t - 1, max(-1, t - UNDERGONE_WINDOW), -1):
        if items[j].word in verbs:
            return next((m.entity for it in items[j + 1:t] if (m := _role_mention(it)) is not None
                         and m.entity != attacker and m.cls not in PLACES - {"MilitaryBase", "Facility", "State"}),
                        None)
    return None



def responder(items: list[Item], j: int, c: AttackCues) -> bool:
    """The actor at j is the subject of a verb of arriving at the scene ("وهرعت الشرطة
    إلى المكان", "police rushed to the scene"): sent there after the event, not struck by
    it (a patrol arriving somewhere else may be the one struck)."""
    ec = event_cues(c.lang)
    if not ec.arrivals:
        return False
    # Arabic puts the verb right before its subject, or right after it when the subject
    # opens the clause ("سيارات الإسعاف والشرطة توجهت"); English right after it (or after a
    # co-ordinated subject: "police and ambulances rushed").
    # A plain noun may head the subject ("لدى وصول دوريات الشرطة إلى المكان").
    near = [j - 1, j + 1] + ([j - 2] if j > 1 and items[j - 1].mention is None else []) \
        if c.lang == "ar" else range(j + 1, min(len(items), j + 4))
    verb = next((k for k in near if 0 <= k < len(items) and items[k].word in ec.arrivals), None)
    return verb is not None and any(it.word in ec.sites for it in items[max(j, verb) + 1:max(j, verb) + 7])


def _member_of(items: list[Item], j: int, c: AttackCues) -> bool:
    """The group at j follows a noun of membership: "ناشطا في X", "عناصر من X", "عناصر X",
    "a member of X"."""
    if j < 1 or items[j].mention is None or items[j].mention.cls not in ("ArmedGroup", "Organization"):
        return False
    prev = items[j - 1].word
    if prev and c.word(prev, c.members):
        return not items[j].clitic
    return j >= 2 and prev in ("في", "من", "of", "in") and bool(c.word(items[j - 2].word, c.members))



def read_target(items: list[Item], cues: list[int], subject_at: int | None, casualties: list[int],
            c: AttackCues, attacker: str | None) -> str | None:
    """What passed when it went off ("لدى مرور دورية للشرطة"), else the object of a cue or
    after a target preposition, else the people killed or wounded, else a described group
    before the cue that is not who tells it ("قالت الشرطة إن مسلحين هاجموا مسجدا")."""
    ec = event_cues(c.lang)
    passed = _passing(items, c, attacker)
    if passed is not None:
        return passed
    underwent = _underwent(items, cues[0], c, attacker)
    if underwent is not None:
        return underwent
    for t in cues:
        start = (subject_at + 1) if subject_at is not None and subject_at > t else t + 1
        end = t + ROLE_REACH
        j = start
        placed = False   # the last mention read was a place after a locative
        while j < min(len(items), end):
            it = items[j]
            if it.word and c.is_break(items, j):
                break
            if it.word and c.word(it.word, c.target_preps):
                end = max(end, j + MEMBER_REACH)   # "على مجموعة من عناصر X": read on to X
            if _trailing_speaker(items, j, c):
                break   # "gunmen opened fire on a tanker, the firm added": who told it, and the end
            j += 1
            m = _role_mention(it)
            if m is None or m.entity == attacker or m.cls in PLACES - {"MilitaryBase", "Facility", "State"} \
                    or responder(items, j - 1, c) or street_name(items, j - 1, c) or names_a_border(items, j - 1, c):
                continue
            prev = items[j - 2].word
            if _member_of(items, j - 1, c):
                return m.entity   # "ناشطا في كتائب X": the group's member was struck
            if prev and c.word(prev, c.locatives) and j > 2 and items[j - 3].word in ec.directions:
                return m.entity   # "باتجاه شمال إسرائيل": what it was fired at, not where it fell
            if it.clitic[-1:] == "ب" or (prev and c.word(prev, c.locatives)) or _owned(items, j - 1, c) \
                    or (prev in c.route_nouns and it.clitic[-1:] == "ل"):   # "قرى مجاورة للعراق": where
                placed = m.cls in PLACES
                continue
            # "في سوريا والأردن", "in Syria and Jordan": a place joined to a place is a place too.
            if placed and m.cls in PLACES and (it.clitic[:1] == "و" or prev in ("and", "or")):
                continue
            if _origin(items, j - 1, c):
                continue   # "مسيرة قادمة من لبنان": where it came from, not what it struck
            placed = False
            nxt = items[j].mention if j < len(items) else None
            if nxt is not None and nxt.kind == "nisba" and nxt.entity == attacker:
                continue   # "لمقاتلات أميركية بريطانية": the attacker's co-adjective, one side's jets
            return m.entity
    for k in casualties:
        # "مقتل 30 شرطيا", "إصابة اثنين من الجنود", "ستة مدنيين قتلوا".
        for j in list(range(k + 1, min(len(items), k + 7))) + [k - 1, k - 2]:
            if j < 0:
                continue
            m = _role_mention(items[j], VICTIM_CLASSES) or (_proxy(items[j]) if j > k else None)
            if m is not None and m.entity != attacker and not responder(items, j, c):
                return m.entity
    t = cues[0]
    for j in range(t - 1, max(-1, t - ROLE_REACH), -1):
        m = _role_mention(items[j])
        if m and m.entity != attacker and m.cls in ("Civilians", "SecurityForces", "GenericActor", "Person") \
                and not responder(items, j, c) and not _teller(items, j, c) and not _active_subject(items, j, t, c):
            return m.entity
        if m and attacker is None and m.cls in ("MilitaryBase", "Facility") and j + 1 < t \
                and strip_conj(items[j + 1].word or "") in ec.relatives - {"من"} and not _teller(items, j, c):
            return m.entity   # "قاعدة X التي تضم قوات ...، قصفت": the base the relative clause describes
    return None

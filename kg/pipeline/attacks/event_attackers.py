"""The attacker of an event read without a role frame (event_roles.py): a state's
adjective on a cue or its weapon ("غارة أميركية", "صاروخ إسرائيلي"), an agent phrase
("من قبل X", "على يد X", "شنه X", "by X"), the weapon's owner or sender, the speaker whose
forces did it, the subject of a cue verb right after it ("اغتال مسلحون ...") or right
before it in its clause — split from event_roles.py by role."""
from __future__ import annotations

from kg.lang.cues import cues as lang_cues
from kg.pipeline.agent_nouns import agent_table
from kg.pipeline.attacks.attacker_clauses import relative_object
from kg.pipeline.attacks.cues import RESPONSE, AttackCues
from kg.pipeline.attacks.items import Item, strip_conj
from kg.pipeline.attacks.event_cues import event_cues
from kg.pipeline.attacks.event_done import waging_weapon_state
from kg.pipeline.attacks.cue_owners import AGENT_CLASSES, glued_cue as _glued_cue, owner_after_cue, prepositional as _prepositional
from kg.pipeline.attacks.event_targets import responder
from kg.pipeline.attacks.event_role_mentions import (
    COMPLEMENTIZERS, is_count as _is_count, origin as _origin, owned as _owned, role_mention as _role_mention)

#: Two-word agent markers: "على يد X", "من قبل X".
AGENT_PAIRS = {("علي", "يد"), ("علي", "ايدي"), ("من", "قبل"), ("carried", "out"), ("at", "hands")}
NISBA_REACH = 5


def _verb_of(items: list[Item], j: int, ec) -> bool:
    """The word at j is a verb of striking or of what an attack did ("استهدفت", "أسفر")."""
    word = items[j].word
    return bool(word) and (word in ec.assault_verbs or word in ec.subject_predicates)



def _weapon_before(items: list[Item], j: int) -> bool:
    """A weapon names what the owner at j owns ("طائرة مسيرة تابعة لـX"), not a bus or
    a house ("حافلة تابعة للشرطة": the police's bus was struck)."""
    return any(it.mention is not None and it.mention.cls == "Weapon" for it in items[max(0, j - 4):j])


def read_attacker(items: list[Item], cues: list[int], c: AttackCues, first: int,
              speaker: str | None = None, counted=frozenset(), numbers=frozenset(),
              casualty_set=frozenset(), sites=frozenset()) -> tuple[str | None, int | None]:
    """The attacker and, when it is the subject right after a cue verb, its item index.
    ``cues``: the cue words that may have a subject; ``first``: the first cue word."""
    ec = event_cues(c.lang)
    for t in cues:
        owner = owner_after_cue(items, t, c)
        if owner is not None:
            return items[owner].mention.entity, None
    for t in cues:
        # A state's adjective on the cue or its weapon: "غارة جوية أميركية", "صاروخ إسرائيلي";
        # not on the people it struck ("خطف ثلاثة جنود أميركيين"), nor on the object of a
        # verb after the cue ("غارة استهدفت قرية باكستانية": the village is Pakistani).
        if _verb_of(items, t, ec) and any(t0 < t <= t0 + NISBA_REACH for t0 in cues):
            continue   # the verb of the cue noun before it: an adjective after it is on its object
        for j in range(max(0, t - 1), min(len(items), t + NISBA_REACH)):
            if j < t and items[t].comma:
                continue   # "مصور القناة العراقية، واختطف": the adjective before the comma is another noun's
            if j > t and (_verb_of(items, j, ec) or items[j].word in ec.resident_verbs):
                break   # ... nor on who lives in what it hit ("منزل تقطنه عائلة فلسطينية")
            m = items[j].mention
            if m is not None and m.kind == "nisba" and m.cls == "State":
                return m.entity, None
            if j > t and (items[j].word and (c.is_break(items, j) or items[j].comma or _is_count(items[j], numbers)
                                              or c.word(items[j].word, c.target_preps))
                          or m is not None and m.cls != "Weapon"):
                break
    waging = next((state for t in cues if (state := waging_weapon_state(items, t, ec))), None)
    if waging is not None:
        return waging, None   # "مسيرة إسرائيلية شنت غارة على سيارة"
    # "غارة ... ردا على هجوم شنته X": the agent of the attack responded to is not this one's.
    response = next((j for j in range(first + 1, len(items))
                     if items[j].kinds & RESPONSE), len(items))
    for j in range(1, response):
        m = _role_mention(items[j], AGENT_CLASSES)
        if m is None or j in sites:
            continue
        k = j - 1
        if k > 1 and _is_count(items[k], numbers):
            k -= 1   # the agents counted: "من قبل أربعة مسلحين"
        prev = items[k].word
        before = items[k - 1].word if k > 0 else None
        if (before, prev) in AGENT_PAIRS or (prev and c.word(prev, c.strong_agents)) or \
                f"{before} {prev}" in c.strong_agents or (prev == "by" and j > first):
            return m.entity, None
        if j > first and prev in ec.force_nouns and before and c.word(before, c.strong_agents) \
                and items[k].mention is None:
            return m.entity, None   # "قصف نفذه طيران الاحتلال": the agent's aircraft, the agent owns them
        if _owned(items, j, c) and j > first and _weapon_before(items, j):
            return m.entity, None   # "طائرة مسيرة تابعة لجيش ...": the weapon's owner fired it
        if j > first and _source_of(items, j, cues):
            return m.entity, None   # "هجوم بطائرات مسيرة من X": X sent it
        if j > first and claimed_in_relative(items, j, c):
            return m.entity, None   # "an attack on the base, which X later claimed"
    passives = ec.passive_only
    if speaker is not None and any(
            items[t - 1].word and c.word(items[t - 1].word, c.pronoun_complementizers)
            and items[t].word not in passives for t in cues if t):
        return speaker, None   # "قال الجيش انه قتل ...": the speaker did it ("إنه اغتيل": it underwent it)
    if speaker is not None and (any(_own_forces(items, t, c) for t in cues) or any(
            _own_forces(items, p + 1, c) for p in range(1, min(first, len(items) - 1)))):
        return speaker, None   # "قال الجيش إن جنوده قتلوا ...", "إن قواته أطلقت صاروخا": its forces did it
    for t in cues:
        # Verb first: "اغتال مسلحون مجهولون العميد"; the subject carries no preposition
        # (a count right after a killing verb is its object: no subject follows).
        # Nor after any cue verb: "خطف ثلاثة جنود" took the soldiers (it reads active or passive).
        counted_after = t + 1 < len(items) and _is_count(items[t + 1], numbers)
        # "سيارة مفخخة استهدفت دورية للشرطة": the weapon is the verb's subject, the patrol its object.
        weapon_subject = t > 0 and items[t - 1].mention is not None and items[t - 1].mention.cls == "Weapon"
        # English puts the subject first: after its verb stands the object ("gunmen seized a reporter").
        verb_first = c.lang == "ar" and t not in counted and not counted_after and not weapon_subject
        for j in (t + 1, t + 2) if verb_first else ():
            if j >= len(items):
                break
            m = None if j in sites else _role_mention(items[j], AGENT_CLASSES)
            if m is not None:
                if not items[j].clitic and (j == t + 1 or _subject_head(items[t + 1], c, ec)):
                    return m.entity, j
                break
            if items[j].word and (c.word(items[j].word, c.target_preps) or c.word(items[j].word, c.locatives)
                                  or items[j].word in event_cues(c.lang).origins):
                break   # (an origin: "صاروخين من اليمن" were fired from there, Yemen fired nothing)
        # Subject first: "المسلحون هاجموا", "gunmen opened fire"; not across a phrase
        # with a preposition ("قتل ثلاثة من الشرطة بانفجار سيارة مفخخة": the police died).
        for j in range(t - 1, max(-1, t - 4), -1):
            it = items[j]
            if it.mention is None and _prepositional(it):
                break
            if it.word and strip_conj(it.word) in event_cues(c.lang).undergone:
                break   # "القوات الأميركية والتحالف تعرضت لهجوم": who underwent it, not who did it
            if c.lang == "en" and it.word and it.word in lang_cues(c.lang).speech_verbs:
                break   # "the health ministry said the strike killed": the speaker reports it
            m = None if j in sites else _role_mention(it, AGENT_CLASSES)
            if m is not None and _next_but_time(items, j, t, c) and (_prepositional(items[t]) or _glued_cue(items[t], c)) and (
                    any(k in casualty_set or _is_count(items[k], numbers) for k in range(max(0, j - 3), j))):
                break   # "قتل ثلاثة من رجال الشرطة بانفجار": counted people died; "اتهم X حماس بتفجير" acts
            if m is not None and _origin(items, j, c):
                continue   # "a drone from Lebanon exploded": a launch point, not the subject
            if m is not None and responder(items, j, c):
                break   # "وعند وصول الشرطة إلى الموقع انفجرت سيارة": sent to the scene, struck there
            if m is not None and relative_object(items, j, c):
                break   # "قاعدة X التي تضم قوات التحالف، قصفت": the base was struck, not by whom it hosts
            if m is not None and c.lang == "en" and j > 0 and items[j - 1].word \
                    and c.word(items[j - 1].word, c.locatives):
                break   # "a drone attack in Jordan killed three soldiers": where, not who
            if m is not None and j > 0 and items[j - 1].word in event_cues(c.lang).onlooker_verbs:
                break   # "أدانت الصين أمس قتل ...": the condemning verb's subject
            if m is not None and it.clitic[-1:] not in ("ل", "ب", "ك"):
                return m.entity, None
            if it.word and (c.word(it.word, c.breaks) or it.word in COMPLEMENTIZERS
                            or c.word(it.word, c.pronoun_complementizers) or c.word(it.word, c.locatives)
                            or c.word(it.word, c.agent_preps)):
                break   # "قتل ثلاثة من الشرطة في انفجار": the actor before "في" is no subject
    return None, None


def _subject_head(it: Item, c: AttackCues, ec) -> bool:
    """The word between a cue verb and an actor two words on leaves that actor its subject:
    a day or time word ("هاجم أمس مسلحون"), a noun of fighters or forces whose owner it
    is ("اقتحم مسلحو X"، "قصفت طائرات X"), the other side of a clash ("اشتباك مع X") or a
    complementiser whose clause tells the deed subject first ("الاغتيال، أن مسلحين قتلوا"). Any other noun there is the verb's object and
    the actor its owner: "استهدف مقر شرطة" struck a police building; the police did not."""
    if it.mention is not None or not it.word:
        return False
    word = strip_conj(it.word)
    return word in agent_table(c.lang).time_words or word in ec.force_nouns or word == "مع" \
        or word in COMPLEMENTIZERS \
        or bool(c.word(word, c.members)) or word.endswith("و")


def _next_but_time(items: list[Item], j: int, t: int, c: AttackCues) -> bool:
    """The mention at j stands right before the cue at t, or only day and time words
    between ("أصيب ثلاثة جنود أمس بصاروخ": the soldiers were hit, the day is no agent)."""
    between = items[j + 1:t]
    words = agent_table(c.lang).time_words
    return all(it.mention is None and it.word and strip_conj(it.word) in words for it in between)



#: Words that open a relative clause whose subject is the actor after them.
_RELATIVE_OPENERS = frozenset({"which", "that"})
#: Adverbs between the claimant and its verb ("which X later claimed").
_CLAIM_ADVERBS = frozenset({"later", "also", "quickly", "swiftly", "subsequently", "afterwards", "since"})


def claimed_in_relative(items: list[Item], j: int, c: AttackCues) -> bool:
    """Whether the actor at ``j`` is the subject of a relative clause on the attack that
    claims it: "a drone attack on the base, which the Islamic Resistance in Iraq later
    claimed" (the relative word, maybe "the", the actor, maybe an adverb, the claim verb)."""
    k = j - 1
    if k >= 0 and items[k].word == "the":
        k -= 1
    if k < 0 or items[k].word not in _RELATIVE_OPENERS:
        return False
    after = [it.word for it in items[j + 1:j + 3] if it.word]
    return bool(after) and (c.word(after[0], c.claims) or len(after) > 1 and (
        after[0].endswith("ly") or after[0] in _CLAIM_ADVERBS) and c.word(after[1], c.claims))


def _source_of(items: list[Item], j: int, cues: list[int]) -> bool:
    """The group at j follows a bare "من"/"from" right after a cue or its weapon ("هجوم
    بطائرات مسيرة من X", "a drone attack from X"): X sent it. Only a group or an
    institution: a state or a place there is where it was launched from ("من لبنان"),
    and a count before "من" numbers members ("ثلاثة من X")."""
    m = items[j].mention
    if j < 2 or m.cls not in ("ArmedGroup", "Organization") or items[j].clitic or \
            items[j - 1].word not in ("من", "from"):
        return False
    before = items[j - 2]
    return (j - 2) in cues or (before.mention is not None and before.mention.cls == "Weapon"
                               and any(0 < j - 2 - t <= 2 for t in cues))



def _own_forces(items: list[Item], t: int, c: AttackCues) -> bool:
    """The subject right before the cue verb is the speaker's own forces: a noun of
    forces with a pronoun suffix after a complementiser ("إن طائراته قصفت")."""
    if t < 2 or items[t - 1].mention is not None or items[t - 2].word not in COMPLEMENTIZERS:
        return False
    word = items[t - 1].word or ""
    return any(word.endswith(suffix) and c.word(word[:-len(suffix)], c.own_forces)
               for suffix in ("هم", "ها", "ه"))


"""Roles of an event read without a role frame (events.py): from any mention, generic
actors included ("مسلحون مجهولون", "الشرطة العراقية", "civilians").

* clash: both sides after "بين" ("اشتباكات بين X و Y"), or the sentence's actor and the
  one after "مع"; both are attacker and target (``mutual``);
* attacker: a state's adjective on a cue or its weapon ("غارة أميركية", "صاروخ
  إسرائيلي"), an agent phrase ("من قبل X", "على يد X", "شنه X", "by X"), the subject of a
  cue verb right after it ("اغتال مسلحون ...") or right before it in its clause;
* target: the object after a cue (after its subject) or a target preposition, the
  people killed or wounded ("مقتل X", "X قتلوا"), else a described group before the cue;
  never a state after an origin word ("قادمة من لبنان"), a place joined to a place
  after a locative ("في سوريا والأردن") or a responder who rushed to the scene;
* place: the first place after a locative ("في بغداد", "قرب الموصل").
"""
from __future__ import annotations

from kg.model import Mention
from kg.pipeline.agent_nouns import agent_table
from kg.pipeline.attacks.cues import PLACES, AttackCues
from kg.pipeline.attacks.items import Item, bare_word, strip_conj
from kg.pipeline.attacks.place_words import names_a_border, street_name
from kg.pipeline.attacks.event_blocks import UNDERGONE_WINDOW
from kg.pipeline.attacks.event_cues import event_cues, matches
from kg.pipeline.attacks.event_done import waging_weapon_state
from kg.pipeline.attacks.cue_owners import AGENT_CLASSES, glued_cue as _glued_cue, owner_after_cue, prepositional as _prepositional
from kg.pipeline.attacks.event_role_words import active_subject as _active_subject, trailing_speaker as _trailing_speaker

#: Mentions that can play a role: named actors and the generic ones (gunmen, police ...).
ROLE_CLASSES = {"Person", "Organization", "ArmedGroup", "State", "Government", "Coalition", "Actor",
                "GenericActor", "UnidentifiedArmedGroup", "SecurityForces", "Civilians",
                "MilitaryBase", "Facility", "Vessel"}
#: Who is hurt: the people a casualty word counts.
VICTIM_CLASSES = {"Person", "GenericActor", "SecurityForces", "Civilians", "UnidentifiedArmedGroup",
                  "ArmedGroup"}
#: Words that open reported content: the actor before them is the speaker.
COMPLEMENTIZERS = {"ان", "بان", "وان", "انه", "انها", "انهم", "that"}
#: Two-word agent markers: "على يد X", "من قبل X".
AGENT_PAIRS = {("علي", "يد"), ("علي", "ايدي"), ("من", "قبل"), ("carried", "out"), ("at", "hands")}
ROLE_REACH = 8
#: Items read past a target preposition for the group of its members ("على مجموعة من عناصر X").
MEMBER_REACH = 5
NISBA_REACH = 5


def read_roles(items: list[Item], cues: list[int], clash: int | None, casualties: list[int],
               c: AttackCues, speaker: str | None = None, numbers=frozenset(),
               killing=frozenset(), sites=frozenset()) -> tuple[str | None, str | None, bool]:
    """(attacker, target, mutual) of the event whose cue words stand at ``cues``;
    ``speaker``: who the sentence reports as saying it (an agent when it says "it
    killed"); ``numbers``: the number words; ``killing``: the killing verbs that can be
    active ("قتلت"), unlike "أصيب"; ``sites``: the items naming a state by a site or ship
    of its own ("القاعدة الأميركية"), which can be struck but strike nothing."""
    if clash is not None:
        sides = _clash_sides(items, clash)
        if sides:
            return sides[0], sides[1], True
    # "قتل جنديان", "جنديان قتلا": around a killing verb stand its victims, not its agent;
    # a count right after it makes it active ("قتلت القوات 11 مسلحا", "X قتلت 5 مسلحين").
    active = [k for k in casualties if k + 1 < len(items) and _is_count(items[k + 1], numbers)
              and items[k].word in killing]
    # ... and so does a pronoun subject: "قال الحلف إنه قتل عددا من ..." (the speaker killed).
    active += [k for k in casualties if k > 0 and k not in active and items[k].word in killing
               and items[k - 1].word and c.word(items[k - 1].word, c.pronoun_complementizers)]
    # ... or after the verb's own subject: "قتلت قوات الأمن ستة مسلحين".
    verb_first = [k for k in casualties if k + 2 < len(items) and items[k].word in killing
                  and _role_mention(items[k + 1], AGENT_CLASSES) and _is_count(items[k + 2], numbers)]
    agents_at = [t for t in cues if t not in casualties or t in active or t in verb_first]
    attacker, subject_at = _attacker(items, agents_at + [k for k in active + verb_first if k not in agents_at], c,
                                     cues[0], speaker, frozenset(active), numbers, frozenset(casualties), sites)
    target = _target(items, cues, subject_at, casualties, c, attacker)
    return attacker, target, False


def _verb_of(items: list[Item], j: int, ec) -> bool:
    """The word at j is a verb of striking or of what an attack did ("استهدفت", "أسفر")."""
    word = items[j].word
    return bool(word) and (word in ec.assault_verbs or word in ec.subject_predicates)


def _is_count(it: Item, numbers) -> bool:
    return bool(it.word) and (it.word.isdigit() or it.word in numbers)


def _teller(items: list[Item], j: int, c: AttackCues) -> bool:
    """The mention at j stands right before the word opening what it tells, an
    adjective at most between ("قالت الشرطة إن ..."، "أفاد مسؤولون محليون بأن"): the
    teller of the event, no side of it."""
    return any(it.word in c.hedge_links for it in items[j + 1:j + 3] if it.word)


def _role_mention(it: Item | None, classes=ROLE_CLASSES) -> Mention | None:
    m = it.mention if it is not None else None
    if m is None or m.cls not in classes or m.kind == "nisba":
        return None
    return m


def _proxy(it: Item) -> Mention | None:
    """A state named by its people ("جنود إثيوبيين", "Afghan soldiers"): people it can
    lose, so a victim of a casualty word."""
    m = it.mention
    return m if m is not None and m.cls == "State" and m.kind == "proxy" else None


def _clash_sides(items: list[Item], t: int) -> tuple[str, str] | None:
    """"اشتباكات بين X و Y", "clashes between X and Y"; "اشتباكات مع X" with the
    sentence's other actor."""
    for j in range(t + 1, min(len(items), t + ROLE_REACH)):
        word = items[j].word
        if word in ("بين", "between"):
            sides = [m.entity for it in items[j + 1:j + 1 + ROLE_REACH]
                     if (m := _role_mention(it, AGENT_CLASSES | {"Civilians"}))]
            sides = list(dict.fromkeys(sides))
            return (sides[0], sides[1]) if len(sides) >= 2 else None
        if word in ("مع", "with"):
            other = next((m.entity for it in items[j + 1:j + 4] if (m := _role_mention(it, AGENT_CLASSES))), None)
            # The side before "مع" within the reported content: a speaker before "إن" ("ذكر
            # التحالف أن ثلاثين متمردا قتلوا في مواجهات مع ...") reports the clash.
            start = next((k + 1 for k in range(j - 1, -1, -1) if items[k].word in COMPLEMENTIZERS), 0)
            mine = next((m.entity for it in items[start:j] if (m := _role_mention(it, AGENT_CLASSES))
                         and m.entity != other and it.clitic[-1:] not in ("ل", "ب")), None)
            return (mine, other) if other and mine else None
    return None


def _owned(items: list[Item], j: int, c: AttackCues) -> bool:
    """The mention at j follows an owner marker: "تابعة لـX", "belonging to X"."""
    prev = items[j - 1].word if j else None
    return bool(prev) and c.word(prev, c.owner_markers) is not None and \
        (items[j].clitic[-1:] == "ل" or c.lang == "en")


def _weapon_before(items: list[Item], j: int) -> bool:
    """A weapon names what the owner at j owns ("طائرة مسيرة تابعة لـX"), not a bus or
    a house ("حافلة تابعة للشرطة": the police's bus was struck)."""
    return any(it.mention is not None and it.mention.cls == "Weapon" for it in items[max(0, j - 4):j])


def _attacker(items: list[Item], cues: list[int], c: AttackCues, first: int,
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
                     if items[j].word and c.word(items[j].word, c.responses)), len(items))
    for j in range(1, response):
        m = _role_mention(items[j], AGENT_CLASSES)
        if m is None or j in sites:
            continue
        prev = items[j - 1].word
        before = items[j - 2].word if j > 1 else None
        if (before, prev) in AGENT_PAIRS or (prev and c.word(prev, c.strong_agents)) or \
                f"{before} {prev}" in c.strong_agents or (prev == "by" and j > first):
            return m.entity, None
        if _owned(items, j, c) and j > first and _weapon_before(items, j):
            return m.entity, None   # "طائرة مسيرة تابعة لجيش ...": the weapon's owner fired it
        if j > first and _source_of(items, j, cues):
            return m.entity, None   # "هجوم بطائرات مسيرة من X": X sent it
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
                if not items[j].clitic and (j == t + 1 or items[t + 1].mention is None):
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
            m = None if j in sites else _role_mention(it, AGENT_CLASSES)
            if m is not None and _next_but_time(items, j, t, c) and (_prepositional(items[t]) or _glued_cue(items[t], c)) and (
                    any(k in casualty_set or _is_count(items[k], numbers) for k in range(max(0, j - 3), j))):
                break   # "قتل ثلاثة من رجال الشرطة بانفجار": counted people died; "اتهم X حماس بتفجير" acts
            if m is not None and _origin(items, j, c):
                continue   # "a drone from Lebanon exploded": a launch point, not the subject
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


def _next_but_time(items: list[Item], j: int, t: int, c: AttackCues) -> bool:
    """The mention at j stands right before the cue at t, or only day and time words
    between ("أصيب ثلاثة جنود أمس بصاروخ": the soldiers were hit, the day is no agent)."""
    between = items[j + 1:t]
    words = agent_table(c.lang).time_words
    return all(it.mention is None and it.word and strip_conj(it.word) in words for it in between)


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


def _origin(items: list[Item], j: int, c: AttackCues) -> bool:
    """The state at j is named after an origin word ("من لبنان", "from Lebanon"): where a
    drone or rocket came from; by its name only, not its people ("ثلاثة من الجنود")."""
    m = items[j].mention
    return j > 0 and m is not None and m.cls in PLACES and m.kind == "name" and \
        items[j - 1].word in event_cues(c.lang).origins


def _responder(items: list[Item], j: int, c: AttackCues) -> bool:
    """The actor at j is the subject of a verb of arriving at the scene ("وهرعت الشرطة
    إلى المكان", "police rushed to the scene"): sent there after the event, not struck by
    it (a patrol arriving somewhere else may be the one struck)."""
    ec = event_cues(c.lang)
    if not ec.arrivals:
        return False
    # Arabic puts the verb right before its subject, or right after it when the subject
    # opens the clause ("سيارات الإسعاف والشرطة توجهت"); English right after it (or after a
    # co-ordinated subject: "police and ambulances rushed").
    near = [j - 1, j + 1] if c.lang == "ar" else range(j + 1, min(len(items), j + 4))
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


def _own_forces(items: list[Item], t: int, c: AttackCues) -> bool:
    """The subject right before the cue verb is the speaker's own forces: a noun of
    forces with a pronoun suffix after a complementiser ("إن طائراته قصفت")."""
    if t < 2 or items[t - 1].mention is not None or items[t - 2].word not in COMPLEMENTIZERS:
        return False
    word = items[t - 1].word or ""
    return any(word.endswith(suffix) and c.word(word[:-len(suffix)], c.own_forces)
               for suffix in ("هم", "ها", "ه"))


def _target(items: list[Item], cues: list[int], subject_at: int | None, casualties: list[int],
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
                    or _responder(items, j - 1, c) or street_name(items, j - 1, c) or names_a_border(items, j - 1, c):
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
            if m is not None and m.entity != attacker and not _responder(items, j, c):
                return m.entity
    t = cues[0]
    for j in range(t - 1, max(-1, t - ROLE_REACH), -1):
        m = _role_mention(items[j])
        if m and m.entity != attacker and m.cls in ("Civilians", "SecurityForces", "GenericActor", "Person") \
                and not _responder(items, j, c) and not _teller(items, j, c) and not _active_subject(items, j, t, c):
            return m.entity
    return None

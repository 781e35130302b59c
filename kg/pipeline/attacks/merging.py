"""Merging: one attack told several times is one event; each attack on an actor also
states that the attacker opposes it. The document-level steps run once every sentence
is read are in :mod:`kg.pipeline.attacks.document`."""
from __future__ import annotations

import re
from functools import lru_cache

from kg.lang import language_data
from kg.model import DENIED, Attack, Doc, Relation
from kg.pipeline.attacks.cues import ATTACKERS, KIND_PRIORITY, MANNER_KINDS, WEAPON_KINDS
from kg.pipeline.casualty_words import casualty_words, names_another_strike
from kg.pipeline.hostility import reliable_opposition
from kg.text.normalize import normalize_key


def attack_kind(weapons: list[str], manners: set[str]) -> str:
    kinds = {WEAPON_KINDS[w] for w in weapons if w in WEAPON_KINDS}
    kinds |= {MANNER_KINDS[m] for m in manners if m in MANNER_KINDS}
    for k in KIND_PRIORITY:
        if k in kinds:
            return k
    return "Attack"


def merge_unattributed(attacks: list[Attack], doc: Doc) -> list[Attack]:
    """An attack told without its attacker ("Tuesday's attack on Ain al-Asad") is the
    attributed attack on the same target told elsewhere in the document. A day apart is
    still one when a day was reckoned ("yesterday", "on Tuesday", "a day after": easily
    off by one), never when both tellings write their dates out ("on 5 January" and
    "on 6 January" are two strikes on one base)."""
    attributed = {}
    for a in attacks:
        if a.attacker:
            attributed.setdefault(a.target, a)
    out = []
    for a in attacks:
        if a.attacker is None and a.target in attributed:
            other = attributed[a.target]
            if same_day(a, other) or abs((a.date - other.date).days) <= 1 \
                    and not (_date_written(doc, a) and _date_written(doc, other)):
                merge(other, a)
                continue
        out.append(a)
    return out


#: Entities too broad to say which strike a retelling is about: a state is named by
#: attacker, target and place alike ("ضربة إسرائيلية"، "في اليمن").
_BROAD = {"State"}


#: Sentences after the headline that make its lead: the headline tells their attack.
_LEAD = 2


def merge_headline(attacks: list[Attack]) -> list[Attack]:
    """"Two fighters die in Israeli strike" (the headline, undated), then "An Israeli
    drone hit their car ... on Monday, killing both": an attack read in a document's first
    sentence without a date is the attack of the same attacker on the same target that
    the lead (the next two sentences) tells. The headline's node takes the lead's day,
    place, weapons and allies; the toll of both is read later, by the casualty reader and
    merged_tolls.py (``merge`` records the lead's sentence in ``told_in``)."""
    dropped: set[int] = set()
    for a in attacks:
        if a.evidence.sentence != 0 or a.date is not None or not a.attacker or not a.target or a.mutual:
            continue
        lead = next((b for b in attacks if b is not a and 0 < b.evidence.sentence <= _LEAD
                     and b.attacker == a.attacker and b.target == a.target and not b.mutual), None)
        if lead is not None:
            merge(a, lead)
            a.allies.extend(x for x in lead.allies if x not in a.allies)
            dropped.add(id(lead))
    return [a for a in attacks if id(a) not in dropped]


def merge_retellings(attacks: list[Attack], doc: Doc) -> list[Attack]:
    """A report tells an attack with its attacker and elsewhere tells it again without
    ("قُتل القيادي في ضربة نفذتها طائرات مقاتلة", "دوي انفجارات ... تزامنا مع قصف استهدف
    ...", "a militia claimed a drone attack on US troops"), often with another part of
    what was struck as the target. An attack told without attacker is that attributed
    attack when its sentence names the attributed attack's target (not a state: too
    broad), or when both are dated the same day and of the same specific kind at no
    other named site, and the dates agree. A place alone links nothing (one town is
    struck by both sides, one base on several days). Candidates told by different
    attackers in different sentences are two events: the retelling is left alone."""
    def names(sentence: int) -> set[str]:
        # a site named again by its head noun counts ("... على قاعدة X. وسقطت صواريخ داخل
        # القاعدة": the details of the claimed attack, told after the claim)
        return {m.entity for m in doc.mentions if m.sentence == sentence and m.kind in ("name", "anaphor")
                and m.cls not in _BROAD}

    attributed = [b for b in attacks if b.attacker and not b.mutual]
    dropped: set[int] = set()
    for a in attacks:
        if a.attacker or a.mutual or a.polarity == DENIED:
            continue
        named = names(a.evidence.sentence)
        hits = []
        for b in attributed:
            if a.target == b.attacker or b.evidence.sentence == a.evidence.sentence or not same_day(a, b):
                continue
            # "غارة استهدفت مقرا لجماعة Y في بلدة T": T named as where another party was
            # struck is a place, and a place alone links nothing.
            where_only = b.target == a.place and a.target != b.target and _actor(doc, a.target)
            # Two strikes of one kind that day are one only where no two sites are named.
            same_kind = a.date and a.date == b.date and a.kind == b.kind and a.kind != "Attack" \
                and (a.place is None or a.place == b.place or _broad(doc, a.place))
            if (b.target in named and not where_only) or same_kind:
                hits.append(b)
        if not hits and _definite_retelling(doc, a):
            # "P was killed in the bombardment": the attack told before, when the document
            # told one attacker's attacks only, on the same day.
            hits = [b for b in attributed if b.evidence.sentence < a.evidence.sentence and same_day(a, b)
                    and a.target != b.attacker]
            hits = hits if _one_side(doc, hits) else []
        # A coordinated strike read as one attack per attacker is told in one sentence.
        if not hits or (not _one_side(doc, hits) and len({b.evidence.sentence for b in hits}) > 1):
            continue
        into = min(hits, key=lambda b: abs(b.evidence.sentence - a.evidence.sentence))
        place = into.place
        named_target(into, a, doc)
        merge(into, a)
        into.place = place   # the retelling's place may be another part of what was struck
        dropped.add(id(a))
    return [a for a in attacks if id(a) not in dropped]


#: Targets that are only the people an attack hurt, unnamed ("injuring one person",
#: "مقتل ثلاثة مدنيين").
_PEOPLE = {"Civilians", "GenericActor"}


def merge_people_hurt(attacks: list[Attack], doc: Doc) -> list[Attack]:
    """"A missile set a ship ablaze, injuring one person. ... the missiles hit the MV X":
    an attack read with only the unnamed people it hurt as its target, or with none, is
    the attack of the same attacker and kind on a named target told in the sentence
    before or after, on the same day and at no other place: those people were aboard."""
    def people(a: Attack) -> bool:
        e = doc.entities.get(a.target) if a.target else None
        return e is not None and e.cls in _PEOPLE

    dropped: set[int] = set()
    for a in attacks:
        if not a.attacker or a.mutual or not (a.target is None or people(a)):
            continue
        # (a state and its own army are one side: "غارة إسرائيلية" told after "قوات الاحتلال
        # الإسرائيلي ترد باستهداف")
        into = next((b for b in attacks if b is not a and id(b) not in dropped and same_side(doc, b.attacker, a.attacker)
                     and not b.mutual and b.target and not people(b)
                     and abs(b.evidence.sentence - a.evidence.sentence) == 1 and same_day(a, b)
                     and a.kind == b.kind and (a.place is None or b.place is None or a.place == b.place)), None)
        if into is not None:
            merge(into, a)
            dropped.add(id(a))
    return [a for a in attacks if id(a) not in dropped]


def merge_split_toll(attacks: list[Attack], doc: Doc) -> list[Attack]:
    """"قتل ثلاثة أشخاص في غارة على بلدة X" ... "وأصيب خمسة آخرون في الغارة على X": one
    attack told first with its dead, then with its wounded (or the reverse) a sentence or
    two later, on the same target, the same day (the later telling may be undated) and at
    no other place, by the same attacker or by one the other telling leaves untold, is one
    event with both tolls. Not when the later sentence tells another strike ("غارة أخرى")."""
    another = casualty_words(doc.lang).another
    dropped: set[int] = set()
    for a in attacks:
        if id(a) in dropped or a.mutual or a.polarity == DENIED or not a.target \
                or (a.fatalities is None) == (a.injured is None):
            continue   # both tolls or none: nothing to complete
        for b in attacks:
            if b is a or id(b) in dropped or b.mutual or b.polarity == DENIED or b.target != a.target \
                    or not 0 < b.evidence.sentence - a.evidence.sentence <= 2 or not same_day(a, b) \
                    or (b.fatalities is None) == (b.injured is None) \
                    or (a.fatalities is None) == (b.fatalities is None) \
                    or a.attacker and b.attacker and a.attacker != b.attacker \
                    or a.place and b.place and a.place != b.place:
                continue
            words = re.findall(r"\w+", normalize_key(doc.sentence_text(doc.sentences[b.evidence.sentence])))
            if names_another_strike(doc.lang, words, another):
                continue
            a.fatalities, a.injured = a.fatalities or b.fatalities, a.injured or b.injured
            a.attacker = a.attacker or b.attacker
            merge(a, b)
            dropped.add(id(b))
            break
    return [a for a in attacks if id(a) not in dropped]


def merge_same_toll(attacks: list[Attack], doc: Doc) -> list[Attack]:
    """"ضربة إسرائيلية استهدفت سيارة ... أدت إلى مقتل ثلاثة أشخاص" ... "ثلاثة شبان قتلوا في
    قصف إسرائيلي لسيارة": one attacker's attack told again in another sentence with the
    same number killed, on the same day, is one event. The telling that names what was
    struck (not only the people hurt) keeps it; two tellings that name two different
    things struck stay two attacks."""
    def wide(key: str) -> bool:
        e = doc.entities.get(key)
        return e is not None and e.cls in ("State", "Region")

    def people(a: Attack) -> bool:
        # only the people hurt, or a state or region ("قصف إسرائيلي ... في جنوب لبنان"): no site named
        e = doc.entities.get(a.target) if a.target else None
        return a.target is None or (e is not None and e.cls in _PEOPLE) or wide(a.target)

    dropped: set[int] = set()
    for a in attacks:
        if id(a) in dropped or not a.attacker or a.mutual or a.polarity == DENIED or not a.fatalities \
                or a.fatalities.value < 1:
            continue
        for b in attacks:
            if b is a or id(b) in dropped or b.attacker != a.attacker or b.mutual or b.polarity == DENIED \
                    or not b.fatalities or b.fatalities.value != a.fatalities.value \
                    or b.evidence.sentence == a.evidence.sentence or not same_day(a, b):
                continue
            if not people(a) and not people(b) and a.target != b.target:
                continue
            if a.place and b.place and a.place != b.place and not wide(a.place) and not wide(b.place):
                continue   # the same toll in two towns: two strikes
            into, other = (b, a) if people(a) and not people(b) else (a, b)
            merge(into, other)
            dropped.add(id(other))
            if other is a:
                break
    return [a for a in attacks if id(a) not in dropped]


@lru_cache(maxsize=None)
def _retelling_pattern(lang: str) -> re.Pattern | None:
    data = language_data(lang, "details")
    if data.get("retelling_pattern"):
        # Arabic glues the preposition to the article ("بالهجوم"): a regex of its own,
        # over the normalised sentence (round i13h28).
        return re.compile(str(data["retelling_pattern"]))
    preps, nouns = data.get("retelling_prepositions"), data.get("retelling_nouns")
    if not preps or not nouns:
        return None
    alt = lambda words: "|".join(sorted((re.escape(str(w).lower()) for w in words), key=len, reverse=True))  # noqa: E731
    return re.compile(rf"\b(?:{alt(preps)}) the (?:[\w-]+ ){{0,2}}?(?:{alt(nouns)})\b")


def _definite_retelling(doc: Doc, a: Attack) -> bool:
    """The attack's sentence tells it with a definite attack noun ("in the bombardment")."""
    pattern = _retelling_pattern(doc.lang)
    if pattern is None or a.evidence.sentence >= len(doc.sentences):
        return False
    s = doc.sentences[a.evidence.sentence]
    text = doc.text[s.start:s.end]
    return pattern.search(normalize_key(text) if doc.lang == "ar" else text.lower()) is not None


def same_day(a: Attack, b: Attack) -> bool:
    """The same day, or either day unknown."""
    return a.date is None or b.date is None or a.date == b.date


def _date_written(doc: Doc, a: Attack) -> bool:
    """The attack's day is written out in its own sentence (day and month), not reckoned."""
    return any(d.sentence == a.evidence.sentence and d.value == a.date and d.rule == "date.explicit"
               for d in doc.dates)


def disagree(a: Attack, b: Attack) -> bool:
    """Two tellings that name two attackers, or two days, are two strikes: no merge
    joins them, however alike their targets or tolls."""
    return bool(a.attacker and b.attacker and a.attacker != b.attacker) or not same_day(a, b)


def _state_of(doc: Doc, key: str | None) -> str | None:
    e = doc.entities.get(key) if key else None
    return e.country if e is not None else None


def same_side(doc: Doc, a: str | None, b: str | None) -> bool:
    """The same attacker, or a state and an actor its CAMEO code makes that state's."""
    if a is None or b is None or a == b:
        return a == b
    ea, eb = doc.entities.get(a), doc.entities.get(b)
    if ea is None or eb is None or "State" not in (ea.cls, eb.cls):
        return False
    return _state_of(doc, a) is not None and _state_of(doc, a) == _state_of(doc, b)


def _one_side(doc: Doc, attacks: list[Attack]) -> bool:
    """Whether every attack was made by one side (a state and its own army are one)."""
    return all(same_side(doc, attacks[0].attacker, b.attacker) for b in attacks)


def _actor(doc: Doc, key: str | None) -> bool:
    e = doc.entities.get(key) if key else None
    return e is not None and e.cls in ATTACKERS and e.cls not in _BROAD


def named_target(into: Attack, retold: Attack, doc: Doc) -> None:
    """"Three leaders of the factions died in a US strike ... this strike killed a leader
    of X": the group the retelling names is who was struck, not the one described."""
    if _described(doc, into.target) and _actor(doc, retold.target) and retold.target != into.attacker:
        into.target = retold.target


def _described(doc: Doc, key: str | None) -> bool:
    """A target the text describes without naming it ("the factions", "gunmen")."""
    e = doc.entities.get(key) if key else None
    return e is not None and (e.scope is not None or e.source == "collective")


def _broad(doc: Doc, key: str) -> bool:
    e = doc.entities.get(key)
    return e is not None and e.cls in _BROAD


def merge(into: Attack, other: Attack) -> None:
    # The other telling's sentences, whose toll the casualty reader reads too.
    for sentence in [other.evidence.sentence, *other.told_in]:
        if sentence != into.evidence.sentence and sentence not in into.told_in:
            into.told_in.append(sentence)
    into.place = into.place or other.place
    into.date = into.date or other.date
    for w in other.weapons:
        if w not in into.weapons:
            into.weapons.append(w)
    kinds = {into.kind, other.kind, attack_kind(into.weapons, set())}
    into.kind = next((k for k in KIND_PRIORITY if k in kinds), "Attack")
    if other.confidence > into.confidence:
        into.confidence = other.confidence


def most_specific(kind: str, other: str | None) -> str:
    """The more specific of two Attack kinds (KIND_PRIORITY order; "Attack" says least)."""
    if other is None or other == "Attack":
        return kind
    if kind == "Attack":
        return other
    if kind in KIND_PRIORITY and other in KIND_PRIORITY:
        return min(kind, other, key=KIND_PRIORITY.index)
    return kind


def refine_kinds(attacks: list[Attack], cue_kind: str | None) -> None:
    """A frame's kind from its weapons and trigger, made more specific by the sentence's
    event cues ("هجوم انتحاري" makes an Attack a SuicideBombing, "اشتباكات" an ArmedClash)."""
    for a in attacks:
        a.kind = most_specific(a.kind, cue_kind)


_OWN_DATE = object()


def event_key(attack: Attack, date=_OWN_DATE) -> tuple:
    """What makes two reports one attack: attacker, target and date for a role frame; an
    event read without named roles (rule ``<lang>.event.<kind>``) by its kind, target,
    place and date, since its attacker may be named only later (a claim)."""
    when = attack.date if date is _OWN_DATE else date
    if attack.rule.split(".")[1:2] == ["event"]:
        return ("event", attack.kind, attack.target, attack.place, when)
    return (attack.attacker, attack.target, when)


def oppositions(doc: Doc) -> None:
    """Each attack by a group or state on a group or state also states that the attacker opposes the target."""
    have = {(r.subject, r.predicate, r.object, r.evidence.sentence) for r in doc.relations}
    # A unit named by its owner's possessive, struck together with the owner in one sentence
    # ("sites of X's Y group"): the hostility is toward the owner; the unit is only where the
    # blow fell. (An arm named apart, "Y, the arm of X", is an enemy of its own.)
    owners = {(m.entity, m.sentence): m.ref for m in doc.mentions if m.ref and m.rule.endswith("possessive_unit")}
    struck = {(a.attacker, a.target, a.evidence.sentence) for a in doc.attacks}
    for a in doc.attacks:
        target = doc.entities.get(a.target)
        owner = owners.get((a.target, a.evidence.sentence))
        # Hostility is between groups and states; an attack on a person says less.
        if not a.attacker or target is None or target.cls not in ATTACKERS or a.polarity == DENIED \
                or a.place == a.target \
                or owner is not None and (a.attacker, owner, a.evidence.sentence) in struck \
                or not reliable_opposition(doc, a):   # a place struck ("غارات على ... في سوريا") is no enemy named
            continue
        key = (a.attacker, "opposes", a.target, a.evidence.sentence)
        if key in have:
            continue
        have.add(key)
        doc.relations.append(Relation(a.attacker, "opposes", a.target, a.evidence,
                                      "derived.attacker_opposes_target",
                                      round(a.confidence * 0.8, 2), a.polarity))


"""Document level: what a whole article says about its attacks once every sentence is
read. Details and listed targets take the attacker of the attack they detail, claims of
responsibility give theirs, one event told twice is one node, and readings that cannot
be attacks (a state attacking itself, a news outlet as a side, sanctions, words) go."""
from __future__ import annotations

import re
from functools import lru_cache

from kg.lang import language_data
from kg.lang.cues import cues
from kg.lexicon import default_lexicon
from kg.model import Attack, Doc, Sentence
from kg.pipeline.attacks.cues import ATTACKERS
from kg.pipeline.attacks.announced_kills import announced_by_army
from kg.pipeline.attacks.identified_ships import name_identified_ships
from kg.pipeline.attacks.open_tellings import merge_open_targets, merge_wide_headline
from kg.pipeline.attacks.merging import (merge, merge_headline, merge_people_hurt, merge_retellings, merge_unattributed,
                                        most_specific)
from kg.pipeline.attacks.responsibility import claimed_by_speaker
from kg.pipeline.tokens import tokens
from kg.text.normalize import normalize_key


@lru_cache(maxsize=None)
def detail_words(lang: str) -> dict[str, frozenset[str]]:
    """The word lists of kg/lang/<lang>/details.yaml, normalised once."""
    return {key: frozenset(normalize_key(w) for w in words or ())
            for key, words in language_data(lang, "details").items()}


def resolve_document(attacks: list[Attack], doc: Doc) -> list[Attack]:
    """The attacks of a document once every sentence was read: details take the
    attacker of the attack they detail (:func:`lend_attackers`), attacks told without
    an attacker join the attributed ones (:func:`merge_unattributed`), and no state is
    read as attacking itself (:func:`own_side`)."""
    attacks = [a for a in attacks if not _reporter_as_target(a, doc)]
    claimed_by_speaker(attacks, doc)
    announced_by_army(attacks, doc)
    named_in_apposition(attacks, doc)
    attacks = merge_unattributed(merge_headline(merge_retold(lend_attackers(attacks, doc))), doc)
    name_identified_ships(attacks, doc, _open_water)   # "... identified the vessel as the Y"
    attacks = [a for a in attacks if not own_side(a, doc) and not _measure(a, doc)]
    attacks = merge_people_hurt(merge_retellings(attacks, doc), doc)
    attacks = merge_wide_headline(merge_open_targets(attacks, doc), doc)
    for a in attacks:
        site_as_place(a, doc)
    return attacks


#: Targets that are where they stand: a town, a district, a base, a port or plant.
_SITES = {"Place", "Region", "MilitaryBase", "Facility"}


def site_as_place(attack: Attack, doc: Doc) -> None:
    """"غارة على صنعاء", "a drone attack on the port city of Eilat", "قصف قاعدة عين الأسد
    في العراق": a site struck is where the attack happened. It is the attack's place
    when none was read, or when the one read is a whole state around it (the state says
    less than the base or town in it). A state struck says nothing of where (its troops
    may be abroad); a ship moves; a clash has two sides, not a site."""
    e = doc.entities.get(attack.target) if attack.target else None
    if attack.mutual or e is None or e.cls not in _SITES:
        return
    where = doc.entities.get(attack.place) if attack.place else None
    if where is None or (where.cls == "State" and attack.place != attack.target):
        attack.place = attack.target


def _reporter_as_target(attack: Attack, doc: Doc) -> bool:
    """A news outlet is the source of a report, not a side of the attack it reports:
    "..., the AP reported" read as the target is dropped, and "رويترز نقلت عن مسؤول أن
    صواريخ ضربت القاعدة" read with Reuters as the attacker loses that attacker."""
    if doc.is_news_outlet(attack.attacker):
        attack.attacker = None
        attack.rule = f"{doc.lang}.attack.unattributed"
    if not doc.is_news_outlet(attack.target):
        return False
    if attack.evidence.said_by == attack.target or any(
            sp.speaker == attack.target and attack.evidence.start <= sp.start < attack.evidence.end
            for sp in doc.speech):
        return True
    # "..., the AP reported", "according to Reuters", "ذكرت وكالة رويترز": a reporting
    # word right beside the outlet's name in the sentence.
    c = cues(doc.lang)
    reporting = c.speech_verbs | c.attribution_phrases
    text = doc.norm.text
    for m in doc.mentions:
        if m.entity == attack.target and m.sentence == attack.evidence.sentence:
            before = text[max(0, m.nstart - 25):m.nstart]
            near = re.findall(r"\w+", before) + re.findall(r"\w+", text[m.nend:m.nend + 20])
            if any(w.lower() in reporting for w in near) or "according to" in before.lower():
                return True
    return False


def _measure(attack: Attack, doc: Doc) -> bool:
    """"واستهدفت الولايات المتحدة بعقوبات جديدة قادة في الحشد", "targeted with sanctions":
    a bare 'targeting' (kind Attack, no weapon) in a sentence about sanctions or
    designations is a measure, not force, and a bare 'هاجم' in a sentence about a
    statement is words (lists in kg/lang/<lang>/details.yaml)."""
    if attack.kind != "Attack" or attack.weapons:
        return False
    lists = detail_words(doc.lang)
    sentence = doc.sentences[attack.evidence.sentence]
    words = {t.text if doc.lang == "ar" else t.text.lower() for t in tokens(doc, sentence)}

    def has(key):
        return bool(words & lists.get(key, frozenset()))
    # "وهاجمت إيران الولايات المتحدة في بيان شديد اللهجة": the verb that also means to
    # criticise, in a sentence about what was said, and no other word of force.
    # Only a target words can reach (a state, a government, a person), and not inside
    # someone's reported statement ("قالت في بيان إنها هاجمت القوات ...": a claim).
    target = doc.entities.get(attack.target) if attack.target else None
    verbal = target is not None and target.cls in _WORDS_REACH and attack.evidence.said_by is None \
        and has("verbal_attacks") and has("statements") and not has("force_verbs")
    return has("measures") and not _deeds_of_the_listed(attack, doc, words) or verbal \
        or _launched_by_a_person(attack, doc, sentence, lists)


def _deeds_of_the_listed(attack: Attack, doc: Doc, words: set[str]) -> bool:
    """An armed group's attack in a sentence about sanctions with a relative word ("designated
    X, a group that has orchestrated attacks on Y"; English): the listed group's deed, force
    all the same (a state imposes the measure; no armed group "targets with sanctions")."""
    attacker = doc.entities.get(attack.attacker) if attack.attacker else None
    return doc.lang == "en" and attacker is not None and attacker.cls == "ArmedGroup" \
        and not words.isdisjoint(("which", "that", "who"))


def _launched_by_a_person(attack: Attack, doc: Doc, sentence, lists) -> bool:
    """"شن رئيس الوزراء هجوما عنيفا على الحزب", "the minister launched a scathing attack
    on": a light verb whose subject is a person (by name or title), then the attack noun,
    with nobody killed or hurt, is words. Armies and groups launch armed attacks; a
    politician launching one speaks (`light_verbs`, `attack_nouns`, `person_titles`)."""
    if attack.fatalities or attack.injured:
        return False
    toks = tokens(doc, sentence)
    text = [t.text if doc.lang == "ar" else t.text.lower() for t in toks]
    light, nouns, titles = (lists.get(k, frozenset()) for k in ("light_verbs", "attack_nouns", "person_titles"))
    for i, w in enumerate(text):
        if w not in light:
            continue
        noun = next((j for j in range(i + 1, min(len(text), i + 9)) if text[j] in nouns), None)
        if noun is None:
            continue
        if doc.lang == "en":   # English puts the subject before the verb
            lo, hi = max(0, i - 6), i
        else:
            lo, hi = i + 1, noun
        said = [m for m in doc.mentions if m.sentence == sentence.index
                and toks[lo].start <= m.nstart < toks[hi - 1].end] if hi > lo else []
        if any(m.cls not in ("Person", "State") or m.kind not in ("name", "nisba", "title") for m in said):
            continue   # "شن مسلحون ..."، "شنت قوات الاحتلال ...": an armed side launched it
        if any(m.cls == "Person" for m in said) or any(text[k] in titles for k in range(lo, hi)):
            return True
    return False


#: What a verbal attack can be aimed at.
_WORDS_REACH = {"State", "Government", "Person", "Organization"}


def named_in_apposition(attacks: list[Attack], doc: Doc) -> None:
    """"Harakat al-Nujaba, one of several Tehran-backed militias, claimed ...": the
    collective described in apposition says what the named group
    is; an attacker read off it is the named group."""
    by_sentence = None   # the mentions by sentence, read once (not a scan per attack)
    for a in attacks:
        if not a.attacker:
            continue
        if by_sentence is None:
            by_sentence = {}
            for m in doc.mentions:
                by_sentence.setdefault(m.sentence, []).append(m)
        here = by_sentence.get(a.evidence.sentence, ())
        own = [m for m in here if m.entity == a.attacker]
        if not own or any(m.kind != "collective" for m in own):
            continue
        first = min(own, key=lambda m: m.start)
        named = [m for m in here if m.end <= first.start and m.kind != "collective" and m.cls in ATTACKERS]
        if not named:
            continue
        between = doc.text[named[-1].end:first.start]
        if between.lstrip()[:1] in (",", "،") and len(between) <= 40 and not any(
                m.end <= first.start and m.start >= named[-1].end for m in doc.mentions):
            a.attacker = named[-1].entity


def merge_retold(attacks: list[Attack]) -> list[Attack]:
    """Attacks by the same attacker on the same target on the same day (or both undated)
    once the document steps gave them their attacker are one event told twice."""
    seen: dict[tuple, Attack] = {}
    out = []
    for a in attacks:
        key = (a.attacker, a.target, a.date, a.mutual)
        if a.attacker and key in seen:
            merge(seen[key], a)
            continue
        seen.setdefault(key, a)
        out.append(a)
    return out


#: Country parts of a CAMEO code that name no state.
_NO_STATE = {"---", "IGO", "IMG", "NGO", "INT", "KUR"}
#: Who acts for a state: the state, its government and bodies, its forces.
_STATE_SIDE = {"State", "Government", "Organization", "SecurityForces"}


def own_side(attack: Attack, doc: Doc) -> bool:
    """Whether an attack has a state (or one of its bodies or forces) attack that same
    state or another of its bodies: "أعلنت القيادة الوسطى الأميركية مقتل 3 جنود" read
    with CENTCOM as the attacker of the United States, the IDF of its own Golani
    brigade. Both sides of a clash are left alone; so are places (a state's forces do
    strike places inside it)."""
    if attack.mutual or not attack.attacker or not attack.target:
        return False
    sides = [doc.entities.get(k) for k in (attack.attacker, attack.target)]
    if any(e is None or e.cls not in _STATE_SIDE or not e.cameo for e in sides):
        return False
    a, t = (e.cameo[:3] for e in sides)
    return a == t and a not in _NO_STATE


#: Targets that name where an attack struck, not what: "استهداف سفينة في البحر الأحمر"
#: makes the sea the target, "attacked three bases of the United States" the state.
_VAGUE_TARGETS = {"Place", "Region", "State"}
#: Targets a report names when it details such an attack: the ship, the base.
_NAMED_OBJECTS = {"Vessel", "MilitaryBase", "Facility"}
#: How many sentences later the details may come.
_DETAIL_SPAN = 5
#: Sentences after an attack on a vague target read for the list of what it struck: a
#: spokesman's statement quoted with ellipses ("نفذت القوات ... عملية استهداف ...") is
#: split into several sentences before the list comes.
_LIST_SPAN = 4


def lend_attackers(attacks: list[Attack], doc: Doc) -> list[Attack]:
    """A report first tells an attack by where it struck ("الحوثيون يعلنون استهداف سفينة
    في البحر الأحمر", "X attacked three US bases") and then names what was hit without
    repeating who ("the first attack targeted al-Harir base", "three of the missiles
    were fired at MV Star Nasia"). Each such detail takes the attacker of the attack
    it details: the nearest earlier attributed attack, a few sentences back, on a
    vague target (a sea, a region, a state) and on a compatible date. The vague attack
    is then told by its details and dropped when its target is a sea or a region (a
    state struck stays: its forces were the target)."""
    def cls(key):
        e = doc.entities.get(key) if key else None
        return e.cls if e is not None else None

    detailed: set[int] = set()
    lent: set[int] = set()   # details already given an attacker: the same report, not a newer one
    for a in attacks:
        if a.attacker is not None or a.mutual or cls(a.target) not in _NAMED_OBJECTS:
            continue
        earlier = [b for b in attacks if b.attacker and not b.mutual and b.attacker != a.target
                   and id(b) not in lent
                   and 0 < a.evidence.sentence - b.evidence.sentence <= _DETAIL_SPAN]
        if not earlier:
            continue
        told = max(b.evidence.sentence for b in earlier)
        same_day = [b for b in earlier if cls(b.target) in _VAGUE_TARGETS
                    and (a.date is None or b.date is None or abs((a.date - b.date).days) <= 1)]
        vague = [b for b in same_day if b.evidence.sentence == told]
        if not vague and same_day and len({b.attacker for b in earlier}) == 1:
            # "X struck US bases. X named base A. Base B was hit too": a detail told after
            # another detail of the same attacker still details the vague attack
            told = max(b.evidence.sentence for b in same_day)
            vague = [b for b in same_day if b.evidence.sentence == told]
        if len({b.attacker for b in vague}) > 1:   # two sides struck: the one where the detail is
            vague = [b for b in vague if a.place and a.place in (b.target, b.place)]
        if not vague or len({b.attacker for b in vague}) != 1:
            continue
        a.attacker = vague[0].attacker
        lent.add(id(a))
        a.rule = f"{a.rule.split('.')[0]}.attack.detail"
        places = {b.target for b in vague if cls(b.target) in ("Place", "Region")}
        if len(places) == 1:
            a.place = a.place or next(iter(places))
        for b in vague:
            if b.target in places and _open_water(b.target):
                detailed.add(id(b))
            a.date = a.date or b.date
            for w in b.weapons:
                if w not in a.weapons:
                    a.weapons.append(w)
            a.kind = most_specific(a.kind, b.kind)
    return _listed_targets([a for a in attacks if id(a) not in detailed], doc, lent)


def _listed_targets(attacks: list[Attack], doc: Doc, lent: set[int]) -> list[Attack]:
    """"استهدف مقاتلونا ثلاث قواعد للعدو. ومنها قاعدة الشدادي وقاعدة التنف":
    the ships or bases named with a list word ("منها"، "وهي"، "namely") in the next two
    sentences after an attributed attack on a sea, a region or a state, in sentences
    that tell no attack of their own, name no other actor and no other day, are what
    that attack struck. Each becomes an attack of its own; the one on the sea or region
    is dropped."""
    told = {a.evidence.sentence for a in attacks}
    struck = {a.target for a in attacks}
    lists = detail_words(doc.lang)
    markers = lists.get("list_markers", frozenset())
    descriptions = set(cues(doc.lang).anaphors)   # "السفينة الأولى" describes, it names nothing
    heads = lists.get("object_heads", frozenset())
    out, dropped = list(attacks), set()
    by_sentence = None   # the mentions by sentence, read once (not a scan per attack and sentence)
    for b in attacks:
        e = doc.entities.get(b.target) if b.target else None
        if not b.attacker or b.mutual or id(b) in lent or e is None or e.cls not in _VAGUE_TARGETS:
            continue
        for index in range(b.evidence.sentence + 1, min(b.evidence.sentence + 1 + _LIST_SPAN, len(doc.sentences))):
            if index in told:
                break   # the next attack told: what follows is about it
            sentence = doc.sentences[index]
            objects = []
            if by_sentence is None:
                by_sentence = {}
                for m in doc.mentions:
                    by_sentence.setdefault(m.sentence, []).append(m)
            here = by_sentence.get(index, ())
            for m in here:
                if m.kind == "anaphor" or m.entity in struck or m.entity in objects:
                    continue
                if m.cls not in _NAMED_OBJECTS and not (m.cls == "Place" and _after_head(doc, m, heads)):
                    continue   # "قاعدة الركبان": a base named by its place
                words = normalize_key(doc.text[m.start:m.end]).split()
                if words and (words[0] in descriptions or " ".join(words[:2]) in descriptions):
                    continue
                objects.append(m.entity)
            # (a state named there is mostly where the bases are: "3 منها في سوريا")
            others = {m.entity for m in here if m.cls in ATTACKERS
                      and m.cls != "State" and m.kind != "nisba" and m.entity != b.attacker}
            dated = {d.value for d in doc.dates if d.sentence == index}
            if not objects or others or (b.date and dated - {b.date}):
                continue   # another actor's deed or claim, another day: not this attack
            words = [t.text if doc.lang == "ar" else t.text.lower() for t in tokens(doc, sentence)]
            joined = " " + " ".join(words) + " "
            if not any(f" {w} " in joined for w in markers):
                continue
            for key in objects:
                out.append(Attack(b.attacker, key, doc.evidence(sentence, b.evidence.said_by),
                                  f"{doc.lang}.attack.listed", round(b.confidence * 0.9, 2),
                                  b.target if e.cls != "State" else b.place, b.date, list(b.weapons),
                                  b.kind, b.polarity))
                struck.add(key)
            if e.cls != "State" and _open_water(b.target):
                dropped.add(id(b))
            break
    return [a for a in out if id(a) not in dropped]


def _open_water(key: str) -> bool:
    """Whether a place is one no state holds in the lexicon (a sea, a strait, a contested
    area): an attack "on" it was an attack on something there. A city or a province
    struck stays a target of its own beside the sites named in it."""
    lexicon = default_lexicon()
    return key in lexicon and lexicon[key].country is None


def _after_head(doc: Doc, m, heads: set[str]) -> bool:
    """Whether the word right before mention ``m`` is a facility noun ("قاعدة", "base")."""
    before = re.search(r"(\w+)\W*$", doc.norm.text[max(0, m.nstart - 20):m.nstart])
    if not before:
        return False
    word = before.group(1)
    return word in heads or (doc.lang == "ar" and word[:1] in ("و", "ف") and word[1:] in heads)


_LAUNCH_VERB = re.compile(r"\b(?:launched|fired)\b")


def launcher_before(doc: Doc, sentence: Sentence) -> str | None:
    """The actor the sentence before names as launching or firing munitions ("the Houthis
    ... launched six anti-ship missiles"): the first armed actor before such a verb there,
    when that sentence names a weapon."""
    if sentence.index == 0:
        return None
    before = [m for m in doc.mentions if m.sentence == sentence.index - 1]
    if not any(m.cls == "Weapon" for m in before):
        return None
    text = doc.norm.text
    for m in before:
        if m.cls in ATTACKERS and m.kind != "nisba" and _LAUNCH_VERB.search(text[m.nend:m.nend + 80].lower()):
            return m.entity
    return None

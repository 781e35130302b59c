"""Attack events: who attacked what, where, when and with what, from one sentence.

A sentence is read as a row of items (words and mentions, Arabic proclitics kept with
the item).  An attack trigger ("هجمات", "استهدفت", "تعرضت ... لهجوم", "launched",
"struck") opens a frame; the roles are then read around it:

* target: mentions after a target preposition ("على", "ضد", "باتجاه", "on", "at") or
  after a targeting verb, continued by coordination ("و", "،", "مثل"); the owner named
  after a generic noun ("القواعد العسكرية لقوات التحالف"); for a passive ("تعرضت
  القاعدة لهجوم"), the subject;
* attacker: the passive's agent ("من قبل X", "طائرات مسيّرة تابعة لـX"), a claim
  ("تبنت X"), a possessive ("هجماتها"), or the sentence's subject; for a trigger inside
  an announcement, the announcer (a spokesperson's organisation);
* place: the location phrase after each target ("في الأنبار"), else after the trigger;
* date: a date mention of the sentence; weapons: its weapon mentions.

A trigger under a threat, plan, hypothesis or negation ("توعد بمواصلة", "سترد على",
"would strike"), after a demonstrative ("هذه الضربات": an attack already told), or
inside a denial, makes no event.  One event is made per distinct target, and each
attack on an actor also states that the attacker opposes it.
"""
from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

from kg.lang import language_data
from kg.lang.ar.morphology import PROCLITICS
from kg.model import DENIED, Attack, Doc, Mention, Relation, Sentence
from kg.pipeline.relations import mentions_by_sentence, polarity_at
from kg.pipeline.tokens import sentence_span, tokens
from kg.text.normalize import normalize_key

ACTORS = {"Person", "Organization", "ArmedGroup", "State", "Government", "Coalition", "Actor"}
ATTACKERS = {"Organization", "ArmedGroup", "State", "Government", "Coalition", "Actor"}
TARGETS = ACTORS | {"Place", "Region", "MilitaryBase", "Facility", "Vessel"}
PLACES = {"Place", "Region", "State", "MilitaryBase", "Facility"}
AREAS = {"Place", "Region", "State"}
MODALITY_WINDOW = 6
TARGET_REACH = 16       # items from the trigger to the target preposition (weapon lists are long)
FIRST_TARGET_REACH = 8  # words from the preposition to the first target (numbers not counted)

# Weapon entity -> the Attack subclass it implies (kg.vocab.ATTACK_KINDS gives the codes).
WEAPON_KINDS = {
    "drone": "DroneStrike", "unmanned_surface_vessel": "DroneStrike",
    "ballistic_missile": "MissileAttack", "cruise_missile": "MissileAttack",
    "anti_ship_missile": "MissileAttack", "missile": "MissileAttack",
    "rocket": "RocketAttack", "mortar": "Shelling", "artillery": "Shelling",
    "fighter_jet": "Airstrike", "helicopter": "Airstrike",
    "ied": "Bombing", "car_bomb": "Bombing",
    # Named models (kg/lexicon/data/weapons.yaml) by what they are.
    "shahed_136": "DroneStrike", "shahed_101": "DroneStrike", "samad": "DroneStrike",
    "qasef": "DroneStrike", "mq_9": "DroneStrike",
    "toufan": "MissileAttack", "burkan": "MissileAttack", "palestine_2": "MissileAttack",
    "fateh_110": "MissileAttack", "zolfaghar": "MissileAttack", "kheibar_shekan": "MissileAttack",
    "quds_cruise_missile": "MissileAttack", "kornet": "MissileAttack",
    "f_15": "Airstrike", "f_16": "Airstrike", "f_35": "Airstrike", "b_1b": "Airstrike",
    "b_52": "Airstrike", "ac_130": "Airstrike",
    "himars": "RocketAttack",
}
MANNER_KINDS = {"shelling": "Shelling", "airstrike": "Airstrike", "hijacking": "Hijacking",
                "bombing": "Bombing", "assassination": "Assassination"}
KIND_PRIORITY = ["DroneStrike", "MissileAttack", "RocketAttack", "Airstrike", "Shelling",
                 "Bombing", "Hijacking", "Assassination"]


_DETERMINERS = {"the", "a", "an"}
_CUE_AUTOMATA: dict[str, object] = {}
#: Relative pronouns open a clause inside the subject ("X, which was carrying ..., was
#: boarded"); they do not end the search for the passive's subject.
_RELATIVES = {"which", "who", "that", "التي", "الذي", "الذين"}


@dataclass(slots=True)
class Item:
    start: int          # normalised offsets
    end: int
    word: str | None = None
    mention: Mention | None = None
    clitic: str = ""    # letters glued before a mention: "ل", "ب", "و"
    comma: bool = False  # a comma stands between this item and the one before


@dataclass(frozen=True)
class AttackCues:
    lang: str
    triggers: dict[str, str]
    passive: frozenset[str]
    modality: frozenset[str]
    negation: frozenset[str]
    target_preps: frozenset[str]
    agent_preps: frozenset[str]
    breaks: frozenset[str]
    owned: frozenset[str]
    claims: frozenset[str]
    locatives: frozenset[str]
    coordinators: frozenset[str]
    demonstratives: frozenset[str]
    date_anchors: frozenset[str]
    aggregates: frozenset[str]
    owner_markers: frozenset[str]
    place_heads: frozenset[str]
    responses: frozenset[str]
    strong_agents: frozenset[str]
    verbal_nouns: frozenset[str]
    pronoun_complementizers: frozenset[str]
    attributions: frozenset[str]
    pronoun_attackers: frozenset[str]

    def mentions_any(self, text: str) -> bool:
        """Whether a trigger or claim word occurs in ``text`` at all (a substring test
        with one Aho-Corasick scan; a necessary condition for any attack frame)."""
        automaton = _CUE_AUTOMATA.get(self.lang)
        if automaton is None:
            import ahocorasick
            automaton = ahocorasick.Automaton()
            for word in set(self.triggers) | set(self.claims):
                automaton.add_word(word, word)
            automaton.make_automaton()
            _CUE_AUTOMATA[self.lang] = automaton
        for _ in automaton.iter(text):
            return True
        return False

    def is_break(self, items, j) -> bool:
        """A clause break at item j ("قبل" in "من قبل" is the agent marker, not "before")."""
        word = items[j].word
        if not word or not self.word(word, self.breaks):
            return False
        return not (word == "قبل" and j > 0 and items[j - 1].word == "من")

    def word(self, word: str | None, table) -> str | None:
        """The form of ``word`` found in ``table``, proclitics stripped (Arabic)."""
        if not word:
            return None
        if word in table:
            return word
        if self.lang == "ar":
            for size in (1, 2):
                if word[:size] in PROCLITICS and word[size:] in table:
                    return word[size:]
                # لل = ل + ال: "للرد" is "الرد" after the preposition (and ولل, فلل)
                if (word[:size] in ("ل", "ول", "فل") and word[size:].startswith("ل")
                        and ("ا" + word[size:]) in table):
                    return "ا" + word[size:]
        return None


@lru_cache(maxsize=None)
def attack_cues(lang: str) -> AttackCues:
    d = language_data(lang, "attacks")
    norm = lambda xs: frozenset(normalize_key(x) for x in xs or ())  # noqa: E731
    triggers = {normalize_key(w): manner for manner, words in d["triggers"].items() for w in words}
    return AttackCues(lang, triggers, norm(d.get("passive")), norm(d.get("modality")),
                      norm(d.get("negation")), norm(d.get("target_prepositions")),
                      norm(d.get("agent_prepositions")), norm(d.get("clause_breaks")),
                      norm(d.get("owned_targets")), norm(d.get("claims")), norm(d.get("locatives")),
                      norm(d.get("coordinators")), norm(d.get("demonstratives")),
                      norm(d.get("date_anchors")), norm(d.get("aggregates")),
                      norm(d.get("owner_markers")), norm(d.get("place_heads")),
                      norm(d.get("responses")), norm(d.get("strong_agents")), norm(d.get("verbal_nouns")),
                      norm(d.get("pronoun_complementizers")), norm(d.get("attributions")),
                      norm(d.get("pronoun_attackers")))


def sentence_items(doc: Doc, sentence: Sentence, mentions: list[Mention]) -> list[Item]:
    """Words and mentions of a sentence in order; a mention absorbs the words it covers."""
    ms = sorted(mentions, key=lambda m: m.nstart)
    items: list[Item] = []
    k = 0
    text = doc.norm.text
    for tok in tokens(doc, sentence):
        while k < len(ms) and ms[k].nend <= tok.start:
            k += 1
        if k < len(ms) and ms[k].nstart < tok.end:
            m = ms[k]
            if items and items[-1].mention is m:
                continue
            clitic = text[tok.start:m.nstart] if tok.start < m.nstart else ""
            items.append(Item(m.nstart, m.nend, None, m, clitic))
        else:
            items.append(Item(tok.start, tok.end, tok.text))
        if len(items) > 1:
            gap = text[items[-2].end:items[-1].start]
            items[-1].comma = "," in gap or "،" in gap or ";" in gap or "؛" in gap
    # English determiners carry no role: "in the Red Sea" reads as "in Red Sea".
    if doc.lang == "en":
        items = [it for it in items if it.word not in _DETERMINERS]
    return items


class AttackExtractor:
    name = "attacks"

    def __call__(self, doc: Doc) -> Doc:
        cues = attack_cues(doc.lang)
        by_sentence = mentions_by_sentence(doc)
        events: dict[tuple, Attack] = {}
        self._last: list[Attack] = []
        text = doc.norm.text
        for sentence in doc.sentences:
            ns, ne = sentence_span(doc, sentence)
            if not cues.mentions_any(text[ns:ne]):
                continue   # no trigger or claim word: nothing to read (most sentences)
            items = sentence_items(doc, sentence, by_sentence.get(sentence.index, []))
            found = self._sentence(doc, sentence, items, cues)
            if not found:
                self._claim(doc, sentence, items, cues, events)
            for attack in found:
                key = (attack.attacker, attack.target, attack.date)
                old = events.get(key) or events.get((attack.attacker, attack.target, None))
                if old is None:
                    events[key] = attack
                else:
                    _merge(old, attack)
            if found:
                self._last = found
        doc.attacks.extend(_merge_unattributed(list(events.values())))
        self._oppositions(doc)
        return doc

    def _claim(self, doc, sentence, items, c: AttackCues, events: dict) -> None:
        """A claim in a later sentence ("وتبنت X الهجوم", "X claimed the attack") names
        the attacker of the attack just told, when it was told without one."""
        if not self._last or not any(it.word and c.word(it.word, c.claims) for it in items):
            return
        definite = [it for it in items if it.word and c.word(it.word, c.triggers) and
                    (it.word.startswith("ال") or c.lang == "en" and doc.norm.text[max(0, it.start - 4):it.start] == "the ")]
        if not definite and not any(it.word in ("responsibility", "مسووليه", "مسووليتها", "مسووليته")
                                    for it in items):
            return   # "claimed more than 60 attacks" is a tally, not this attack
        claimer = None
        for j, it in enumerate(items):
            if it.word and c.word(it.word, c.claims):
                near = [x.mention for x in items[max(0, j - 3):j + 4] if x.mention and x.mention.cls in ATTACKERS]
                if near:
                    claimer = near[0].entity
                    break
        if claimer is None:
            return
        for attack in self._last:
            if attack.attacker is None:
                events.pop((None, attack.target, attack.date), None)
                attack.attacker = claimer
                attack.rule = f"{doc.lang}.attack.claimed"
                events[(claimer, attack.target, attack.date)] = attack

    # -- one sentence ------------------------------------------------------------

    def _sentence(self, doc: Doc, sentence: Sentence, items: list[Item], c: AttackCues) -> list[Attack]:
        """Attacks of one sentence: one frame per trigger, merged by attacker and target."""
        weapons = [it.mention.entity for it in items if it.mention and it.mention.cls == "Weapon"]
        triggers = []
        in_date = _items_in_dates(doc, sentence, items)
        for i, it in enumerate(items):
            form = it.word and c.word(it.word, c.triggers)
            if form and not self._blocked(items, i, c, in_date) and (c.triggers[form] != "launch" or weapons):
                triggers.append((i, c.triggers[form]))
        out: dict[tuple, Attack] = {}
        for t, manner in triggers:
            for attack in self._frame(doc, sentence, items, t, manner, triggers, weapons, c):
                key = (attack.attacker, attack.target)
                if key in out:
                    _merge(out[key], attack)
                else:
                    out[key] = attack
        return list(out.values())

    def _frame(self, doc, sentence, items, t, manner, triggers, weapons, c: AttackCues) -> list[Attack]:
        polarity, speaker = polarity_at(doc, doc.norm.to_original(items[t].start))
        if polarity == DENIED:
            return []
        passive = self._passive_before(items, t, c)
        if self._counts_attacks(items, t, c) or self._claimed_object(items, t, c):
            return []
        targets = self._targets(items, [(t, manner)], passive, c)
        place_phrase = self._place_phrase
        if not targets and manner == "bombing":
            # A bombing strikes a place: "تفجيران في مدينة كرمان".
            place = self._clause_place(items, t, set(), c)
            targets = [(place, None)] if place else []
        if not targets and place_phrase is None:
            return []
        span = _speech_at(doc, doc.norm.to_original(items[t].start))
        content_start = 0
        if span is not None:
            start = doc.norm.to_normalized(span.start)
            content_start = next((j for j, it in enumerate(items) if it.start >= start), 0)
        response = self._after_response(items, t, c)
        opener = items[content_start].word if span is not None and content_start < len(items) else None
        pronoun_speaker = span.speaker if opener and c.word(opener, c.pronoun_complementizers) else None
        attacker, rule = self._attacker(doc, items, [(t, manner)], passive, targets,
                                        speaker if span is not None and span.verb and
                                        c.word(_strip_conj(span.verb), c.claims) else None,
                                        c, content_start, response, pronoun_speaker)
        anaphoric = [k for k in (t, t + 1) if k < len(items) and items[k].word and
                     c.word(items[k].word, c.triggers) and
                     (items[k].word.startswith("ال") or (c.lang == "en" and items[k].word.endswith("s")))
                     and self._is_subject_trigger(items, k, c)]
        if rule in ("subject", "unattributed") and self._last and self._last[0].attacker and anaphoric \
                and not response:
            # "استهدفت الضربات مواقع": the strikes already told, by the same attacker.
            attacker, rule = self._last[0].attacker, "anaphoric"
        if not targets:
            # "شنت الطائرات الإسرائيلية غارات على مواقع في مدينة البوكمال", "bombed Rafah": a
            # named attacker struck a place, and nothing else is named.
            place = self._place_in_phrase(items, place_phrase, c) \
                if attacker and rule not in ("anaphoric", "unattributed") and not response \
                and manner != "hijacking" else None
            if place is None:
                return []
            targets = [(place, place)]
        if attacker is None and passive is None and not (
                response or self._noun_with_target(items, t, c) or self._weapon_subject(items, t)):
            return []   # no one named and no clear event: too vague
        date = self._date(doc, sentence, items, t, c)
        attached = {p for _, p in targets if p}
        clause_place = None if attached else self._clause_place(items, t, {x for x, _ in targets}, c)
        if response:
            weapons = [it.mention.entity for it in items[t + 1:] if it.mention and it.mention.cls == "Weapon"]
        kind = _kind(weapons, {m for _, m in triggers})
        out = []
        for target, place in targets:
            if target == attacker:
                continue
            conf = (0.85 if attacker else 0.6) - (0.1 if rule == "subject" else 0.0)
            out.append(Attack(attacker, target, doc.evidence(sentence, speaker),
                              f"{doc.lang}.attack.{rule}", round(conf, 2), place or clause_place, date,
                              list(dict.fromkeys(weapons)), kind, polarity))
        return out

    @staticmethod
    def _passive_before(items, t, c: AttackCues) -> int | None:
        """A passive verb governing the trigger: "تعرض موقع البرج 22 ... لهجوم"; in
        English the auxiliary right before it ("was boarded", "came under attack")."""
        if c.lang == "en":
            prev = items[t - 1].word if t > 0 else None
            return t - 1 if prev and c.word(prev, c.passive) else None
        for i in range(t, max(-1, t - 14), -1):
            word = items[i].word
            if word and i < t and c.word(word, c.breaks):
                return None
            if word and c.word(word, c.passive):
                return i
        return None

    @staticmethod
    def _is_subject_trigger(items, i, c: AttackCues) -> bool:
        """Whether the trigger noun is a subject: sentence-initial, after a trigger verb,
        or opening reported content ("استهدفت الضربات", "إن الغارات أصابت", "The strikes hit")."""
        if i == 0 or (c.lang == "en" and i <= 3 and all(it.word and not c.word(it.word, c.triggers)
                                                         for it in items[:i])):
            return True
        prev = items[i - 1].word
        return bool(prev and (c.word(prev, c.triggers) or prev in ("ان", "بان", "وان", "that", "و")))

    @staticmethod
    def _claimed_object(items, t, c: AttackCues) -> bool:
        """"وتبنت X الهجوم", "claimed the attack": the attack was told before; the claim
        names its attacker (see _claim), it is no new event."""
        return any(it.word and c.word(it.word, c.claims) for it in items[max(0, t - 4):t]) and \
            bool(items[t].word) and (items[t].word.startswith("ال") or c.lang == "en")

    @staticmethod
    def _weapon_subject(items, t) -> bool:
        """"A drone struck Tower 22", "طائرة مسيرة استهدفت قاعدة حرير": the weapon acted."""
        before = [it for it in items[max(0, t - 4):t] if it.mention is not None]
        return bool(before) and before[-1].mention.cls == "Weapon"

    @staticmethod
    def _counts_attacks(items, t, c: AttackCues) -> bool:
        """"شنت الفصائل أكثر من 100 هجوم", "attacked US forces more than 150 times": a
        tally of attacks right after the trigger verb is no single event either (a count
        of weapons, "launched more than 300 drones", is)."""
        j = t + 1
        counted = False
        while j < len(items) and j < t + 8:
            it = items[j]
            if c.is_break(items, j) or it.mention is not None:
                return False
            word = it.word or ""
            if c.word(word, c.aggregates) or word.isdigit() or word in ("من", "than", "of"):
                counted = counted or c.word(word, c.aggregates) is not None or word.isdigit()
                j += 1
                continue
            return counted and (c.word(word, c.triggers) is not None or word in ("times", "مرة", "مرات"))
        return False

    @staticmethod
    def _after_response(items, t, c: AttackCues) -> bool:
        """"ردا على اغتيال ...", "in response to the attack on ...": another event."""
        return any(it.word and c.word(it.word, c.responses) for it in items[max(0, t - 3):t])

    @staticmethod
    def _noun_with_target(items, t, c: AttackCues) -> bool:
        """A definite report of one attack with a stated target: "هجوم صاروخي على X"."""
        word = items[t].word or ""
        nxt = [it.word for it in items[t + 1:t + 3] if it.word]
        return bool(word) and not word.startswith(("ال", "the")) and any(c.word(w, c.target_preps) for w in nxt)

    def _blocked(self, items: list[Item], i: int, c: AttackCues, in_date: frozenset[int]) -> bool:
        """Threat, plan, negation or anaphoric demonstrative before the trigger."""
        window = []
        for it in reversed(items[max(0, i - MODALITY_WINDOW):i]):
            if it.word and c.word(it.word, c.breaks):
                break
            window.append(it)
        words = [it.word for it in window if it.word]
        if any(c.word(w, c.modality) for w in words):
            return True
        if words and i > 0 and items[i - 1].word and (c.word(items[i - 1].word, c.negation) or
                                                      c.word(items[i - 1].word, c.demonstratives)):
            return True
        # A count of attacks ("أكثر من 160 هجوما", "dozens of attacks") is no one event;
        # the day of a date ("On Feb. 15, its fighters attacked") counts nothing.
        before = [(k, items[k].word) for k in range(max(0, i - 3), i) if items[k].word]
        if any((w.isdigit() and k not in in_date) or c.word(w, c.aggregates) for k, w in before):
            return True
        return False

    def _targets(self, items, triggers, passive, c: AttackCues) -> list[tuple[str, str | None]]:
        targets: list[list] = []   # [entity, place]
        place_phrase = None        # where a target phrase with no named target began
        for t, manner in triggers:
            start = None
            if items[t].word and c.word(items[t].word, c.target_preps):
                start = t + 1
                subject = self._verb_first_subject(items, t, c)
                if subject is not None:
                    start = subject + 1   # "واستهدفت كتائب حزب الله قاعدة حرير": skip the subject
            else:
                for j in range(t + 1, min(len(items), t + TARGET_REACH)):
                    it = items[j]
                    if it.word and c.word(it.word, c.breaks):
                        break
                    if it.word and c.word(it.word, c.target_preps):
                        start = j + 1
                        break
                    if it.mention and it.clitic and it.clitic[-1:] in ("ل",) and c.lang == "ar" \
                            and manner != "launch" and j == t + 1:
                        start = j   # "هجمات لـX" is rare; keep the slot open
            if start is None:
                continue
            self._read_targets(items, start, manner, targets, c)
            if not targets:
                self._owner_targets(items, start, targets, c)
            if targets:
                break
            place_phrase = place_phrase if place_phrase is not None else start
        if not targets and passive is not None:
            # The passive's subject heads its clause: "أن قاعدة التنف ... تعرضت لهجوم".
            clause = 0
            for j in range(passive - 1, -1, -1):
                word = items[j].word
                if word and word not in _RELATIVES and (word in ("ان", "إن", "that") or c.word(word, c.breaks)):
                    clause = j + 1
                    break
            trigger_at = triggers[0][0]
            for j in range(clause, trigger_at):
                m = items[j].mention
                if m is not None and m.cls in TARGETS and m.kind != "nisba" and not items[j].clitic:
                    targets.append([m.entity, self._place_after(items, j, c)])
                    break
        self._place_phrase = place_phrase if not targets and passive is None else None
        out = []
        for entity, place in targets:
            if entity not in [e for e, _ in out]:
                out.append((entity, place))
        return out

    def _read_targets(self, items, start, manner, targets, c: AttackCues) -> None:
        j, seen_first, last_locative, words_read = start, False, False, 0
        while j < len(items):
            it = items[j]
            if it.comma and not seen_first and j > start:
                return   # "..., the U.S. military said": the object ended at the comma
            if it.word:
                if c.word(it.word, c.breaks) or c.word(it.word, c.responses) or \
                        (c.word(it.word, c.triggers) and seen_first):
                    return
                if seen_first and not c.word(it.word, c.coordinators) and not c.word(it.word, c.owned):
                    if not c.word(it.word, c.locatives):
                        return
                if not it.word.isdigit():
                    words_read += 1
                if not seen_first and words_read > FIRST_TARGET_REACH:
                    return
                j += 1
                continue
            m = it.mention
            if m.cls == "Weapon" or (m.kind == "nisba"):
                j += 1
                continue
            prev = items[j - 1] if j > 0 else None
            coordinated = it.clitic[:1] == "و" or bool(prev and prev.word in ("و", "and", "or"))
            # "في سوريا والعراق": a place joined to a place is a place too.
            locative = self._locative(items, j, c) or (last_locative and coordinated and m.cls in AREAS)
            last_locative = locative
            agent = prev is not None and prev.word and c.word(prev.word, c.agent_preps)
            if locative:
                # "مواقع في مدينة البوكمال": before any target, a place stays a place.
                if seen_first and m.cls in PLACES and targets and targets[-1][1] is None:
                    targets[-1][1] = m.entity
                j += 1
                continue
            if agent or (m.cls == "Person" and manner != "assassination") or m.cls not in TARGETS:
                if seen_first:
                    return
                j += 1
                continue
            targets.append([m.entity, None])
            seen_first = True
            j += 1

    @staticmethod
    def _locative(items, j, c: AttackCues) -> bool:
        """Whether the mention at j is a location: after "في"/"بـ"/"in", or after a place
        noun that itself follows one ("في مدينة البوكمال"); "باتجاه مدينة إيلات" is a target."""
        it = items[j]
        if it.mention is None or it.mention.cls not in PLACES:
            return False   # "القيادي في النجباء": a member of, not a place
        if c.lang == "ar" and it.clitic[-1:] == "ب":
            return True
        prev = items[j - 1] if j > 0 else None
        if prev is not None and prev.mention is not None and prev.mention.kind == "nisba" and j > 1:
            prev = items[j - 2]   # "in Syria's Deir ez-Zor"
        if prev is None or not prev.word:
            return False
        if c.word(prev.word, c.locatives):
            # "على جنوب إسرائيل": a direction right after a target preposition is the target.
            before = items[j - 2].word if j > 1 else None
            return not (before and c.word(before, c.target_preps) and not c.word(prev.word, {"في", "in"}))
        return self_place_head(items, j, c)

    def _place_in_phrase(self, items, start, c: AttackCues) -> str | None:
        """The first place named in the target phrase, before the clause ends."""
        for j in range(start, min(len(items), start + FIRST_TARGET_REACH + 4)):
            it = items[j]
            if c.is_break(items, j) or (it.word and c.word(it.word, c.responses)) or (it.comma and j > start):
                return None
            m = it.mention
            if m is not None and m.cls in ("Place", "Region") and m.kind != "nisba":
                return m.entity
        return None

    @staticmethod
    def _verb_first_subject(items, t, c: AttackCues) -> int | None:
        """Arabic verb-subject-object: a transitive trigger verb with no actor before it
        in its clause, followed by an actor (or a weapon) and then more mentions: the
        item after the verb is its subject, not its target."""
        if c.lang != "ar" or c.word(items[t].word, c.verbal_nouns):
            return None   # "استهداف القواعد": a verbal noun's next word is its object
        word = items[t].word or ""
        bare = word[1:] if word[:1] in ("و", "ف") and len(word) > 4 else word
        looks_verbal = bare.endswith(("ت", "وا")) or (bare[:1] in ("ي", "ت") and len(bare) >= 5)
        if not looks_verbal and not (t == 0 or bare != word):
            return None   # "استمرار قصف قواتها": "قصف" is a noun here
        for j in range(t - 1, -1, -1):
            if c.is_break(items, j) or items[j].word in ("ان", "بان", "وان", "التي", "الذي", "الذين"):
                break
            m = items[j].mention
            if m is not None and m.cls in ATTACKERS and m.kind != "nisba" and items[j].clitic[-1:] not in ("ل", "ب"):
                return None   # subject-verb order: the actor before is the subject
        for j in range(t + 1, min(len(items), t + 5)):
            it = items[j]
            if it.mention is None:
                if it.word and (c.word(it.word, c.breaks) or c.word(it.word, c.target_preps)):
                    return None
                continue
            m = it.mention
            prev = items[j - 1]
            if it.clitic[-1:] in ("ل", "ب") or (prev.word and c.word(prev.word, c.locatives)):
                return None
            if m.cls in ATTACKERS and m.kind != "nisba" or m.cls == "Weapon":
                # The subject's own modifiers ("طائرات مسيرة تابعة لحركة النجباء") stay with it.
                k = j
                while k + 2 < len(items) and items[k + 1].word and c.word(items[k + 1].word, c.owner_markers) \
                        and items[k + 2].mention is not None:
                    k += 2
                if k + 1 < len(items) and items[k + 1].mention is not None and items[k + 1].mention.kind == "nisba":
                    k += 1
                more = [x for x in items[k + 1:] if x.mention and x.mention.cls in TARGETS]
                return k if more else None
            return None
        return None

    def _owner_targets(self, items, start, targets, c: AttackCues) -> None:
        """Unnamed sites whose owner is named later: "... تابعة لفيلق القدس وللفصائل"."""
        for j in range(start, len(items)):
            it = items[j]
            if it.word and c.word(it.word, c.owner_markers):
                nxt = items[j + 1].word if j + 1 < len(items) else None
                if nxt in ("لها", "له", "لهم", "to it", "its"):
                    # "مقرات تابعة لها": the sites of the sentence's subject.
                    subject = next((x.mention for x in items[:j] if x.mention and x.mention.cls in ATTACKERS
                                    and x.mention.kind != "nisba"), None)
                    if subject is not None:
                        targets.append([subject.entity, None])
                    return
                for x in items[j + 1:j + 8]:
                    if x.word and c.word(x.word, c.breaks):
                        return
                    if x.mention and x.mention.cls in TARGETS and x.mention.kind != "nisba":
                        targets.append([x.mention.entity, None])
                return

    def _place_after(self, items, j, c: AttackCues) -> str | None:
        for k in range(j + 1, min(len(items), j + 9)):
            it = items[k]
            if it.mention and it.mention.cls in PLACES and self._locative(items, k, c):
                return it.mention.entity
        return None

    def _attacker(self, doc, items, triggers, passive, targets, speaker, c: AttackCues,
                  content_start: int = 0, response: bool = False, pronoun_speaker: str | None = None):
        """Who attacked, and by which rule.  ``content_start``: the first item of the
        reported content when the trigger is inside reported speech (the speaker before
        it is not the attacker).  ``response``: the trigger follows "ردا على" / "in
        response to", so the sentence's subject did not carry it out."""
        target_keys = {t for t, _ in targets}
        first = triggers[0][0]
        # 1. A state's adjective on the trigger or its weapon: "غارة إسرائيلية",
        #    "مسيرة أمريكية", "a US drone strike".
        noun = not c.word(items[first].word or "", c.target_preps)
        for j in range(max(0, first - 4), min(len(items), first + 5)):
            it = items[j]
            if it.mention and it.mention.kind == "nisba" and it.mention.cls == "State":
                prev = [x for x in items[max(0, j - 3):j]]
                nxt = items[j + 1].mention if j + 1 < len(items) else None
                if nxt is not None and nxt.cls in ATTACKERS:
                    continue   # "Yemen's Houthis": the group, not the state, is named
                weapon_after = c.lang == "en" and any(x.mention and x.mention.cls == "Weapon"
                                                      for x in items[j + 1:j + 3])
                if any(x.mention and x.mention.cls == "Weapon" for x in prev) or weapon_after or \
                        (noun and j in (first + 1, first + 2)) or (c.lang == "en" and j == first - 1):
                    if it.mention.entity not in target_keys:
                        return it.mention.entity, "state_adjective"
        # 2. The agent: "من قبل X", "نفذتها X", a weapon "تابعة لـX", "by X"; a bare
        #    "من"/"from" only in a passive or right after the trigger ("هجوم من X").
        forward = []
        for j in range(first + 1, len(items)):
            if c.is_break(items, j):
                break
            forward.append(j)
        backward = []
        for j in range(first - 1, content_start - 1, -1):
            if c.is_break(items, j):
                break
            backward.append(j)
        for j in forward + backward:
            it = items[j]
            if it.mention and it.mention.cls in ATTACKERS and it.mention.entity not in target_keys:
                prev = items[j - 1]
                before = items[j - 2].word if j > 1 else None
                strong = prev.word in c.strong_agents or (before is not None and f"{before} {prev.word}" in c.strong_agents)
                weak = bool(prev.word and c.word(prev.word, c.agent_preps)) and (
                    passive is not None or 0 < j - first <= 4 or (c.lang == "en" and prev.word == "by" and j > first))
                owner = it.clitic[-1:] == "ل" and prev.word and c.word(prev.word, c.owner_markers) and j > first
                if strong or weak or owner:
                    return it.mention.entity, "agent"
        if response or passive is not None:
            return None, "unattributed"
        # 3. A claim: "تبنت X الهجوم", "أعلنت X مسؤوليتها".
        for j, it in enumerate(items[:first]):
            if j >= content_start - 1 and it.word and c.word(it.word, c.claims):
                nxt = next((x.mention for x in items[j + 1:j + 4] if x.mention), None)
                if nxt is not None and nxt.cls in ATTACKERS and nxt.entity not in target_keys:
                    return nxt.entity, "claim"
        # 4. The subject: the first actor not inside a prepositional phrase, within the
        #    trigger's clause and the reported content when there is one.
        clause_start = content_start
        for j in range(first - 1, content_start - 1, -1):
            if items[j].word and c.word(items[j].word, c.breaks):
                clause_start = j + 1
                break
        for j in range(clause_start, len(items)):
            it = items[j]
            m = it.mention
            if m is None or m.cls not in ATTACKERS or m.kind == "nisba" or m.entity in target_keys:
                continue
            prev = items[j - 1] if j else None
            if it.clitic[-1:] in ("ل", "ب", "ك") or (prev and prev.word and (
                    c.word(prev.word, c.locatives) or c.word(prev.word, c.agent_preps) or
                    c.word(prev.word, c.target_preps) or c.word(prev.word, c.attributions) or
                    prev.word in ("مع", "عن", "لدي", "with", "of", "to", "for"))):
                continue
            if j > first and any(x.word and c.word(x.word, c.target_preps) for x in items[first:j]):
                break
            return m.entity, "subject"
        # 5. "its fighters", "مقاتليها": the group named last before the trigger.
        if any(it.word and c.word(it.word, c.pronoun_attackers) for it in items[clause_start:first]):
            for m in reversed(self._earlier_groups(doc, items, first)):
                if m.entity not in target_keys:
                    return m.entity, "pronoun"
        # 6. "قال الحرس الثوري إنه أطلق", "X said it launched": the speaker is the subject.
        if pronoun_speaker:
            entity = doc.entities.get(pronoun_speaker)
            if entity is not None and entity.cls in ATTACKERS:
                return pronoun_speaker, "speaker_subject"
        # 7. Announced by a group's spokesperson: the group.
        if speaker:
            org = _organisation_of(doc, speaker)
            if org:
                return org, "announced"
        return None, "unattributed"

    def _earlier_groups(self, doc: Doc, items, first) -> list[Mention]:
        """Armed groups and organisations mentioned before the trigger, in order: earlier
        sentences first, then this one."""
        before = [it.mention for it in items[:first] if it.mention]
        start = items[0].start if items else 0
        earlier = [m for m in doc.mentions if m.nstart < start]
        return [m for m in earlier + before if m.cls in ("ArmedGroup", "Organization") and m.kind != "nisba"]

    def _clause_place(self, items, first, target_keys, c: AttackCues) -> str | None:
        """A location phrase after the trigger, before the clause ends ("في سوريا")."""
        for j in range(first + 1, len(items)):
            it = items[j]
            if it.word and (c.word(it.word, c.breaks) or c.word(it.word, c.responses)):
                return None
            m = it.mention
            if m is not None and m.cls in PLACES and m.entity not in target_keys and m.kind != "nisba" \
                    and self._locative(items, j, c):
                return m.entity
        return None

    @staticmethod
    def _date(doc: Doc, sentence: Sentence, items, first, c: AttackCues):
        """The date mention nearest the trigger, unless it is a reference point
        ("بعد أحداث 7 أكتوبر", "since October 7")."""
        dates = []
        for d in doc.dates:
            if d.sentence != sentence.index:
                continue
            nstart = doc.norm.to_normalized(d.start)
            before = [it.word for it in items if it.word and it.end <= nstart][-3:]
            if any(c.word(w, c.date_anchors) for w in before):
                continue
            dates.append(d)
        if not dates:
            return None
        offset = doc.norm.to_original(items[first].start)
        return min(dates, key=lambda d: abs(d.start - offset)).value

    @staticmethod
    def _oppositions(doc: Doc) -> None:
        have = {(r.subject, r.predicate, r.object, r.evidence.sentence) for r in doc.relations}
        for a in doc.attacks:
            target = doc.entities.get(a.target)
            # Hostility is between groups and states; an attack on a person says less.
            if not a.attacker or target is None or target.cls not in ATTACKERS or a.polarity == DENIED \
                    or a.place == a.target:   # a place struck ("غارات على ... في سوريا") is no enemy named
                continue
            key = (a.attacker, "opposes", a.target, a.evidence.sentence)
            if key in have:
                continue
            have.add(key)
            doc.relations.append(Relation(a.attacker, "opposes", a.target, a.evidence,
                                          "derived.attacker_opposes_target",
                                          round(a.confidence * 0.8, 2), a.polarity))


def self_place_head(items, j, c: AttackCues) -> bool:
    """"في مدينة البوكمال": a place noun that itself follows a locative."""
    prev = items[j - 1]
    if not prev.word or not c.word(prev.word, c.place_heads):
        return False
    before = items[j - 2] if j > 1 else None
    return bool(before and before.word and (c.word(before.word, c.locatives) or
                                             (c.lang == "ar" and before.word.startswith("ب"))))


def _items_in_dates(doc: Doc, sentence: Sentence, items: list[Item]) -> frozenset[int]:
    """Indexes of the items that lie inside a date mention of the sentence."""
    spans = [(doc.norm.to_normalized(d.start), doc.norm.to_normalized(d.end))
             for d in doc.dates if d.sentence == sentence.index]
    return frozenset(k for k, it in enumerate(items)
                     if any(a <= it.start and it.end <= b for a, b in spans))


def _speech_at(doc: Doc, offset: int):
    best = None
    for sp in doc.speech:
        if sp.start <= offset < sp.end and (best is None or sp.start >= best.start):
            best = sp
    return best


def _strip_conj(word: str) -> str:
    from kg.text.normalize import normalize_key
    w = normalize_key(word)
    return w[1:] if w[:1] in ("و", "ف") and len(w) > 3 else w


def _organisation_of(doc: Doc, person: str) -> str | None:
    entity = doc.entities.get(person)
    if entity is not None and entity.cls != "Person":
        return person if entity.cls in ATTACKERS else None
    for r in doc.relations:
        if r.subject == person and r.predicate in ("spokespersonOf", "leaderOf"):
            return r.object
    return None


def _kind(weapons: list[str], manners: set[str]) -> str:
    kinds = {WEAPON_KINDS[w] for w in weapons if w in WEAPON_KINDS}
    kinds |= {MANNER_KINDS[m] for m in manners if m in MANNER_KINDS}
    for k in KIND_PRIORITY:
        if k in kinds:
            return k
    return "Attack"


def _merge_unattributed(attacks: list[Attack]) -> list[Attack]:
    """An attack told without its attacker ("Tuesday's attack on Ain al-Asad") is the
    attributed attack on the same target told elsewhere in the document."""
    attributed = {}
    for a in attacks:
        if a.attacker:
            attributed.setdefault(a.target, a)
    out = []
    for a in attacks:
        if a.attacker is None and a.target in attributed:
            other = attributed[a.target]
            if a.date is None or other.date is None or abs((a.date - other.date).days) <= 1:
                _merge(other, a)
                continue
        out.append(a)
    return out


def _merge(into: Attack, other: Attack) -> None:
    into.place = into.place or other.place
    into.date = into.date or other.date
    for w in other.weapons:
        if w not in into.weapons:
            into.weapons.append(w)
    kinds = {into.kind, other.kind, _kind(into.weapons, set())}
    into.kind = next((k for k in KIND_PRIORITY if k in kinds), "Attack")
    if other.confidence > into.confidence:
        into.confidence = other.confidence

"""One sentence's attack frames: one frame per trigger word, its target, attacker, place,
date and weapons read around it, merged by attacker and target (the document loop is
:class:`kg.pipeline.attacks.extractor.AttackExtractor`)."""
from __future__ import annotations

import re

from kg.model import DENIED, REPORTED, Attack, Doc, Sentence
from kg.pipeline.attacks.attacker_adjectives import co_subjects, coordinated_states
from kg.pipeline.attacks.attackers import AttackerRules
from kg.pipeline.attacks.cues import ATTACKERS, TARGET_PREP, AttackCues
from kg.pipeline.attacks.described_targets import described_object
from kg.pipeline.attacks.items import Item, items_in_dates, speech_at, strip_conj
from kg.pipeline.attacks.place_words import site_of_state
from kg.pipeline.attacks.event_cues import event_cues
from kg.pipeline.attacks.frame_events import areas_as_places
from kg.pipeline.attacks.event_details import accusation_between, accuser
from kg.pipeline.attacks.claim_clauses import claimed_by_pronoun
from kg.pipeline.attacks.gapped_objects import gapped_attacks
from kg.pipeline.attacks.launched_rounds import launched_rounds, open_target
from kg.pipeline.attacks.cue_owners import owner_after_cue, owner_before_result
from kg.pipeline.attacks.verbal_noun_agents import verbal_noun_agent
from kg.pipeline.attacks.adopted_attacks import adopted_attack
from kg.pipeline.attacks.possessive_attackers import possessive_place
from kg.pipeline.attacks.document import launcher_before
from kg.pipeline.attacks.merging import attack_kind, merge
from kg.pipeline.attacks.ordinal_lists import listed_operations
from kg.pipeline.attacks.appositions import reduced_relative
from kg.pipeline.attacks.running_tolls import running_cues, running_toll
from kg.pipeline.attacks.senses import carried
from kg.pipeline.attacks.series import series_subject
from kg.pipeline.attacks.stated_targets import stated_target
from kg.pipeline.attacks.targets import TargetRules
from kg.pipeline.attacks.used_for_attacks import used_for_attacks
from kg.pipeline.attacks.relative_objects import relative_object_attacks
from kg.pipeline.attacks.fronted_objects import fronted_object_attacks
from kg.pipeline.attacks.triggers import TriggerRules
from kg.pipeline.speech_spans import polarity_at

# A word glued to a mention by a hyphen ("the Israel-owned ship"), compiled once.
_GLUED = re.compile(r"-(\w+)")


def _one_of_those(items, t, c) -> bool:
    """"died in one of several raids", "hit in one of the strikes": the deed counted out
    of a series of plural attacks, so the series the text already told."""
    words = [it.word for it in items[t + 1:t + 7]]
    for k in range(len(words) - 2):
        if words[k:k + 2] == ["one", "of"]:
            noun = words[k + 3] if words[k + 2] in ("several", "the", "those", "these", "a") and k + 3 < len(words) \
                else words[k + 2]
            return bool(noun and noun.endswith("s") and c.word(noun, c.triggers))
    return False

class SentenceFrames(TriggerRules, TargetRules, AttackerRules):
    """The frames of one sentence; the extractor keeps what they read across sentences
    (``_last``, ``_attributed``, ``_trigger_at``)."""

    def _sentence(self, doc: Doc, sentence: Sentence, items: list[Item], c: AttackCues) -> list[Attack]:
        """Attacks of one sentence: one frame per trigger, merged by attacker and target."""
        # munitions carried on board are a cargo, no weapon of the deed (senses.carried)
        arms = [j for j, it in enumerate(items) if it.mention and it.mention.cls == "Weapon"
                and not carried(items, j, event_cues(doc.lang))]
        weapons = [items[j].mention.entity for j in arms]
        triggers = []
        in_date = items_in_dates(doc, sentence, items)
        trigger_forms = c.forms(c.triggers)   # every word is tested: one lookup, no call
        for i, it in enumerate(items):
            form = it.word and trigger_forms.get(it.word)
            if form and not self._blocked(items, i, c, in_date) and (c.triggers[form] != "launch" or weapons):
                triggers.append((i, c.triggers[form]))
        # A frame's weapons and manner are those of its own clause, not of another frame's
        # ("نفذ غارة على بلدة X، كما شن غارة بالصواريخ على بلدة Y": X's strike had no rockets);
        # a weapon in a clause without a trigger is any frame's.
        clause, k = [], 0
        for j in range(len(items)):
            k += bool(items[j].word and c.is_break(items, j))
            clause.append(k)
        framed = {clause[t] for t, _ in triggers}
        out: dict[tuple, Attack] = {}
        for t, manner in triggers:
            own_weapons = [items[j].mention.entity for j in arms if clause[j] == clause[t] or clause[j] not in framed]
            own_triggers = [(t2, m) for t2, m in triggers if clause[t2] == clause[t]]
            for attack in self._frame(doc, sentence, items, t, manner, own_triggers, own_weapons, c):
                own = [j for j in range(len(items)) if clause[j] == clause[t]]
                self._trigger_at[id(attack)] = (items[own[0]].start, items[own[-1]].end, items[t].start)
                key = (attack.attacker, attack.target)
                if key in out:
                    merge(out[key], attack)
                else:
                    out[key] = attack
        found = list(out.values())
        # "أعلنت وزارة الصحة أن غارة إسرائيلية استهدفت منزلا": the announcer stands in for the
        # attacker only when no frame of the sentence names who struck that same target.
        found = [a for a in found if not a.rule.endswith(".announced") or not any(
            b.target == a.target and b.attacker and b.attacker != a.attacker and not b.rule.endswith(".announced")
            for b in found)]
        # "أعلنت جماعة X عن غارات أمريكية بريطانية استهدفت المطار": the announcer claims none
        # of the strikes a state's adjective on the attack noun says are that state's.
        found = [a for a in found if not a.rule.endswith(".claim") or not any(
            b.target == a.target and b.attacker and b.attacker != a.attacker and b.rule.endswith(".state_adjective")
            for b in found)]
        # "قتل قيادي في X بضربة ... في حي Y": the place struck is where the named target was.
        if any(a.target != a.place for a in found):
            found = [a for a in found if a.target != a.place or not any(
                b.target != b.place and b.attacker == a.attacker for b in found)]
        # "أما الخامسة فهي منشأة X": one more operation of a claimed list (ordinal_lists.py)
        found += listed_operations(items, found, self._trigger_at, c)
        # "fired missiles at A, drones at B": one attack per weapon and target (gapped_objects.py)
        found += gapped_attacks(items, found, self._trigger_at, c)
        # "مواقع استخدمها X لمهاجمة Y": the attacks the sites served (used_for_attacks.py)
        found += used_for_attacks(doc, sentence, items, c, {(a.attacker, a.target) for a in found},
                                  self._trigger_at)
        # "مدينة X التي قصفتها إسرائيل": the relative's antecedent was struck (relative_objects.py)
        found += relative_object_attacks(doc, sentence, items, c, {(a.attacker, a.target) for a in found})
        # "قال إن قاعدة X استهدفتها طائرة مسيرة": a fronted topic struck (fronted_objects.py)
        found += fronted_object_attacks(doc, sentence, items, c, {(a.attacker, a.target) for a in found})
        return areas_as_places(doc, found)

    def _frame(self, doc, sentence, items, t, manner, triggers, weapons, c: AttackCues) -> list[Attack]:
        polarity, speaker = polarity_at(doc, doc.norm.to_original(items[t].start))
        if polarity == DENIED:
            return []
        passive = self._passive_before(items, t, c)
        if passive is None and reduced_relative(items, t, c, doc.norm.text):
            passive = t - 1   # "P, a X commander killed in ...": the description stands for "who was"
        # "وتبنت X الهجوم" retells the attack told before (_claim fills its attacker); when
        # no attack was told before, the claim is the first telling: "أعلنت X مسؤوليتها عن
        # القصف على قاعدة Y" opening an article reports the attack itself (English claims
        # are read as speech, responsibility.claimed_by_speaker).
        if self._counts_attacks(items, t, c) or (self._claimed_object(items, t, c) and (self._last or (c.lang != "ar" and not adopted_attack(items, t, c)))):
            return []
        # "قتل مدنيان في قصف لقوات النظام على بلدة X": the forces owned the shelling; the
        # target rules must not read them as what it struck.
        owner_at = owner_after_cue(items, t, c) if not self._after_response(items, t, c) \
            else owner_before_result(items, t, c)   # "ردا على تفجير عبوة لـX أدى إلى ..."
        # "استهداف الحوثيين تل أبيب": the actor annexed to a verbal noun with an object after it did it
        doer_at = verbal_noun_agent(items, t, c, items_in_dates(doc, sentence, items), doc.norm.text) \
            if owner_at is None else None
        taken = owner_at if owner_at is not None else doer_at
        targets = self._targets(items if taken is None else _without(items, taken), [(t, manner)],
                                passive, c, items_in_dates(doc, sentence, items),
                                doc.norm.text)
        place_phrase = self._place_phrase
        if not targets and manner == "bombing":
            # A bombing strikes a place: "تفجيران في مدينة كرمان".
            place = self._clause_place(items, t, set(), c)
            targets = [(place, None)] if place else []
        # "Drones struck two bases in eastern Syria": a weapon struck something described,
        # not named (described_targets.py); the attack has no target, its place is the phrase's.
        described = not targets and manner != "launch" and self._weapon_subject(items, t) \
            and described_object(items, t, c)
        # "fired six anti-ship missiles": a launch told as done, whatever it was aimed at
        launched = not targets and launched_rounds(items, t, manner, c)
        at_place = possessive_place(doc, items, t, c, items_in_dates(doc, sentence, items)) \
            if not targets and place_phrase is None else None
        place_phrase = place_phrase if at_place is None else at_place
        if not targets and place_phrase is None and not described and not launched:
            return []
        span = speech_at(doc, doc.norm.to_original(items[t].start))
        content_start = 0
        if span is not None:
            start = doc.norm.to_normalized(span.start)
            content_start = next((j for j, it in enumerate(items) if it.start >= start), 0)
        response = self._after_response(items, t, c)
        # "قال إنه أطلق", "said it launched", "said that it launched": a pronoun opens the content
        openers = [it.word for it in items[content_start:content_start + 2]] if span is not None else []
        if openers and openers[0] != "that":
            openers = openers[:1]
        pronoun_speaker = span.speaker if any(w and c.word(w, c.pronoun_complementizers) for w in openers) else None
        attacker, rule = self._attacker(doc, _attacker_items(doc, items, c), [(t, manner)], passive, targets,
                                        speaker if span is not None and span.verb and
                                        c.word(strip_conj(span.verb), c.claims) else None,
                                        c, content_start, response, pronoun_speaker)
        if owner_at is not None:
            attacker, rule = items[owner_at].mention.entity, "owner"
        elif doer_at is not None:
            attacker, rule = items[doer_at].mention.entity, "verbal_noun_doer"
        anaphoric = [k for k in (t, t + 1) if k < len(items) and items[k].word and
                     c.word(items[k].word, c.triggers) and
                     (items[k].word.startswith("ال") or (c.lang == "en" and items[k].word.endswith("s")))
                     and self._is_subject_trigger(items, k, c)]
        owner = self._relative_owner(items, t, c)
        if owner is not None and owner not in {x for x, _ in targets}:
            attacker, rule = owner, "relative"   # "Hamas, whose attack on X"
        if rule in ("subject", "unattributed") and self._attributed and anaphoric \
                and not response:
            # "استهدفت الضربات مواقع": the strikes already told, by the same attacker.
            attacker, rule = self._attributed[0].attacker, "anaphoric"
        if attacker is None and self._attributed and c.lang == "en" and _one_of_those(items, t, c):
            # "P died in one of several raids near X": one of the raids told before
            attacker, rule = self._attributed[0].attacker, "anaphoric"
        if attacker is None and self._attributed and claimed_by_pronoun(items, t, c, doc):
            # "كذلك، أعلنت استهدافها قاعدة X": the group that claimed the attack before
            attacker, rule = self._attributed[0].attacker, "anaphoric"
        if not targets:
            # "شنت الطائرات الإسرائيلية غارات على مواقع في مدينة البوكمال", "bombed Rafah": a
            # named attacker struck a place, and nothing else is named.
            place = self._place_in_phrase(items, place_phrase, c, states=at_place is not None) \
                if attacker and rule not in ("anaphoric", "unattributed") and not response \
                and manner != "hijacking" and place_phrase is not None else None
            if place is not None:
                targets = [(place, place)]
            elif described and attacker is None and not response:
                targets = [(None, self._place_in_phrase(items, place_phrase, c)
                            if place_phrase is not None else None)]
            elif launched and open_target(attacker, rule):
                stated = stated_target(items, t, c.lang)
                targets = [(stated, None)]
            else:
                return []
        if attacker is None and c.lang == "en" and t >= 2 and items[t - 1].mention is not None \
                and items[t - 1].mention.cls == "Weapon" and items[t - 2].word in ("those", "these") \
                and not (self._last and self._last[0].evidence.sentence == sentence.index - 1):
            # "X launched six missiles ... Three of those missiles targeted the MV Y": the
            # demonstrative points at the munitions the sentence before has X launch (when
            # that sentence told no attack: else the detail rules lend its attacker).
            launcher = launcher_before(doc, sentence)
            if launcher is not None:
                attacker, rule = launcher, "anaphoric"
        hosted = rule == "hosted"
        if hosted:
            rule = "unattributed"
        if attacker is None and passive is None and not (
                response or hosted or self._noun_with_target(items, t, c) or self._weapon_subject(items, t)
                or self._attack_noun_subject(items, t, c) or self._impersonal_event(items, t, c)):
            return []   # no one named and no clear event: too vague
        if attacker is None and running_toll([it.word for it in items], t, t + 1, running_cues(c.lang)):
            # "X, which has taken part in the past in attacks on US forces": a running toll or
            # a habit; a stated series whose attacker is named stays (the annotators count it).
            return []
        if attacker is None and series_subject([it.word for it in items], t, c.lang, event_cues(c.lang).relatives,
                                               lambda w: c.word(w, c.triggers) is not None and not w.startswith("ال")):
            return []   # "ردا على هجمات استهدفت القوات الأميركية": a series, no one attack
        accused_at = accusation_between(items, t, attacker, c)
        if accused_at is not None:
            # "لهجمات ... تتهم واشنطن فصائل تابعة لـX بتنفيذها": the accused is the accuser's
            # word, a reported statement with its speaker, never an asserted attacker.
            polarity, speaker, rule = REPORTED, accuser(items, accused_at), "accused"
        date = self._date(doc, sentence, items, t, c)
        attached = {p for _, p in targets if p}
        clause_place = None if attached else self._clause_place(items, t, {x for x, _ in targets}, c)
        if response:
            weapons = [it.mention.entity for it in items[t + 1:] if it.mention and it.mention.cls == "Weapon"]
        kind = attack_kind(weapons, {m for _, m in triggers})
        out = []
        # "شنت القوات البريطانية والأميركية، ...": each state of the joined subject struck
        doers = [attacker] + (coordinated_states(items, attacker, t, {x for x, _ in targets}, c)
                              + self._joined_subjects(items, t, attacker, {x for x, _ in targets}, c)
                              if rule == "subject" else [])
        for doer in doers:
            for target, place in targets:
                if target == doer and target is not None:
                    continue
                conf = (0.85 if doer else 0.6) - (0.1 if rule == "subject" else 0.0)
                out.append(Attack(doer, target, doc.evidence(sentence, speaker),
                                  f"{doc.lang}.attack.{rule}", round(conf, 2), place or clause_place, date,
                                  list(dict.fromkeys(weapons)), kind, polarity))
        return out


    def _joined_subjects(self, items, t, attacker: str | None, target_keys, c: AttackCues) -> list[str]:
        """"هاجمت كتائب حزب الله وحركة النجباء قاعدة عين الأسد": the actors joined by "و" to
        the verb-first subject that is the attacker struck with it (co_subjects)."""
        if attacker is not None and c.lang == "en":
            return _joined_before(items, t, attacker, target_keys)
        if c.lang != "ar" or attacker is None or not items[t].kinds & TARGET_PREP:
            return []
        subject = self._verb_first_subject(items, t, c)
        if subject is None or not any(it.mention is not None and it.mention.entity == attacker
                                      for it in items[t + 1:subject + 1]):
            return []
        return [e for k in co_subjects(items, subject, c)
                if (e := items[k].mention.entity) != attacker and e not in target_keys]

    @staticmethod
    def _relative_owner(items, t, c: AttackCues) -> str | None:
        """"Iran backs Hamas, whose attack on Israel killed ...": a trigger owned by a
        relative pronoun (a weapon may stand between: "whose drone attack") was carried
        out by the actor the pronoun follows, not by the sentence's subject."""
        for k in range(t - 1, max(-1, t - 4), -1):
            word = items[k].word
            if word and word in c.possessive_relatives:
                before = items[k - 1].mention if k > 0 else None
                return before.entity if before is not None and before.cls in ATTACKERS else None
            if word and k < t - 1:
                return None
        return None


def _joined_before(items: list[Item], t: int, attacker: str, target_keys) -> list[str]:
    """English: "Kataib Hezbollah and Harakat al-Nujaba attacked ...": the named actors
    joined by "and" in the subject right before the verb (nothing else between) acted
    together; the ones besides ``attacker``."""
    k = t - 1
    if k < 0 or items[k].mention is None:
        return []
    chain = [items[k].mention]
    while k >= 2 and items[k - 1].word == "and" and not items[k - 1].comma and items[k - 2].mention is not None:
        chain.append(items[k - 2].mention)
        k -= 2
    if len(chain) < 2 or attacker not in {m.entity for m in chain} \
            or any(m.cls not in ATTACKERS or m.kind not in ("name", "anaphor") for m in chain):
        return []
    return [m.entity for m in reversed(chain) if m.entity != attacker and m.entity not in target_keys]


def _without(items: list[Item], k: int) -> list[Item]:
    """The items with the mention at k read as a plain word."""
    return [Item(it.start, it.end, word="·") if j == k else it for j, it in enumerate(items)]


def _attacker_items(doc: Doc, items: list[Item], c: AttackCues) -> list[Item]:
    """The items as the attacker rules should see them: news outlets and a state's
    adjective glued to an owner word ("the UK-owned cargo ship") as plain words. An outlet
    sends the story, it never attacks ("Shafaq News/ On Monday, X declared that it carried
    out ..."); the owner of what was struck is no attacker. Both may still be struck, so
    the target rules see them."""
    text = doc.norm.text

    def plain(m) -> bool:
        if doc.is_news_outlet(m.entity) or site_of_state(text, m, c):
            return True
        # Most mentions have no hyphen after them: no slice and no regex call then.
        glued = _GLUED.match(text[m.nend:m.nend + 20]) if text.startswith("-", m.nend) else None
        # A name glued so is the same modifier as an adjective ("the al-Qaeda-linked HTS
        # seized ...", "the Israel-owned ship"): the attacker is the noun it qualifies.
        return m.kind in ("nisba", "name") and glued is not None and glued.group(1).lower() in c.owner_suffixes

    if not any(it.mention is not None and plain(it.mention) for it in items):
        return items
    return [Item(it.start, it.end, word="·") if it.mention is not None and plain(it.mention) else it
            for it in items]


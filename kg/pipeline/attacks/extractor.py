"""The attack extractor: frames around triggers, sentence by sentence (one sentence's frames:
sentence_frames.py), merged per document."""
from __future__ import annotations

from kg.model import Attack, Doc
from kg.pipeline.attacks.intercepted_over import intercepted_over, mentions_interception
from kg.pipeline.attacks.cues import ATTACKERS, CLAIM, TRIGGER, AttackCues, attack_cues
from kg.pipeline.attacks.items import sentence_items
from kg.pipeline.attacks.event_cues import event_cues
from kg.pipeline.attacks.frame_events import (agent_told, one_attacker_struck_places, only_places_struck,
                                              people_struck, victims_in_place)
from kg.pipeline.attacks.claim_clauses import fill_claimed
from kg.pipeline.attacks.plural_claims import claims_plural, earlier_unclaimed, said_claimer
from kg.pipeline.attacks.claimed_lists import claimed_lists
from kg.pipeline.attacks.events import EventDetector, cue_words
from kg.pipeline.attacks.allies import join_allies
from kg.pipeline.attacks.document import own_side, resolve_document
from kg.pipeline.attacks.responsibility import DESCRIBED_CLAIMERS, claims_responsibility
from kg.pipeline.attacks.merging import disagree, merge, named_target, oppositions, refine_kinds
from kg.pipeline.attacks.person_titles import code_titled_people
from kg.pipeline.attacks.place_country import localise_participants
from kg.pipeline.attacks.sentence_frames import SentenceFrames
from kg.pipeline.attacks.sources import sources_unsaid
from kg.pipeline.attacks.at_sea import struck_at_sea, unnamed_ship
from kg.pipeline.attacks.senses import commentary
from kg.pipeline.attacks.target_words import is_water
from kg.pipeline.attacks.tellings import Tellings
from kg.pipeline.relations import mentions_by_sentence
from kg.pipeline.tokens import sentence_span

#: Who may claim a deed: an actor, or a group the text describes without naming it.
CLAIMERS = ATTACKERS | DESCRIBED_CLAIMERS


class AttackExtractor(SentenceFrames):
    name = "attacks"

    def __call__(self, doc: Doc) -> Doc:
        cues = attack_cues(doc.lang)
        by_sentence = mentions_by_sentence(doc)
        events = Tellings()
        self._last: list[Attack] = []        # the attacks of the last sentence that told any
        self._last_kept: list[Attack] = []
        self._attributed: list[Attack] = []  # ... and of the last one that named an attacker
        # a frame's attack -> its clause's span and where its trigger word starts
        self._trigger_at: dict[int, tuple[int, int, int]] = {}
        self._groups: list[tuple[int, list[Attack]]] = []   # sentence index, its kept tellings
        detect = EventDetector()
        ecues = event_cues(doc.lang)
        text = doc.norm.text
        for sentence in doc.sentences:
            ns, ne = sentence_span(doc, sentence)
            framed = cues.mentions_any(text[ns:ne])
            # "shot down a drone over the X base": an attack on the base (intercepted_over.py)
            downed = mentions_interception(text[ns:ne], doc.lang)
            if not framed and not downed and not (ecues.mentions_any(text[ns:ne]) and detect.has_cue(doc, sentence)):
                continue   # no trigger, claim or event word: nothing to read (most sentences)
            irrealis = detect.irrealis(doc, sentence)
            if irrealis and not (framed and self._groups):
                continue
            items = sources_unsaid(sentence_items(doc, sentence, by_sentence.get(sentence.index, [])), cues,
                                   doc.is_news_outlet)
            if irrealis:
                # "وأعلنت X مسؤوليتها عن الهجومين": a claim of the deeds told before tells
                # no new one (its cue reads as blocked), yet names their attacker
                if claims_plural(items, doc.lang):
                    self._claim(doc, sentence, items, cues, events)
                continue
            found = self._sentence(doc, sentence, items, cues) if framed else []
            own = []
            if found:
                for a in found:   # the cue words of the frame's clause, not every cue of the sentence
                    refine_kinds([a], detect.kind(doc, sentence, self._trigger_at.get(id(a))))
                found = [a for a in found if not _commentary(doc, a)]
                # a frame that has a state strike its own forces read the wrong target
                # ("ضربة ضد مسلحين حاولوا إطلاق مسيرات تهدد القوات الأميركية"): the
                # event reading below may find the one it struck; if not, the frame stays
                # (the next sentence's "الضربة" takes its attacker; the document drops it)
                own = [a for a in found if own_side(a, doc)]
                found = [a for a in found if a not in own]
                # "تعرضت X لهجوم، أعلنت Y مسؤوليتها عنه": the claim clause names who did it,
                # before the readings below look for an agent (they took Y for the target)
                fill_claimed(found, items, self._trigger_at, cues, doc.lang)
            if not found and not own and framed and self._claim(doc, sentence, items, cues, events):
                continue
            if not found and not own and downed:
                found = intercepted_over(doc, sentence, items, cues)
            if found and only_places_struck(doc, found):
                found = people_struck(doc, sentence, items, cues, detect, found)
            elif found and one_attacker_struck_places(doc, found):
                found = victims_in_place(doc, sentence, items, cues, detect, found)
            elif found and all(a.attacker is None for a in found):
                found = agent_told(doc, sentence, items, cues, detect, found)
            if found and all(is_water(a.target) for a in found):
                found = struck_at_sea(doc, sentence, items, cues, detect, found)
            if not found:
                event = detect(doc, sentence, items, cues)
                if event is not None and own and event.attack.attacker not in {a.attacker for a in own}:
                    event = None   # the frame named who struck, only not what: keep that side
                if event is not None and event.retold and self._last and not disagree(self._last[0], event.attack):
                    named_target(self._last[0], event.attack, doc)
                    merge(self._last[0], event.attack)   # "الانفجار", "the blast": told before
                    continue
                found = [event.attack] if event is not None else own
            fill_claimed(found, items, self._trigger_at, cues, doc.lang)
            kept = [events.tell(attack) for attack in found]
            if found:
                self._last = found
                # the tellings kept for them (an earlier one a retelling merged into): what a claim fills
                self._last_kept = list({id(t): t for t in kept}.values())
                self._groups.append((sentence.index, self._last_kept))
                if found[0].attacker and not found[0].rule.endswith(".accused"):
                    self._attributed = found
        if not events and not doc.attacks:
            return doc   # no attack read: the document-wide steps below have nothing to do
        # Attacks still told only as "on" a sea (no detail named the ship) struck nothing named;
        # by a named attacker on a ship told by its noun, an unnamed ship there was struck: the
        # sea stands for it, as the golds write it ("target: [red_sea]", optional) — unless the
        # document names a ship struck: then the sea is most often that ship told before its name.
        claimed_lists(doc, events.all(), cues)   # "X claimed these attacks:" then a bulleted line each
        resolved = resolve_document(events.all(), doc)
        named_ship = any((e := doc.entities.get(a.target)) is not None and e.cls == "Vessel" for a in resolved)
        doc.attacks.extend(a for a in resolved if not is_water(a.target) or not named_ship and unnamed_ship(doc, a))
        join_allies(doc.attacks, doc)
        localise_participants(doc)
        code_titled_people(doc)
        oppositions(doc)
        return doc

    def _claim(self, doc, sentence, items, c: AttackCues, events: Tellings) -> bool:
        """A claim in a later sentence ("وتبنت X الهجوم", "X claimed the attack") names
        the attacker of the attack just told, when it was told without one."""
        if not self._last:
            return False
        said = said_claimer(doc, sentence) if not any(it.kinds & CLAIM for it in items) else None
        if said is not None:
            # "X said it carried out the attacks": reported speech claims the deeds told before
            return self._fill(doc, sentence, events, said, True)
        if not any(it.kinds & CLAIM for it in items):
            return False
        definite = [it for it in items if it.kinds & TRIGGER and
                    (it.word.startswith("ال") or c.lang == "en" and doc.norm.text[max(0, it.start - 4):it.start] == "the ")]
        plural = claims_plural(items, c.lang)
        if not definite and not plural and not any(claims_responsibility(it.word, c.lang) for it in items):
            return False   # "claimed more than 60 attacks" is a tally, not this attack
        if c.lang == "en" and any(doc.norm.text[max(0, it.start - 7):it.start] == "of the " for it in definite):
            return False   # "claimed responsibility for most of the attacks": part of a tally
        if any(it.word and c.word(it.word, c.aggregates) and any(
                x.kinds & TRIGGER for x in items[k + 1:k + 4]) for k, it in enumerate(items)):
            return False   # "أعلنت ... مسؤوليتها عن عشرات الهجمات": a tally, even with "responsibility"
        claimer = None
        for j, it in enumerate(items):
            if it.kinds & CLAIM:
                near = [x.mention for x in items[max(0, j - 3):j + 4] if x.mention and x.mention.cls in CLAIMERS]
                if not near or near[0].kind != "name":
                    # "X, an umbrella group of militias, stepped forward to claim": the
                    # named subject before the apposition, not the collective inside it.
                    near = [x.mention for x in items[:j] if x.mention and x.mention.cls in ATTACKERS
                            and x.mention.kind == "name"][:1] or near
                if near:
                    claimer = near[0].entity
                    break
        if claimer is None:
            return False
        return self._fill(doc, sentence, events, claimer, plural)

    def _fill(self, doc, sentence, events: Tellings, claimer: str, plural: bool) -> bool:
        """Give the attacks the claim covers their claimer."""
        filled = False
        # "وتبنت X العمليات": every attack told just before with no attacker, not only the last
        covered = earlier_unclaimed(self._groups, sentence.index, claimer) if plural else self._last_kept
        for attack in covered:
            if attack.attacker is None:
                filled = True
                events.take(attack)
                attack.attacker = claimer
                attack.rule = f"{doc.lang}.attack.claimed"
                # The claimer's attack on the same target told before ("X struck the ship
                # ... The missile hit the ship ... X claimed responsibility") is this one.
                told = next((e for e in events.all() if e.attacker == claimer and e.target == attack.target
                             and not e.mutual and not disagree(e, attack)), None)
                if told is not None:
                    merge(told, attack)
                else:
                    events.keep(attack)
        return filled


def _commentary(doc: Doc, attack: Attack) -> bool:
    """An 'attack' in words (senses.commentary), read over the frame's sentence."""
    return commentary(doc, attack, lambda: cue_words(doc, doc.sentences[attack.evidence.sentence]))

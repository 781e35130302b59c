"""Relations between entities, from sentence patterns (``kg/lang/<code>/relations.yaml``).

Each rule emits triples over its slots, e.g. ``[Y, supports, X]`` for "X الموالية لـY";
the slots beyond a rule's own names (``PREV``, ``SUBJ``, ``FOCUS``, ...) are read by
:mod:`kg.pipeline.relation_slots`.

Some wordings carry a relation inside one mention (:mod:`kg.pipeline.wording_relations`).
Every relation gets its polarity and speaker from the reported-speech spans.
"""
from __future__ import annotations

import re
from functools import lru_cache

from kg.model import DENIED, Doc, Mention, Relation, Sentence
from kg.pipeline.listed_referents import distribute_to_listed
from kg.pipeline.heading_members import heading_members
from kg.pipeline.named_wings import named_wings
from kg.pipeline.occupier_sites import occupier_sites
from kg.pipeline.numbered_units import unit_side
from kg.pipeline.patterns import MaskedSentence, candidate_rules, load_rules, mask_sentence, slot_mentions
from kg.pipeline.person_antecedents import ambiguous_person, person_antecedent
from kg.pipeline.relation_filters import (agent_type, focus_named_last, home_state, members_not_heads,
                                          no_person_as_body, no_sea_inside_land, outlets_run_by,
                                          posts_placed_elsewhere, quarters_inside_cities,
                                          sole_owner_state, speaker_like, spokesperson_wins)
from kg.pipeline.relation_slots import ACTORS, fill_slot
from kg.pipeline.speech_spans import polarity_at
from kg.pipeline.unit_heads import unit_heads_are_members
from kg.pipeline.wording_relations import wording_relations
from kg.vocab import RELATIONS


def mentions_by_sentence(doc: Doc) -> dict[int, list[Mention]]:
    out: dict[int, list[Mention]] = {}
    for m in doc.mentions:
        out.setdefault(m.sentence, []).append(m)
    return out


def _relative_heads(ms: MaskedSentence, match, spec: dict | None) -> dict[str, str]:
    """Slots that end a relative clause about an earlier actor, mapped to that actor's
    key: in "الحوثيون الذين يسيطرون على شمال اليمن مدعومون من إيران" the
    participle is said of the Houthis, not of Yemen.  ``spec`` (a rule's
    ``relative_clause``): ``slots`` to check, the language's ``relatives`` and ``when``,
    the group that matches only a predicate ("are backed", "مدعومون"; an attributive
    "factions backed by Iran" is said of the noun it follows)."""
    if not spec or spec.get("when") and not match.group(spec["when"]):
        return {}
    out = {}
    for slot in spec["slots"]:
        if match.group(slot) is None:
            continue
        start = match.start(slot)
        before = list(_TOKEN_END.finditer(ms.text, 0, start))
        if not before:
            continue
        gap = ms.text[before[-1].end():start].split()
        opened = [i for i, w in enumerate(gap) if w in spec["relatives"]]
        # ... and the clause is still open at X (no punctuation after its pronoun)
        described = ms.mentions_in(start, match.end(slot))[0]
        # "يضم فصائل مدعومة من إيران": an undefined noun takes the participle as its adjective
        indefinite = described.kind == "collective" and not ms.text[start - 3:start].endswith(("ال", "the "))
        if opened and not indefinite and not any(p in " ".join(gap[opened[-1]:]) for p in "،,.؛;"):
            antecedent = ms.mentions[int(before[-1].group(1))]
            if antecedent.cls in ACTORS and antecedent.kind != "nisba":
                out[slot] = antecedent.entity
    return out


_TOKEN_END = re.compile(r"«(\d+):[A-Za-z]+:[a-z]+»")


# A person named right after "أن" / "أن يكون" / "that" is the subject of the complement
# clause: "نفت الحركة أن يكون P قائدا فيها" denies the post itself.
_CLAUSE_OPEN = re.compile(r"(?:^|\s)(?:[وف]?[بل]?ان|that)(?: (?:يكون|تكون|كان|كانت|is|was))?\s*$")
_PERSON_FIRST = re.compile(r"«\d+:Person:[a-z]+»")


def _presupposed(raw: dict, text: str, start: int) -> bool:
    """Whether a rule's fact stands outside a denial around it: a title the speaker names
    someone by ("نفت X أنباء عن اغتيال الأمين العام للحركة P" denies the killing, not the
    post), unless the person opens a "that" clause whose predicate the title is."""
    if not raw.get("presupposed"):
        return False
    return not (_PERSON_FIRST.match(text, start) and _CLAUSE_OPEN.search(text, max(0, start - 30), start))


@lru_cache(maxsize=None)
def _replacing_leader_rules(lang: str) -> frozenset[str]:
    """Ids of the language's relation rules marked ``replaces: leaderOf``: read once per
    language, not per document (a test of every rule, 240 k calls on 1,761 short texts)."""
    return frozenset(r.id for r in load_rules(lang, "relations") if r.raw.get("replaces") == "leaderOf")


@lru_cache(maxsize=None)
def _focus_guess_rules(lang: str) -> frozenset[str]:
    """Ids of the rules marked ``focus_guess``: a bare title read as the document's country."""
    return frozenset(r.id for r in load_rules(lang, "relations") if r.raw.get("focus_guess"))


def _led_by(found: dict, people: list[str]) -> list[str]:
    """What ``people`` head by the relations found so far (not denied), in finding order."""
    return list(dict.fromkeys(r.object for r in found.values()
                              if r.predicate == "leaderOf" and r.subject in people and r.polarity != DENIED))


class RelationExtractor:
    name = "relations"

    def __call__(self, doc: Doc) -> Doc:
        rules = load_rules(doc.lang, "relations")
        by_sentence = mentions_by_sentence(doc)
        found: dict[tuple, Relation] = {}
        roles: dict[str, tuple[str, int]] = {}
        for sentence in doc.sentences:
            ms = mask_sentence(doc, sentence, by_sentence.get(sentence.index, []))
            for rule in candidate_rules(rules, ms.text):
                for match in rule.regex.finditer(ms.text):
                    self._emit(doc, sentence, ms, rule, match, found, roles)
        for r in wording_relations(doc, found):
            self._add(found, r)
        replacing = _replacing_leader_rules(doc.lang)
        members = {(r.subject, r.object, r.evidence.sentence) for r in found.values() if r.rule in replacing}
        relations = members_not_heads(list(found.values()), members) if members else list(found.values())
        relations = posts_placed_elsewhere(relations, _focus_guess_rules(doc.lang))
        relations = unit_heads_are_members(doc, distribute_to_listed(doc, outlets_run_by(doc, relations)))
        relations = no_sea_inside_land(doc, no_person_as_body(doc, relations))
        relations = named_wings(doc, occupier_sites(doc, heading_members(doc, relations), polarity_at))
        doc.relations.extend(spokesperson_wins(quarters_inside_cities(doc, relations)))
        return doc

    def _emit(self, doc, sentence: Sentence, ms: MaskedSentence, rule, match, found, roles) -> None:
        # Polarity is read where the relation's own word stands (group T) when the rule
        # marks it: in "Iran has denied funding Hamas" the match starts before the denial.
        if ambiguous_person(doc, rule.raw, ms, match, sentence.index):
            return
        anchor = match.start("T") if "T" in match.re.groupindex and match.group("T") else match.start()
        offset = doc.norm.to_original(ms.to_normalized(anchor))
        polarity, speaker = polarity_at(doc, offset, _presupposed(rule.raw, ms.text, match.start()))
        role = rule.raw.get("role")
        if role and rule.raw.get("opens_role"):
            holder = [m.entity for m in slot_mentions(ms, match, rule.raw["opens_role"])]
            if not holder and rule.raw.get("opens_role_else"):
                # "أحد قيادييه": the group is the pronoun's antecedent
                holder = fill_slot(doc, ms, match, rule.raw["opens_role_else"], role, roles, sentence, speaker)
            if holder:
                roles[role] = (holder[0], sentence.index)
        heads = _relative_heads(ms, match, rule.raw.get("relative_clause"))
        for subj_slot, predicate, obj_slot in rule.emit:
            if predicate not in RELATIONS:
                raise ValueError(f"rule {rule.id}: unknown relation {predicate!r}")
            subjects = [heads[subj_slot]] if subj_slot in heads else \
                fill_slot(doc, ms, match, subj_slot, role, roles, sentence, speaker, rule.raw)
            if obj_slot.endswith(".led"):
                objects = _led_by(found, fill_slot(doc, ms, match, obj_slot[:-len(".led")], role, roles,
                                                    sentence, speaker))
            else:
                objects = [heads[obj_slot]] if obj_slot in heads else \
                    fill_slot(doc, ms, match, obj_slot, role, roles, sentence, speaker, rule.raw)
            pairs = [(s, o) for s in subjects for o in objects]
            if rule.raw.get("respective"):
                # "A وB، زعيما X وY": A leads X and B leads Y, in order; with counts that
                # differ the text does not say who goes with whom, so nothing is read.
                if len(subjects) != len(objects) or len(subjects) < 2:
                    continue
                pairs = list(zip(subjects, objects))
            focus = obj_slot.split(".")[0] == "FOCUS"   # the document's country, or its parliament
            if focus and rule.raw.get("focus_not_after_group"):
                # "عين الحوثيون P وزيرا للدفاع": the group's government, not the country's
                # (the first actor of the sentence but a state is an armed group)
                first = [m for m in ms.mentions_in(0, match.start())
                         if m.cls in ACTORS and m.cls != "State" and m.kind != "nisba"]
                if first and first[0].cls == "ArmedGroup":
                    continue
            states = [home_state(doc, o) for o in objects] if focus and obj_slot != "FOCUS" else objects
            if focus and rule.raw.get("focus_guess") and any(
                    m.cls == "State" and m.entity not in states for m in ms.mentions) \
                    and not focus_named_last(ms, match.start(), states, bool(rule.raw.get("focus_not_as_place"))):
                # "قال وزير الدفاع الأمريكي ...: بتوجيه من الرئيس بايدن": another state named
                # in the sentence may be the bare title's; the one state of the sentence,
                # owning something before the title, is it ("After Iraq's vote, the bloc
                # brought Prime Minister P to power": Iraq's, whatever the document's focus)
                owner = sole_owner_state(doc, ms, match.start())
                if owner is None:
                    continue
                pairs = [(s, owner) for s in subjects]
            for s, o in (unit_side(doc, rule.raw, predicate, s, o) for s, o in pairs):
                if s == o or ("object_agent" in rule.raw and agent_type(doc, o) != rule.raw["object_agent"]) \
                        or person_antecedent(doc, rule.raw, predicate, obj_slot, s, o) \
                        or (rule.raw.get("object_not_speaker") and speaker_like(doc, o)):
                    continue
                conf = rule.confidence * (0.8 if "ROLE" in (subj_slot, obj_slot) else 1.0)
                self._add(found, Relation(s, predicate, o, doc.evidence(sentence, speaker),
                                          rule.id, round(conf, 2), polarity))

    @staticmethod
    def _add(found: dict, r: Relation) -> None:
        key = (r.subject, r.predicate, r.object, r.evidence.sentence, r.polarity)
        old = found.get(key)
        if old is None or r.confidence > old.confidence:
            found[key] = r

"""Relations between entities, from sentence patterns (``kg/lang/<code>/relations.yaml``).

Each rule emits triples over its slots, e.g. ``[Y, supports, X]`` for "X الموالية لـY".
Besides slot names an emit may use:

* ``PREV``: the nearest actor mentioned before the match in the sentence (the antecedent
  of "التي تدعمها", "لأنها تدعم"); when none stands before it, the previous sentence's
  subject (see :func:`sentence_subject`): "أعلنت الجماعة ... . وقالت، عبر ناطقها ...";
* ``PREVGROUP``: the same, counting only groups (a role "فيها" or a body "مكتبها" is a
  group's: "وصل وفد الحركة إلى القاهرة يتقدمه رئيس مكتبها" is not Cairo's);
* ``DEADGROUP``: the group whose members' deaths the text counted before naming them
  (kg/pipeline/killed_members.py);
* ``PREVPERSON``: the person a "he" / "she" stands for: the last person named before the
  match in the sentence, else the previous sentence's first person;
* ``SUBJ``: the subject of the sentence up to the match (see :func:`sentence_subject`), else
  the previous sentence's: whose "its / their spokesman" is;
* ``FOCUS``: the state the document is about (the most mentioned), for unqualified
  titles such as "رئيس الوزراء" (``FOCUS.parliament``: its parliament in the lexicon);
* ``ARMY``: the state army named last before ("The Lebanese army ... . The army chief
  P": :func:`kg.pipeline.relation_filters.army_named_before`);
* ``SPEAKER``: who the reported speech around the match is attributed to ("ونفت طهران
  أن تكون تدعم ...": Tehran is who would support);
* ``ROLE``: an organisation named earlier with the same role ("المتحدث العسكري باسم
  جماعة الحوثي" ... "المتحدث العسكري يحيى سريع");
* ``G.backer``: the backer read off a collective mention in slot G ("an umbrella of
  Iran-backed groups": Iran).
* ``U.unit``: the unit named before whose name has the plain word captured as U
  ("آمر اللواء فلان" a sentence after "اللواء 45");
* ``G.state``: the state the body in slot G belongs to ("Iraq's parliament": Iraq);
* ``G.government``: the government the lexicon names after the group in slot G ("رئيس
  حكومتهم" after the Houthis: "حكومة الحوثيين");
* ``N.led``: what the person in slot N heads by the relations read so far (this
  sentence's earlier rules, earlier sentences): "N was succeeded by P" makes P head
  what N headed.

Some wordings carry a relation inside one mention and are read here: "وكلاء إيران" /
"Iran-backed militias" (the backer supports the group), and a sponsor state's nisba on a
collective ("الميليشيات الإيرانية") where the document names that state as a backer;
a state body whose name names its state ("القيادة المركزية الأميركية": a body of the
United States); and a site whose name says where it is ("السفارة الأميركية في بغداد").
Every relation gets its polarity and speaker from the reported-speech spans.
"""
from __future__ import annotations

import re
from collections import Counter
from functools import lru_cache

from kg.model import ASSERTED, DENIED, REPORTED, Doc, Mention, Relation, Sentence
from kg.pipeline.killed_members import dead_members_group
from kg.pipeline.listed_referents import distribute_to_listed
from kg.pipeline.heading_members import heading_members
from kg.pipeline.occupier_sites import occupier_sites
from kg.pipeline.numbered_units import unit_side
from kg.pipeline.patterns import MaskedSentence, candidate_rules, load_rules, mask_sentence, slot_mentions
from kg.pipeline.person_antecedents import ambiguous_person, person_antecedent
from kg.pipeline.relation_filters import (agent_type, army_named_before, focus_named_last, government_of,
                                          home_state, members_not_heads, no_person_as_body,
                                          no_sea_inside_land, outlets_run_by, parliament_of,
                                          posts_placed_elsewhere, quarters_inside_cities,
                                          sole_owner_state, speaker_like, spokesperson_wins)
from kg.pipeline.speech_spans import speech_containing
from kg.pipeline.unit_heads import unit_heads_are_members, unit_named_before
from kg.vocab import RELATIONS

ACTORS = {"Person", "Organization", "ArmedGroup", "State", "Government", "Coalition", "Actor"}
_GROUPS = {"Organization", "ArmedGroup", "Coalition", "Government"}
_ROLE_TTL = 6   # sentences a role named without its holder stays open


def mentions_by_sentence(doc: Doc) -> dict[int, list[Mention]]:
    out: dict[int, list[Mention]] = {}
    for m in doc.mentions:
        out.setdefault(m.sentence, []).append(m)
    return out


def sentence_subject(mentions: list[Mention]) -> str | None:
    """The actor a sentence is about, for a pronoun in the next one: its first group or
    state named (news sentences open with the verb, then the subject), else its first
    person. A nisba is no subject ("الحكومة العراقية")."""
    actors = [m for m in sorted(mentions, key=lambda m: m.nstart) if m.cls in ACTORS and m.kind != "nisba"]
    groups = [m for m in actors if m.cls != "Person"]
    first = groups[0] if groups else (actors[0] if actors else None)
    return first.entity if first else None


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


def polarity_at(doc: Doc, offset: int, presupposed: bool = False) -> tuple[str, str | None]:
    """(polarity, speaker) for a fact whose wording starts at original ``offset``; a
    presupposed one (a title the speaker names someone by) is reported, never denied."""
    best = speech_containing(doc, offset)
    if best is None:
        return ASSERTED, None
    return (DENIED if best.denial and not presupposed else REPORTED), best.speaker


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


def backer_of(m: Mention) -> str | None:
    """The backer of a backed collective ("الفصائل العراقية المدعومة من إيران": Iran).
    Its node is one per backer, keyed "<backer>_backed_armed_groups" (see collectives);
    the mention's ``ref`` may hold the nisba instead (العراقية), who is no backer."""
    if m.kind != "collective" or m.rule != "collective.backed":
        return None
    suffix = "_backed_armed_groups"
    return m.entity[:-len(suffix)] if m.entity.endswith(suffix) else None


#: What a name says of the place, state or force named inside it, by the name's class.
_NAMED_INSIDE = {"Facility": ("locatedIn", "wording.site_place"),
                 "MilitaryBase": ("locatedIn", "wording.site_place"),
                 "Place": ("locatedIn", "wording.place_in_place"),
                 "Region": ("locatedIn", "wording.place_in_place"),
                 "ArmedGroup": ("memberOf", "wording.unit_of_force")}


_UNIT_JOINTS = frozenset({"و", "،", ",", "،و", ",و", ",and", "and"})


def _coordinated_units(doc: Doc, m: Mention) -> list[str]:
    """Units joined by "و" before a unit named with its force share the force: "سلاح الجو
    المسير والقوة الصاروخية في القوات المسلحة اليمنية" (both units of those forces)."""
    if m.cls != "ArmedGroup":
        return []
    out = []
    at = m.nstart
    for other in sorted((o for o in doc.mentions if o.sentence == m.sentence and o.nend <= m.nstart
                         and o.kind == "name"), key=lambda o: -o.nend):
        if other.cls != "ArmedGroup" or doc.norm.text[other.nend:at].replace(" ", "") not in _UNIT_JOINTS:
            break
        out.append(other.entity)
        at = other.nstart
    return out


def focus_state(doc: Doc) -> str | None:
    """The state the document is about: the one most often named as a location
    ("في العراق", "in Iraq"), else the most often named."""
    text = doc.norm.text
    # A state's name, or its English possessive ("Iraq's"), which the lexicon reads as a nisba.
    states = [m for m in doc.mentions if m.cls == "State" and
              (m.kind == "name" or (m.kind == "nisba" and text[m.nend:m.nend + 2] == "'s"))]
    located = Counter(m.entity for m in states
                      if text[max(0, m.nstart - 3):m.nstart] in ("في ", "in ") or text[m.nstart - 1:m.nstart] == "ب")
    # Ties go to the state named most often in any form ("Iraqi" too).
    named = Counter(m.entity for m in doc.mentions if m.cls == "State")
    counts = located or Counter(m.entity for m in states)
    if not counts:
        # No state named, only described ("البرلمان الإيراني"، "الرئيس الإيراني"): the
        # nisba named most often (round i13a15).
        counts = Counter(m.entity for m in doc.mentions if m.cls == "State" and m.kind == "nisba")
    if not counts:
        return None
    return max(counts, key=lambda k: (counts[k], named[k]))


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
        self._wording_relations(doc, found)
        replacing = _replacing_leader_rules(doc.lang)
        members = {(r.subject, r.object, r.evidence.sentence) for r in found.values() if r.rule in replacing}
        relations = members_not_heads(list(found.values()), members) if members else list(found.values())
        relations = posts_placed_elsewhere(relations, _focus_guess_rules(doc.lang))
        relations = unit_heads_are_members(doc, distribute_to_listed(doc, outlets_run_by(doc, relations)))
        relations = no_sea_inside_land(doc, no_person_as_body(doc, relations))
        relations = occupier_sites(doc, heading_members(doc, relations), polarity_at)
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
                holder = self._slot(doc, ms, match, rule.raw["opens_role_else"], role, roles, sentence, speaker)
            if holder:
                roles[role] = (holder[0], sentence.index)
        heads = _relative_heads(ms, match, rule.raw.get("relative_clause"))
        for subj_slot, predicate, obj_slot in rule.emit:
            if predicate not in RELATIONS:
                raise ValueError(f"rule {rule.id}: unknown relation {predicate!r}")
            subjects = [heads[subj_slot]] if subj_slot in heads else \
                self._slot(doc, ms, match, subj_slot, role, roles, sentence, speaker, rule.raw)
            if obj_slot.endswith(".led"):
                objects = _led_by(found, self._slot(doc, ms, match, obj_slot[:-len(".led")], role, roles,
                                                    sentence, speaker))
            else:
                objects = [heads[obj_slot]] if obj_slot in heads else \
                    self._slot(doc, ms, match, obj_slot, role, roles, sentence, speaker, rule.raw)
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
                    and not focus_named_last(ms, match.start(), states):
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

    def _slot(self, doc, ms, match, slot, role, roles, sentence, speaker=None, raw=None) -> list[str]:
        if slot == "SPEAKER":
            return [speaker] if speaker else []
        if slot in ("PREV", "PREVGROUP"):
            kinds = ACTORS if slot == "PREV" else _GROUPS
            before = [m for m in ms.mentions_in(0, match.start()) if m.cls in kinds and m.kind != "nisba"]
            if before:
                return [before[-1].entity]
            # Rare (no antecedent in the sentence): derived here, not kept on this shared
            # component between sentences, which threads of a Dask worker may run at once.
            previous = [m for m in doc.mentions if m.sentence == sentence.index - 1 and m.cls in kinds]
            subject = sentence_subject(previous)
            return [subject] if subject else []
        if slot == "DEADGROUP":   # "مقتل قياديين في X" ... "القتيلان هما A وB" (killed_members.py)
            return dead_members_group(doc, sentence, ms, match.start())
        if slot == "PREVPERSON":
            # "He was later succeeded by P": the person named last before the pronoun in
            # its sentence, else the first person of the previous one (its subject).
            before = [m for m in ms.mentions_in(0, match.start()) if m.cls == "Person"]
            if before:
                return [before[-1].entity]
            previous = sorted((m for m in doc.mentions if m.sentence == sentence.index - 1
                               and m.cls == "Person"), key=lambda m: m.nstart)
            return [previous[0].entity] if previous else []
        if slot == "SUBJ":
            # "its / their spokesman": the subject of the sentence (its first group or
            # state named before the match), not the nearest actor; else the previous
            # sentence's subject.
            subject = sentence_subject([m for m in ms.mentions_in(0, match.start()) if m.cls in ACTORS])
            if subject is None:
                subject = sentence_subject([m for m in doc.mentions if m.sentence == sentence.index - 1])
            return [subject] if subject else []
        if slot == "ARMY":   # "the army chief P": the state army named last before
            army = army_named_before(doc, sentence.index, ms.to_normalized(match.start()),
                                     past_groups=bool(raw and raw.get("army_past_groups")))
            return [army] if army else []
        if slot == "FOCUS":
            state = focus_state(doc)
            return [state] if state else []
        if slot == "ROLE":
            held = roles.get(role)
            if held and sentence.index - held[1] <= _ROLE_TTL:
                return [held[0]]
            return []
        if slot.endswith(".unit"):
            # "وقال آمر اللواء فلان": the unit named before with that head noun.
            unit = unit_named_before(doc, match.group(slot[:-len(".unit")]) or "", sentence.index,
                                     ms.to_normalized(match.start()))
            return [unit] if unit else []
        if slot.endswith(".state"):
            # "Iraq's parliament elected P as the country's ...": the state the body in
            # the slot belongs to (kg.pipeline.relation_filters.home_state).
            return [s for m in slot_mentions(ms, match, slot[:-len(".state")])
                    if (s := home_state(doc, m.entity))]
        if slot.endswith((".government", ".parliament")):
            # "رئيس حكومتهم": the government the group named before runs, by its name; "رئيس
            # البرلمان P": the parliament of the state (relation_filters, the lexicon's identity)
            base, _, part = slot.rpartition(".")
            body = government_of if part == "government" else parliament_of
            return [g for k in self._slot(doc, ms, match, base, role, roles, sentence, speaker) if (g := body(doc, k))]
        if slot.endswith(".backer"):
            # "an umbrella of Iran-backed groups": the backer named inside a collective
            # mention ("فصائل موالية لإيران") is read off the mention itself.
            return [b for m in slot_mentions(ms, match, slot[:-len(".backer")]) if (b := backer_of(m))]
        return [m.entity for m in slot_mentions(ms, match, slot)]

    @staticmethod
    def _add(found: dict, r: Relation) -> None:
        key = (r.subject, r.predicate, r.object, r.evidence.sentence, r.polarity)
        old = found.get(key)
        if old is None or r.confidence > old.confidence:
            found[key] = r

    def _wording_relations(self, doc: Doc, found: dict) -> None:
        backers = {r.subject for r in found.values() if r.predicate == "supports" and r.polarity != DENIED}
        sentences = {s.index: s for s in doc.sentences}
        for m in doc.mentions:
            if not m.ref or m.ref == m.entity or m.kind not in ("collective", "name"):
                continue
            sentence = sentences.get(m.sentence)
            if sentence is None:
                continue
            if m.kind == "name":
                # A state body named with its state ("القيادة المركزية الأميركية"), a site
                # or district named with its place ("السفارة الأميركية في بغداد", "الضاحية
                # الجنوبية لبيروت"), a unit with its force ("القوة الصاروخية في القوات
                # المسلحة اليمنية", and the units joined to it by "و").
                predicate, rule = _NAMED_INSIDE.get(m.cls, ("memberOf", "wording.state_body"))
                if m.cls == "Government" and getattr(doc.entities.get(m.ref), "cls", None) == "ArmedGroup":
                    # "حكومة الحوثيين", "the Houthi-run government": the group runs it.
                    predicate, rule = "operatedBy", "wording.run_by_group"
                units = [m.entity, *_coordinated_units(doc, m)] if m.cls == "ArmedGroup" else [m.entity]
                polarity, speaker = polarity_at(doc, m.start)
                for unit in units:
                    self._add(found, Relation(unit, predicate, m.ref, doc.evidence(sentence, speaker),
                                              rule, 0.8, polarity))
                continue
            if m.rule == "collective.backed":
                if not backer_of(m):
                    continue
                rule, conf = "collective.backer_named", 0.85
            elif m.rule == "collective.nisba" and m.ref in backers:
                rule, conf = "collective.nisba_of_sponsor", 0.65
            else:
                continue
            polarity, speaker = polarity_at(doc, m.start)
            backer = backer_of(m) if m.rule == "collective.backed" else m.ref
            self._add(found, Relation(backer, "supports", m.entity, doc.evidence(sentence, speaker),
                                      rule, conf, polarity))

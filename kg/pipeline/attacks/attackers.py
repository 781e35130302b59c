"""Attacker rules: who carried out the attack a trigger reports."""
from __future__ import annotations

from kg.model import Doc, Mention
from kg.pipeline.attacks.cues import (
    AGENT_PREP, ATTACKERS, ATTRIBUTION, BREAK, CLAIM, LOCATIVE, RESPONSE, TARGET_PREP, TRIGGER, AttackCues)
from kg.pipeline.attacks.event_cues import event_cues
from kg.pipeline.attacks.items import bare_word
from kg.pipeline.attacks.owned_forces import owned_force_at
from kg.pipeline.attacks.possessive_attackers import possessive_owner
from kg.pipeline.attacks.place_words import headline_setting
from kg.pipeline.attacks.running_tolls import running_cues, running_toll
from kg.pipeline.attacks.own_side_words import hosted_by_target as _hosted_by_target, own_loss as _own_loss
from kg.pipeline.attacks.attacker_adjectives import (
    agrees as _agrees, on_attack_noun as _on_attack_noun, past_target_preposition as _past_target_preposition)
from kg.pipeline.attacks.attacker_clauses import (
    attributive_participle as _attributive_participle, condemner as _condemner, controls as _controls,
    described_by_relative as _described_by_relative, noun_cleft as _noun_cleft, past_fronted_clause as _past_fronted_clause,
    phrase_ends_at as _phrase_ends_at, present_tense as _present_tense, relative_object, relays as _relays,
    time_clause as _time_clause, weapon_before_verb as _weapon_before_verb)
from kg.pipeline.attacks.event_attackers import claimed_in_relative
from kg.pipeline.attacks.attacker_victims import (
    announces_other_event as _announces_other_event, counted_victim as _counted_victim,
    passive_victim as _passive_victim)


#: How far before the trigger an actor a relative clause describes is still skipped as
#: its subject ("الناقلة التي ترفع علم ليبيريا مدى استهداف").
RELATIVE_REACH = 6


class AttackerRules:
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
        noun = not items[first].kinds & TARGET_PREP
        for j in range(max(0, first - 4), min(len(items), first + 5)):
            it = items[j]
            if it.mention and it.mention.kind == "nisba" and it.mention.cls == "State":
                prev = [x for x in items[max(0, j - 3):j]]
                nxt = items[j + 1].mention if j + 1 < len(items) else None
                if nxt is not None and nxt.cls in ATTACKERS:
                    continue   # "Yemen's Houthis": the group, not the state, is named
                if c.lang == "en" and j + 1 < len(items) and items[j + 1].word in c.route_nouns:
                    continue   # "near the Syrian border", "off the Yemeni coast": where
                if _past_target_preposition(items, first, j, c) and not _on_attack_noun(items, j, c):
                    continue   # "fired missiles at a Greek tanker": whose ship was struck
                weapon_after = c.lang == "en" and any(x.mention and x.mention.cls == "Weapon"
                                                      for x in items[j + 1:j + 3])
                weapon_before = any(x.mention and x.mention.cls == "Weapon" and _agrees(doc, x, it, c) for x in prev)
                if weapon_before or weapon_after or \
                        (noun and j in (first + 1, first + 2)) or _on_attack_noun(items, j, c):
                    if it.mention.entity not in target_keys:
                        return it.mention.entity, "state_adjective"
        # 1b. English: a group's name between an article and the attack noun ("ignited by
        #     a Hamas attack on Israel") says whose attack it is, passive or not.
        if c.lang == "en" and first > 0 and items[first].word in c.attack_nouns:
            m = items[first - 1].mention
            if m is not None and m.cls in ATTACKERS and m.kind == "name" and m.entity not in target_keys \
                    and doc.norm.text[max(0, items[first - 1].start - 4):items[first - 1].start].lower().endswith(
                        (" a ", " an ", "the ")):
                return m.entity, "modifier"
        # 1c. English: an actor's possessive on the attack noun ("Hamas's attack on Israel",
        #     "Hamas' attack", "Israel's air strikes") says whose attack it is.
        owner = possessive_owner(doc, items, first, c, target_keys)
        if owner is not None:
            return owner, "possessive"
        # 2. The agent: "من قبل X", "نفذتها X", a weapon "تابعة لـX", "by X"; a bare
        #    "من"/"from" only in a passive or right after the trigger ("هجوم من X").
        forward = []
        for j in range(first + 1, len(items)):
            if c.is_break(items, j) or items[j].kinds & RESPONSE:
                break   # "غارة ... ردا على هجوم شنته X": X's is the attack responded to
            forward.append(j)
        backward = []
        for j in range(first - 1, content_start - 1, -1):
            if c.is_break(items, j):
                break
            backward.append(j)
        hosted = _hosted_by_target(items, forward, target_keys)
        armed = bool(hosted) and any(items[k].mention is not None and items[k].mention.cls == "Weapon" for k in forward)
        skipped_host = False
        for j in forward + backward:
            it = items[j]
            if it.mention and it.mention.cls in ATTACKERS and it.mention.entity not in target_keys \
                    and not c.backer_at(items, j) \
                    and not _nisba_of_proxy(items, j):   # "المقاتلين المدعومين من إيران": Iran backs them
                prev = items[j - 1]
                before = items[j - 2].word if j > 1 else None
                strong = prev.word in c.strong_agents or (before is not None and f"{before} {prev.word}" in c.strong_agents) \
                    or owned_force_at(items, j, c) and j >= 3 and items[j - 3].word in c.strong_agents
                # ("شنها الطيران التابع لـX": the agent is the force X owns)
                # "facilities used by X": X owns the target; "استهدف عنصرا من X": one of X. No agent.
                owned_by = before is not None and (c.word(before, c.owner_markers) is not None
                                                   or j > first and c.word(before, c.members) is not None
                                                   or j > first and _partitive(items, j - 2, c))
                weak = bool(prev.word and c.word(prev.word, c.agent_preps)) and not owned_by \
                    and not c.launch_point(items, j) and (
                    passive is not None or 0 < j - first <= 4 or (c.lang == "en" and prev.word == "by" and j > first))
                # "هجمات ضد قواعد ... تابعة للتحالف": past the target preposition, the owner is the target's.
                owner = it.clitic[-1:] == "ل" and prev.word and c.word(prev.word, c.owner_markers) and j > first \
                    and not any(x.kinds & TARGET_PREP for x in items[first + 1:j]) \
                    and not (j > 1 and items[j - 2].mention and items[j - 2].mention.entity in target_keys)
                if j in hosted and not strong:
                    # "قاعدة X التي تستضيف قوات تابعة للتحالف": who is there, not who struck
                    # (the attack stays when they stood where an agent would, or a weapon is named)
                    skipped_host = skipped_host or bool(weak or owner) or armed
                    continue
                if owner and j > 1 and items[j - 2].mention is not None and items[j - 2].mention.cls in ATTACKERS \
                        and items[j - 2].mention.kind != "nisba" and items[j - 2].mention.entity not in target_keys:
                    return items[j - 2].mention.entity, "agent"   # "فصائل تابعة للحرس الثوري": the factions act
                if strong or weak or owner:
                    return it.mention.entity, "agent"
        # 2b. English: a claim in a relative clause after the verb's clause ("A rocket attack
        #     hit the base on Monday, which X claimed"): past the comma that ended the agent
        #     search, the relative's subject claims the attack (round i13e15).
        if c.lang == "en" and not response:
            for j in range(first + 1, len(items)):
                if items[j].kinds & RESPONSE:
                    break   # "... in response to an attack, which X claimed": not this one
                m = items[j].mention
                if m is not None and m.cls in ATTACKERS and m.kind != "nisba" \
                        and m.entity not in target_keys and claimed_in_relative(items, j, c):
                    return m.entity, "claim"
        # "X, which has carried out attacks on Y", "X, which was listed in 2009, has continued
        #  to launch attacks": a relative clause on a named actor with no actor of its own
        #  before the trigger tells what that actor did (English: the comma, then the
        #  relative); a passive counts only past a second comma (the aside's own verb).
        if c.lang == "en" and not response and (passive is None or any(
                it.comma for it in items[passive + 1:first + 1])):
            antecedent = _relative_antecedent(items, content_start, first, target_keys)
            if antecedent is not None and not running_toll([it.word for it in items], first, first + 1,
                                                           running_cues(c.lang)):
                # (a habit over a span, "which has taken part in the past in attacks", is no event)
                return antecedent, "subject"
        if response or passive is not None:
            return None, "unattributed"
        # "أعلنت X أن المقاومة هي من استهدفت": the noun of the cleft did it, not a claimer.
        cleft = _noun_cleft(items, first, c)
        # 3. A claim: "تبنت X الهجوم", "أعلنت X مسؤوليتها".
        for j, it in enumerate(items[:0 if cleft else first]):
            if j >= content_start - 1 and it.kinds & CLAIM:
                k = next((k for k in range(j + 1, min(j + 4, len(items))) if items[k].mention), None)
                nxt = items[k].mention if k is not None else None
                # "أعلن مصدر أمني عراقي مقتل ...": an adjective on the announcer claims nothing.
                if nxt is not None and nxt.cls in ATTACKERS and nxt.kind != "nisba" \
                        and nxt.entity not in target_keys and not _announces_other_event(items, j, nxt, first, c) \
                        and not _own_loss(items, k, first, c):
                    return nxt.entity, "claim"
        # 3b. A past verb with its plural subject pronoun ("استهدفوا", "شنوا") inside what a
        #     group said of itself ("قال X إنه نفذ ... حيث استهدفوا ...") has that group's
        #     fighters as its subject: an actor named near it is the target's owner.
        if pronoun_speaker and c.lang == "ar" and any(bare_word(items[k].word or "").endswith("وا")
                                                      for k in (first - 1, first) if k >= 0):
            entity = doc.entities.get(pronoun_speaker)
            if entity is not None and entity.cls in ATTACKERS and pronoun_speaker not in target_keys:
                return pronoun_speaker, "speaker_subject"
        # 4. The subject: the first actor not inside a prepositional phrase, within the
        #    trigger's clause and the reported content when there is one.
        clause_start = content_start
        for j in range(first - 1, content_start - 1, -1):
            if items[j].kinds & BREAK:
                clause_start = j + 1
                break
        clause_start = _past_fronted_clause(items, clause_start, first, c)
        # "واستهدف الحوثيون ناقلة": the actor right after a verb that takes its target
        # as object is that verb's subject (verb-subject-object), not its first object;
        # a present tense there ("وتستهدف إسرائيل قادة ... منذ سنوات") tells a habit.
        verb_subject = self._verb_first_subject(items, first, c) \
            if items[first].kinds & TARGET_PREP \
            and not _present_tense(items[first].word) else None
        described = _described_by_relative(items, first, c)
        # "elects P to succeed assassinated leader N": a participle describing a person is
        # not the clause's verb, so the clause's subject did not carry the attack out.
        for j in (() if _attributive_participle(items, first, c) else range(clause_start, len(items))):
            it = items[j]
            m = it.mention
            if m is None or m.cls not in ATTACKERS or m.kind == "nisba" or m.entity in target_keys \
                    or j in described or (j < first and _relays(items, j, c)):
                continue   # (relays: "نقلت وكالة الأنباء عن مسؤول أن ...": who passed the news on)
            if j < first and _body_of_target(doc, m.entity, target_keys):
                continue   # "the US State Department designated X, a group that attacked
                # American personnel": a state's own government body is not who struck it
            if j < first and doc.norm.text[it.end:it.end + 3].lstrip().startswith(":"):
                continue   # "الجيش الأميركي: الحوثيون نفذوا هجوما": the source of a heading
            if first - RELATIVE_REACH <= j < first and relative_object(items, j, c):
                continue   # "الناقلة التي ترفع علم ليبيريا": the flag describes the ship struck
            if j < first and headline_setting(doc, items, j, first, c):
                continue   # "Iraq drone attack ... in northern Iraq": where, not who
            if j < first and _own_loss(items, j, first, c):
                continue   # "أعلنت X مقتل أحد عناصرها في غارة": X mourns its own, it did not strike
            if j < first and _condemner(items, j, first, c):
                continue   # "أدانت X الهجوم الذي استهدف Y": X judges the deed, it did not strike
            if j == verb_subject:
                return m.entity, "subject"
            if j > first and (c.lang == "en" or _weapon_before_verb(items, first)):
                break   # subject-verb-object: an actor after the trigger is its object
                # ("طائرات مسيرة هاجمت قوات أميركية": the drones are the verb's subject)
            prev = items[j - 1] if j else None
            if c.lang == "en" and j < first and _chained_after_preposition(items, j, c):
                continue   # "supported by the IRGC-Quds Force (IRGC-QF)": names run together
                # after "by" (a unit after its parent, an acronym in brackets) share its role
            if j < first and prev is not None and self._verb_first_subject(items, j - 1, c) == j:
                return m.entity, "subject"   # "وقتلت إسرائيل ... قائدا في غارة": a verb's subject
            if j < first and owned_force_at(items, j, c):
                return m.entity, "subject"   # "الطائرات التابعة لإسرائيل قصفت": the force's owner
            if it.clitic[-1:] in ("ل", "ب", "ك") or (prev and prev.word and (
                    prev.kinds & (LOCATIVE | AGENT_PREP | TARGET_PREP | ATTRIBUTION) or
                    prev.word in ("مع", "عن", "لدي", "with", "of", "to", "for"))):
                continue
            if j > first and any(x.kinds & TARGET_PREP for x in items[first:j]):
                break
            if _controls(items, j, c):
                continue   # "صنعاء الخاضعة لسيطرة الحوثيين": X holds the place struck
            if j < first and _passive_victim(items, j, first, c):
                continue   # "two soldiers were killed in a raid": the victims
            if j < first and _counted_victim(items, j, c):
                continue   # "مقتل ستة من رجال الأمن ومجالس الصحوة في هجوم": the victims
            return m.entity, "subject"
        # 4b. "نفذ X غارة على A، كما شن غارة على B": a verb opening a clause coordinated
        #     by "كما" names no subject of its own; it shares the subject of the clause before.
        shared = self._shared_subject(doc, items, first, clause_start, targets, c, content_start)
        if shared is not None:
            return shared, "subject"
        if cleft:
            return None, "unattributed"   # the doer of the cleft names no known actor
        # 5. "its fighters", "مقاتليها": the group named last before the trigger.
        text = doc.norm.text
        if any(it.word and (c.word(it.word, c.pronoun_attackers) or c.lang == "en" and it.start >= 4
                            and (f"{text[it.start - 4:it.start]}{it.word}" in c.pronoun_attackers
                                 or _phrase_ends_at(text, it.end, c.pronoun_attackers)))
               for it in items[clause_start:first]) \
                and not any(items[k].mention is not None and _own_loss(items, k, first, c)
                            for k in range(clause_start, first)):   # "its fighters" killed: its loss
            inside = {id(items[j].mention) for j in described | _time_clause(items, content_start, first, c)}
            groups = [m for m in reversed(self._earlier_groups(doc, items, first))
                      if m.entity not in target_keys and id(m) not in inside]
            # "X, an umbrella body for Iranian-backed militias, said its fighters ...": the
            # named group of the sentence, not the collective describing it.
            named = [m for m in groups if m.kind == "name" and m.nstart >= items[0].start]
            if groups:
                return (named[0] if groups[0].kind == "collective" and named else groups[0]).entity, "pronoun"
        # 6. "قال الحرس الثوري إنه أطلق", "X said it launched": the speaker is the subject.
        if pronoun_speaker and not _told_of(items, content_start, first, c):
            entity = doc.entities.get(pronoun_speaker)
            if entity is not None and entity.cls in ATTACKERS:
                return pronoun_speaker, "speaker_subject"
        # 7. Announced by a group's spokesperson: the group.
        if speaker:
            org = organisation_of(doc, speaker)
            if org:
                return org, "announced"
        # The forces hosted by the target were named where an agent would stand: an attack
        # on a named target all the same, its attacker untold.
        return None, "hosted" if skipped_host else "unattributed"

    def _shared_subject(self, doc, items, first, clause_start, targets, c: AttackCues,
                        content_start: int) -> str | None:
        """The attacker of the clause before, when a verb of waging and its attack noun open
        a clause after a coordinating break ("كما شن غارة على B"، "كما نفذ غارة") and that
        clause has a trigger of its own."""
        k = clause_start - 1
        opener = items[clause_start].word if clause_start < len(items) else None
        if c.lang != "ar" or first not in (clause_start, clause_start + 1) or k <= content_start \
                or not c.word(items[k].word, c.shared_subject_breaks) \
                or bare_word(opener or "").endswith("وا"):   # "شنوا": its own plural subject, the fighters
            return None
        # Only a verb of waging with its attack noun for object ("كما شن غارة"): after another
        # verb the noun that follows may be its own subject ("كما استهدفت قذائف مدينة X").
        noun_is_trigger = clause_start + 1 < len(items) and items[clause_start + 1].kinds & TRIGGER
        if not c.word(opener, event_cues(c.lang).waging_verbs) or not noun_is_trigger:
            return None
        for j in range(k - 1, content_start - 1, -1):
            if c.is_break(items, j):
                return None   # no trigger in the clause just before
            if items[j].kinds & TRIGGER:
                attacker, rule = self._attacker(doc, items, [(j, None)], None, targets, None, c, content_start)
                return attacker if rule not in ("claim", "announced") else None
        return None

    def _earlier_groups(self, doc: Doc, items, first) -> list[Mention]:
        """Armed groups and organisations mentioned before the trigger, in order: earlier
        sentences first, then this one."""
        before = [it.mention for it in items[:first] if it.mention]
        start = items[0].start if items else 0
        earlier = [m for m in doc.mentions if m.nstart < start]
        return [m for m in earlier + before if m.cls in ("ArmedGroup", "Organization") and m.kind != "nisba"]


#: Relative words whose antecedent is the actor before their comma.
_RELATIVES = frozenset({"which", "who"})


def _body_of_target(doc, key: str, target_keys) -> bool:
    """Whether ``key`` is a government body (CAMEO "USAGOV") of a state among the targets."""
    entity = doc.entities.get(key)
    if entity is None or entity.cls != "Government" or not entity.cameo or not entity.cameo.endswith("GOV"):
        return False
    states = (doc.entities.get(t) for t in target_keys)
    return any(e is not None and e.cls == "State" and e.country and entity.country == e.country for e in states)


def _relative_antecedent(items, start: int, first: int, target_keys) -> str | None:
    """The named actor a relative clause before the trigger describes ("X, which ..."), when
    no named actor stands between the relative word and the trigger (else that one is the
    clause's own subject: "X, which Israel struck") and at most one more comma (the aside's
    end: "X, which was listed in 2009, has continued to launch attacks" leaves X the main
    clause's subject all the same)."""
    k = next((j for j in range(first - 1, start, -1) if items[j].word in _RELATIVES and items[j].comma), None)
    if k is None or sum(it.comma for it in items[k + 1:first + 1]) > 1:
        return None
    # the name may carry its kind's noun: "The KH group, which ..."
    n = k - 2 if k >= 2 and items[k - 1].word in _GROUP_NOUNS else k - 1
    m = items[n].mention
    if m is None or m.cls not in ATTACKERS or m.kind != "name" or m.entity in target_keys:
        return None
    if any(it.mention is not None and it.mention.cls in ATTACKERS and it.mention.kind in ("name", "proxy")
           and not _named_as(items, j) for j, it in enumerate(items[k + 1:first], k + 1)):
        return None   # (a description there, "listed as a terrorist group", is no subject)
    return m.entity


#: Nouns of a group's kind that may follow its name before a relative ("the KH group, which").
_GROUP_NOUNS = frozenset({"group", "militia", "movement", "faction", "organization", "organisation"})


def _named_as(items, j: int) -> bool:
    """The mention at ``j`` is what someone was named or listed as ("designated as a
    Foreign Terrorist Organization"): a description, no actor of the clause."""
    prev = items[j - 1].word if j >= 1 else None
    return prev == "as" or prev in ("a", "an", "the") and j >= 2 and items[j - 2].word == "as"


def _chained_after_preposition(items, j: int, c: AttackCues) -> bool:
    """Whether the mention at ``j`` ends a run of mentions with no word between them whose
    first stands after a preposition or "by": the run is one phrase (a unit named after
    its parent, "the IRGC-Quds Force"; an acronym in brackets after the name), so none of
    it is the clause's subject. A possessive state before the name is its own item and
    no preposition ("Iraq's Kataib Hezbollah attacked": Kataib Hezbollah stays)."""
    lead = j
    while lead > 0 and items[lead - 1].mention is not None and items[lead - 1].word is None:
        lead -= 1
    if lead == j or lead == 0:
        return False
    prev = items[lead - 1]
    return bool(prev.word) and bool(prev.kinds & (LOCATIVE | AGENT_PREP | TARGET_PREP | ATTRIBUTION)
                                    or prev.word in ("with", "of", "to", "for"))


def _partitive(items, k: int, c: AttackCues) -> bool:
    """The word at k is a noun of a part or an amount ("مجموعة من X") not right after a
    doer's verb ("شنته مجموعة من X": X's men did it)."""
    word = items[k].word
    if not word or c.word(word, c.partitives) is None:
        return False
    prev = items[k - 1].word if k else None
    return not (prev and (prev in c.strong_agents or c.word(prev, c.strong_agents)))


def organisation_of(doc: Doc, person: str) -> str | None:
    entity = doc.entities.get(person)
    if entity is not None and entity.cls != "Person":
        return person if entity.cls in ATTACKERS else None
    for r in doc.relations:
        if r.subject == person and r.predicate in ("spokespersonOf", "leaderOf"):
            return r.object
    return None



def _told_of(items, content_start: int, first: int, c: AttackCues) -> bool:
    """The pronoun opening the speaker's words is the subject of a verb of being told
    ("the agency said it was notified of a drone hitting a ship", "said it received
    reports of"): the speaker learned of the attack, it did not carry it out."""
    words = event_cues(c.lang).told_of
    return any(items[k].word and items[k].word.lower() in words
               for k in range(content_start, min(first, content_start + 5)))


#: Nouns a state's adjective may qualify without naming the state as the one acting: "by
#: the Turkish proxy" is a group Turkey backs (eighth real round).
_PROXY_NOUNS = frozenset({"proxy", "proxies", "ally", "allies", "client", "clients",
                          "وكيل", "الوكيل", "وكلاء", "الوكلاء", "حليف", "الحليف", "حلفاء", "الحلفاء"})


def _nisba_of_proxy(items, j: int) -> bool:
    """Whether the state's adjective at j qualifies a proxy or an ally (English before the
    noun, Arabic after it)."""
    m = items[j].mention
    if m is None or m.kind != "nisba":
        return False
    after = items[j + 1].word if j + 1 < len(items) else None
    before = items[j - 1].word if j > 0 else None
    return bool(after and after.lower() in _PROXY_NOUNS) or bool(before and before in _PROXY_NOUNS)


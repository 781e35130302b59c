"""Target rules: what an attack trigger struck, and where."""
from __future__ import annotations

from kg.lang.cues import cues
from kg.pipeline.attacks.attacker_adjectives import co_subjects
from kg.pipeline.attacks.appositions import apposed_person
from kg.pipeline.attacks.date_asides import closes_date_aside
from kg.pipeline.attacks.cues import (
    AREAS, ATTACKERS, ATTRIBUTION, BREAK, CLAIM, COORDINATOR, FIRST_TARGET_REACH, LOCATIVE, OWNED, PLACES, RELATIVES, RESPONSE,
    TARGET_PREP, TARGET_REACH, TARGETS, TRIGGER, AttackCues)
from kg.pipeline.attacks.items import bare_word
from kg.pipeline.attacks.listed_targets import listed_subjects, named_members
from kg.pipeline.attacks.located_places import belongs_to_place, locates_place_before
from kg.pipeline.attacks.owned_forces import owner_of_force
from kg.pipeline.attacks.post_places import post_place
from kg.pipeline.attacks.state_owned import state_owned
from kg.pipeline.attacks.place_words import (after_destination, names_a_border, names_a_newsroom, self_place_head, ship_heading,
                                             street_name)
from kg.pipeline.attacks.target_words import (flag_of, in_neighbourhood, instrument_aside, listed_head,
                                               person_described, pronoun_forces_owner, speaker_after_comma, stance)

#: Prepositions before an English relative pronoun ("in which", "of which"): the clause after
#: it names its own subject.
_RELATIVE_PREPOSITIONS = frozenset({"of", "in", "during", "among", "after", "by"})


class TargetRules:
    def _targets(self, items, triggers, passive, c: AttackCues, in_date: frozenset[int] = frozenset(),
                 text: str = "") -> list[tuple[str, str | None]]:
        """What the triggers struck, with the place attached to each.  ``in_date``: the
        items inside a date mention ("on Sunday" opens no target phrase); ``text``: the
        normalised text the items index (the punctuation between them)."""
        targets: list[list] = []   # [entity, place]
        place_phrase = None        # where a target phrase with no named target began
        for t, manner in triggers:
            start = None
            if items[t].kinds & TARGET_PREP:
                start = t + 1
                subject = self._verb_first_subject(items, t, c)
                if subject is not None:
                    # "واستهدفت كتائب حزب الله قاعدة حرير": skip the subject, and those joined
                    # to it ("وحركة النجباء"): they struck with it (attacker_adjectives.co_subjects)
                    joined = co_subjects(items, subject, c)
                    start = (joined[-1] if joined else subject) + 1
                    if joined and start < len(items) and items[start].mention is not None \
                            and items[start].mention.kind == "nisba" and not items[start].clitic:
                        start += 1
            else:
                for j in range(t + 1, min(len(items), t + TARGET_REACH)):
                    it = items[j]
                    if it.kinds & (BREAK | RESPONSE) or it.word and it.word in c.characterisations:
                        break   # "ردا على مجازر X": X is what the attack answers, not its target
                        # ("the strike, calling it an attack on X": what it is called)
                    before = items[j - 1].word
                    if it.kinds & TARGET_PREP and not (before and (
                            before in c.route_nouns or f"{before} {it.word}" in c.strong_agents)) \
                            and j + 1 not in in_date:
                        # (not "the border into Syria": where; nor "blamed on X": who; nor
                        # "on Sunday": when, else the speaker after the comma was struck)
                        start = j + 1
                        break
                    if it.word and c.incursions and c.word(it.word, c.incursion_prepositions) \
                            and c.word(items[t].word, c.incursions):
                        start = j + 1   # "توغلت القوات في بلدة X": the place entered
                        break
                    if j == t + 1 and it.word == "of" and c.word(items[t].word, c.of_objects):
                        start = j + 1   # "the bombardment of Gaza": the object after "of"
                        break
                    if it.mention and it.clitic and it.clitic[-1:] in ("ل",) and c.lang == "ar" \
                            and manner != "launch" and j == t + 1:
                        start = j   # "هجمات لـX" is rare; keep the slot open
            if start is None:
                continue
            self._read_targets(items, start, manner, targets, c, text, in_date)
            if not targets:
                self._owner_targets(items, start, targets, c)
            if targets:
                break
            place_phrase = place_phrase if place_phrase is not None else start
        if not targets and passive is not None and not _new_clause(items, passive, triggers[0][0]):
            # The passive's subject heads its clause: "أن قاعدة التنف ... تعرضت لهجوم".
            clause = 0
            speech = cues(c.lang).speech_verbs
            for j in range(passive - 1, -1, -1):
                word = items[j].word
                # "UKMTO said the ship reported being struck": a verb of saying opens the
                # clause though no "that" follows it; its speaker underwent nothing.
                if word and word not in RELATIVES and (word in ("ان", "that") or c.word(word, c.breaks)
                                                       or word.lower() in speech):
                    clause = j + 1
                    break
                if word in RELATIVES and c.lang == "en" and j and items[j - 1].word in _RELATIVE_PREPOSITIONS:
                    clause = j + 1   # "operations ..., in which two British destroyers were hit":
                    break            # the relative's own clause has its own subject
            trigger_at = triggers[0][0]
            relative = self._relative_head(items, passive, clause, c, text)
            if relative is not None and c.lang == "en" and _unnamed_antecedent(items, relative, passive):
                # "P had replaced another commander in the unit who was killed": the relative
                # describes the unnamed one, not P named before him
                relative, clause = None, passive
            if relative is not None:
                # "تشييع عناصر الحشد الذين قتلوا في الغارات": the noun the relative clause
                # describes was struck, not the sentence's first noun ("شهدت بغداد تشييع").
                clause = relative
            # "تعرضت قاعدة X لهجوم", "أعلنت القيادة تعرض المدمرة X لقصف": the one who
            # underwent it stands right after the verb (or its verbal noun) when named
            # there; else it heads the clause ("أن قاعدة التنف ... تعرضت لهجوم").
            after = [j for j in range(passive + 1, trigger_at) if items[j].mention is not None]
            # "بعد تعرض قواتها لقصف": the forces of the actor named before them underwent it.
            owner = pronoun_forces_owner(items, passive, c) if c.lang == "ar" else None
            if owner is not None:
                targets.append([owner, None])
                after, clause = [], trigger_at
            for j in after + list(range(clause, trigger_at)):
                m = items[j].mention
                prev = items[j - 1].word if j else None
                if m is not None and m.kind == "nisba" and c.lang == "en" and _owned_head(items, j + 1, c):
                    targets.append([m.entity, self._place_after(items, j, c)])
                    break   # "two British destroyers were targeted": the state's own ships
                if m is None or m.cls not in TARGETS or m.kind == "nisba" or names_a_newsroom(items, j, c):
                    continue   # ("according to reports in the Saudi press, P was killed": who tells)
                if c.lang == "en" and m.cls in PLACES and post_place(items, j):
                    continue   # "the commander in charge of the X region was killed": his post
                if j < passive and (after_destination(items, j, c) or ship_heading(items, j, c)):
                    continue   # "the vessel, heading toward X, was targeted": where it was going
                if prev and c.word(prev, c.target_preps) and j > passive:
                    continue   # "مواقع للتحالف ضد داعش تعرضت": whom the owner fights, not what was struck
                if (j > passive or m.cls in ("State", "Region")) and self._locative(items, j, c):
                    continue   # "تعرض قواتها في غرب العراق لقصف", "أن قاعدة في شرق سوريا تعرضت": where
                # "تتعرض مواقع للتحالف لهجمات": the owner of the sites named right after them
                owner = items[j].clitic[-1:] == "ل" and prev is not None and c.word(prev, c.owned) is not None
                if not items[j].clitic or owner:
                    targets.append([m.entity, self._place_after(items, j, c)])
                    listed_subjects(items, j, trigger_at, targets, c)
                    break
        self._place_phrase = place_phrase if not targets and passive is None else None
        # "at a US destroyer and the X vessel in the Red Sea": a place told after the
        # last of the listed targets is where the ones before it were struck too.
        for k in range(len(targets) - 2, -1, -1):
            if targets[k][1] is None:
                targets[k][1] = targets[k + 1][1]
        out = []
        for entity, place in targets:
            if entity not in [e for e, _ in out]:
                out.append((entity, place))
        return out

    @staticmethod
    def _relative_head(items, passive, clause, c: AttackCues, text: str = "") -> int | None:
        """The mention a relative pronoun right before the passive verb refers back to."""
        person = apposed_person(items, passive, c, text)
        if person is not None:
            return person   # "P, a X commander killed in ...": the reduced relative's person
        if passive < 1 or items[passive - 1].word not in RELATIVES:
            return None
        person = apposed_person(items, passive - 2, c, text)
        if person is not None:
            return person   # "P, a X commander who was killed": P, not the group in the description
        for j in range(passive - 2, clause - 1, -1):
            m = items[j].mention
            if m is not None and m.kind != "nisba":
                return j if m.cls in TARGETS and not items[j].clitic[-1:] in ("ل", "ب") else None
        return None

    def _read_targets(self, items, start, manner, targets, c: AttackCues, text: str = "",
                      in_date: frozenset[int] = frozenset()) -> None:
        j, seen_first, last_locative, words_read = start, False, False, 0
        hedged = None   # the item right after a hedge: "ما وصفته بسفينة X" (ب of naming, not of place)
        while j < len(items):
            it = items[j]
            if it.comma and not seen_first and j > start and not instrument_aside(items, start, j, c) \
                    and not closes_date_aside(items, start, j, in_date):
                return   # "..., the U.S. military said": the object ended at the comma
                #          (not after "، اليوم الأحد،": a date aside before the object)
            if it.comma and j == start and it.word and it.kinds & CLAIM:
                return   # "تعرضت القاعدة إلى استهداف، أعلنت X مسؤوليتها": a verbal noun with no
                #          object; the claim verb after the comma opens the claimer's clause
            if j > start and speaker_after_comma(items, j, c, text):
                return   # "at Kiryat Shmona, the IDF said": the speaker, not a target
            past_hedge = c.after_hedge(items, j) if it.word and not seen_first else j
            if past_hedge > j:
                j = hedged = past_hedge   # "ما قالت إنها سفينة X": the hedge is not a break
                continue
            if it.word:
                kinds = it.kinds
                if seen_first and it.comma and named_members(items, j, targets, c):
                    return   # "القواعد الأمريكية في سوريا، هي A وB": the list names what was struck
                if kinds & (BREAK | RESPONSE) or (kinds & TRIGGER and seen_first) or c.is_reason(it.word):
                    return
                if seen_first and not kinds & (COORDINATOR | OWNED) and not listed_head(it.word, c):
                    if not kinds & LOCATIVE:
                        return
                if not it.word.isdigit():
                    words_read += 1
                if not seen_first and words_read > FIRST_TARGET_REACH:
                    return
                j += 1
                continue
            m = it.mention
            if not seen_first and state_owned(items, j, c.lang) and not self._locative(items, j, c):
                # "at the American destroyer", "on a US base": the state's own warship or
                # base (state_owned.py); later in a list the adjective may only describe
                targets.append([m.entity, None])
                seen_first = True
                j += 1
                continue
            if m.cls == "Weapon" or (m.kind == "nisba") or in_neighbourhood(items, j, c) or street_name(items, j, c) \
                    or stance(items, j, c) or flag_of(items, j, c) or c.backer_at(items, j) \
                    or names_a_border(items, j, c) or after_destination(items, j, c):
                j += 1      # (a ship's destination was neither struck nor where: "bound for X")
                continue
            prev = items[j - 1] if j > 0 else None
            coordinated = it.clitic[:1] == "و" or bool(prev and prev.word in ("و", "and", "or"))
            # "في سوريا والعراق": a place joined to a place is a place too.
            # Not a state named by its ships or people ("في خليج عدن، وسفن حربية أمريكية"):
            # they are a further target, never a place.
            locative = (self._locative(items, j, c) and j != hedged) or (
                last_locative and coordinated and m.cls in AREAS and m.kind != "proxy") or (
                seen_first and locates_place_before(items, j)) or belongs_to_place(items, j, c)
            #   ("بلدة X جنوب لبنان", "قرية X التابعة لقضاء Y": where X lies)
            last_locative = locative
            agent = prev is not None and prev.word and (c.word(prev.word, c.agent_preps) or (
                j > 1 and f"{items[j - 2].word} {prev.word}" in c.strong_agents))   # "attributed to X"
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
            person = person_described(items, j, c)
            if person is not None:
                # "القيادي في حزب الله فؤاد شكر", "Hezbollah commander Fuad Shukr": the group
                # only describes the person struck.
                j = person
                m = items[j].mention
            if [m.entity, None] not in targets:
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
        if after_destination(items, j, c) or names_a_newsroom(items, j, c):
            return False   # "a tanker bound for Aden": where it was going; "in the Saudi media": who tells
        if c.lang == "ar" and it.clitic[-1:] == "ب":
            return True
        prev = items[j - 1] if j > 0 else None
        if prev is not None and prev.mention is not None and prev.mention.kind == "nisba" and j > 1:
            prev = items[j - 2]   # "in Syria's Deir ez-Zor"
        if prev is not None and prev is items[j - 1] and prev.mention is not None and prev.mention.cls in PLACES \
                and prev.mention.kind != "nisba" and it.mention.kind not in ("nisba", "proxy") and not it.comma \
                and it.clitic[:1] != "و" and j > 1 and TargetRules._locative(items, j - 1, c):
            return True   # "في بلدة الخيام جنوب لبنان": a place right after a place it locates
        if prev is None or not prev.word:
            return False
        if j > 1 and items[j - 2].word in c.route_nouns:
            return True   # "near the border into Syria": where the place lies
        if prev.word == "of" and j > 1 and c.word(items[j - 2].word, c.locatives):
            return True   # "a ship targeted 60 miles southwest of Hodeidah": where, not what
        if c.word(prev.word, c.locatives):
            # "على جنوب إسرائيل": a direction right after a target preposition is the target.
            before = items[j - 2].word if j > 1 else None
            return not (before and c.word(before, c.target_preps) and not c.word(prev.word, {"في", "in"}))
        return self_place_head(items, j, c)

    def _place_in_phrase(self, items, start, c: AttackCues, states: bool = False) -> str | None:
        """The first place named in the target phrase, before the clause ends (a state too
        with ``states``: the phrase says where, "in southern Israel")."""
        for j in range(start, min(len(items), start + FIRST_TARGET_REACH + 4)):
            it = items[j]
            if c.is_break(items, j) or (it.word and c.word(it.word, c.responses)) or (it.comma and j > start):
                return None
            if it.word and it.word in c.possessive_determiners:
                return None   # "a strike on its consulate in Damascus": the owner's, not the city
            m = it.mention
            if m is not None and (m.cls in ("Place", "Region") or states and m.cls == "State") \
                    and m.kind != "nisba" and not in_neighbourhood(items, j, c) and not after_destination(items, j, c):
                return m.entity
            # "hit 85 targets across A and B": the sites counted lay in those states
            states = states or it.word in c.counted_sites
        return None

    @staticmethod
    def _verb_first_subject(items, t, c: AttackCues) -> int | None:
        """Arabic verb-subject-object: a transitive trigger verb with no actor before it
        in its clause, followed by an actor (or a weapon) and then more mentions: the
        item after the verb is its subject, not its target."""
        if c.lang != "ar" or c.word(items[t].word, c.verbal_nouns):
            return None   # "استهداف القواعد": a verbal noun's next word is its object
        if items[t].kinds & ATTRIBUTION:
            return None   # "وبحسب X، فإن Y أطلقوا": X is the source, no verb's subject
        word = items[t].word or ""
        bare = bare_word(word)
        looks_verbal = bare.endswith(("ت", "وا")) or (bare[:1] in ("ي", "ت") and len(bare) >= 5) \
            or (t > 0 and bool(items[t - 1].word) and items[t - 1].word in c.verb_openers)
        #   ("، فيما استهدف حزب الله مدينة X": a connective opening a clause puts a verb after it)
        if not looks_verbal and not (t == 0 or bare != word or items[t].comma):
            return None   # "استمرار قصف قواتها": "قصف" is a noun here (a clause opens after a comma)
        if bare.endswith("وا"):
            return None   # a plural verb carries its subject ("إن مقاتليها استهدفوا آلية
            #               إسرائيلية"): a verb before its named subject stays singular
        prev = items[t - 1].word if t else None
        if prev and c.word(prev, c.pronoun_complementizers) and not prev.endswith("ه"):
            return None   # "قالت X، ..., إنها استهدفت دبابة إسرائيلية": the pronoun is the
            #               subject (not "أنه", which may stand for the matter, not the doer)
        before = items[t - 1] if t else None
        if before is not None and before.mention is not None and before.mention.cls == "Weapon" \
                and not before.clitic:
            return None   # "إن طائرات مسيرة هاجمت قوات ...": the weapon is the subject
        for j in range(t - 1, -1, -1):
            if c.is_break(items, j) or items[j].word in ("ان", "بان", "وان", "التي", "الذي", "الذين"):
                break
            m = items[j].mention
            if m is not None and m.cls in ATTACKERS and m.kind != "nisba" and items[j].clitic[-1:] not in ("ل", "ب"):
                return None   # subject-verb order: the actor before is the subject
        for j in range(t + 1, min(len(items), t + 5)):
            it = items[j]
            owner = owner_of_force(items, j, c) if j == t + 1 else None
            if owner is not None:   # "قصف الطيران التابع لإسرائيل بلدة X": the force's owner
                return owner if any(x.mention for x in items[owner + 1:]) else None
            if it.mention is None:
                if it.word and (c.word(it.word, c.breaks) or c.word(it.word, c.target_preps)):
                    return None
                if it.word and c.word(it.word, c.owned) and j + 1 < len(items) and items[j + 1].mention is not None:
                    return None   # "استهدفت أمس قاعدتي الاحتلال الأميركي": the object's owner, not the subject
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
                elif m.cls == "Weapon" and k == j and k + 1 < len(items) and not items[k + 1].clitic \
                        and (o := items[k + 1].mention) is not None and o.cls in ATTACKERS and o.kind != "nisba":
                    k += 1   # "قصفت مدفعية الجيش الإسرائيلي بلدة X": the weapon's owner is the subject
                # A described group after it counts too ("قتلت قوات الأمن خمسة مسلحين"): the
                # subject is still no target, though the frame then takes none.
                more = [x for x in items[k + 1:] if x.mention and (x.mention.cls in TARGETS
                                                                    or x.mention.kind == "generic")]
                return k if more else None
            return None
        return None

    def _owner_targets(self, items, start, targets, c: AttackCues) -> None:
        """Unnamed sites whose owner is named later: "... تابعة لفيلق القدس وللفصائل"."""
        for j in range(start, len(items)):
            it = items[j]
            if it.word and c.word(it.word, c.owner_markers):
                if c.lang == "en" and _weapon_before(items, j, c):
                    return   # "a drone operated by X": X ran the weapon, it owns nothing struck
                nxt = items[j + 1].word if j + 1 < len(items) else None
                if nxt in ("لها", "له", "لهم", "to it", "its"):
                    # "مقرات تابعة لها": the sites of the sentence's subject.
                    subject = next((x.mention for x in items[:j] if x.mention and x.mention.cls in ATTACKERS
                                    and x.mention.kind != "nisba"), None)
                    if subject is not None:
                        targets.append([subject.entity, None])
                    return
                for k in range(j + 1, min(len(items), j + 8)):
                    x = items[k]
                    if (x.word and c.word(x.word, c.breaks)) or (c.lang == "en" and k > j + 1 and x.comma):
                        return   # (", two UK agencies said": the owner's phrase ended at the comma)
                    if x.mention and x.mention.cls in ("Place", "Region") and belongs_to_place(items, k, c):
                        return   # "في قرية X التابعة لناحية Y": a place belongs to the area it lies in
                    if x.mention and x.mention.cls in TARGETS and x.mention.kind != "nisba" \
                            and not c.backer_at(items, k):
                        targets.append([x.mention.entity, None])
                return

    def _place_after(self, items, j, c: AttackCues) -> str | None:
        for k in range(j + 1, min(len(items), j + 9)):
            it = items[k]
            # "killed in a US airstrike in al-Qaim": a state's adjective is no place
            if it.mention and it.mention.cls in PLACES and it.mention.kind != "nisba" and self._locative(items, k, c):
                return it.mention.entity
        return None


    def _clause_place(self, items, first, target_keys, c: AttackCues) -> str | None:
        """A location phrase after the trigger, before the clause ends ("في سوريا")."""
        for j in range(first + 1, len(items)):
            it = items[j]
            if it.kinds & (BREAK | RESPONSE):
                return None
            m = it.mention
            if m is not None and m.cls in PLACES and m.entity not in target_keys and m.kind != "nisba" \
                    and self._locative(items, j, c) and not in_neighbourhood(items, j, c):
                return m.entity
        return None



def _owned_head(items, k: int, c: AttackCues) -> bool:
    """A ship, base or forces noun at ``k`` (a state's adjective before it owns it)."""
    word = items[k].word if k < len(items) else None
    if not word or items[k].mention is not None:
        return False
    word = word.lower()
    return any(c.word(w, c.target_heads) or c.word(w, c.owned) for w in (word, word[:-1] if word.endswith("s") else word))




def _weapon_before(items, j: int, c: AttackCues) -> bool:
    """The weapon named right before the owner word at j, with only a hedge between ("a drone
    operated by X", "a boat suspected to have been operated by X"), tells who used it.
    English only: an Arabic hedge names the site between ("بصواريخ ما وصفه بمقر تابع لـX")."""
    for k in range(j - 1, max(-1, j - 8), -1):
        m = items[k].mention
        if m is not None:
            return m.cls == "Weapon"
        if items[k].comma or not items[k].word or items[k].word not in c.operator_hedges:
            return False
    return False


def _unnamed_antecedent(items, head: int, passive: int) -> bool:
    """An indefinite noun phrase between the mention and "who was ...": the relative's own
    antecedent, which no name gives."""
    if passive < 1 or items[passive - 1].word not in RELATIVES:
        return False
    return any(items[k].word in ("another", "a", "an") for k in range(head + 1, passive - 1))


def _new_clause(items, passive: int, t: int) -> bool:
    """"اغتيل الصحافي X، ومصور القناة، واختطف موظفو الإذاعة": the trigger opens a clause of
    its own after a comma with "و", so the one killed in the passive clause before it was
    not what it struck."""
    word = items[t].word or ""
    return passive < t and items[t].comma and word[:1] == "و" and len(word) > 4


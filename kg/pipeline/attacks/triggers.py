"""Trigger rules: whether a trigger word reports one real attack here (not a threat,
plan, tally, claim of an attack told before, or a reference to another event), and
the passive verb and date that go with it."""
from __future__ import annotations

import re

from kg.model import Doc, Sentence
from kg.pipeline.attacks.cues import BREAK, CLAIM, MODALITY_WINDOW, PASSIVE, RESPONSE, AttackCues
from kg.pipeline.attacks.items import Item, bare_word, dates_by_sentence, strip_conj
from kg.pipeline.attacks.event_cues import event_cues
from kg.pipeline.attacks.event_gates import sense_words
from kg.pipeline.attacks.list_scope import condemned_kinds, listed_under_modality
from kg.pipeline.attacks.senses import WEBSITE_REACH, other_sense

#: What follows a dateline's date: the agency in brackets and a dash ("June 12 (Reuters) -").
_DATELINE = re.compile(r"\s*\([^()\n]{2,40}\)\s*[-\u2013\u2014]")
#: A day in the possessive ("Monday's attack") dates the noun right after it (an adjective may
#: stand between: "Sunday's deadly strike"), no other deed of the sentence.
_POSSESSIVE = re.compile(r"['\u2019]s\b")
POSSESSIVE_REACH = 20


#: Words that close a tally of attacks after its count ("150 times", "ثلاث مرات").
_TIMES = ("times", "مره", "مرات", "المرات")   # normalised: "150 مرة" reads "مره"
_ON = "علي"   # "على", normalised (ى -> ي)
_RELATIVES = ("الذي", "التي")
#: Words inside the count of a tally ("more than", "at least", "أكثر من").
_COUNT_FILLERS = ("من", "than", "of", "at", "least", "nearly", "about", "almost", "some")


def _since_words(c: AttackCues) -> frozenset[str]:
    """The words of "since" (``since`` in kg/lang/<lang>/events.yaml)."""
    return event_cues(c.lang).since


def _answered(items, t: int, c: AttackCues) -> bool:
    """"ردت على هجوم"، "وردت القوات الأميركية أمس على الهجوم": the trigger at t right
    after "على" of a verb of answering (its subject and a word of time between, no comma,
    no other trigger): the deed answered, not the answer ("ردت بقصف" has no "على")."""
    if t < 2 or items[t].comma:
        return False
    if answer_by_deed(items, t, c):
        return False   # "ردت X على الغارة بقصف قاعدة Y": the deed glued to ب is the answer
    if items[t - 1].word != _ON:
        # ... and its verb: "على هجوم استهدف X"، "على الهجوم الذي استهدف X"
        noun = t - 2 if items[t - 1].word in _RELATIVES and t >= 3 else t - 1
        return bool(items[noun].word) and c.word(items[noun].word, c.triggers) is not None \
            and not items[noun + 1].comma and _answered(items, noun, c)
    if items[t - 1].comma:
        return False
    for k in range(t - 2, max(-1, t - 7), -1):
        it = items[k]
        if it.word and c.word(it.word, c.response_verbs):
            return True
        if it.comma or it.word and (c.word(it.word, c.triggers) or c.word(it.word, c.breaks)):
            return False
    return False


def answer_by_deed(items, t: int, c: AttackCues) -> bool:
    """Arabic: the trigger at t is a verbal noun glued to ب ("باستهداف"، "بقصف"): after a
    verb of answering ("ورد الحوثيون باستهداف سفينة"، "ردت الفصائل على الغارة بقصف قاعدة")
    it is the answer, the verb's subject did it; not the deed answered ("ردا على قصف")."""
    word = strip_conj(items[t].word or "")
    return c.lang == "ar" and word.startswith("ب") and c.word(word[1:], c.triggers) is not None

#: English words opening a time adjunct: a trigger noun after them is no subject.
_TIME_PREPOSITIONS = frozenset({"after", "following", "before", "since", "during", "amid"})


class TriggerRules:
    @staticmethod
    def _passive_before(items, t, c: AttackCues) -> int | None:
        """A passive verb governing the trigger: "تعرض موقع البرج 22 ... لهجوم"; in
        English the auxiliary right before it ("was boarded", "came under attack")."""
        if c.lang == "en":
            prev = items[t - 1].word if t > 0 else None
            if items[t].word and items[t].word.endswith("ing"):
                return None   # "it was targeting militants": the progressive is active
            if prev and c.word(prev, c.passive):
                return t - 1
            # "came under a rocket attack", "came under heavy drone fire": an article, a
            # weapon or a word of degree between "under" and the attack noun.
            for k in range(t - 1, max(-1, t - 4), -1):
                it = items[k]
                if it.word and it.word in c.passive_with_fillers:
                    return k if k < t - 1 else None
                if not (it.word in c.passive_fillers if it.word else it.mention.cls == "Weapon"):
                    return None
            return None
        for i in range(t, max(-1, t - 14), -1):
            kinds = items[i].kinds
            if kinds & BREAK and i < t:
                return None
            if kinds & PASSIVE and not _active_with_count(items, i):
                return i
        return None

    @staticmethod
    def _is_subject_trigger(items, i, c: AttackCues) -> bool:
        """Whether the trigger noun is a subject: sentence-initial, after a trigger verb,
        or opening reported content ("استهدفت الضربات", "إن الغارات أصابت", "The strikes hit")."""
        if i == 0 or (c.lang == "en" and i <= 3 and all(it.word and not c.word(it.word, c.triggers)
                                                         for it in items[:i])
                      and not (items[0].word in _TIME_PREPOSITIONS and i + 1 < len(items) and items[i + 1].comma)):
            # "After the strikes, N wounded arrived at X": closed by its comma, the phrase
            # only dates the clause after it
            return True
        prev = items[i - 1].word
        return bool(prev and (c.word(prev, c.triggers) or prev in ("ان", "بان", "وان", "that", "و")))

    @staticmethod
    def _claimed_object(items, t, c: AttackCues) -> bool:
        """"وتبنت X الهجوم", "claimed the attack": the attack was told before; the claim
        names its attacker (see _claim), it is no new event."""
        return any(it.kinds & CLAIM for it in items[max(0, t - 4):t]) and \
            bool(items[t].word) and (items[t].word.startswith("ال") or c.lang == "en")

    @staticmethod
    def _weapon_subject(items, t) -> bool:
        """"A drone struck Tower 22", "طائرة مسيرة استهدفت قاعدة حرير": the weapon acted;
        or, verb first, "وضربت صواريخ باليستية قاعدة حرير": a past verb opening its clause
        with the weapon right after it, unglued (not "هجوم بطائرة")."""
        before = [it for it in items[max(0, t - 4):t] if it.mention is not None]
        if before and before[-1].mention.cls == "Weapon":
            return True
        bare = bare_word(items[t].word or "")
        after = items[t + 1] if t + 1 < len(items) else None
        return (t == 0 or items[t].comma) and bare.endswith(("ت", "وا")) and after is not None \
            and after.mention is not None and after.mention.cls == "Weapon" and not after.clitic

    @staticmethod
    def _impersonal_event(items, t, c: AttackCues) -> bool:
        """"تم استهداف مقر X", "وجرى استهداف قاعدة Y": a past impersonal auxiliary right
        before the verbal noun tells the deed as done, though no doer is named; not after a
        relative ("حيث تم اغتيال X": what identifies a place or person, told elsewhere)."""
        prev = items[t - 1].word if t > 0 else None
        if not prev or strip_conj(prev) not in c.impersonal_auxiliaries \
                or c.word(items[t].word or "", c.verbal_nouns) is None:
            return False
        opener = items[t - 2].word if t > 1 else None
        return not (opener and strip_conj(opener) in c.impersonal_relatives)

    @staticmethod
    def _attack_noun_subject(items, t, c: AttackCues) -> bool:
        """"واستهدف هجوم بطائرات مسيرة قاعدة عين الأسد": an indefinite attack noun as the
        subject of a past targeting verb opening its clause tells one attack on the object
        (English, subject first, is read as the weapon subject is: "A drone attack hit X")."""
        word = items[t].word or ""
        if c.lang != "ar" or not (t == 0 or items[t].comma) or _present_imperfect(word) \
                or not c.word(word, c.target_preps) or c.word(word, c.verbal_nouns):
            return False
        after = items[t + 1].word if t + 1 < len(items) else None
        return bool(after) and not after.startswith("ال") and c.word(after, c.triggers) is not None \
            and c.word(after, c.target_preps) is None

    @staticmethod
    def _counts_attacks(items, t, c: AttackCues) -> bool:
        """"شنت الفصائل أكثر من 100 هجوم", "attacked US forces more than 150 times": a
        tally of attacks right after the trigger verb is no single event either (a count
        of weapons, "launched more than 300 drones", is)."""
        j = t + 1
        counted = skipped = False
        while j < len(items) and j < t + 11:   # object, where ("في X وY"), "أكثر من 150 مرة"
            it = items[j]
            if c.is_break(items, j) or it.mention is not None and (it.mention.cls == "Weapon" or counted):
                return False
            if it.mention is not None:
                skipped = True
                j += 1
                continue   # "attacked US forces at least 60 times": the object before the count
            word = it.word or ""
            if not counted and (c.word(word, c.locatives) or c.word(word, c.coordinators)):
                j += 1
                continue   # "attacked US forces in Iraq and Syria more than 150 times": where, then the count
            if counted and word in _TIMES:
                return True   # "attacked more than 150 times" ("times" is an aggregate too)
            if c.word(word, c.aggregates) or word.isdigit() or word in _COUNT_FILLERS:
                counted = counted or c.word(word, c.aggregates) is not None or word.isdigit()
                j += 1
                continue
            # past its object, only "times" closes a tally: "استهدف المطار بعدة غارات" is one attack
            return counted and (c.word(word, c.triggers) is not None and word not in c.counted_sites
                                and not skipped or word in _TIMES)
        return False

    @staticmethod
    def _after_response(items, t, c: AttackCues) -> bool:
        """"ردا على اغتيال ...", "in response to the attack on ...": another event. Not "In
        response, X fired ..." nor "وردا على ذلك، قصفت ...": past a comma, the trigger is
        no longer inside the response phrase, it is the response itself."""
        for k in range(max(0, t - 3), t):
            if items[k].kinds & RESPONSE \
                    and not any(it.comma for it in items[k + 1:t + 1]) \
                    and not (c.word(items[k].word, c.response_verbs) and answer_by_deed(items, t, c)):
                return True
        if c.response_verbs and _answered(items, t, c):
            return True
        return _narrowed_response(items, t, c)

    @staticmethod
    def _noun_with_target(items, t, c: AttackCues) -> bool:
        """A definite report of one attack with a stated target: "هجوم صاروخي على X"."""
        word = items[t].word or ""
        nxt = [it.word for it in items[t + 1:t + 3] if it.word]
        return bool(word) and not word.startswith(("ال", "the")) and any(c.word(w, c.target_preps) for w in nxt)

    def _blocked(self, items: list[Item], i: int, c: AttackCues, in_date: frozenset[int]) -> bool:
        """Threat, plan, negation or anaphoric demonstrative before the trigger; a launch
        verb used for naming after it ("تطلق على نفسها اسم")."""
        after = " ".join(it.word for it in items[i + 1:i + 3] if it.word)
        if c.naming_after_launch and any(after.startswith(p) for p in c.naming_after_launch):
            return True
        window = []
        for it in reversed(items[max(0, i - MODALITY_WINDOW):i]):
            if it.word and c.word(it.word, c.breaks):
                break
            window.append(it)
        words = [it.word for it in window if it.word]
        if any(c.word(w, c.modality) for w in words) or listed_under_modality(items, i, c) \
                or condemned_kinds(items, i, c):
            return True
        # "..., calling it an aggression against Iraq": what a deed already told is called
        # ("describing it as": "as", a clause break elsewhere, may stand between)
        if c.characterisations and any(
                items[k].word in c.characterisations and items[k + 1].word in c.characterised
                for k in range(max(0, i - MODALITY_WINDOW), i - 1)):
            return True
        # "تتهمه واشنطن بالمسؤولية عن هجمات": what someone is accused of is the accuser's
        # word; the event-first reading keeps it as a claim with its speaker, if told as done.
        accusations = event_cues(c.lang).accusations
        if any(strip_conj(w) in accusations for w in words):
            return True
        # ("وردا على ذلك، قصف": a demonstrative closed by a comma points at nothing after it)
        if words and i > 0 and items[i - 1].word and not items[i].comma and (
                c.word(items[i - 1].word, c.negation) or c.word(items[i - 1].word, c.demonstratives)):
            return True
        if _time_reference(items, i, c) and _named_only(items, i, c):
            return True
        # a website stormed by hackers, a raid that ended in arrests (senses.py)
        ec = event_cues(c.lang)
        if not sense_words(ec).isdisjoint(it.word for it in items[i + 1:i + 1 + WEBSITE_REACH + 1]):
            words = [it.word or "" for it in items]
            if other_sense(words, i, i + 1, ec):
                return True
        # "منذ هجوم الحركة على جنوب إسرائيل": the start of a span the sentence's news runs
        # over, an attack told elsewhere (events.yaml ``since``, as the event reading has it)
        if c.lang == "ar" and i > 0 and items[i - 1].word and strip_conj(items[i - 1].word) in _since_words(c):
            return True
        # A count of attacks ("أكثر من 160 هجوما", "dozens of attacks") is no one event;
        # the day of a date ("On Feb. 15, its fighters attacked") counts nothing.
        before = [(k, items[k].word) for k in range(max(0, i - 3), i) if items[k].word]
        if any((w.isdigit() and k not in in_date) or c.word(w, c.aggregates) for k, w in before) \
                and not _waged_wave(items, i, c, in_date) and not _few_of_list(items, i, c):
            return True
        return False

    @staticmethod
    def _date(doc: Doc, sentence: Sentence, items, first, c: AttackCues):
        """The date mention nearest the trigger, unless it is a reference point
        ("بعد أحداث 7 أكتوبر", "since October 7")."""
        dates = []
        for d in dates_by_sentence(doc).get(sentence.index, ()):
            nstart = doc.norm.to_normalized(d.start)
            before = [it.word for it in items if it.word and it.end <= nstart][-3:]
            if any(c.word(w, c.date_anchors) for w in before):
                continue
            if _POSSESSIVE.match(doc.document.text, d.end) and not \
                    0 <= items[first].start - doc.norm.to_normalized(d.end) <= POSSESSIVE_REACH:
                continue   # "Tuesday's strike came after Iran launched ...": the day is that strike's
            dates.append(d)
        if not dates:
            return None
        if len(dates) > 1:
            # "BEIRUT, June 12 (Reuters) - A strike ... late Tuesday killed": the dateline
            # dates the story; another date of the sentence dates the attack.
            dates = [d for d in dates if not _DATELINE.match(doc.document.text, d.end)] or dates
        offset = doc.norm.to_original(items[first].start)
        return min(dates, key=lambda d: abs(d.start - offset)).value



#: "Several" right before the attack noun: one wave of strikes, not a tally.
_SEVERAL = ("عده",)   # normalised "عدة"
#: How many items (the subject, a date, commas) may stand between the waging verb and "عدة".
_WAVE_REACH = 8


def _waged_wave(items, i: int, c: AttackCues, in_date: frozenset[int]) -> bool:
    """"نفذت القوات البريطانية عدة ضربات على X", "شنت أمس، القوات X وY، عدة غارات": a
    verb of waging with its named subject (a date may stand between them) and "عدة" before
    the attack noun tells one wave of strikes as done, as the annotators count it; "more
    than 100 attacks" and "dozens of attacks" stay tallies."""
    if c.lang != "ar" or i < 3 or items[i - 1].word not in _SEVERAL:
        return False
    waging = event_cues(c.lang).waging_verbs
    named = False
    for k in range(i - 2, max(-1, i - 2 - _WAVE_REACH), -1):
        it = items[k]
        if it.mention is not None:
            named = named or it.mention.cls in _AGENTS
            continue
        if k in in_date or (it.word in ("يوم", "مساء", "صباح", "فجر", "ليل") and k + 1 in in_date):
            continue   # "يوم الأحد": the day noun before the date's own words
        return named and strip_conj(it.word or "") in waging
    return False


#: "منها": "ثلاث منها استهدفت" counts a part of what the clause before listed.
_OF_THEM = ("منها", "منهما", "منهم")


def _few_of_list(items, i: int, c: AttackCues) -> bool:
    """"هاجمت خمس قواعد، ثلاث منها استهدفت القواعد الأمريكية في سوريا": a few (up to ten)
    "of them" before the attack verb tell those operations of a claimed list, not a tally."""
    if c.lang != "ar" or i < 2 or items[i - 1].word not in _OF_THEM:
        return False
    count = items[i - 2].word or ""
    return (count.isdigit() and int(count) <= 10) or strip_conj(count) in event_cues(c.lang).list_counts


def _active_with_count(items, i: int) -> bool:
    """"قتلت قوات الأمن خمسة مسلحين": a killing verb with an actor and then a count after
    it is active (its subject, then its object), not the passive "قُتلت". So is one
    with a state or a named group right after it ("وقتلت إسرائيل يوم الخميس قائدا ...":
    people killed are described, "قُتل قيادي في حزب الله", or counted, never a bare name)."""
    from kg.pipeline.attacks.event_cues import event_cues
    if i + 2 >= len(items) or items[i + 1].mention is None:
        return False
    m = items[i + 1].mention
    if m.kind == "name" and m.cls in _AGENTS and not items[i + 1].clitic:
        return True
    word = items[i + 2].word
    return bool(word) and (word.isdigit() or word in event_cues("ar").numbers)


def _time_reference(items, i: int, c: AttackCues) -> bool:
    """"وقبل ساعات من هجوم حزب الله، أصابت غارة ...": an attack that only says when the
    sentence's news happened is told elsewhere; read here, its attacker would be taken
    for the news's. An anchor word ("قبل", "بعد"), a time span, "من" and the trigger.
    (Arabic only: in English "hours after X's attack, jets struck" the subject rule
    still takes X for the strike's attacker, so blocking the named attack loses more.)"""
    if c.lang != "ar" or i < 3 or items[i - 1].word != "من":
        return False
    for anchor in (i - 3, i - 4):   # a span of one or two words: "ساعات", "ساعات قليلة"
        span = items[max(0, anchor):i - 1]
        if anchor >= 0 and all(it.word for it in span) and c.word(items[anchor].word, c.date_anchors):
            return True
    return False


def _named_only(items, i: int, c: AttackCues) -> bool:
    """Whether the attack at ``i`` is only named ("قبل ساعات من هجوم حزب الله،"): its
    clause ends at a comma before any target word. One told with its own target ("بعد
    يوم من ضربة أمريكية قتلت القيادي") is the only report of that attack, and stays."""
    for k in range(i + 1, min(len(items), i + 5)):
        if items[k].comma:
            return True
        word = items[k].word
        if word and (c.word(word, c.target_preps) or c.word(word, c.triggers)):
            return False
    return False


#: Who can be the named subject of a killing verb: states and armed groups.
_AGENTS = {"State", "ArmedGroup", "Coalition"}


def _present_imperfect(word: str) -> bool:
    """"يستهدف", "تستهدف": a present tense tells a habit, not one attack."""
    bare = bare_word(word)
    return bare[:1] in ("ي", "ت") and not bare.endswith(("ت", "وا"))


#: Items read back from a narrowing word's comma for the response word it narrows.
NARROWED_REACH = 12


def _narrowed_response(items: list[Item], t: int, c: AttackCues) -> bool:
    """"ردا على الاعتداءات على القرى، وتحديدا استهداف بلدة X", "in response to attacks on
    villages, particularly the strike on X": a narrowing word after a comma names the
    answered deed more closely; the trigger after it is still inside the response phrase."""
    ec = event_cues(c.lang)
    narrowing = ec.elaborations | {"لا", "ولا", "the"}
    k = t   # back over the narrowing words right before the trigger ("ولا سيما", "particularly the")
    while k > max(0, t - 3) and items[k - 1].word and strip_conj(items[k - 1].word) in narrowing:
        k -= 1
        if items[k].comma:
            break
    if k == t or not items[k].comma or not any(
            it.word and strip_conj(it.word) in ec.elaborations for it in items[k:t]):
        return False
    for j in range(k - 1, max(-1, k - 1 - NARROWED_REACH), -1):
        if c.is_break(items, j):
            return False
        if items[j].word and c.word(items[j].word, c.responses):
            return True
        if items[j].comma:
            return False   # another clause before this one
    return False

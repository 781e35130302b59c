"""Words that make a cue no event (kg/lang/<lang>/events.yaml): an irrealis word earlier
in the cue's clause (threat, plan, hypothesis, trial, toll update ...), a negation, a
purpose, an accident, kinds of violence in a list, a tally or trend of attacks, an event
the reader already knows (unless its own verb follows), the occasion of other news ("بعد
تفجير"), a clause opening the sentence that sets its scene or a time clause after other
news, a bomb gone off in its own men's hands, a deed condemned, weighed as an option or told
in conflicting accounts (event_stances.py), a cue in a sense that is no assault
(senses.py); and the count of
people killed that tells an event happened (not the toll of an event told before).
What tells a strong cue as done otherwise is in event_done.py."""
from __future__ import annotations

from kg.pipeline.attacks.cues import attack_cues
from kg.pipeline.attacks.event_accidents import accident
from kg.pipeline.attacks.event_cues import IRREALIS_WINDOW, EventCues, Hit, clause_before, matches
from kg.pipeline.attacks.responsibility import claims_responsibility
from kg.pipeline.attacks.event_stances import condemned, denied_after, disputed, proposed
from kg.pipeline.attacks.event_gates import Gates, gates, unreal_words
from kg.pipeline.attacks.event_history import occasion_toll
from kg.pipeline.attacks.senses import other_sense

#: How far after a cue a word of weapons tests still makes it one ("أطلقت صاروخين قصيري
#: المدى في البحر بعد أسبوعين من تجارب").
TEST_WINDOW = 12
#: How far before "قد" + a cue verb its "كان" may stand (the subject between).
PLUPERFECT_WINDOW = 8
#: How far before a cue its verb of undergoing may stand (the sufferer's name between), and
#: a light verb's noun before the ب + cue it carries.
UNDERGONE_WINDOW = 20


def blocked(words: list[str], hit: Hit, ec: EventCues, commas: frozenset[int] = frozenset(),
            claims: bool = False) -> bool:
    """An irrealis word earlier in the cue's clause, or a negation right before it.
    ``claims``: a claim of responsibility ("أعلنت X مسؤوليتها عن قصف") does not block: the
    role frames read the claimed deed (the event-first reading, with no one named, does not)."""
    if hit.start and (words[hit.start - 1] in ec.negation and not _in_cue(words, hit.start - 1, ec) or
                      hit.start > 1 and words[hit.start - 2] in ec.negation and not _in_cue(words, hit.start - 2, ec)):
        return True
    if _earlier_deed(words, hit, ec) or ec.liable and _liable(words, hit, ec):
        return True
    # Each test runs only where a word it needs stands in the sentence (event_gates.py).
    g = gates(words, ec)
    if _purpose(words, hit, ec) or g.accident and accident(words, hit, ec) or kinds_listed(words, hit, ec) \
            or g.war_toll and _war_toll(words, hit, ec):
        return True
    if _opening_clause(words, hit, ec, commas) or g.scene and _scene_after_news(words, hit, ec) \
            or g.disputed and disputed(words, ec) or g.denied and denied_after(words, hit, ec):
        return True
    if g.unreal and _told_unreal(words, hit, ec, commas, negated=False, claims=claims, g=g):
        return True
    if not claims and g.condemned and condemned(words, hit, ec):
        return True
    if g.sense and other_sense(words, hit.start, hit.end, ec, hit.kind):
        return True
    carrier = _light_noun(words, hit, ec) if g.light_noun else None
    return carrier is not None and g.unreal and _told_unreal(
        words, Hit(carrier, carrier + 1, hit.kind, False, False), ec, commas, negated=False, g=g)


def _earlier_deed(words: list[str], hit: Hit, ec: EventCues) -> bool:
    """"نفذت الحركة عمليات انتحارية سابقة"، "على غرار الهجوم السابق": "earlier" as the
    cue's own adjective (right after it, agreeing in the article) recalls past deeds, no
    news. A bare "سابقة" after a definite cue is a predicate ("الهجوم سابقة خطيرة": a
    precedent), and "اغتيال الرئيس السابق" qualifies the noun after the cue."""
    at = hit.end
    if at + 1 < len(words) and words[at] in ec.cues:
        at += 1   # after the cue's own adjective: "عمليات انتحارية سابقة"
    if at >= len(words) or words[at] not in ec.earlier_deeds:
        return False
    return _definite_word(words[at - 1]) == _definite_word(words[at])


def _liable(words: list[str], hit: Hit, ec: EventCues) -> bool:
    """"قال إن الوزير معرض للاغتيال"، "أكثر عرضة أو أكثر استهدافا لسيارة مفخخة أو عبوات":
    liable to, earlier in the cue's clause with a word glued to ل between it and the cue
    (or the cue itself: "للاغتيال"), tells a risk, not a deed. "معرض الكتاب" (an
    exhibition) has no ل after it."""
    for j in clause_before(words, hit.start, ec):
        if words[j] in ec.liable:
            return any(w.startswith("ل") for w in words[j + 1:hit.start + 1])
    return False


def _definite_word(word: str) -> bool:
    """The word carries the article, after a conjunction or preposition if any."""
    return word.startswith("لل") or word.lstrip("وف").lstrip("بك").startswith("ال")


#: Words between a claim verb and "مسؤوليتها" (the claimer's name: "أعلنت كتائب X مسؤوليتها").
CLAIM_GAP = 6
#: Words between a war noun and the relative word that opens its toll ("X's war in
#: Y, which has killed"): a short place phrase at most.
WAR_TOLL_GAP = 4


def _war_toll(words: list[str], hit: Hit, ec: EventCues) -> bool:
    """"the war in X, which has killed thousands", "الحرب التي أودت
    بحياة الآلاف": a killing told in a relative clause on a war or campaign is that war's
    running toll, no one attack."""
    if not ec.wars:
        return False
    rel = next((j for j in range(hit.start - 1, max(-1, hit.start - 3), -1) if words[j] in ec.relatives), None)
    return rel is not None and not ec.wars.isdisjoint(words[max(0, rel - WAR_TOLL_GAP):rel])


def _opening_clause(words: list[str], hit: Hit, ec: EventCues, commas: frozenset[int]) -> bool:
    """"عندما اغتيل القاضي في مكتبه، أعلنت الحكومة الحداد": a clause opening the sentence with
    a conjunction of time or contrast (``openers``), up to its first comma, is the setting of
    the main clause after it; not when it tells people killed or wounded (as ``background``)."""
    if not ec.openers or not words or words[0] not in ec.openers or not commas:
        return False
    end = min(commas)
    return hit.end <= end and not any(w in ec.casualties for w in words[:end])


#: How far before a cue the time conjunction of its clause may stand ("عندما نفذ جيش X هجوما").
SCENE_WINDOW = 8


def _scene_after_news(words: list[str], hit: Hit, ec: EventCues) -> bool:
    """"وأصبحت سيطرة الميليشيات واضحة يوم 25 مايو عندما نفذت هجوما على قاعدة": a clause of
    time (``openers``: عندما، حين، لما) after a main clause that tells no violence dates or
    illustrates that main clause's news; the assault in it is a side remark. A main clause
    with a cue, a casualty or a harm word ("قتل ثلاثة حين انفجرت قنبلة") keeps it news."""
    if not ec.openers:
        return False
    j = next((k for k in range(hit.start - 1, max(-1, hit.start - 1 - SCENE_WINDOW), -1)
              if words[k] in ec.openers or words[k][:1] == "و" and words[k][1:] in ec.openers), None)
    if not j or words[j].lstrip("و") in ("فيما", "بينما"):
        return False   # opening the sentence: its own rule (_opening_clause); فيما/بينما join two news
    # A cue of the main clause foiled ("أحبطت القوات أحد الهجمات عندما أطلقت النار على شاحنة"):
    # the time clause tells how it was foiled, no assault of its own. (Other unreal words do
    # not count: "توقع التقرير زيادة الهجمات، وآخرها كان عندما فجر انتحاري نفسه" tells one.)
    return not any(w in ec.cues and ec.foiled.isdisjoint(words[max(0, k - FOILED_WINDOW):k])
                   or w in ec.casualties or w in ec.harm_verbs or w in ec.undergone or w in ec.incidents
                   for k, w in enumerate(words[:j]))


#: How far before a main clause's cue its word of foiling may stand ("أحبطت احدى الهجمات").
FOILED_WINDOW = 4


def _light_noun(words: list[str], hit: Hit, ec: EventCues) -> int | None:
    """"إمكانية قيام الولايات المتحدة، وحدها أو مع حلفائها، بضرب إيران": the verbal noun
    of a light verb carrying a ب + cue, its subject between; what is said of it (a
    possibility, a plan) is said of the deed."""
    if not ec.light_nouns or not words[hit.start].startswith("ب"):
        return None
    return next((j for j in range(hit.start - 1, max(-1, hit.start - 1 - UNDERGONE_WINDOW), -1)
                 if words[j] in ec.light_nouns), None)


def _told_unreal(words: list[str], hit: Hit, ec: EventCues, commas: frozenset[int] = frozenset(),
                 negated: bool = True, claims: bool = False, g: Gates | None = None) -> bool:
    """A negation right before ``hit`` (when ``negated``), a word after it that makes it
    no news, or an irrealis word earlier in its clause: a cue, or a casualty word whose
    count then tells no toll ("قد يكون عدد القتلى ..."، "لم يقتل أحد").  With the
    sentence's gates ``g``, a part whose words the sentence lacks is skipped."""
    if negated and hit.start and words[hit.start - 1] in ec.negation:
        return True
    if ec.weapon_tests and (g is None or g.weapon_test) \
            and not ec.weapon_tests.isdisjoint(words[max(0, hit.start - 3):hit.end + TEST_WINDOW]):
        return True   # "تفجير قنبلة نووية", "أطلقت صاروخين ... بعد تجارب": a weapons test
    if ec.proposals and (g is None or g.proposal) and proposed(words, hit, ec):
        return True   # "أن هجوم X على Y هو الحل": weighed as an option, not done
    if g is not None and not g.clause \
            or unreal_words(ec).isdisjoint(words[max(0, hit.start - IRREALIS_WINDOW):hit.start]):
        return False   # no word in reach that the clause test below could stop at (most cues)
    tolls = ec.toll_updates or {}
    floor = _response_end(words, hit, ec, commas)
    for j in clause_before(words, hit.start, ec):
        if j < floor:
            break   # inside "ردا على جرائم ..." before the comma: the deed responded to, not this one
        word = words[j]
        if j in commas and word in ec.statements and _perfect(words[hit.start], hit, ec):
            break   # "...، وأكدت أن مقاتليها قصفوا": a new statement; what stands before it holds its own clause
        if word in ec.future_results:
            return True
        if word == "قد" and words[j + 1][:1] in ("ي", "ت") and j + 1 < hit.start and not any(
                w.lstrip("وف").startswith("كان") for w in words[max(0, j - 8):j]):
            return True   # "قد تقتل": what may happen; "وكان ... قد تعرض" happened
        if word == "قد" and j + 1 == hit.start and any(
                w.lstrip("وف").startswith("كان") for w in words[max(0, j - PLUPERFECT_WINDOW):j]):
            return True   # "وكانت جماعة مسلحة قد اختطفت ...": the pluperfect, what had happened before the news
        if word in ec.since or word in ec.background and not _told_casualties(words, j, ec):
            return True
        if ec.occasions and word in ec.occasions and _occasion(words, j, hit, ec) and not _told_casualties(words, j, ec) \
                and not occasion_toll(words, hit.end, ec):
            return True   # "أغلقت الشرطة الطرق بعد تفجير انتحاري": the event after "بعد" is the occasion
        if word in ec.finds and ec.bodies.isdisjoint(words[j + 1:j + 4]):
            return True   # "عثر على عبوة ناسفة": found, not set off ("عثر على جثة" is a killing)
        toll = tolls.get(word)
        if toll and any(matches(words, j, rest) for rest in toll) \
                and not any(j < k <= hit.start for k in commas):
            return True   # "ارتفعت حصيلة قتلى التفجير": a toll of an event told before
        if claims and claims_responsibility(word, ec.lang) and not ec.claim_verbs.isdisjoint(words[max(0, j - CLAIM_GAP):j]):
            continue   # "أعلنت X مسؤوليتها عن قصف": the group claims the deed, it is no topic
        if word in ec.responses and any(j < k <= hit.start for k in commas):
            continue   # "In response, X fired": the response itself, told after the comma
        if word in ec.answer_verbs and words[hit.start].lstrip("وف").startswith("ب"):
            continue   # "ورد الحوثيون باستهداف سفينة": the deed glued to ب is the answer
        if _shown_doing(words, j, hit, ec):
            continue   # "ظهر القائد في تسجيل يطلق مسيرة": the footage shows the deed done
        if ec.truces and any(matches(words, j, rest) and j + len(rest) < hit.start
                             for rest in ec.truces.get(word, ())):
            continue   # "اتفاق وقف إطلاق النار": an agreement named, its "وقف" stops no later deed
        for rest in ec.irrealis.get(word, ()):
            if matches(words, j, rest) and j + len(rest) < hit.start:
                return True
    return False


#: Words between a footage noun and the deed it shows ("في تسجيل مصور وهو يطلق").
SHOWN_GAP = 3


def _shown_doing(words: list[str], j: int, hit: Hit, ec: EventCues) -> bool:
    """"يظهر القائد في فيديو يطلق طائرة مسيرة": a doer who appears in footage with a
    present verb of the deed after it is seen doing it: the footage attests the deed rather
    than making it a topic ("بث مشاهد للهجوم" keeps the block: no one appears in it)."""
    if words[j] not in ec.footage or j + SHOWN_GAP < hit.start or not words[hit.start][:1] in ("ي", "ت"):
        return False
    at = j - 1 if j and words[j - 1] in ("في", "بفيديو") else j
    if at == j and not words[j].startswith("ب"):
        return False   # the footage after "في" (or glued to ب) is where the doer appears
    return any(w.lstrip("و") in ec.shown_verbs for w in words[max(0, at - 6):at])


def _perfect(word: str, hit: Hit, ec: EventCues) -> bool:
    """The cue is a deed told in the perfect: a listed past verb, or a verb ending as a
    perfect with its subject ("قصفوا", "استهدفت"; not the plural noun "هجمات")."""
    return hit.past or word.endswith(ec.perfect_endings) and not word.endswith(ec.perfect_non_endings)


#: How far before a cue a response word ("ردا على ...،") may open the clause its comma closes.
RESPONSE_REACH = 24


def _response_end(words: list[str], hit: Hit, ec: EventCues, commas: frozenset[int]) -> int:
    """"ردا على الجرائم التي يرتكبها العدو في غزة، استهدف مقاتلو X القاعدة": the words from
    a response word to the comma after it tell what is answered (its crimes, threats and
    plans are not the answer's); the index of the first word after that comma, or 0."""
    if not ec.responses or not commas:
        return 0
    for j in range(hit.start - 1, max(-1, hit.start - 1 - RESPONSE_REACH), -1):
        if words[j] in ec.responses:
            ends = [k for k in commas if j < k <= hit.start]
            return min(ends) if ends else 0
    return 0


#: How far into the noun phrase right after an occasion ("بعد انفجار سيارة مفخخة") its cue
#: words stand: the adjective and the bomb's own noun belong to the occasion too.
OCCASION_PHRASE = 3


def _occasion(words: list[str], j: int, hit: Hit, ec: EventCues) -> bool:
    """An occasion phrase at ``j`` ("بعد", "عند وقوع") with a cue word right after it, and
    ``hit`` within that noun phrase: "بعد تفجير انتحاري", "عند وقوع الهجوم"."""
    for rest in ec.occasions.get(words[j], ()):
        after = j + len(rest) + 1
        if matches(words, j, rest) and after < len(words) and words[after] in ec.cues \
                and after <= hit.start <= after + OCCASION_PHRASE:
            return True
    return False


def _in_cue(words: list[str], j: int, ec: EventCues) -> bool:
    """The word at j is inside a cue phrase that began before it: "طائرة بدون طيار" names a
    drone, its "بدون" negates nothing after it."""
    for k in range(max(0, j - 2), j):
        if any(k + len(cue.rest) >= j and matches(words, k, cue.rest) for cue in ec.cues.get(words[k], ())):
            return True
    return False


#: How far before an occasion word its clause's death verb may stand: the victim's name
#: and posts in apposition come between ("استشهد P، القيادي في X وقائد وحدة Y، الخميس،
#: إثر غارة"), longer than the irrealis window.
CASUALTY_REACH = 24


def _told_casualties(words: list[str], j: int, ec: EventCues) -> bool:
    """A casualty word earlier in the clause of word ``j``: "أصيب أربعة إثر انفجار"
    tells the event itself, the cue after إثر is its cause."""
    return any(words[k] in ec.casualties for k in clause_before(words, j, ec, CASUALTY_REACH))


def kinds_listed(words: list[str], hit: Hit, ec: EventCues) -> bool:
    """Kinds of violence named in a list, "من اغتيالات وانفجارات", "عمليات الخطف والقتل":
    a topic, no one event, unless people killed or wounded are counted."""
    def kinds_at(k: int) -> set[str]:
        if not 0 <= k < len(words) or not words[k].startswith("و"):
            return set()
        return {cue.kind for cue in ec.cues.get(words[k][1:], ()) if not cue.rest}
    own = {cue.kind for cue in ec.cues.get(words[hit.start], ())}
    if words[hit.start].startswith("و"):
        own |= {cue.kind for cue in ec.cues.get(words[hit.start][1:], ())}
    before = hit.start - 1 >= 0 and words[hit.start].startswith("و") and any(
        cue.kind not in own for cue in ec.cues.get(words[hit.start - 1], ()) if not cue.rest)
    after = bool(kinds_at(hit.end) - own)
    return (before or after) and not counted_casualties(words, ec)


def _purpose(words: list[str], hit: Hit, ec: EventCues) -> bool:
    """"لضرب تركيا", "لتفجير السفارة": a verbal noun after the preposition ل states a
    purpose, not a deed ("تعرض لهجوم" is undergoing one); so does the cue it governs
    ("لشن هجمات على الجيش")."""
    word = words[hit.start]
    if not _purpose_word(word, ec) and not (hit.start and _purpose_word(words[hit.start - 1], ec)):
        return False
    if any(w in ec.experiencers for w in words[max(0, hit.start - IRREALIS_WINDOW):hit.start]):
        return False
    # The verb of undergoing may stand further back: the sufferer's description between
    # ("تعرض موقع تابع لـX في ناحية Y شمالي محافظة Z لقصف جوي"); a threat or plan word
    # between opens a purpose of its own ("تعرضت ... وتوعدت لضرب").
    for w in reversed(words[max(0, hit.start - UNDERGONE_WINDOW):hit.start]):
        if () in ec.irrealis.get(w, ()):
            return True
        if w in ec.experiencers:
            return False
    return True


def _purpose_word(word: str, ec: EventCues) -> bool:
    return word.startswith("ل") and not word.startswith("لل") and word[1:] in ec.purpose_nouns


def accusation_at(words: list[str], hit: Hit, ec: EventCues) -> int | None:
    """The accusation word before the cue in its clause ("اتهم", "accused"), if any."""
    return next((j for j in clause_before(words, hit.start, ec) if words[j] in ec.accusations), None)


def known_event(words: list[str], hit: Hit, ec: EventCues) -> bool:
    """"في التفجير الذي وقع أمس", "the blast that hit": a definite cue described by a
    relative clause is an event the reader knows, the setting of other news; so with a
    definite adjective between ("في التفجير الإرهابي الذي وقع"), and after a demonstrative
    ("قتلوا في هذا الهجوم"، "تلك العبوات": an event told before, not news of its own)."""
    if not words[hit.start].startswith(_DEFINITE):
        return False
    if hit.start and words[hit.start - 1] in attack_cues(ec.lang).demonstratives:
        return True   # "هذا الهجوم"; "إلى ذلك قتلت" has no definite cue after the demonstrative
    end = hit.end
    if end < len(words) and words[end] not in ec.relatives and words[end].startswith("ال"):
        end += 1
    return end < len(words) and words[end] in ec.relatives and words[end] != "من"


_DEFINITE = ("ال", "وال", "فال", "بال", "لل", "كال")


def own_predicate(words: list[str], hit: Hit, ec: EventCues, commas: frozenset[int]) -> bool:
    """"والتفجير الذي هز الحي، استهدف دورية": a known event as the subject, its relative
    clause closed by a comma and its own past verb right after it (``subject_predicates``):
    the sentence tells the event itself, not other news set in it."""
    if not ec.subject_predicates or not known_event(words, hit, ec) \
            or any(hit.end <= k <= hit.end + 1 for k in commas):
        return False   # "الضربات، التي ...": a retelling with more detail, not the sentence's news
    end = next((k for k in sorted(commas) if hit.end < k <= hit.end + PREDICATE_WINDOW), None)
    return end is not None and end < len(words) and words[end] in ec.subject_predicates


#: How far after a known event the comma closing its relative clause may stand.
PREDICATE_WINDOW = 15


def tally(words: list[str], hit: Hit, ec: EventCues) -> bool:
    """"عشرات الهجمات", "a series of bombings": a count of attacks, no one event; so is
    a trend of attacks ("التفجيرات الانتحارية ... زادت")."""
    counted = words[hit.start] not in ec.munitions and any(
        w in ec.tallies for w in words[max(0, hit.start - 3):hit.start])
    return counted or any(
        w in ec.trends for w in words[hit.end:hit.end + 5])


#: The last sentence's answer of :func:`counted_casualties`: it depends on the sentence
#: only, and is asked for every cue hit of one sentence in a row (``realised``,
#: ``kinds_listed``).  The words list is kept beside it, so a freed list's reused ``id``
#: cannot return it for another sentence.
_LAST_COUNTED: list = [None, None, False]


def counted_casualties(words: list[str], ec: EventCues) -> bool:
    """A number of people killed or wounded: "مقتل 30 شخصا", "ستة مدنيين قتلوا", "two killed"."""
    last = _LAST_COUNTED
    if last[0] is words and last[1] is ec:
        return last[2]
    # No casualty word in the sentence (most with a cue): the word loop below finds none.
    found = not ec.casualties.isdisjoint(words) and _counted_casualties(words, ec)
    last[0], last[1], last[2] = words, ec, found
    return found


def _counted_casualties(words: list[str], ec: EventCues) -> bool:
    for i, w in enumerate(words):
        if w not in ec.casualties or w in ec.results:
            continue
        if any(x in ec.future_results for x in words[max(0, i - 3):i]):
            continue   # "ستؤدي إلى مقتل العشرات": a toll still to come
        if _told_unreal(words, Hit(i, i + 1, "Attack", False, False), ec):
            continue   # "قد يكون عدد القتلى ..."، "لم يقتل أحد": no toll told as real
        if _war_toll(words, Hit(i, i + 1, "Attack", False, False), ec):
            continue   # "the war, which has killed 20,000": a war's running toll
        if _toll_of_a_told_event(words, i, ec):
            continue   # "قتلوا في هذا الهجوم": the toll of an event told before
        # The count may stand after a stated day: "قتل أول من أمس 4 جنود".
        after = [k for k in range(i + 1, min(len(words), i + 8))
                 if words[k] not in ec.occurrence and words[k] not in ec.day_words][:3]
        if any(_counts_people(words, k, ec) for k in [*range(max(0, i - 4), i), *after]):
            return True
        if i + 1 < len(words) and words[i + 1] in ec.one_of:
            return True   # "مقتل أحد حراسه": one of them
    return False


#: How far after a casualty word the demonstrative naming its event may stand ("قتلوا في هذا").
TOLD_EVENT_GAP = 3


def _toll_of_a_told_event(words: list[str], i: int, ec: EventCues) -> bool:
    """"أربعة مدنيين قتلوا في هذا الهجوم": people killed in an event a demonstrative points
    back to; the event was told before (in an article, the sentence before), so the toll
    tells no event of its own. (A toll in an event's relative clause, "الهجوم الذي أودى
    بحياة ثلاثة جنود", stays: our golds count such an attack where nothing else tells it.)"""
    demonstratives = attack_cues(ec.lang).demonstratives
    return any(words[k] in demonstratives and words[k + 1].startswith(_DEFINITE) and words[k + 1] in ec.cues
               for k in range(i + 1, min(len(words) - 1, i + 1 + TOLD_EVENT_GAP)))


def _counts_people(words: list[str], k: int, ec: EventCues) -> bool:
    """A number at ``k`` that is no measure: "بعد 48 ساعة", "(40 كلم جنوب بغداد)", "27
    سنة" count hours, distance and age, not people killed; nor is "عدد القتلى" a count."""
    if not (words[k].isdigit() or words[k] in ec.numbers):
        return False
    if k + 1 < len(words) and words[k] in ec.amount_nouns and words[k + 1].startswith("ال"):
        return False   # "عدد القتلى": the number of the dead, whatever it is ("عدد من القتلى" counts)
    return k + 1 >= len(words) or words[k + 1] not in ec.units


#: A sentence longer than this many words tells its news in its first words: an assault
#: (cue, casualty, harm or undergoing word) first told after BURIED_AFTER words is a side
#: remark of it (an example in an argument, a quoted narrative, the background of a vote).
LONG_SENTENCE = 30
BURIED_AFTER = 25


def buried(words: list[str], hits: list[Hit], ec: EventCues) -> bool:
    """The sentence is long and its first word of violence comes late: an argument that
    ends on an example ("... ومثال ذلك حين فجر مسلحون جسرا ..."), a witness's story that
    reaches the blast after the speeches. Measured on the outside sentences (dev half): ten
    false sentences fewer, no true one lost; the real and own dev sets unchanged. Arabic
    only: English wire sentences are short and untried."""
    if len(words) <= LONG_SENTENCE or not hits:
        return False
    lead = min([hits[0].start] + [i for i, w in enumerate(words)
                                  if w in ec.casualties or w in ec.harm_verbs or w in ec.undergone])
    return lead > BURIED_AFTER

"""Where the subject of an attack trigger stands (attackers.py): the clauses whose
actors are not it (a relative clause on the speaker, a time clause, a fronted clause, a
relayed source, a place's controller), the word order that puts it before the verb, and
the verb forms that tell no deed (a present habit, an attributive participle) — split
from attackers.py by role."""
from __future__ import annotations

from kg.lang.cues import cues
from kg.pipeline.attacks.cues import RELATIVES, AttackCues
from kg.pipeline.attacks.event_cues import event_cues
from kg.pipeline.attacks.items import bare_word, strip_conj
from kg.text.normalize import normalize_key


#: Relative words that open a clause describing the speaker; not "that", which after a
#: verb of saying opens what was said.
_SPEAKER_RELATIVES = RELATIVES - {"that"}


def described_by_relative(items, first: int, c: AttackCues) -> frozenset[int]:
    """Items of a relative clause on the speaker that ends at a comma before the trigger
    ("وقالت الحركة التي تضم فصائل أبرزها X وY، إن مقاتليها هاجموا"): the groups named
    there describe the speaker; they are not the subject of what follows the comma."""
    speech = cues(c.lang).speech_verbs
    rel = next((k for k in range(first) if items[k].word in _SPEAKER_RELATIVES), None)
    if rel is None or not any(x.word and strip_conj(x.word.lower()) in speech for x in items[max(0, rel - 3):rel]):
        return frozenset()
    comma = next((k for k in range(rel + 2, first + 1) if items[k].comma), None)
    return frozenset(range(rel + 1, comma)) if comma is not None else frozenset()


def time_clause(items, start: int, first: int, c: AttackCues) -> frozenset[int]:
    """Items of a time clause that ends at a comma before the trigger ("..., بعد ساعات من
    إعلان الجيش انفجار مسيرتين، مؤكدة أن مقاتليها استهدفوا"): the actor named there dates
    the news; "its fighters" after the comma are the sentence's subject's."""
    out: set[int] = set()
    for b in range(start, first):
        if not c.is_break(items, b):
            continue
        comma = next((k for k in range(b + 1, first + 1) if items[k].comma), None)
        if comma is not None:
            out.update(range(b + 1, comma))
    return frozenset(out)


def past_fronted_clause(items, start: int, first: int, c: AttackCues) -> int:
    """Past a fronted time clause: "ومنذ توقفت الهدنة بين X وY، استأنفت الفصائل هجماتها"
    ("since the truce between X and Y ended, the factions resumed their attacks"): its
    actors are not the subject of what follows its comma."""
    # the anchor opens the clause, or is the break the clause starts after
    anchors = [items[k].word for k in (start - 1, start) if 0 <= k < first and items[k].word]
    if not any(c.word(w, c.date_anchors) is not None for w in anchors):
        return start
    comma = next((j for j in range(start + 1, first) if items[j].comma), None)
    return comma if comma is not None else start



def attributive_participle(items, first: int, c: AttackCues) -> bool:
    """English: the trigger is a past participle right before a role noun, after a plain
    word ("to succeed assassinated leader N", "mourned the killed commander"), not after
    its subject ("Israel killed commander N")."""
    if c.lang != "en" or first == 0 or first + 1 >= len(items):
        return False
    word, nxt, prev = items[first].word, items[first + 1], items[first - 1]
    return bool(word and word.endswith("ed") and nxt.word and c.word(nxt.word, c.members)
                and prev.mention is None and prev.word)


def controls(items, j: int, c: AttackCues) -> bool:
    """A word of control stands in the two words before the actor at j ("لسيطرة X",
    "يسيطر عليها X", "controlled by X")."""
    return any(x.word and normalize_key(x.word) in c.control_words for x in items[max(0, j - 2):j])


def weapon_before_verb(items, first: int) -> bool:
    """A weapon right before the trigger, not glued to a preposition, is its subject
    ("إن طائرات مسيرة هاجمت ..."): the sentence runs subject-verb-object."""
    if first == 0:
        return False
    it = items[first - 1]
    return it.mention is not None and it.mention.cls == "Weapon" and not it.clitic


def relative_object(items, j: int, c: AttackCues) -> bool:
    """The mention at j is the object of a relative clause's verb ("التي تضم X"، "التي
    ترفع علم X", one noun between at most): it describes the clause's head, what was
    struck, and is no subject of the cue. Not after a verb with an object pronoun
    ("التي شنتها X": X is that verb's subject, the deed's doer). Arabic only; "من" is no
    relative here."""
    if c.lang != "ar":
        return False
    for verb in (j - 1, j - 2):
        if verb < 1 or any(it.mention is not None or it.clitic or not it.word for it in items[verb:j]):
            return False
        relative = strip_conj(items[verb - 1].word or "")
        if relative != "من" and relative in event_cues(c.lang).relatives:
            return not bare_word(items[verb].word).endswith(("ها", "ه", "هم", "هما"))
    return False


def condemner(items, j: int, first: int, c: AttackCues) -> bool:
    """The actor at j, before the cue at ``first``, is the subject of a verb of condemning
    ("أدانت السعودية الهجوم الذي استهدف ..."، "ندد العراق بالهجوم"، "Jordan condemned the
    attack that targeted ..."): it judges the deed; who did it is told elsewhere or not at
    all. Arabic puts the verb right before its subject, English right after it (an adverb
    between: "strongly condemned", "has also condemned")."""
    verbs = event_cues(c.lang).condemners
    if c.lang == "ar":
        # the verb before a list of condemners: "أدانت إيران وسوريا الهجوم" (each one after
        # the first carries its "و")
        while j > 1 and items[j].clitic == "و" and items[j - 1].mention is not None:
            j -= 1
        return j > 0 and bool(items[j - 1].word) and items[j - 1].word in verbs
    fillers = event_cues(c.lang).condemner_fillers
    k, fills = j + 1, 0
    while k < first and fills < 3:
        it = items[k]
        word = (it.word or "").lower()
        if it.mention is not None or word == "and":
            k += 1
            continue   # "Iran and Syria condemned": the other condemners of a list
        if not word:
            return False
        if word in verbs:
            return True
        if not word.endswith("ly") and word not in fillers:
            return False
        k, fills = k + 1, fills + 1
    return False


def relays(items, j: int, c: AttackCues) -> bool:
    """The actor at j is the subject of a verb of relaying whose source follows "عن"
    ("ونقلت وكالة الأنباء الفرنسية عن مسؤول ..."): it reports, it did not attack."""
    if c.lang != "ar" or j == 0 or not items[j - 1].word or strip_conj(items[j - 1].word) not in event_cues(c.lang).relay_verbs:
        return False
    return any(it.word == "عن" for it in items[j + 1:j + 4])


def noun_cleft(items, first: int, c: AttackCues) -> bool:
    """The trigger follows a cleft whose doer is a noun ("أعلنت X أن المقاومة هي من
    استهدفت"، "... هي التي نفذت الهجوم"): that noun did the deed, not the speaker, even
    when it names no known actor. Not after the speaker's own pronoun ("أنها هي من")."""
    if c.lang != "ar":
        return False
    ec = event_cues(c.lang)
    k = first - 1
    if k >= 0 and items[k].word and c.word(items[k].word, ec.deed_verbs):
        k -= 1   # "هي التي نفذت الهجوم"
    if k < 2 or strip_conj(items[k].word or "") not in ec.relatives or items[k - 1].word not in ec.cleft_pronouns:
        return False
    before = items[k - 2].word
    return not (before and c.word(before, c.pronoun_complementizers))


def present_tense(word: str) -> bool:
    """An Arabic imperfect verb: "يستهدف", "وتستهدف" (not "تبنت", "استهدفت")."""
    bare = bare_word(word)
    return bare[:1] in ("ي", "ت") and not bare.endswith(("ت", "وا"))



def phrase_ends_at(text: str, end: int, phrases) -> bool:
    """Whether a phrase of three words or more ends at ``end`` ("the air force", "its air
    force": two-word phrases are matched from the word and the four characters before it)."""
    return any(p.count(" ") >= 2 and text.endswith(p, 0, end) and (end == len(p) or not text[end - len(p) - 1].isalnum())
               for p in phrases)


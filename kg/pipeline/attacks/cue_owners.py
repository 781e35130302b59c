"""The owner of a deed told by a cue noun: "قتل X بغارة لطائرات Y" (Y struck X), and
the small word tests it shares with the event roles (event_roles.py)."""
from __future__ import annotations

from kg.model import Mention
from kg.pipeline.agent_nouns import agent_table
from kg.pipeline.attacks.cues import LOCATIVE, TARGET_PREP, AttackCues
from kg.pipeline.attacks.items import Item, bare_word, strip_conj
from kg.pipeline.attacks.event_cues import event_cues

#: Who can carry out an assault.
AGENT_CLASSES = {"Organization", "ArmedGroup", "State", "Government", "Coalition", "Actor",
                 "GenericActor", "UnidentifiedArmedGroup", "SecurityForces"}


def prepositional(it: Item) -> bool:
    """An Arabic word glued to ب or ل ("بانفجار", "للهجوم"): a prepositional phrase, no verb."""
    word = it.word
    if not word or it.mention is not None:
        return it.clitic[-1:] in ("ب", "ل")
    if word[:1] in ("و", "ف"):
        word = word[1:]
    return word[:1] in ("ب", "ل") and (word[1:].startswith("ال") or word.startswith("لل") or len(word) > 5)


def glued_cue(it: Item, c: AttackCues) -> bool:
    """A short cue glued to ب or ل ("بغارة", "بقصف"): too short for :func:`prepositional`
    to tell from a bare word, but its rest is a cue of its own."""
    if not it.word or c.lang != "ar":
        return False
    word = bare_word(it.word)
    return word[:1] in ("ب", "ل") and word[1:] in event_cues(c.lang).cues


#: The preposition ل written apart from the name after it ("لـ «X»": the text is read
#: normalised, with the tatweel gone).
_LAM_APART = ("ل",)

#: Plain words (an adjective, a munition) read between a cue noun and its owner.
OWNER_GAP = 2


def owner_after_cue(items: list[Item], t: int, c: AttackCues) -> int | None:
    """"قتل X بغارة لطائرات Y", "بانفجار عبوة لقوات Y": an actor glued to ل right after
    a cue noun told as the means of what happened (glued to ب), a munition or an
    adjective at most between, owns the
    deed: it is its attacker, never what was struck (its item index is returned). So is
    the owner of a noun glued to ل there ("بغارة لطائرات التحالف"). Not after a verbal noun, whose ل
    marks its object ("استهداف لقوات ...")."""
    if c.lang != "ar" or not items[t].word or items[t].mention is not None:
        return None
    subject = _cue_subject(items, t, c)
    if subject is not None:
        return subject
    word = bare_word(items[t].word)
    if c.word(word, c.verbal_nouns) or c.word(word[1:], c.verbal_nouns):
        return None
    # the cue itself, or the munition a cue names ("بانفجار عبوة"), is the phrase's head
    head = t - 1 if t and word in event_cues(c.lang).munitions and items[t - 1].mention is None else t
    # Glued to ب only: the means of a death or wound. After "في" the phrase sets a scene
    # whose ل-phrase names more than owners (a dropped reading: it cost real precision).
    ec = event_cues(c.lang)
    if not (prepositional(items[head]) or glued_cue(items[head], c)):
        scene = _scene_owner(items, t, c) if head == t else None
        return scene if scene is not None else owner_before_result(items, t, c)

    # A verbal noun of a deed ("قصف", "تفجير") takes its object with ل too ("قصف لمواقع X"):
    # its ل-phrase is the owner only when the target follows it ("قصف لقوات X على بلدة Y").
    # (After a munition, "بتفجير قنبلة لقوات X", the ل-phrase is the munition's owner.)
    transitive = head == t and bare_word(items[t].word or "").lstrip("بل") in ec.purpose_nouns
    for k in range(t + 1, min(len(items), t + 2 + OWNER_GAP)):
        it = items[k]
        if it.comma or (k > t + 1 and items[k - 1].comma):
            return None
        owner = None
        m = _agent(it)
        # a ل written apart before a quoted name ("بهجوم لـ «X»") is the glued one
        apart = k > t + 1 and items[k - 1].word in _LAM_APART
        if it.word in _LAM_APART and k + 1 < len(items) and _agent(items[k + 1]) is not None:
            continue
        if m is not None:
            if (it.clitic[-1:] != "ل" and not apart) or _owned(items, k - 1 if apart else k, c):
                return None
            owner = k
        elif it.mention is not None and it.mention.cls != "Weapon":
            return None
        elif k + 1 < len(items) and _lam_noun(it, ec) and _agent(items[k + 1]) is not None \
                and not items[k + 1].clitic:
            owner = k + 1   # "لطائرات التحالف", "لعناصر داعش": the forces' owner
        if owner is not None:
            return owner if not transitive or _target_after(items, owner, c) else None
        if it.word and (it.clitic or prepositional(it) or c.is_break(items, k)
                        or it.kinds & (TARGET_PREP | LOCATIVE)):
            return None
        if it.word and _definite(items[head].word) and not _definite(it.word):
            return None   # "المحشوة بالمتفجرات قافلة لقوات X": no adjective of the definite cue, the verb's object
    return None


def _definite(word: str | None) -> bool:
    """The word carries the article (after ب/ل or a conjunction): an adjective agrees with
    its noun in it, so an indefinite word after a definite cue starts a phrase of its own."""
    word = bare_word(word or "")
    return word.startswith(("ال", "بال", "لل", "كال"))


def owner_before_result(items: list[Item], t: int, c: AttackCues) -> int | None:
    """"تفجير عبوة ناسفة لـX أدى إلى إصابة ...": a cue noun whose phrase is the subject of
    an outcome verb right after its ل-owner ("أدى"، "أسفر"): the owner set the deed off;
    a weapon and plain adjectives may stand between (round i13k33). Without the outcome
    verb the ل-phrase may be the cue's object ("تفجير لمقر X"). Read after a response word
    too ("ردا على تفجير عبوة لـX أدى إلى ..."): the deed answered is X's all the same."""
    if c.lang != "ar" or not items[t].word or items[t].mention is not None:
        return None
    ec = event_cues(c.lang)
    for k in range(t + 1, min(len(items) - 1, t + 2 + OWNER_GAP)):
        it = items[k]
        if it.comma:
            return None
        m = _agent(it)
        if m is not None:
            nxt = items[k + 1]
            ok = it.clitic[-1:] == "ل" and not _owned(items, k, c) and not nxt.comma and nxt.mention is None \
                and strip_conj(nxt.word or "") in ec.results
            return k if ok else None
        if it.mention is not None and it.mention.cls != "Weapon" or it.clitic or (it.word and prepositional(it)):
            return None
    return None


def _cue_subject(items: list[Item], t: int, c: AttackCues) -> int | None:
    """"استهدفت غارة للجيش الأميركي مقرا لـX"، "استهدفت عملية لقوات Y ...": a cue or
    operation noun as the subject right after a past verb of striking, its owner glued to
    ل right after it (a time word between at most): the owner carried it out."""
    ec = event_cues(c.lang)
    if t + 2 >= len(items) or strip_conj(items[t].word) not in ec.assault_verbs:
        return None
    noun = items[t + 1]
    word = noun.word or ""
    if noun.mention is not None or noun.clitic or not (word in ec.cues or word in ec.operations):
        return None
    for k in (t + 2, t + 3):
        if k < len(items) and _agent(items[k]) is not None:
            return k if items[k].clitic[-1:] == "ل" and not _owned(items, k, c) else None
        if k >= len(items) or items[k].mention is not None or items[k].comma or not items[k].word \
                or strip_conj(items[k].word) not in agent_table(c.lang).time_words:
            return None
    return None


def _agent(it: Item) -> Mention | None:
    m = it.mention
    return m if m is not None and m.cls in AGENT_CLASSES and m.kind != "nisba" else None


def _owned(items: list[Item], j: int, c: AttackCues) -> bool:
    """After an owner marker ("تابعة لـX"): the owner of the noun before, read elsewhere."""
    prev = items[j - 1].word if j else None
    return bool(prev) and c.word(prev, c.owner_markers) is not None


def _lam_noun(it: Item, ec) -> bool:
    """A noun of forces or aircraft glued to ل ("لطائرات", "لعناصر"), no article: annexed
    to the actor after it, which owns them."""
    word = it.word or ""
    return it.mention is None and word[:1] == "ل" and word[1:] in ec.force_nouns


#: Items read after the owner (its adjectives, a relative) for the target preposition.
TARGET_AFTER = 4


def _target_after(items: list[Item], k: int, c: AttackCues) -> bool:
    """A target preposition follows the owner at k ("لقوات النظام السوري على بلدة X")."""
    for j in range(k + 1, min(len(items), k + 1 + TARGET_AFTER)):
        it = items[j]
        if it.comma or it.mention is not None and it.mention.cls not in ("State",):
            return False
        if it.word and c.word(it.word, c.target_preps):
            return True
    return False


def _scene_owner(items: list[Item], t: int, c: AttackCues) -> int | None:
    """"قتل ثلاثة في قصف للجيش الإسرائيلي على منزل": after "في" a deed's verbal noun takes
    its object with ل too, but an actor glued to ل right after it with the target
    preposition after that actor ("على منزل") owns the deed: the object is what follows
    على, the actor is the attacker (never what was struck). So is the owner of a noun of
    forces there ("في قصف لطائرات X على ...")."""
    if t + 1 >= len(items):
        return None
    noun = bare_word(items[t].word or "").lstrip("بل")
    if noun in event_cues(c.lang).possessed_nouns:
        return _possessor(items, t, c)
    if noun not in event_cues(c.lang).purpose_nouns:
        return None
    k = t + 1
    if _agent(items[k]) is None and k + 1 < len(items) and _lam_noun(items[k], event_cues(c.lang)) \
            and _agent(items[k + 1]) is not None and not items[k + 1].clitic:
        k += 1
    elif _agent(items[k]) is None or items[k].clitic[-1:] != "ل" or _owned(items, k, c):
        return None
    return k if _target_after(items, k, c) else None


def _possessor(items: list[Item], t: int, c: AttackCues) -> int | None:
    """"في هجوم لتنظيم X"، "هجمات دموية لـX": the actor glued to ل right after an attack
    noun (one plain adjective between) owns it; no target need follow, as "هجوم" takes
    none with ل. Not a noun of forces' owner past an owner marker ("تابعة لـX"). A ل written
    apart before a quoted name ("هجوم لـ «X»") is the same preposition."""
    lam = False
    for k in (t + 1, t + 2, t + 3):
        if k >= len(items):
            return None
        it = items[k]
        if it.comma:
            return None
        if _agent(it) is not None:
            return k if (lam or it.clitic[-1:] == "ل") and not _owned(items, k - 1 if lam else k, c) else None
        if it.word in _LAM_APART and not lam:
            lam = True
            continue
        if lam or k == t + 3:
            return None
        if it.mention is not None or not it.word or it.kinds or prepositional(it) or c.is_break(items, k):
            return None
    return None

"""A claim of responsibility in a clause after the attack of the same sentence
("تعرضت قاعدتا X وY إلى استهداف، أعلنت Z مسؤوليتها عنه", "تعرضت القاعدة لهجوم، وتبنته
Z"): the claimer carried it out. The cross-sentence claim (extractor._claim) and the
claim read as reported speech (responsibility.claimed_by_speaker) miss it: the clause has no
content after its verb, so no speech is read, and the sentence is the attack's own."""
from __future__ import annotations

from kg.model import Attack
from kg.pipeline.attacks.cues import ATTACKERS, CLAIM, TRIGGER, AttackCues
from kg.pipeline.attacks.responsibility import adopts_deed, claims_responsibility

#: How far after the claim verb its subject and then "مسؤوليتها" may stand.
_SUBJECT_REACH = 3
_OBJECT_REACH = 4


def claimer_after(items, t: int, c: AttackCues) -> str | None:
    """The group that claims, in a clause after the trigger at ``t``, the attack it
    tells: a claim verb, its named subject, then "مسؤوليته/ا عن(ه)" (or a verb of
    adopting). A state is left alone (states seldom claim; one named there is mostly
    where the group is), and so is a claim of another trigger told after it ("أعلنت Z
    مسؤوليتها عن هجوم آخر": that attack is its own frame)."""
    if c.lang != "ar":
        return None
    for k in range(t + 1, len(items)):
        it = items[k]
        if it.kinds & TRIGGER:
            return None   # a further attack word: whatever is claimed after it is that one's
        if not (it.word and it.kinds & CLAIM):
            continue
        for j in range(k + 1, min(len(items), k + 1 + _SUBJECT_REACH)):
            m = items[j].mention
            if m is None:
                continue
            if m.cls not in ATTACKERS or m.cls == "State" or m.kind == "nisba":
                return None
            rest = [x.word for x in items[j + 1:j + 1 + _OBJECT_REACH]]
            if any(x and x.kinds & TRIGGER for x in items[j + 1:j + 1 + _OBJECT_REACH]):
                return None   # "أعلنت Z مسؤوليتها عن قصف ...": it names the deed it claims
            if adopts_deed(it.word, c.lang) or any(claims_responsibility(w, c.lang) for w in rest):
                return m.entity
            return None
    return None


def fill_claimed(found: list[Attack], items, trigger_at: dict, c: AttackCues, lang: str) -> None:
    """Give each attack of the sentence told with no attacker the group a later clause
    of the sentence says claimed it (``trigger_at``: attack id -> (clause start, clause
    end, trigger start) of a frame's attack; an event read by its cue words has none, and
    its first trigger word stands for it)."""
    if c.lang != "ar" or not any(it.kinds & CLAIM for it in items):
        return
    first = next((k for k, it in enumerate(items) if it.kinds & TRIGGER), None)
    for a in found:
        at = trigger_at.get(id(a))
        t = next((k for k, it in enumerate(items) if it.start == at[2]), None) if at else first
        if a.attacker is not None or a.mutual or t is None:
            continue
        claimer = claimer_after(items, t, c)
        if claimer is not None and claimer != a.target:
            a.attacker = claimer
            a.rule = f"{lang}.attack.claimed"


#: The doer's pronoun on a verbal noun ("استهدافها", "قصفه"): the subject of the claim verb.
_DOER_PRONOUNS = ("ها", "ه", "هم")


def claimed_by_pronoun(items, t: int, c: AttackCues, doc) -> bool:
    """"كذلك، أعلنت استهدافها قاعدة X": a claim verb with no subject named after it and an
    attack noun carrying the doer's pronoun: the actor whose attack was told last with its
    attacker announces this one too."""
    if c.lang != "ar" or t < 1 or not items[t].word or not items[t].word.endswith(_DOER_PRONOUNS):
        return False
    prev = items[t - 1]
    return prev.mention is None and bool(prev.word) and bool(prev.kinds & CLAIM) \
        and not adopts_deed(prev.word, c.lang) and not claims_responsibility(prev.word, c.lang)

"""A place or site told as struck in a relative clause whose verb carries it as an object
pronoun: "مدينة X التي قصفتها إسرائيل"، "ميناء Y الذي استهدفته الطائرات الإسرائيلية"،
"قاعدة Z التي سبق أن هاجمتها الفصائل". The relative's antecedent (the mention right before
it) was struck; the doer is the actor (or a state's adjective on its force) right after
the verb. No frame reads them: the verb with its pronoun is no trigger form. Past verbs
only ("التي تستهدفها" may be a habit or a plan), and an antecedent that only locates
something ("في غربي اليمن، والتي") is left alone."""
from __future__ import annotations

from kg.model import Attack
from kg.pipeline.attacks.cues import ATTACKERS, PLACES, TARGETS, AttackCues
from kg.pipeline.attacks.items import Item, strip_conj
from kg.pipeline.attacks.merging import attack_kind
from kg.pipeline.speech_spans import polarity_at

_RELATIVES = frozenset({"التي", "الذي", "الذين", "اللتين", "اللذين"})
#: Words between the relative and its verb: "سبق أن"، "قد"، "كانت قد".
_FILLERS = frozenset({"سبق", "ان", "قد", "كانت", "كان", "سبقت", "لطالما"})
#: Object pronouns on the verb, longest first.
_SUFFIXES = ("هما", "هم", "ها", "ه")
#: Items after the verb searched for its subject ("غارات جوية إسرائيلية").
_SUBJECT_REACH = 4
#: A tally of strikes over time after the subject ("سبق أن استهدفتها X عدة مرات"): a habit,
#: no one attack.
_REPEATED = frozenset({"مرات", "مرارا", "تكرارا", "مره"})


def struck_verb(word: str | None, c: AttackCues) -> str | None:
    """The manner of a past trigger verb carrying an object pronoun ("قصفتها" -> shelling)."""
    if not word:
        return None
    forms = c.forms(c.triggers)
    for suffix in _SUFFIXES:
        if not word.endswith(suffix) or len(word) - len(suffix) < 3:
            continue
        stem = word[:-len(suffix)]
        for form in (stem, stem + "ا"):   # "استهدفوها": the plural's alif drops before the pronoun
            if form in forms and not form.startswith(("ي", "ت")) and c.word(form, c.target_preps):
                return c.triggers[forms[form]]
    return None


def relative_object_attacks(doc, sentence, items: list[Item], c: AttackCues, struck: set) -> list[Attack]:
    """The attacks told by a relative clause on the mention before it."""
    if c.lang != "ar":
        return []
    out = []
    for r, it in enumerate(items):
        if not it.word or strip_conj(it.word) not in _RELATIVES or r == 0:
            continue
        before = items[r - 1]
        target = before.mention
        if target is None or target.cls not in TARGETS or target.kind == "nisba" or before.clitic[-1:] in ("ب", "ل"):
            continue
        if r > 1 and items[r - 2].word and c.word(items[r - 2].word, c.locatives):
            continue   # "في غربي اليمن، والتي": the mention only locates what came before
        k = r + 1
        while k < len(items) and items[k].word in _FILLERS:
            k += 1
        if k >= len(items):
            continue
        manner = struck_verb(items[k].word, c)
        if manner is None:
            continue
        attacker, weapons = doer_after(items, k, target.entity, c)
        if attacker is None or (attacker, target.entity) in struck or told_repeatedly(items, k):
            continue
        out.append(object_attack(doc, sentence, items[k], attacker, target, weapons, manner,
                                 f"{c.lang}.attack.relative_object", 0.7, struck))
    return out


def object_attack(doc, sentence, verb: Item, attacker: str | None, target, weapons: list[str], manner: str,
                  rule: str, confidence: float, struck: set) -> Attack:
    """The attack a verb carrying its object as a pronoun tells on the target mention, noted
    in ``struck`` so that no other reading of the sentence tells it again."""
    polarity, speaker = polarity_at(doc, doc.norm.to_original(verb.start))
    struck.add((attacker, target.entity))
    return Attack(attacker, target.entity, doc.evidence(sentence, speaker), rule, confidence,
                  target.entity if target.cls in PLACES else None, None, weapons,
                  attack_kind(weapons, {manner}), polarity)


def doer_after(items: list[Item], k: int, target: str, c: AttackCues) -> tuple[str | None, list[str]]:
    """The doer named within reach after the verb at k (an actor other than the target, not
    glued to a preposition; a state's adjective only on a force) and the weapons named there."""
    attacker, weapons = None, []
    for j in range(k + 1, min(len(items), k + 1 + _SUBJECT_REACH)):
        m = items[j].mention
        if items[j].word and c.is_break(items, j):
            break
        if m is None:
            continue
        if m.cls == "Weapon":
            weapons.append(m.entity)
        elif attacker is None and m.cls in ATTACKERS and m.entity != target and not items[j].clitic \
                and (m.kind != "nisba" or _describes_a_force(items, j, c)):
            attacker = m.entity
    return attacker, weapons


def told_repeatedly(items: list[Item], k: int) -> bool:
    """"قصفها مرات": a site struck again and again is a tally, not one attack."""
    return any(x.word in _REPEATED for x in items[k + 1:k + 3 + _SUBJECT_REACH])


def _describes_a_force(items: list[Item], j: int, c: AttackCues) -> bool:
    """A state's adjective names the doer only on a force, a weapon or an attack noun
    ("الطائرات الإسرائيلية"، "غارات إسرائيلية"), not on any noun ("المقاومة العراقية")."""
    prev = items[j - 1] if j else None
    if prev is None:
        return False
    if prev.mention is not None:
        return prev.mention.cls == "Weapon"
    word = strip_conj(prev.word or "")
    word = word[2:] if word.startswith("ال") else word
    return bool(c.word(word, c.own_forces) or c.word(prev.word, c.triggers) or c.word(word, c.triggers))

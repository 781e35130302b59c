"""When an attack may also state that its attacker opposes its target.

An attack frame's roles are read sentence by sentence and are sometimes wrong: an
origin of fire read as the attacker ("من العراق وسوريا على إسرائيل"), the outlet that
reports the strike read as its target ("..., the AP reported"), a unit struck by its own
army. An attack still counts as an event with such a role, but hostility between the
two is a second, stronger claim, so it is derived only when the roles are reliable:
nothing else the document states contradicts it, and neither side is there in
another capacity.
"""
from __future__ import annotations

import re

from kg.lang import language_data
from kg.lang.cues import cues
from kg.model import DENIED, Attack, Doc, Mention
from kg.text.normalize import normalize_key

#: A stated tie between two actors: the text does not also make them enemies.
AFFILIATIONS = frozenset({"memberOf", "supports", "alliedWith", "leaderOf", "spokespersonOf",
                          "officialOf", "operatedBy"})

#: Words that make a state named right after them the place fire came from, not an actor:
#: "من العراق" (from Iraq; "من قبل العراق", by Iraq, names an agent), "from Iraq".
_ORIGIN_WORDS = {"ar": ("من",), "en": ("from",)}

#: Port nouns that make a state named after them (in construct) a destination, not the
#: party struck: Houthi statements strike ships for sailing "إلى موانئ فلسطين المحتلة".
#: Land and directions are left out: "هجوم على شمال إسرائيل" does strike Israel.
_PORT_NOUNS = frozenset({"مواني", "ميناء", "ميناي"})


def _words(lang: str, name: str, key: str) -> frozenset[str]:
    return frozenset(normalize_key(str(w)) for w in language_data(lang, name).get(key) or ())


#: Per language: nouns of members or forces ("عناصر", "جنود", "members") and words of
#: harm ("أصيب", "killed").
_HURT_WORDS = {lang: (_words(lang, "attacks", "members") | _words(lang, "attacks", "own_forces"),
                      _words(lang, "events", "casualties"))
               for lang in ("ar", "en")}


def _counted_as_hurt(doc: Doc, key: str, sentence: int) -> bool:
    """"أُصيب ثمانية عناصر من X في هجوم لـY", "three members of X were wounded": an actor
    named only as the whole some harmed members come from is who was hit, whatever role
    the attack frame gave it, so no hostility of its own is read."""
    members, harm = _HURT_WORDS.get(doc.lang, (frozenset(), frozenset()))
    found = _mentions_in(doc, key, sentence)
    if not found or not members:
        return False
    for m in found:
        words = [w.strip(",.،") for w in doc.norm.text[max(0, m.nstart - 80):m.nstart].split()]
        if words and words[-1].lower() == "the":
            words = words[:-1]   # "members of the X"
        if len(words) < 3 or words[-1] not in ("من", "of") or words[-2].lower() not in members \
                or not any(w.lower() in harm or w[:1] in "وف" and w[1:] in harm for w in words[-7:-2]):
            return False
    return True


def affiliated(doc: Doc, a: str, b: str) -> bool:
    """Whether the document states a tie (membership, backing, alliance, a role) between
    ``a`` and ``b`` in either direction."""
    # The tied pairs, read once: relations are only ever appended, so the ones added since
    # the last question are read on (a scan of every relation per attack was quadratic).
    seen = doc.cache.get("affiliated_pairs")
    if seen is None:
        seen = doc.cache["affiliated_pairs"] = [0, set()]
    relations = doc.relations
    if seen[0] < len(relations):
        seen[1].update(frozenset((r.subject, r.object)) for r in relations[seen[0]:]
                       if r.predicate in AFFILIATIONS and r.polarity != DENIED)
        seen[0] = len(relations)
    return frozenset((a, b)) in seen[1]


def _mentions_in(doc: Doc, key: str, sentence: int) -> list[Mention]:
    """The mentions of entity ``key`` in ``sentence``, in document order (an index made
    once per mention count, not a scan of every mention per question)."""
    index = doc.cache.get("mentions_by_entity_sentence")
    if index is None or index[0] != len(doc.mentions):
        by_key: dict[tuple[str, int], list[Mention]] = {}
        for m in doc.mentions:
            by_key.setdefault((m.entity, m.sentence), []).append(m)
        index = doc.cache["mentions_by_entity_sentence"] = (len(doc.mentions), by_key)
    return list(index[1].get((key, sentence), ()))


def _word_before(doc: Doc, m: Mention) -> str:
    """The word right before a mention (normalised text), clitics kept."""
    head = doc.norm.text[max(0, m.nstart - 40):m.nstart].split()
    return head[-1] if head else ""


def _only_an_origin(doc: Doc, key: str, sentence: int) -> bool:
    """A state named in the sentence only after "from" is where the fire came from."""
    if doc.entities.get(key) is None or doc.entities[key].cls != "State":
        return False
    origins = _ORIGIN_WORDS.get(doc.lang, ())
    found = _mentions_in(doc, key, sentence)
    return bool(found) and all(_word_before(doc, m) in origins for m in found)


#: A state named only where something stands or happens ("قواعد أميركية في سوريا
#: والأردن", "bases in Syria and Jordan"): after a locative preposition, or after a
#: place named after one, joined by "و"/"and"/a comma.
_LOCATIVE = re.compile(r"(?:^|\s)(?:في|داخل|بـ?|in|inside)\s+(?:\S+(?:\s+\S+)?\s*(?:و|,\s*|\sand\s+)\s*)?$")


def _only_a_location(doc: Doc, key: str, sentence: int) -> bool:
    if doc.entities.get(key) is None or doc.entities[key].cls != "State":
        return False
    found = _mentions_in(doc, key, sentence)
    return bool(found) and all(_LOCATIVE.search(doc.norm.text[max(0, m.nstart - 40):m.nstart]) for m in found)


def _word_after(doc: Doc, m: Mention) -> str:
    tail = doc.norm.text[m.nend:m.nend + 40].split()
    return tail[0].strip(",.،") if tail else ""


def _only_a_place_or_modifier(doc: Doc, key: str, sentence: int) -> bool:
    """A state named in the sentence only as a destination ("موانئ فلسطين", "the ports
    of X") or as a modifier ("pro-Iran militia groups": the groups are struck) is no
    party struck."""
    if doc.entities.get(key) is None or doc.entities[key].cls != "State":
        return False
    found = _mentions_in(doc, key, sentence)
    if doc.lang == "en":
        return bool(found) and all(doc.norm.text[max(0, m.nstart - 4):m.nstart].lower() == "pro-"
                                   or doc.norm.text[max(0, m.nstart - 12):m.nstart].lower().rstrip().endswith(
                                       "ports of")
                                   for m in found)
    return bool(found) and all(_word_before(doc, m) in _PORT_NOUNS for m in found)


def _reports_it(doc: Doc, key: str, sentence: int) -> bool:
    """The target is a news outlet cited as the source in this sentence ("..., the AP
    reported", "according to Reuters", "ذكرت وكالة ..."): it tells the attack."""
    if not doc.is_news_outlet(key):
        return False
    c = cues(doc.lang)
    for m in _mentions_in(doc, key, sentence):
        before = doc.norm.text[max(0, m.nstart - 20):m.nstart].split()
        if _word_after(doc, m) in c.speech_verbs or (before and before[-1] in c.speech_verbs) \
                or any(doc.norm.text[:m.nstart].rstrip().endswith(p) for p in c.attribution_phrases):
            return True
    return False


def reliable_opposition(doc: Doc, attack: Attack) -> bool:
    """Whether ``attack`` (attacker and target both actors) may also state that the
    attacker opposes the target."""
    sentence = attack.evidence.sentence
    return not (affiliated(doc, attack.attacker, attack.target)
                or _reports_it(doc, attack.target, sentence)
                or _only_a_place_or_modifier(doc, attack.target, sentence)
                or _only_a_location(doc, attack.target, sentence)
                or _only_an_origin(doc, attack.attacker, sentence)
                or _counted_as_hurt(doc, attack.attacker, sentence))

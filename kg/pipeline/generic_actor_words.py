"""Word tests and state names of the generic-actor reader (:mod:`kg.pipeline.generic_actors`).

Which neighbouring words stop a noun from naming a participant (an adjective of another
noun, a title before a name, a case that does not agree, a time phrase before a taken
person) and how a state's institution is labelled and coded.  Kept apart from the reader
so that its matching loop reads in one sitting.
"""
from __future__ import annotations

from kg.lang.ar.morphology import ARTICLE, is_arabic
from kg.lexicon import default_lexicon
from kg.model import Doc
from kg.pipeline.agent_nouns import Agent, AgentTable
from kg.pipeline.tokens import Token

#: The CAMEO country part of an actor whose state the text does not name.
UNKNOWN_COUNTRY = "---"


def title_of_a_name(toks: list[Token], last: int, by_start: dict, arabic: bool) -> bool:
    """"الصحفي محمد ...", "journalist Jane Roe", "official Popular Mobilization
    Forces": the word is a title or a modifier of the name after it."""
    if last + 1 >= len(toks):
        return False
    m = by_start.get(toks[last + 1].start)
    if arabic and _indefinite_plural(toks[last].text):
        return False    # "اغتال مسلحون سمير ...": a title before one person's name is no plural
    return m is not None and m.kind == "name" and (m.cls == "Person" or not arabic)


def _indefinite_plural(word: str) -> bool:
    """An Arabic sound plural or dual without the article ("مسلحون", "مجهولين",
    "مسلحان"): it names the people who act or suffer, never a title of the one person
    named after it (a title is singular, and a plural one before several names is
    definite: "الصحفيون أحمد وعلي")."""
    word = word.removeprefix("و").removeprefix("ف")
    return not word.startswith(ARTICLE) and len(word) > 4 and word.endswith(("ون", "ين", "ان"))


def adjectival(table: AgentTable, toks: list[Token], i: int, n: int, arabic: bool) -> bool:
    """"هجوم انتحاري", "civilian casualties": the word describes a noun."""
    if arabic:
        if i == 0:
            return False
        before = toks[i - 1].text.removeprefix("و")
        stems = {before, before.removeprefix("ال")}
        stems |= {w[:-2] for w in stems if w.endswith(("ين", "ان", "ات"))} | {w[:-1] for w in stems if w.endswith("ا")}
        # "تحدث طالبًا عدم كشف هويته": before "عدم" the word is the participle "asking", no
        # student (the Arabic not_before, round i13a16)
        return any(w in table.not_after for w in stems) or (   # تفجيرين انتحاريين
            i + n + 1 < len(toks) and toks[i + n + 1].text in table.not_before)
    return n == 0 and i + 1 < len(toks) and toks[i + 1].text in table.not_before


def object_after_time(toks: list[Token], i: int, table: AgentTable, subjects) -> bool:
    """"خطفوا قبل ظهر أمس أميركيا", "خطف مسلحون صباح أمس فرنسيا": a verb taking
    people, then only words of a day or time (and the verb's described subject), then
    the state's singular accusative adjective: one of its people was taken (right after
    a noun it would describe the noun: "دعما أميركيا")."""
    k, times = i - 1, 0
    while k >= 0 and i - k <= 6:
        if toks[k].text in table.time_words:
            times += 1
        elif not any(s <= toks[k].start < e for s, e in subjects):
            break
        k -= 1
    return k >= 0 and times > 0 and toks[k].text.removeprefix("و") in table.people_verbs


def case_disagrees(noun: str, adjective: str) -> bool:
    """A sound plural in the nominative (-ون) and one in the oblique case (-ين), either
    way round, do not agree: the second word starts another phrase."""
    return (noun.endswith("ون") and adjective.endswith("ين")) or (noun.endswith("ين") and adjective.endswith("ون"))


def state_code(doc: Doc, state: str | None) -> str | None:
    if not state:
        return None
    entity = doc.entities.get(state)
    if entity is not None and entity.cameo:
        return entity.cameo[:3]
    lexicon = default_lexicon()
    return lexicon[state].cameo[:3] if state in lexicon and lexicon[state].cameo else None


def state_adjectives(doc: Doc, state: str) -> tuple[str, str | None]:
    """The state's English adjective (Iraqi) and Arabic nisba stem (عراقي)."""
    lexicon = default_lexicon()
    entry = lexicon[state] if state in lexicon else None
    english = next((n for n in entry.nisba if n.isascii()), None) if entry else None
    arabic = next((n for n in entry.nisba if is_arabic(n)), None) if entry else None
    if english is None:
        entity = doc.entities.get(state)
        english = (entity.labels.get("en") if entity else None) or (entry.en if entry else None) or state
    if arabic and arabic.startswith(ARTICLE):
        arabic = arabic[2:]
    return english, arabic


def country_labels(agent: Agent, adjective: str, nisba: str | None) -> dict:
    labels = {}
    if "en" in agent.country_labels:
        labels["en"] = agent.country_labels["en"].format(adj=adjective)
    if nisba and "ar" in agent.country_labels:
        labels["ar"] = agent.country_labels["ar"].format(n=nisba)
    return labels or dict(agent.labels)

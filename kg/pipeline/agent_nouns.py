"""The generic-agent nouns of a language (``kg/lang/<lang>/agents.yaml``), compiled for
matching: every written form of each phrase's first word points at its phrases.

Read by :mod:`kg.pipeline.generic_actors`; the data file explains the notation.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from functools import lru_cache

from kg.lang import language_data
from kg.lang.ar.morphology import ARTICLE
from kg.text.normalize import normalize_key

#: Sound masculine endings a ``word+`` entry takes: plural (nominative, oblique), dual,
#: the indefinite accusative, and the construct plural (مسلحو حماس، مسلحي).
_SOUND_ENDINGS = ("", "ون", "ين", "ان", "ا", "و", "ي")
#: Prefix of pseudo-country keys ("foreign", "Kurdish"): never an entity key.
PSEUDO = "\x00"


@dataclass(frozen=True)
class Agent:
    key: str
    code: str
    cls: str
    labels: dict
    country_labels: dict
    #: A country part the noun itself carries ("أجانب", foreigners): a pseudo-country key.
    country: str | None = None


@dataclass(frozen=True)
class PseudoCountry:
    """A country part no state fills: foreign (INT), Kurdish (KUR)."""

    key: str
    code: str
    en: str
    ar: str | None


@dataclass(frozen=True)
class Phrase:
    rest: tuple[frozenset[str], ...]   # the forms each word after the first may take
    agent: Agent
    country_only: bool


@dataclass
class AgentTable:
    lang: str
    first: dict[str, list[Phrase]] = field(default_factory=dict)  # first-word form -> phrases
    qualifiers: frozenset[str] = frozenset()
    pseudo: dict[str, PseudoCountry] = field(default_factory=dict)         # key -> country part
    pseudo_words: dict[str, str] = field(default_factory=dict)             # word form -> key
    not_after: frozenset[str] = frozenset()
    not_before: frozenset[str] = frozenset()
    #: Phrases that describe an actor only after "a"/"an": "an Iraqi militia claimed"
    #: (a bare "militia says", "X's Houthi militia" name a group told elsewhere).
    indefinite_only: frozenset[str] = frozenset()
    collective_codes: dict = field(default_factory=dict)
    #: Collective heads that name no group when nothing qualifies them (gunmen, insurgents).
    unidentified_heads: frozenset[str] = frozenset()
    people_agent: Agent | None = None      # "ثلاثة عراقيين": people of a state
    #: Plural names of a state's people the lexicon's adjectives do not give: broken
    #: plurals (أفغان، أتراك) and English plurals (Iraqis, Americans) -> state key.
    state_plurals: dict[str, str] = field(default_factory=dict)
    numbers: frozenset[str] = frozenset()  # number words (from casualties.yaml)
    #: Verbs after which a state's adjective names the people it hit: "مقتل عراقيين".
    people_verbs: frozenset[str] = frozenset()
    time_words: frozenset[str] = frozenset()   # day and time words between a verb and its object
    #: Words that make a force the occupier of where it is ("قوات الاحتلال"): no country
    #: from the place (kg/pipeline/attacks/place_country.py).
    occupier_words: frozenset[str] = frozenset()


def _word_forms(word: str, arabic: bool) -> set[str]:
    """Every written form of one word of an agent phrase (without proclitics)."""
    sound = word.endswith("+")
    stem = normalize_key(word.rstrip("+"))
    forms = {stem + e for e in _SOUND_ENDINGS} if sound else {stem}
    if arabic:
        forms |= {ARTICLE + f for f in forms if not f.startswith(ARTICLE)}
        forms |= {f[2:] for f in forms if f.startswith(ARTICLE) and len(f) > 4}
    return forms


@lru_cache(maxsize=None)
def agent_table(lang: str) -> AgentTable:
    data = language_data(lang, "agents")
    arabic = lang == "ar"
    table = AgentTable(lang)
    for raw in data.get("agents") or ():
        labels = {k: raw[k] for k in ("ar", "en") if raw.get(k)}
        country_labels = {k: raw[f"{k}_country"] for k in ("ar", "en") if raw.get(f"{k}_country")}
        # `country`: a pseudo-country the noun carries (أجانب); `state`: the lexicon state
        # whose people the noun names by itself (مستوطنون).
        country = PSEUDO + raw["country"] if raw.get("country") else raw.get("state")
        agent = Agent(raw["key"], raw["code"], raw["class"], labels, country_labels, country)
        for listed, country_only in ((raw.get("words") or (), False), (raw.get("country_only") or (), True)):
            for phrase in listed:
                words = str(phrase).split()
                rest = tuple(frozenset(_word_forms(w, arabic)) for w in words[1:])
                for form in _word_forms(words[0], arabic):
                    table.first.setdefault(form, []).append(Phrase(rest, agent, country_only))
    for phrases in table.first.values():
        phrases.sort(key=lambda p: -len(p.rest))
    table.qualifiers = frozenset(f for w in data.get("qualifiers") or () for f in _word_forms(str(w), arabic))
    for raw in data.get("pseudo_countries") or ():
        pseudo = PseudoCountry(raw["key"], raw["code"], raw["en"], raw.get("ar"))
        table.pseudo[PSEUDO + pseudo.key] = pseudo
        for w in raw.get("words") or ():
            for form in _word_forms(str(w), arabic):
                table.pseudo_words[form] = PSEUDO + pseudo.key
    table.not_after = frozenset(normalize_key(str(w)) for w in data.get("not_after") or ())
    table.not_before = frozenset(normalize_key(str(w)) for w in data.get("not_before") or ())
    table.indefinite_only = frozenset(normalize_key(str(w)) for w in data.get("indefinite_only") or ())
    table.collective_codes = dict(data.get("collective_codes") or {})
    table.unidentified_heads = frozenset(data.get("unidentified_collectives") or ())
    people = data.get("people_of_a_state")
    table.people_agent = next((a for phrases in table.first.values() for a in (p.agent for p in phrases)
                               if a.key == people), None) if people else None
    for state, words in (data.get("state_plurals") or {}).items():
        for w in words:
            for form in _word_forms(str(w), arabic):
                table.state_plurals[form] = state
    if not arabic:
        from kg.lexicon import default_lexicon
        for entry in default_lexicon():
            if entry.cls == "State":
                for adjective in entry.nisba:
                    if adjective.isascii() and adjective[:1].isupper():
                        table.state_plurals.setdefault(normalize_key(adjective) + "s", entry.id)
    table.time_words = frozenset(normalize_key(str(w)) for w in data.get("time_words") or ())
    table.occupier_words = frozenset(f for w in data.get("occupier_words") or () for f in _word_forms(str(w), arabic))
    counts = language_data(lang, "casualties")
    table.numbers = frozenset(normalize_key(str(w)) for part in ("units", "tens", "multipliers")
                              for w in counts.get(part) or ())
    table.people_verbs = frozenset(normalize_key(str(w)) for category in ("killed", "injured")
                                   for w in (counts.get(category) or {}).get("verbs") or ()) \
        | frozenset(normalize_key(str(w)) for w in data.get("people_verbs") or ())
    return table

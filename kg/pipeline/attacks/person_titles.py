"""The CAMEO code of a named person the text describes by a title.

News names the people struck by what they do: "اغتال مسلحون X، مدير شرطة المرور في
المدينة", "قتل X عميد كلية الطب بجامعة الموصل". A person the lexicon does not hold has no
code of its own; the title next to the name tells its agent type (the police, a college,
a ministry) and often its country (a place or a state's adjective inside the title, else
the one state the sentence is set in).

Read for the attackers and targets of the document's attacks only, and only for people
with no code yet. The title phrase starts right after the name (after a comma or not) or
ends right before it, and opens with a head word; its words are data
(``kg/lang/<lang>/titles.yaml``). A title that names no institution the table knows
("رئيس حزب", "عضو اللجنة") leaves the person uncoded.

Two more things a title may say: "الرئيس الباكستاني X", "ملك الأردن X" (a head word of
``state_heads`` right before a state's adjective or name) make X the head of that state
(GOV); a group or organisation the lexicon codes named inside the title ("عضو اللجنة
المركزية لحركة فتح", "القيادي في حركة حماس") makes X one of its people: its country, and
its agent type unless the title's own words name one.
"""
from __future__ import annotations

from bisect import bisect_left
from functools import lru_cache

from kg.lang import language_data
from kg.lang.ar.morphology import clitic_forms
from kg.lexicon import PLACE_CLASSES, default_lexicon
from kg.model import Doc, Mention
from kg.pipeline.attacks.place_country import sentence_states
from kg.pipeline.tokens import Token, token_start, tokens
from kg.text.normalize import normalize_key

#: How many words a title phrase may take ("مدير مكتب وزير الداخلية في رام الله").
TITLE_WORDS = 8
_UNKNOWN = "---"
#: Marks that end a title phrase; a comma may stand between the name and a title after it.
_BREAKS = "،,;؛:«»\"()"
_AFTER_NAME = "،,"


@lru_cache(maxsize=None)
def _table(lang: str) -> tuple[dict[str, str | None], dict[str, str | None], dict[str, str | None]]:
    """Head words, domain words and heads of a state of titles, each surface form -> its
    CAMEO agent (or None)."""
    try:
        data = language_data(lang, "titles")
    except FileNotFoundError:
        return {}, {}, {}

    def forms(entries) -> dict[str, str | None]:
        out: dict[str, str | None] = {}
        for word, agent in (entries or {}).items():
            key = normalize_key(word) if lang == "ar" else word.lower()
            for form in (clitic_forms(key, pronouns=False) if lang == "ar" else {key}):
                out.setdefault(form, agent)
        return out

    return forms(data.get("heads")), forms(data.get("domains")), forms(data.get("state_heads"))


def code_titled_people(doc: Doc) -> None:
    """Give the named people of the document's attacks the code their title tells."""
    heads, domains, state_heads = _table(doc.lang)
    if not heads:
        return
    states = None
    for attack in doc.attacks:
        for key in (attack.attacker, attack.target):
            entity = doc.entities.get(key) if key else None
            if entity is None or entity.cls != "Person" or entity.cameo or entity.source == "lexicon":
                continue
            mention = next((m for m in doc.mentions if m.entity == key and m.sentence == attack.evidence.sentence
                            and m.kind == "name"), None)
            if mention is None:
                continue
            phrase = _title(doc, mention, heads)
            if not phrase:
                continue
            agent = _agent(phrase, heads, domains) or _head_of_state(doc, phrase, state_heads)
            group = _group_in(doc, phrase)
            if group is not None and (agent is None or _state_in(doc, phrase) is None):
                # the group's people: its country; its agent type unless the title names one
                entity.cameo = group[:3] + (agent or group[3:])
                continue
            if agent is None:
                continue
            state = _state_in(doc, phrase)
            if state is None:
                if states is None:
                    states = sentence_states(doc)
                here = states.get(mention.sentence, set())
                state = next(iter(here)) if len(here) == 1 else None
            entity.cameo = (_country(state) or _UNKNOWN) + agent


def _title(doc: Doc, mention: Mention, heads: dict) -> list[Token]:
    """The title phrase next to the name: after it ("X، مدير شرطة المدينة", "X إمام جامع")
    or before it ("مدير مكتب الوزير في المدينة X"), opened by a head word, within its
    clause."""
    toks = tokens(doc, doc.sentences[mention.sentence])
    text = doc.norm.text
    after = bisect_left(toks, mention.nend, key=token_start)
    if after < len(toks) and toks[after].text in heads and \
            not any(c in text[mention.nend:toks[after].start] for c in _BREAKS if c not in _AFTER_NAME):
        return _phrase(text, toks, after)
    before = bisect_left(toks, mention.nstart, key=token_start)
    for j in range(before - 1, max(-1, before - 1 - TITLE_WORDS), -1):
        if any(c in text[toks[j].end:toks[j + 1].start if j + 1 < len(toks) else mention.nstart] for c in _BREAKS):
            return []
        if toks[j].text in heads:
            return toks[j:before]
    return []


def _phrase(text: str, toks: list[Token], start: int) -> list[Token]:
    """The words from ``start`` up to the next punctuation mark, at most TITLE_WORDS."""
    out = [toks[start]]
    for k in range(start + 1, min(len(toks), start + TITLE_WORDS)):
        if any(c in text[toks[k - 1].end:toks[k].start] for c in _BREAKS):
            break
        out.append(toks[k])
    return out


def _agent(phrase: list[Token], heads: dict, domains: dict) -> str | None:
    """The agent of the first domain word of the title that names one, else the head's."""
    for tok in phrase[1:]:
        agent = domains.get(tok.text)
        if agent:
            return agent
    return heads.get(phrase[0].text)


def _head_of_state(doc: Doc, phrase: list[Token], state_heads: dict) -> str | None:
    """"الرئيس الباكستاني", "ملك الأردن": a head of a state, when the state's adjective or
    name is the very next word (in "رئيس حزب باكستاني" it describes the party)."""
    if len(phrase) < 2 or phrase[0].text not in state_heads:
        return None
    nxt = phrase[1]
    if any(m.nstart == nxt.start and m.cls == "State" for m in doc.mentions):
        return state_heads[phrase[0].text]
    return None


#: Named actors whose people a title may name ("عضو المكتب السياسي لحركة حماس").
_GROUP_CLASSES = frozenset({"ArmedGroup", "Organization"})


def _group_in(doc: Doc, phrase: list[Token]) -> str | None:
    """The full CAMEO code of the one group or organisation named in the title, when it
    has a country part ("PSEPTY" for Fatah); else None."""
    start, end = phrase[0].start, phrase[-1].end
    codes = set()
    for m in doc.mentions:
        if m.kind == "name" and m.cls in _GROUP_CLASSES and start <= m.nstart and m.nend <= end:
            entity = doc.entities.get(m.entity)
            code = entity.cameo if entity is not None else None
            if code and len(code) >= 6 and code[:3] != _UNKNOWN and code[:3].isalpha():
                codes.add(code)
    return next(iter(codes)) if len(codes) == 1 else None


def _state_in(doc: Doc, phrase: list[Token]) -> str | None:
    """The state a title names: a state's adjective or name, or a place of the lexicon in it
    ("بجامعة بغداد", "في رام الله")."""
    start, end = phrase[0].start, phrase[-1].end
    lexicon = default_lexicon()
    found = set()
    for m in doc.mentions:
        if m.nstart < start or m.nend > end:
            continue
        if m.cls == "State":
            found.add(m.entity)
        elif m.cls in PLACE_CLASSES and m.entity in lexicon and lexicon[m.entity].country:
            found.add(lexicon[m.entity].country)
    return next(iter(found)) if len(found) == 1 else None


def _country(state: str | None) -> str | None:
    lexicon = default_lexicon()
    if state is None or state not in lexicon or not lexicon[state].cameo:
        return None
    return lexicon[state].cameo[:3]

"""Generic actors: participants the text describes by kind instead of naming them.

"مسلحون مجهولون", "a suicide bomber", "الشرطة العراقية", "Iraqi police", "civilians",
"journalists": each becomes a mention of kind ``generic`` and an entity with its class
(UnidentifiedArmedGroup, SecurityForces, Civilians, GenericActor) and CAMEO actor code,
so the attack extractor can use it as an attacker or target.

Identity follows what the text states:

* a state's adjective next to the noun ("الشرطة العراقية", "جنود باكستانيون", "Iraqi
  police") makes the node that state's institution: one node across documents (key
  ``iraq_police``, code ``IRQCOP``, no scope); the mention's ``ref`` is the state;
* without one the node is the description itself, shared within the document ("the
  gunmen" twice is one node) and never merged across documents (``scope`` = document
  id, code ``---UAF``);
* "foreign"/"international" (أجنبية، دولية) give the CAMEO country part ``INT``, and
  "Kurdish" (الأكراد) ``KUR``: still scoped to the document, as no state is named;
* a described member of a named group ("مهاجم انتحاري من حركة طالبان", "متطوعا في الجيش
  العراقي", "a Taliban suicide bomber") is that group acting: the mention points at it;
* a state's adjective standing as a noun after a number ("ثلاثة عراقيين", "13 إثيوبياً")
  names people of that state: the agent ``people_of_a_state`` says which (civilians).

The nouns and codes are data (``kg/lang/<lang>/agents.yaml``). Spans other components
already read (names, collectives, a state's proxies such as "القوات الأميركية") are left
alone; collective actors that carry no code get one from their head noun here.
"""
from __future__ import annotations

import re
from bisect import bisect_left
from dataclasses import dataclass, field

from kg.lang.ar.morphology import ARTICLE
from kg.model import Doc, Entity, Mention
from kg.pipeline.agent_nouns import PSEUDO, Agent, AgentTable, agent_table
from kg.pipeline.generic_actor_words import (UNKNOWN_COUNTRY, adjectival, case_disagrees, country_labels,
                                             object_after_time, state_adjectives, state_code,
                                             title_of_a_name)
from kg.pipeline.tokens import (MentionIndex, Token, add_mention, cue_positions, sort_mentions,
                               strip_proclitic, token_start, tokens)

_ACTOR_CLASSES = {"ArmedGroup", "Organization", "Government", "Coalition"}
UNKNOWN_COUNTRY = "---"
_MEMBER_OF = {"من", "في", "of", "from", "in"}
_PEOPLE_ENDINGS = ("ين", "ون", "ان", "ا")


@dataclass
class _Match:
    nstart: int
    nend: int
    agent: Agent
    country: str | None = None       # a state's entity key, or a pseudo-country key
    absorbed: list[Mention] = field(default_factory=list)
    group: str | None = None         # the named group a described member belongs to
    described: bool = False          # "an Iraqi militia": a group described, not named


class GenericActors:
    """Pipeline component: generic-actor mentions and entities (runs before attacks)."""

    name = "generic_actors"

    def __call__(self, doc: Doc) -> Doc:
        table = agent_table(doc.lang)
        self._code_collectives(doc, table)
        by_start = {m.nstart: m for m in doc.mentions}
        by_end = {m.nend: m for m in doc.mentions}
        covered = MentionIndex(doc)
        found: list[tuple[int, _Match]] = []
        # Where a State mention that may name people starts (a nisba, or a name in -يا,
        # with a plural or accusative ending): besides the state plurals, the only words
        # _people_of_states reads.  Sorted, so a sentence without one is one bisection.
        text = doc.norm.text
        state_starts = sorted(start for start, m in by_start.items() if m.cls == "State" and (
            m.kind == "nisba" and text[m.nstart:m.nend].endswith(_PEOPLE_ENDINGS)
            or m.kind == "name" and text[m.nstart:m.nend].endswith("يا"))) \
            if table.people_agent is not None and doc.lang == "ar" else []
        for sentence in doc.sentences:
            toks = tokens(doc, sentence)
            after = 0
            here: list[_Match] = []
            # Only words that can start a phrase are tried (one set test per sentence
            # when none is there); a match resumes the scan after its end.
            for i in cue_positions(doc, sentence, table.first, proclitics=doc.lang == "ar"):
                if i < after:
                    continue
                match, nxt = self._match_at(doc, table, toks, i, by_start, by_end, covered)
                if match is not None:
                    here.append(match)
                    covered.add(match.nstart, match.nend)
                    after = nxt
            found.extend((sentence.index, m) for m in here)
            if table.people_agent is None:
                continue
            candidates = cue_positions(doc, sentence, table.state_plurals, proclitics=False)
            if state_starts and toks:
                extra = []
                k = bisect_left(state_starts, toks[0].start)
                while k < len(state_starts) and state_starts[k] <= toks[-1].start:
                    i = bisect_left(toks, state_starts[k], key=token_start)
                    if toks[i].start == state_starts[k]:
                        extra.append(i)
                    k += 1
                if extra:
                    candidates = sorted(set(candidates).union(extra))
            if candidates:
                found.extend((sentence.index, m) for m in
                             self._people_of_states(doc, table, toks, by_start, here, candidates))
        if not found:
            return doc
        _named_next(found)
        absorbed = {id(m) for _, match in found for m in match.absorbed}
        doc.mentions[:] = [m for m in doc.mentions if id(m) not in absorbed]
        for sentence, match in found:
            if match.group is not None:
                group = doc.entities[match.group]
                m = add_mention(doc, match.nstart, match.nend, group.key, group.cls,
                                "generic.member", "generic", sentence)
                m.ref = group.key
                continue
            entity = self._entity(doc, table, match)
            m = add_mention(doc, match.nstart, match.nend, entity.key, entity.cls,
                            f"generic.{match.agent.key}", "generic", sentence)
            m.ref = match.country if match.country and not match.country.startswith(PSEUDO) else None
            entity.aliases.add((doc.text[m.start:m.end], doc.lang))
        sort_mentions(doc)
        return doc

    # -- matching ----------------------------------------------------------------

    def _match_at(self, doc: Doc, table: AgentTable, toks: list[Token], i: int,
                  by_start: dict, by_end: dict, covered: MentionIndex) -> tuple[_Match | None, int]:
        tok = toks[i]
        arabic = doc.lang == "ar"
        split = strip_proclitic(tok.text, table.first) if arabic else (
            ("", tok.text) if tok.text in table.first else None)
        if split is None:
            return None, i
        prefix, stem = split
        text = doc.norm.text
        for phrase in table.first[stem]:
            n = len(phrase.rest)
            if i + n >= len(toks):
                continue
            if any(toks[i + 1 + k].text not in forms for k, forms in enumerate(phrase.rest)):
                continue
            if any(text[toks[i + k].end:toks[i + k + 1].start] != " " for k in range(n)):
                continue
            start, end, last = tok.start + len(prefix), toks[i + n].end, i + n
            if covered.overlaps(start, end) or adjectival(table, toks, i, n, arabic):
                continue
            if title_of_a_name(toks, i + n, by_start, arabic):
                continue
            match = _Match(start, end, phrase.agent, phrase.agent.country)
            construct = arabic and n == 0 and not stem.startswith(ARTICLE)
            last = self._read_after(doc, table, toks, last, match, by_start, construct, arabic)
            if last is None:
                return None, i + n + 1   # "مسلحو حماس": the named group is the actor
            if not arabic:
                self._read_before(doc, table, toks, i, match, by_end)
                if table.indefinite_only and " ".join(t.text for t in toks[i:last + 1]) in table.indefinite_only:
                    if match.group is not None or not _after_indefinite(toks, match.nstart):
                        continue   # "militia says", "Yemen's Houthi militia": no actor described here
                    match.described = True
                    # "an armed group calling itself X": the name that follows is the group
                    match.group = _named_after(text, match.nend, by_start)
            if phrase.country_only and match.country is None:
                continue
            if phrase.country_only and arabic and any(
                    title_of_a_name(toks, k, by_start, arabic) for k in range(last, last + 3)):
                continue   # "رئيس الوزراء العراقي (السابق) نوري المالكي": a title, the person acts
            return match, last + 1
        return None, i

    @staticmethod
    def _people_of_states(doc: Doc, table: AgentTable, toks: list[Token], by_start: dict,
                          found: list[_Match], candidates: list[int]) -> list[_Match]:
        """"ثلاثة عراقيين", "13 إثيوبياً", "خطف مسلحون بريطانيين": a state's adjective
        counted, or standing as the object after a subject it does not agree with.
        ``candidates`` (ascending) are the only words that can be one: a state plural, or
        (Arabic) where a State mention starts."""
        if table.people_agent is None:
            return []
        ends = {m.nend for m in found}
        taken = {(m.nstart, m.nend) for m in found}
        out = []
        for i in candidates:
            if i == 0:
                continue
            tok = toks[i]
            state = table.state_plurals.get(tok.text)
            before = toks[i - 1].text
            if state is not None and tok.start not in by_start and (
                    before.isdigit() or before in table.numbers or before.removeprefix("و") in table.numbers) \
                    and not any(s <= tok.start < e for s, e in taken):
                out.append(_Match(tok.start, tok.end, table.people_agent, state))   # ثلاثة أفغان، three Iraqis
                continue
            if doc.lang != "ar":
                continue
            m = by_start.get(tok.start)
            if m is None or m.cls != "State" or m.nend != tok.end or not tok.text.endswith(_PEOPLE_ENDINGS):
                continue
            if m.kind != "nisba" and not (m.kind == "name" and tok.text.endswith("يا")):
                continue       # "إثيوبياً" reads as the state's name; after a number it is people
            before = toks[i - 1].text
            if before.isdigit() or before in table.numbers or before.removeprefix("و") in table.numbers \
                    or (toks[i - 1].end in ends and case_disagrees(before, tok.text)) \
                    or (tok.text.endswith(("ين", "ان")) and before.removeprefix("و") in table.people_verbs) \
                    or (tok.text.endswith("يا") and object_after_time(toks, i, table, taken)):
                out.append(_Match(m.nstart, m.nend, table.people_agent, m.entity, [m]))
        return out

    def _read_after(self, doc, table, toks, last, match, by_start, construct, arabic) -> int | None:
        """Qualifiers and a state's adjective after the noun (Arabic order); None when a
        named actor follows a noun in construct state ("مسلحو حماس")."""
        text = doc.norm.text
        j = last + 1
        while j < len(toks) and text[toks[j - 1].end:toks[j].start] == " ":
            m = by_start.get(toks[j].start)
            if m is not None and m.kind == "nisba" and case_disagrees(toks[j - 1].text, toks[j].text):
                break          # "خطف مسلحون بريطانيين": the adjective is another noun phrase
            if m is not None and m.cls == "State" and m.kind == "nisba" and match.country is None:
                match.country = m.entity
                match.absorbed.append(m)
                match.nend = m.nend
                while j + 1 < len(toks) and toks[j + 1].start < m.nend:
                    j += 1
            elif m is not None and j == last + 1 and construct and m.kind == "name" \
                    and m.cls in _ACTOR_CLASSES:
                return None
            elif m is not None and j == last + 1 and construct and m.kind == "name" \
                    and m.cls == "State" and match.country is None:
                match.country = m.entity                         # شرطة إسلام آباد، جيش لبنان
                match.absorbed.append(m)
                match.nend = m.nend
                while j + 1 < len(toks) and toks[j + 1].start < m.nend:
                    j += 1
            elif m is None and toks[j].text in table.qualifiers:
                match.nend = toks[j].end
            elif m is None and toks[j].text in table.state_plurals and match.country is None:
                match.country = table.state_plurals[toks[j].text]    # جنود أتراك
                match.nend = toks[j].end
            elif arabic and toks[j].text in table.pseudo_words and match.country is None \
                    and (m is None or (m.kind == "nisba" and m.nend == toks[j].end)):
                match.country = table.pseudo_words[toks[j].text]   # الأجنبية، الكردية
                match.nend = toks[j].end
                match.absorbed.extend([m] if m is not None else [])
            else:
                break
            j += 1
        if j + 1 < len(toks) and toks[j].text in _MEMBER_OF:   # "انتحاري من حركة طالبان"
            m = by_start.get(toks[j + 1].start)
            if m is None and toks[j + 1].text in ("the", "al"):
                m = by_start.get(toks[j + 2].start) if j + 2 < len(toks) else None
            if m is not None and m.kind == "name" and m.cls in _ACTOR_CLASSES:
                match.group = m.entity
        return j - 1

    @staticmethod
    def _read_before(doc, table, toks, i, match, by_end) -> None:
        """English order: "unidentified gunmen", "Iraqi police", "Pakistan's army"."""
        text = doc.norm.text
        k = i - 1
        while k >= 0 and text[toks[k].end:toks[k + 1].start] == " ":
            word = toks[k].text
            state = by_end.get(toks[k].end) or (   # "Iraqi", "Pakistan's"
                by_end.get(toks[k].end - 2) if word.endswith("'s") else None)
            state = state if state is not None and state.cls == "State" else None
            if state is not None and match.country is None:
                match.country = state.entity
                match.absorbed.append(state)
                match.nstart = state.nstart
                while k > 0 and toks[k - 1].start >= state.nstart:
                    k -= 1
            elif word in table.qualifiers or word == "the":
                if word != "the":
                    match.nstart = toks[k].start
            elif word in table.pseudo_words and match.country is None:
                match.country = table.pseudo_words[word]
                match.nstart = toks[k].start
                nisba = by_end.get(toks[k].end)
                match.absorbed.extend([nisba] if nisba is not None and nisba.kind == "nisba" else [])
            elif state is None and match.group is None and k == i - 1 \
                    and (m := by_end.get(toks[k].end)) is not None and m.kind == "name" \
                    and m.cls in _ACTOR_CLASSES:
                match.group = m.entity            # "a Taliban suicide bomber"
                break
            else:
                break
            k -= 1

    # -- entities ----------------------------------------------------------------

    def _entity(self, doc: Doc, table: AgentTable, match: _Match) -> Entity:
        agent = match.agent
        if match.country is None:
            key, scope, labels = agent.key, doc.id, dict(agent.labels)
            code = UNKNOWN_COUNTRY + agent.code
        elif match.country.startswith(PSEUDO):
            pseudo = table.pseudo[match.country]
            key, scope = f"{pseudo.key}_{agent.key}", doc.id
            code = pseudo.code + agent.code
            labels = country_labels(agent, pseudo.en, pseudo.ar)
        else:
            state = match.country
            key, scope = f"{state}_{agent.key}", None
            code = (state_code(doc, state) or UNKNOWN_COUNTRY) + agent.code
            adjective, nisba = state_adjectives(doc, state)
            labels = country_labels(agent, adjective, nisba)
        entity = doc.entities.get(key)
        if entity is None:
            entity = doc.entities[key] = Entity(key, agent.cls, labels, set(), cameo=code,
                                                source="generic", scope=scope)
        return entity

    @staticmethod
    def _code_collectives(doc: Doc, table: AgentTable) -> None:
        """Collective actors ("الفصائل المسلحة", "Iranian militias") get their agent code,
        with the state of their adjective as the country part. One described only by its
        kind ("the gunmen", "insurgents": no backer, no state) is an unidentified armed
        group of this document."""
        if not table.collective_codes:
            return
        for m in doc.mentions:
            if m.kind != "collective":
                continue
            entity = doc.entities.get(m.entity)
            if entity is None:
                continue
            head = next((h for h in table.collective_codes if h in entity.key.split("_")), None)
            if m.rule == "collective.reference" and entity.key.startswith("group_") \
                    and head in table.unidentified_heads:
                entity.cls = m.cls = "UnidentifiedArmedGroup"
                entity.scope = doc.id
            if entity.cameo:
                continue
            code = table.collective_codes.get(head, "REB")
            country = state_code(doc, m.ref) if m.rule == "collective.nisba" and m.ref else None
            entity.cameo = (country or UNKNOWN_COUNTRY) + code


_INDEFINITE = frozenset({"a", "an"})


def _after_indefinite(toks: list[Token], start: int) -> bool:
    """Whether the word right before the token starting at ``start`` is "a"/"an"."""
    k = bisect_left(toks, start, key=token_start)
    return k > 0 and toks[k - 1].text in _INDEFINITE


# "an armed group calling itself X", "a militia known as X": the described group is named.
_NAMING = re.compile(r",? (?:calling itself|calls itself|called|named|known as|dubbed) (?:the )?")


def _named_after(text: str, end: int, by_start: dict) -> str | None:
    """The named group right after a naming phrase that follows a described group."""
    m = _NAMING.match(text, end, end + 30)
    named = by_start.get(m.end()) if m else None
    return named.entity if named is not None and named.kind == "name" and named.cls in _ACTOR_CLASSES else None


def _named_next(found: list[tuple[int, _Match]]) -> None:
    """Wire copy describes the claimer first and names it in the next sentence: "An Iraqi
    Shiite militia claimed ... . An armed group calling itself X said ...": the group
    described with no name is the one the next sentence names so."""
    named = {sentence: match.group for sentence, match in found if match.described and match.group}
    for sentence, match in found:
        if match.described and match.group is None and sentence + 1 in named:
            match.group = named[sentence + 1]

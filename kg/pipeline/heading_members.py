"""Members listed under a heading (round i13h28): an explainer introduces "the main groups
in the Axis of Resistance:" ("وفيما يلي الجماعات الرئيسية في (X):", "Here are the main
groups of X:") and then gives each member a line of its own, its name as a sub-heading,
its description in the lines after. Each such name line is a member of the whole.

A heading is a sentence ending with a colon that names one whole (a coalition or armed
group, by name) after a plural noun of members (data: ``heading_member_nouns`` in
``kg/lang/<code>/bodies.yaml``). A member line is a later sentence that names one armed
group by name and nothing else but its head noun and adjectives (at most ``_SHORT`` words
outside the names, no verb-like word is checked: a line that short is a heading). The
list ends at the next sentence ending with a colon.
"""
from __future__ import annotations

import re

from kg.lang import language_words
from kg.model import Doc, Relation
from kg.text.normalize import normalize_key

#: Classes a whole may have (a bloc such as the Coordination Framework is an Organization).
_WHOLE = frozenset({"Coalition", "ArmedGroup", "Organization"})
#: Wholes a heading may call by a bare noun ("the coalition"): not a single group.
_BLOCS = frozenset({"Coalition", "Organization"})
#: Words outside the names a member line may have ("جماعة"، "اللبنانية" as a nisba is a
#: mention of its own).
_SHORT = 2
_WORD = re.compile(r"[^\s«»():،,.\-–]+")


def _text(doc: Doc, i: int) -> str:
    s = doc.sentences[i]
    return doc.text[s.start:s.end].strip()


def _outside_names(doc: Doc, i: int, mentions, end: int | None = None) -> list[str]:
    s = doc.sentences[i]
    text = doc.text[s.start:s.end if end is None else end]
    for m in sorted(mentions, key=lambda m: m.start, reverse=True):
        text = text[:m.start - s.start] + " " + text[m.end - s.start:]
    return _WORD.findall(text)


#: How far into a line its own heading may run: "A (abbr): description ..." names A first.
_LINE_HEADING = 80


def _name_before_colon(doc: Doc, i: int, ms):
    """A member line may carry its description after a colon ("A (abbr): the strongest
    ..."; ninth real round): only the words before the colon are its heading."""
    s = doc.sentences[i]
    colon = doc.text.find(":", s.start, min(s.end, s.start + _LINE_HEADING))
    if colon < 0:
        return ms, None
    return [m for m in ms if m.end <= colon], colon


def heading_members(doc: Doc, relations: list[Relation]) -> list[Relation]:
    """The relations with each listed member ``memberOf`` the whole its heading names."""
    nouns = language_words(doc.lang, "bodies", "heading_member_nouns")
    if not nouns:
        return relations
    by_sentence: dict[int, list] = {}
    for m in doc.mentions:
        by_sentence.setdefault(m.sentence, []).append(m)
    leader_nouns = language_words(doc.lang, "bodies", "heading_leader_nouns")
    added: list[Relation] = []
    bloc_nouns = language_words(doc.lang, "bodies", "heading_bloc_nouns")
    whole, leaders, last_whole, last_bloc = None, None, None, None
    for i in range(len(doc.sentences)):
        text = _text(doc, i)
        ms = by_sentence.get(i, [])
        if text.endswith((":", "：")):
            words = {normalize_key(w) for w in _WORD.findall(text)}
            wholes = {m.entity for m in ms if m.cls in _WHOLE and m.kind == "name"}
            whole = next(iter(wholes)) if len(wholes) == 1 and words & nouns else None
            # "the groups that form the coalition:": the coalition named last before.
            if not wholes and words & nouns and words & bloc_nouns:
                whole = last_bloc
            leaders = None
            if whole is None and words & leader_nouns and len(wholes) <= 1:
                leaders = next(iter(wholes)) if wholes else last_whole
        elif leaders is not None:
            leaders = _leader_line(doc, i, ms, leaders, added)
        named = [m.entity for m in ms if m.cls in _WHOLE and m.kind == "name"]
        last_whole = named[-1] if named else last_whole
        blocs = [m.entity for m in ms if m.cls in _BLOCS and m.kind == "name"]
        last_bloc = blocs[-1] if blocs else last_bloc
        if whole is None or text.endswith((":", "：")):
            continue
        ms, end = _name_before_colon(doc, i, ms)
        groups = [m for m in ms if m.cls == "ArmedGroup" and m.kind == "name"]
        others = [m for m in ms if m not in groups and not (m.cls == "State" and m.kind == "nisba")]
        if len({m.entity for m in groups}) != 1 or others or len(_outside_names(doc, i, ms, end)) > _SHORT:
            continue
        member = groups[0].entity
        if member != whole:
            added.append(Relation(member, "memberOf", whole, doc.evidence(doc.sentences[i]),
                                  f"{doc.lang}.member.listed_under_heading", 0.7))
    return relations + added


def _leader_line(doc: Doc, i: int, ms, group: str, added: list[Relation]) -> str | None:
    """Read one line under a heading of leaders: a person alone is a member of ``group``;
    a group alone opens the next section (the list ends: None)."""
    outside = _outside_names(doc, i, ms)
    if len(outside) > _SHORT:
        return group
    persons = {m.entity for m in ms if m.cls == "Person"}
    if len(persons) == 1 and all(m.cls == "Person" for m in ms):
        added.append(Relation(next(iter(persons)), "memberOf", group, doc.evidence(doc.sentences[i]),
                              f"{doc.lang}.member.leader_under_heading", 0.7))
        return group
    if ms and all(m.cls in _WHOLE for m in ms):
        return None
    return group


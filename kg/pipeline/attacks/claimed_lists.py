"""A claim that introduces a list of attacks ("X has claimed responsibility for several
attacks:" then one bulleted line per attack, "- On <date>, a drone attack killed ...";
"وتبنت X الهجمات التالية:" then "- ..."): each line tells its attack without an
attacker (the claim is the attacker of all of them), so every reading leaves it
unattributed, and the cross-sentence claim (extractor._claim) reads only the sentence
after the claim, backwards. Government releases and wire summaries list attacks so.

Only a sentence that ends with a colon, has a claim word (the language's ``claims``
table) and names exactly one armed group as the claimer opens a list; the list is the
bulleted lines right after it ("-", "•", "*", "–", "1.", "1)"), up to the first line that
is not one. A line's attack that names its own attacker keeps it."""
from __future__ import annotations

import re

from kg.model import Attack, Doc
from kg.pipeline.attacks.cues import AttackCues
from kg.pipeline.tokens import tokens

_BULLET = re.compile(r"\s*(?:[-•*–—▪·]|\d{1,2}[.)])\s+")
_WORD = re.compile(r"\w+")
#: A claimer: groups claim attacks; a state "claiming" a list is mostly asserting facts.
_CLAIMERS = ("ArmedGroup",)


def _line_of(text: str, start: int) -> str:
    a = text.rfind("\n", 0, start) + 1
    b = text.find("\n", start)
    return text[a:b if b >= 0 else len(text)]


def _claimer(doc: Doc, k: int, c: AttackCues) -> str | None:
    """The one armed group the list's opening sentence ``k`` names, if it ends with a colon
    and has a claim word."""
    s = doc.sentences[k]
    if not doc.sentence_text(s).rstrip().endswith((":", "：")):
        return None
    if not any(c.word(t.text, c.claims) for t in tokens(doc, s)):
        return None
    groups = {m.entity for m in doc.mentions if m.sentence == k and m.cls in _CLAIMERS}
    return next(iter(groups)) if len(groups) == 1 else None


def _listed(doc: Doc, k: int) -> list[int]:
    """The sentences of the bulleted lines right after sentence ``k``."""
    text = doc.text
    out = []
    for j in range(k + 1, len(doc.sentences)):
        s = doc.sentences[j]
        line = _line_of(text, s.start)
        if not _BULLET.match(line):
            break
        out.append(j)
    return out


def claimed_lists(doc: Doc, attacks: list[Attack], c: AttackCues) -> None:
    """Give each unattributed attack told on a line of a claimed list the claimer."""
    open_ = [a for a in attacks if a.attacker is None]
    if not open_ or not any(_BULLET.match(line) for line in doc.text.splitlines()):
        return
    for k in range(len(doc.sentences)):
        claimer = _claimer(doc, k, c)
        if claimer is None:
            continue
        listed = set(_listed(doc, k))
        for a in open_:
            told = {a.evidence.sentence, *a.told_in}   # a line's attack merged into an earlier mention
            if a.attacker is None and told & listed and a.target != claimer:
                a.attacker = claimer
                a.rule = f"{doc.lang}.attack.claimed_list"

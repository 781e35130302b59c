"""Patterns over sentences in which every mention is a typed slot.

A sentence's normalised text is *masked*: each mention becomes a token
``«index:Class:kind»`` (the index points into the sentence's mention list), and the
letters glued before it (proclitics) stay in place.  Rules are regular expressions over
this text, written with macros:

* ``{X:ACTOR}`` a mention whose class is in the class set ACTOR, captured as X;
  ``{X:STATE+nisba}`` also accepts nisba adjectives (الإيرانية);
  ``{XS:ORG*}`` a list of mentions joined by "و" / "،" / "and", captured as XS;
* ``{NAME}`` a macro defined in the rule file (word alternations, modifiers, gaps).

Rule files (``kg/lang/<code>/relations.yaml``, ``attacks.yaml``) are data: each rule has
an ``id``, a ``pattern`` and what to emit.  Arabic letters in patterns are normalised
like the text (so أ/إ/ا, ة/ه and ى/ي need not be spelled out).
"""
from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass
from functools import lru_cache

from kg.lang import language_data
from kg.model import Doc, Mention, Sentence
from kg.pipeline.derived import built_once
from kg.pipeline.prefilter import RuleFilter, build_rule_filter, first_char_guard, required_clauses
from kg.pipeline.tokens import sentence_span
from kg.text.normalize import normalize_arabic

#: Mention kinds a slot accepts unless it says otherwise.
DEFAULT_KINDS = ("name", "anaphor", "collective", "proxy")
_KINDS = frozenset(DEFAULT_KINDS) | {"nisba", "weapon", "title"}
_SLOT = re.compile(r"\{(?P<name>[A-Z][A-Z0-9_]*):(?P<set>[A-Z_|]+)(?P<kinds>(?:\+[a-z]+)*)(?P<list>\*)?\}")
_MACRO = re.compile(r"\{(?P<name>[A-Z][A-Z0-9_]*)\}")
_TOKEN = re.compile(r"«(\d+):")
_KIND_WORD = re.compile(r"«(\d+):ArmedGroup:collective»\s+(?=«)")
_GLOSS = re.compile(r"\([^()\n]{1,160}\)")


@dataclass
class MaskedSentence:
    sentence: Sentence
    text: str
    mentions: list[Mention]
    #: (masked offset, normalised offset) at the start of each stretch of plain text.
    _marks: list[tuple[int, int]]

    def to_normalized(self, pos: int) -> int:
        i = bisect_right(self._marks, (pos, float("inf"))) - 1
        mpos, npos = self._marks[i]
        return npos + (pos - mpos)

    def mentions_in(self, start: int, end: int) -> list[Mention]:
        return [self.mentions[int(m.group(1))] for m in _TOKEN.finditer(self.text, start, end)]

    def placed_mentions(self, start: int, end: int) -> list[tuple[int, Mention]]:
        """The mentions whose tokens start in [start, end), with that masked offset, in order."""
        return [(t.start(), self.mentions[int(t.group(1))]) for t in _TOKEN.finditer(self.text, start, end)]


_RESTATING_GAP = frozenset(' "\u201c\u201d\u00ab\u00bb()[]')
_CLOSERS = frozenset('"\u201d\u00bb)]')


def _restated(prev: Mention, m: Mention, gap: str) -> bool:
    """Whether ``m`` names ``prev``'s entity again right after it (only quotes, brackets
    or spaces between)."""
    return m.entity == prev.entity and m.kind == prev.kind == "name" and bool(gap) \
        and set(gap) <= _RESTATING_GAP


def mask_sentence(doc: Doc, sentence: Sentence, mentions: list[Mention]) -> MaskedSentence:
    """The sentence with each mention replaced by its slot token."""
    ns, ne = sentence_span(doc, sentence)
    text = doc.norm.text
    parts: list[str] = []
    marks: list[tuple[int, int]] = []
    pos = ns
    length = 0
    kept: list[Mention] = []
    for m in sorted(mentions, key=lambda m: m.nstart):
        if m.nstart < pos or m.nend > ne:
            continue
        if kept and _restated(kept[-1], m, text[pos:m.nstart]):
            # "حركة أنصار الله "الحوثيين"", "ISIS (Daesh)": the same actor named again in
            # quotes or brackets is one slot, so a rule reads past it.
            pos = m.nend
            while pos < ne and text[pos] in _CLOSERS:
                pos += 1
            continue
        marks.append((length, pos))
        parts.append(text[pos:m.nstart])
        length += m.nstart - pos
        token = f"«{len(kept)}:{m.cls}:{m.kind}»"
        kept.append(m)
        marks.append((length, m.nstart))
        parts.append(token)
        length += len(token)
        pos = m.nend
    marks.append((length, pos))
    parts.append(text[pos:ne])
    return MaskedSentence(sentence, "".join(parts), kept, marks)


@dataclass(frozen=True)
class Rule:
    id: str
    regex: re.Pattern
    emit: tuple
    confidence: float
    raw: dict
    #: Strings one of which every match contains (None: no such guarantee); a sentence
    #: with none of them cannot match, so the regex is not run on it.
    needs: frozenset[str] | None = None
    #: Sets of strings every match contains one of each (see kg.pipeline.prefilter).
    clauses: tuple[frozenset[str], ...] = ()

    def may_match(self, text: str) -> bool:
        """Whether the rule can match ``text`` (for many rules at once, one scan:
        :func:`candidate_rules`)."""
        if self.needs is None:
            return True
        return any(n in text for n in self.needs)


_INDEXES: dict[int, tuple] = {}


def _rule_index(rules: tuple[Rule, ...]) -> RuleFilter:
    """One filter per (long-lived, cached) rule tuple."""
    return built_once(_INDEXES, rules, lambda rs: build_rule_filter([r.clauses for r in rs]))


def literal_matches(words, text: str):
    """(start, end, word) of every non-overlapping occurrence of ``words`` in ``text``,
    leftmost first and the longest at a position: what ``re.finditer`` gives for the
    alternation of the escaped words longest first, without compiling a regex (the word
    sets change with every document: names, surnames)."""
    automaton = literal_automaton(words)
    if automaton is not None:
        yield from automaton_matches(automaton, text)


def literal_automaton(words):
    """The automaton :func:`automaton_matches` scans with (None for no words): build it
    once for a long-lived word set."""
    import ahocorasick
    automaton = ahocorasick.Automaton()
    for word in words:
        if word:
            automaton.add_word(word, len(word))
    if not len(automaton):
        return None
    automaton.make_automaton()
    return automaton


def automaton_matches(automaton, text: str):
    """:func:`literal_matches` with a :func:`literal_automaton` built beforehand."""
    hits = sorted((end + 1 - size, -size) for end, size in automaton.iter(text))
    pos = 0
    for start, negative_size in hits:
        if start >= pos:
            pos = start - negative_size
            yield start, pos, text[start:pos]


def candidate_rules(rules: tuple[Rule, ...], text: str) -> list[Rule]:
    """The rules of ``rules`` that may match ``text``, in their order, from one
    Aho-Corasick scan: each rule's clauses (every string set a match must draw from)
    are tested at once, without a Python test per rule and sentence."""
    return [rules[i] for i in _rule_index(rules).candidates(text)]


def required_literals(regex: re.Pattern) -> frozenset[str] | None:
    """A set of literal strings such that every match contains at least one of them,
    read off the parsed regex (None when the pattern guarantees none)."""
    import re._parser as sre  # the stdlib's regex parser; stable since 3.11
    from re._constants import BRANCH, IN, LITERAL, MAX_REPEAT, MIN_REPEAT, SUBPATTERN

    def seq(items) -> frozenset[str] | None:
        best, run = None, []

        def score(cand):
            # Words of the language filter; slot tokens ("«", class names) are everywhere.
            slotty = any(":" in c or "«" in c or "»" in c or c[:1].isupper() or c in _KINDS for c in cand)
            return (not slotty, min(map(len, cand)))

        def consider(cand):
            nonlocal best
            if cand and (best is None or score(cand) > score(best)):
                best = cand

        for op, av in items:
            if op == LITERAL:
                run.append(chr(av))
                continue
            if run:
                consider(frozenset(["".join(run)]))
                run = []
            consider(node(op, av))
        if run:
            consider(frozenset(["".join(run)]))
        return best

    def node(op, av) -> frozenset[str] | None:
        if op == SUBPATTERN:
            return seq(av[-1])
        if op == BRANCH:
            parts = [seq(b) for b in av[1]]
            return frozenset().union(*parts) if all(parts) else None
        if op in (MAX_REPEAT, MIN_REPEAT):
            lo, _hi, sub = av
            return seq(sub) if lo >= 1 else None
        if op == IN and len(av) == 1 and av[0][0] == LITERAL:
            return frozenset([chr(av[0][1])])
        return None

    try:
        found = seq(sre.parse(regex.pattern, regex.flags))
    except Exception:  # pragma: no cover - an unparsable pattern just is not filtered
        return None
    if found and min(map(len, found)) < 2:
        return None   # one letter is in every sentence: no use as a filter
    return found


def _slot_regex(m: re.Match, classes: dict[str, list[str]]) -> str:
    names = []
    for part in m.group("set").split("|"):
        if part not in classes:
            raise ValueError(f"unknown class set {part!r} in pattern slot {m.group(0)}")
        names.extend(classes[part])
    kinds = list(DEFAULT_KINDS) + [k for k in m.group("kinds").split("+") if k]
    one = f"«\\d+:(?:{'|'.join(sorted(set(names)))}):(?:{'|'.join(kinds)})»"
    if m.group("list"):
        # A member may be glossed in brackets before the comma: "A (formerly B)، C".
        sep = r"(?:\s*\([^()\n]{1,160}\))?(?:\s*[،,]\s*(?:و\s*)?|\s+و\s*|\s+(?:and|or)\s+|\s*,\s*and\s+|\s+او\s+)"
        # An Arabic list may repeat its members' kind: "قاعدة الشدادي، قاعدة الركبان، وقاعدة التنف".
        sep += r"(?:(?:ال)?(?:قاعده|مدينه|بلده|قريه|منطقه|محافظه|حركه|جماعه|فصائل)\s+|«\d+:ArmedGroup:collective»\s+(?=«))?"
        # "X, the Y and Z": an English list may repeat the article.
        return f"(?P<{m.group('name')}>{one}(?:{sep}(?:the\\s+)?{one})*)"
    return f"(?P<{m.group('name')}>{one})"


def _spaces(pattern: str) -> str:
    """A literal space matches a run of spaces (unless it is quantified itself)."""
    return re.sub(r" (?![?*+]|\{\d)", " +", pattern)


def compile_pattern(pattern: str, macros: dict[str, str], classes: dict[str, list[str]]) -> re.Pattern:
    text = _spaces(normalize_arabic(pattern))
    for _ in range(10):   # macros may use macros
        expanded = _MACRO.sub(lambda m: f"(?:{macros[m.group('name')]})" if m.group("name") in macros
                              else m.group(0), text)
        if expanded == text:
            break
        text = expanded
    text = _SLOT.sub(lambda m: _slot_regex(m, classes), text)
    leftover = _MACRO.search(text)
    if leftover:
        raise ValueError(f"unknown macro {leftover.group(0)} in pattern {pattern!r}")
    return re.compile(text)


@lru_cache(maxsize=None)
def load_rules(lang: str, name: str) -> tuple[Rule, ...]:
    """The rules of ``kg/lang/<lang>/<name>.yaml``, compiled."""
    data = language_data(lang, name)
    shared = language_data(lang, "macros") if name != "macros" else {}
    macros = {**shared.get("macros", {}), **data.get("macros", {})}
    macros = {k: _spaces(normalize_arabic(str(v))) for k, v in macros.items()}
    classes = {**shared.get("classes", {}), **data.get("classes", {})}
    rules = []
    for raw in data.get("rules", []):
        try:
            regex = first_char_guard(compile_pattern(raw["pattern"], macros, classes))
        except (re.error, ValueError, KeyError) as exc:
            raise ValueError(f"kg/lang/{lang}/{name}.yaml: rule {raw.get('id')!r}: {exc}") from None
        emit = raw.get("emit") or ()
        emit = tuple(tuple(e) for e in emit) if emit and isinstance(emit[0], list) else (tuple(emit),) if emit else ()
        rules.append(Rule(raw["id"], regex, emit, float(raw.get("confidence", 0.8)), raw,
                          required_literals(regex), required_clauses(regex)))
    return tuple(rules)


def slot_mentions(ms: MaskedSentence, match: re.Match, group: str) -> list[Mention]:
    """The mentions a named group of a match captured (one, or a list)."""
    if match.group(group) is None:
        return []
    start, end = match.start(group), match.end(group)
    if "(" not in ms.text[start:end]:
        return _without_kind_words(ms, start, end, ms.mentions_in(start, end))
    # A list's bracketed gloss ("A (formerly B)، C") names no member of its own.
    found, at = [], start
    for gloss in _GLOSS.finditer(ms.text, start, end):
        found += ms.mentions_in(at, gloss.start())
        at = gloss.end()
    return _without_kind_words(ms, start, end, found + ms.mentions_in(at, end))


def _without_kind_words(ms: MaskedSentence, start: int, end: int, found: list[Mention]) -> list[Mention]:
    """A list's member may repeat the members' kind as a collective noun ("A، وفصائل B"):
    the noun names B's factions, no member of its own."""
    kind_words = [ms.mentions[int(m.group(1))] for m in _KIND_WORD.finditer(ms.text, start, end)]
    return [m for m in found if not any(m is k for k in kind_words)] if kind_words else found

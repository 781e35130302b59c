"""Which rules of a rule set can match a masked sentence, from one scan of its text.

A rule's regex is read once (its parsed form) into *clauses*: sets of strings such that
every match contains at least one string of EACH clause.  A clause comes from a stretch
of the pattern whose text is one of a few exact strings: a word, a word with optional
proclitics, or a slot token's class and kind (``:ArmedGroup:name»``, so a rule that
needs a Place slot is not tried on a sentence that names no place), with the spaces
the pattern requires around it (" نشا " is not in "نشاط").  A sentence can
only match a rule when each of the rule's clauses has a string in it, so the regex,
which may be tried at every position of the sentence (a pattern opening with an
optional group), runs only on those sentences.

One Aho-Corasick scan per sentence finds the strings: each string carries the rules
whose chosen (most selective) clause holds it, and a bit for every clause it belongs
to; a rule is a candidate when its chosen clause was found and all its clause bits are
set.  The filter is a necessary condition only, so it changes no output: it decides
where a regex is run, never what it matches.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

#: Largest set of exact strings one stretch of a pattern may expand to.
_MAX_STRINGS = 96
#: Strings shorter than this are in nearly every sentence (a two-letter Arabic article,
#: "in"): a clause holding one filters nothing and costs a hit per occurrence.
_MIN_LENGTH = 2


def _parse(regex: re.Pattern):
    import re._parser as sre  # the stdlib's regex parser; stable since 3.11
    return sre.parse(regex.pattern, regex.flags)


def _ops():
    from re import _constants as c
    return c


def _product(left: set[str] | None, right: set[str] | None) -> set[str] | None:
    if left is None or right is None or len(left) * len(right) > _MAX_STRINGS:
        return None
    return {a + b for a in left for b in right}


def _finite(op, av) -> set[str] | None:
    """The exact strings one parsed item can match, or None (unbounded, too many, or
    not a plain string: a character category, a back-reference)."""
    c = _ops()
    if op == c.LITERAL:
        return {chr(av)}
    if op in (c.AT, c.ASSERT, c.ASSERT_NOT):
        return {""}   # zero-width: the text on either side stays adjacent
    if op == c.IN:
        if all(kind == c.LITERAL for kind, _ in av) and len(av) <= _MAX_STRINGS:
            return {chr(v) for _, v in av}
        return None
    if op == c.SUBPATTERN:
        _group, add_flags, _del_flags, items = av
        return None if add_flags & re.IGNORECASE else _finite_seq(items)
    if op == c.BRANCH:
        out: set[str] = set()
        for branch in av[1]:
            part = _finite_seq(branch)
            if part is None:
                return None
            out |= part
        return out if len(out) <= _MAX_STRINGS else None
    if op in (c.MAX_REPEAT, c.MIN_REPEAT):
        lo, hi, items = av
        if hi == 0:
            return {""}
        if hi > 1:
            return None
        part = _finite_seq(items)
        if part is None:
            return None
        return part | {""} if lo == 0 else part
    return None


def _finite_seq(items) -> set[str] | None:
    out: set[str] | None = {""}
    for op, av in items:
        out = _product(out, _finite(op, av))
        if out is None:
            return None
    return out


def _useful(strings: set[str]) -> frozenset[str] | None:
    if not strings or min(map(len, strings)) < _MIN_LENGTH:
        return None
    return frozenset(strings)


def _seq_clauses(items) -> list[frozenset[str]]:
    """Clauses of a concatenation: each maximal stretch of exact strings is one, and
    each other item adds its own."""
    clauses: list[frozenset[str]] = []
    run: set[str] = {""}

    def close():
        clause = _useful(run)
        if clause:
            clauses.append(clause)

    for op, av in items:
        part = _finite(op, av)
        joined = _product(run, part) if part is not None else None
        if joined is not None:
            run = joined
            continue
        once = _one_copy(op, av) if part is None else None
        if once is not None:
            # A repeat of at least one copy (" +", the space between two words): its
            # first copy follows the stretch before it and its last copy opens the
            # stretch after it, so each stretch keeps one copy ("نشا " is not "نشاط").
            with_copy = _product(run, once)
            if with_copy is not None:
                run = with_copy
            close()
            run = once
            continue
        close()
        if part is not None:
            run = part
            continue
        run = {""}
        clauses.extend(_node_clauses(op, av))
    close()
    return clauses


def _one_copy(op, av) -> set[str] | None:
    """The exact strings of one copy of a repeat that needs one copy at least (``x+``,
    ``x{2,}``), or None."""
    c = _ops()
    if op in (c.MAX_REPEAT, c.MIN_REPEAT) and av[0] >= 1:
        return _finite_seq(av[2])
    return None


def _node_clauses(op, av) -> list[frozenset[str]]:
    c = _ops()
    if op == c.SUBPATTERN:
        _group, add_flags, _del_flags, items = av
        return [] if add_flags & re.IGNORECASE else _seq_clauses(items)
    if op in (c.MAX_REPEAT, c.MIN_REPEAT):
        lo, _hi, items = av
        return _seq_clauses(items) if lo >= 1 else []
    if op == c.BRANCH:
        # Every branch must offer a clause; the union of one clause of each is one (any
        # branch may match): the best of each, then the second best of each (or the
        # last of a branch with fewer), and so on.
        ranked = [sorted(_seq_clauses(branch), key=lambda c: (clause_score(c), sorted(c)), reverse=True)
                  for branch in av[1]]
        if all(ranked):
            unions = (frozenset().union(*(r[min(k, len(r) - 1)] for r in ranked))
                      for k in range(max(map(len, ranked))))
            return [u for u in unions if len(u) <= _MAX_STRINGS]
    return []


def _is_slot_string(s: str) -> bool:
    return "«" in s or "»" in s or ":" in s or s[:1].isupper()


def clause_score(clause: frozenset[str]) -> tuple:
    """How selective a clause is likely to be: words of the language before slot tokens
    (a class is in many sentences), then longer strings (the spaces a repeat adds to a
    word not counted: " علي " is no rarer than "نشا "), then fewer of them."""
    return (not any(map(_is_slot_string, clause)), min(len(s.strip(" ")) for s in clause), -len(clause))


def _best(clauses: list[frozenset[str]]) -> frozenset[str] | None:
    return max(clauses, key=clause_score) if clauses else None


def required_clauses(regex: re.Pattern) -> tuple[frozenset[str], ...]:
    """Sets of strings such that every match of ``regex`` contains a string of each,
    most selective first (empty: the pattern guarantees none)."""
    if regex.flags & re.IGNORECASE:
        return ()
    try:
        clauses = _seq_clauses(list(_parse(regex)))
    except Exception:  # pragma: no cover - an unparsable pattern just is not filtered
        return ()
    return tuple(sorted(set(clauses), key=lambda c: (clause_score(c), sorted(c)), reverse=True))


@dataclass(frozen=True)
class RuleFilter:
    automaton: object               # string -> (rules whose first clause holds it, clause bits)
    always: frozenset[int]          # rules without clauses: tried on every sentence
    required: tuple[int, ...]       # per rule, the bits of all its clauses

    def candidates(self, text: str) -> list[int]:
        """Positions of the rules that may match ``text``, in order."""
        positions = set(self.always)
        found = 0
        if self.automaton is not None:
            for _end, (rules, bits) in self.automaton.iter(text):
                positions |= rules
                found |= bits
        required = self.required
        missing = ~found   # once, not per rule (a long int: one bit per clause)
        return [i for i in sorted(positions) if not required[i] & missing]


def build_rule_filter(clauses_by_rule: list[tuple[frozenset[str], ...]]) -> RuleFilter:
    import ahocorasick
    bit_of: dict[frozenset[str], int] = {}
    first_of: dict[str, set[int]] = {}
    bits_of: dict[str, int] = {}
    required = []
    for i, clauses in enumerate(clauses_by_rule):
        mask = 0
        for clause in clauses:
            bit = bit_of.setdefault(clause, 1 << len(bit_of))
            mask |= bit
            for s in clause:
                bits_of[s] = bits_of.get(s, 0) | bit
        required.append(mask)
        for s in clauses[:1][0] if clauses else ():
            first_of.setdefault(s, set()).add(i)
    automaton = None
    if bits_of:
        automaton = ahocorasick.Automaton()
        for s, bits in bits_of.items():
            automaton.add_word(s, (frozenset(first_of.get(s, ())), bits))
        automaton.make_automaton()
    always = frozenset(i for i, clauses in enumerate(clauses_by_rule) if not clauses)
    return RuleFilter(automaton, always, tuple(required))


def _first_seq(items) -> tuple[set[str] | None, bool]:
    """(the characters a match of ``items`` can open with, or None for any; whether it
    can match the empty string)."""
    first: set[str] = set()
    for op, av in items:
        chars, nullable = _first(op, av)
        if chars is None:
            return None, False
        first |= chars
        if not nullable:
            return first, False
    return first, True


def _first(op, av) -> tuple[set[str] | None, bool]:
    c = _ops()
    if op == c.LITERAL:
        return {chr(av)}, False
    if op in (c.AT, c.ASSERT, c.ASSERT_NOT):
        return set(), True
    if op == c.IN:
        if all(kind == c.LITERAL for kind, _ in av):
            return {chr(v) for _, v in av}, False
        return None, False
    if op == c.SUBPATTERN:
        _group, add_flags, _del_flags, items = av
        return (None, False) if add_flags & re.IGNORECASE else _first_seq(items)
    if op == c.BRANCH:
        out: set[str] = set()
        empty = False
        for branch in av[1]:
            chars, nullable = _first_seq(branch)
            if chars is None:
                return None, False
            out |= chars
            empty = empty or nullable
        return out, empty
    if op in (c.MAX_REPEAT, c.MIN_REPEAT):
        lo, _hi, items = av
        chars, nullable = _first_seq(items)
        return chars, nullable or lo == 0
    return None, False


def _engine_skips(regex: re.Pattern) -> bool:
    """Whether ``re`` itself skips to where a match may start: the pattern opens with a
    literal prefix or a character set it can test alone (a literal, a class, an
    alternation of literals; the stdlib compiler's own reading, stable since 3.11)."""
    import re._compiler as compiler
    parsed = _parse(regex)
    return bool(compiler._get_literal_prefix(parsed, regex.flags)[0]
                or compiler._get_charset_prefix(parsed, regex.flags))


def first_char_guard(regex: re.Pattern) -> re.Pattern:
    """``regex`` behind a look-ahead for the characters its matches can open with, when
    the regex engine cannot skip to where a match may start by itself: it opens with an
    optional part, a look-behind or an alternation of groups (the engine then enters the
    pattern at every position, and the look-ahead makes each entry cheap): the same
    matches, found faster."""
    if regex.flags & re.IGNORECASE:
        return regex
    items = list(_parse(regex))
    if not items or not _first(*items[0])[1] and _engine_skips(regex):
        return regex   # opens with a character or a literal alternation: the engine skips itself
    chars, nullable = _first_seq(items)
    if chars is None or nullable or not chars or len(chars) > _MAX_STRINGS:
        return regex
    guard = "".join(re.escape(ch) for ch in sorted(chars))
    return re.compile(f"(?=[{guard}])(?:{regex.pattern})", regex.flags)

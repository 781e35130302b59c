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
from kg.pipeline.tokens import sentence_span
from kg.text.normalize import normalize_arabic

#: Mention kinds a slot accepts unless it says otherwise.
DEFAULT_KINDS = ("name", "anaphor", "collective", "proxy")
_SLOT = re.compile(r"\{(?P<name>[A-Z][A-Z0-9_]*):(?P<set>[A-Z_|]+)(?P<kinds>(?:\+[a-z]+)*)(?P<list>\*)?\}")
_MACRO = re.compile(r"\{(?P<name>[A-Z][A-Z0-9_]*)\}")
_TOKEN = re.compile(r"«(\d+):")


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


def _slot_regex(m: re.Match, classes: dict[str, list[str]]) -> str:
    names = []
    for part in m.group("set").split("|"):
        if part not in classes:
            raise ValueError(f"unknown class set {part!r} in pattern slot {m.group(0)}")
        names.extend(classes[part])
    kinds = list(DEFAULT_KINDS) + [k for k in m.group("kinds").split("+") if k]
    one = f"«\\d+:(?:{'|'.join(sorted(set(names)))}):(?:{'|'.join(kinds)})»"
    if m.group("list"):
        sep = r"(?:\s*[،,]\s*(?:و\s*)?|\s+و\s*|\s+(?:and|or)\s+|\s*,\s*and\s+|\s+او\s+)"
        return f"(?P<{m.group('name')}>{one}(?:{sep}{one})*)"
    return f"(?P<{m.group('name')}>{one})"


def _spaces(pattern: str) -> str:
    """A literal space matches a run of spaces (unless it is quantified itself)."""
    return re.sub(r" (?![?*+{])", " +", pattern)


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
            regex = compile_pattern(raw["pattern"], macros, classes)
        except (re.error, ValueError, KeyError) as exc:
            raise ValueError(f"kg/lang/{lang}/{name}.yaml: rule {raw.get('id')!r}: {exc}") from None
        emit = raw.get("emit") or ()
        emit = tuple(tuple(e) for e in emit) if emit and isinstance(emit[0], list) else (tuple(emit),) if emit else ()
        rules.append(Rule(raw["id"], regex, emit, float(raw.get("confidence", 0.8)), raw))
    return tuple(rules)


def slot_mentions(ms: MaskedSentence, match: re.Match, group: str) -> list[Mention]:
    """The mentions a named group of a match captured (one, or a list)."""
    if match.group(group) is None:
        return []
    return ms.mentions_in(match.start(group), match.end(group))

"""Casualties: the number of people an attack killed and injured, read from its sentence.

Runs after the attack extractor. A count is a number (digits, Arabic-Indic digits, or
number words: خمسة، ثلاثة عشر، خمسة وعشرون، ثلاثمئة، twenty-five) tied to a cue:

* a verb or verbal noun before it: "قتل 5 أشخاص", "مقتل سبعة جنود", "killing two";
* a noun after it: "5 قتلى و10 جرحى", "three people were killed";
* "عدد القتلى إلى 20": the noun before "إلى";
* a singular or dual noun right after the verb: "مقتل جندي" (1), "إصابة شرطيين" (2);
  "لقي حتفه" (1).

Numbers joined by "و"/"and" after a counted verb add up ("قتل 5 جنود و3 مدنيين"); a
part of a toll ("بينهم 3 أطفال") does not, and nothing after "ردا على" / "in response to"
counts (that toll is another event's). The
qualifier comes from the words around the number (على الأقل، أكثر من، نحو، ما يصل إلى;
at least, more than, about, up to). A date, a year, an age, a time, a distance, a sum
or a unit number is never a count. When the attack's sentence gives no count and the
next sentence gives one without reporting an attack of its own ("وأسفر الهجوم عن مقتل
..."), that one is read. Of several attacks in one sentence the toll goes to the one whose
target or attacker is named nearest to the number; a toll read from the next sentence goes
to the last attack told. The tolls of tellings merged into an attack are read too
(merged_tolls.py).
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from kg.model import DENIED, Attack, Count, Doc
from kg.pipeline.casualty_words import INJURED, KILLED, casualty_words, names_another_strike
from kg.pipeline.derived import built_once
from kg.pipeline.attacks.merging import merge_same_toll, merge_split_toll
from kg.pipeline.merged_tolls import add_merged_tolls
from kg.pipeline.tokens import Token, strip_proclitic, tokens

_CLAUSE_END = re.compile(r"[.،,؛;:!?؟()\"]")
_DIGITS = re.compile(r"^\d+$")
#: Word form -> what it is of a number, per (long-lived) language word table.
_PARTS: dict[int, tuple[object, dict]] = {}
_MAX_PARTS = 200_000
#: Counts looser than exact win when parts are added up: "5 و3 على الأقل" is at least 8.
_LOOSENESS = ("exact", "about", "up-to", "at-least", "more-than")


@dataclass
class _Number:
    first: int      # token indexes
    last: int
    value: int
    joined: bool    # written with a leading "و"/"and": a further item of a list


class CasualtyReader:
    """Reads (killed, injured) counts from one sentence's tokens."""

    def __init__(self, doc: Doc):
        self.doc = doc
        self.words = casualty_words(doc.lang)
        self.arabic = doc.lang == "ar"
        self._parts = built_once(_PARTS, self.words, lambda words: {})
        self._dates = [(d.start, d.end) for d in doc.dates]
        #: Normalised offset of the first count read in each sentence.
        self.positions: dict[int, int] = {}

    def _word(self, text: str, table) -> str | None:
        """``text`` without Arabic proclitics when the rest is in ``table``."""
        if text in table:
            return text
        if self.arabic:
            found = strip_proclitic(text, table)
            return found[1] if found else None
        return None

    # -- numbers -----------------------------------------------------------------

    def _part(self, text: str) -> tuple[str, int] | None:
        """(kind, value) of one token of a number: read once per written form (every
        word of a sentence with an attack is tried, up to three times)."""
        parts = self._parts
        if text in parts:
            return parts[text]
        if len(parts) > _MAX_PARTS:
            parts.clear()   # a long run's vocabulary: start again rather than grow
        found = parts[text] = self._read_part(text)
        return found

    def _read_part(self, text: str) -> tuple[str, int] | None:
        w = self.words
        if _DIGITS.match(text):
            return "digits", int(text)
        if "-" in text and not self.arabic:     # twenty-five
            parts = [self._part(p) for p in text.split("-")]
            if all(p is not None and p[0] in ("unit", "tens") for p in parts):
                return "unit", sum(p[1] for p in parts)
        for table, kind in ((w.units, "unit"), (w.tens, "tens"), (w.multipliers, "mult")):
            if text in table:
                return kind, table[text]
        for suffix in w.hundreds_suffixes:   # ثلاثمئه
            head = text[:-len(suffix)] if text.endswith(suffix) else None
            if head and head in w.units:
                return "mult_of", w.units[head] * 100
        return None

    def numbers(self, toks: list[Token]) -> list[_Number]:
        out: list[_Number] = []
        i = 0
        while i < len(toks):
            text, joined = toks[i].text, False
            part = self._part(text)
            if part is None and len(text) > 1 and text[0] in "وبل" and self.arabic:
                part, joined = self._part(text[1:]), text[0] == "و"
            if part is None and self.arabic and text.startswith("ال") and i > 0 \
                    and toks[i - 1].text.startswith("ال"):
                part = self._part(text[2:])      # المدنيون الخمسة: the number agrees with its noun
                part = part if part is not None and part[0] == "unit" else None
            if part is not None and not self.arabic and i > 0 and toks[i - 1].text == "and":
                joined = True
            if part is None:
                i += 1
                continue
            total, current, j = 0, 0, i
            parts = [part]
            k = i + 1
            while k < len(toks):
                nxt = toks[k].text
                p = self._part(nxt)
                if p is None and self.arabic and nxt.startswith("و") and parts[-1][0] != "digits":
                    p = self._part(nxt[1:])      # خمسة وعشرون
                    if p is not None and p[0] == "digits":
                        p = None
                if p is None and self.arabic and nxt in self.words.teen and parts[-1][0] == "unit":
                    p = ("teen", 10)            # ثلاثة عشر
                if p is None or (p[0] == "digits") != (parts[-1][0] == "digits"):
                    break
                parts.append(p)
                j = k
                k += 1
            for kind, value in parts:
                if kind == "mult":
                    current = max(current, 1) * value
                    total, current = total + current, 0
                else:
                    current += value
            value = total + current
            out.append(_Number(i, j, value, joined))
            i = j + 1
        return out

    def _not_a_count(self, toks: list[Token], n: _Number) -> bool:
        w = self.words
        if n.value <= 0 or n.value > 5000 or (1900 <= n.value <= 2100 and n.first == n.last):
            return True
        after = toks[n.last + 1].text if n.last + 1 < len(toks) else ""
        before = toks[n.first - 1].text if n.first > 0 else ""
        if self._word(after, w.not_after) or self._word(before, w.not_before):
            return True
        if n.first > 1 and self._word(toks[n.first - 2].text, w.negated):
            return True   # "دون إصابة أحد من طاقمها": nobody was hurt
        if before in w.subset or (n.first > 1 and toks[n.first - 2].text in w.subset and before in ("من", "of")):
            return True
        start, end = self.doc.norm.span_to_original(toks[n.first].start, toks[n.last].end)
        return any(s < end and start < e for s, e in self._dates)

    def _other_event_from(self, toks: list[Token]) -> int:
        """Index of the first token after which the sentence tells another event."""
        if not toks:
            return 0
        found = self.words.other_event.search(self.doc.norm.text, toks[0].start, toks[-1].end)
        if found is None:
            return len(toks)
        return next(k for k, tok in enumerate(toks) if tok.end > found.start())

    def _qualifier(self, toks: list[Token], n: _Number) -> str:
        text = self.doc.norm.text
        start = toks[n.first].start
        left = text[max(0, start - 30):start]
        for phrase, qualifier in self.words.before:
            if left.endswith(phrase + " ") and (len(left) == len(phrase) + 1 or not left[-len(phrase) - 2].isalnum()
                                                or self.arabic):
                return qualifier
        end = toks[n.last].end + 40
        nxt = next((t for t in toks[n.last + 1:] if t.start < end and self._part(t.text) is not None), None)
        right = _CLAUSE_END.split(text[toks[n.last].end:nxt.start if nxt else end], 1)[0]
        if nxt is not None:
            # "three people and at least nine others": the phrase before the next number is its own
            right = right.rstrip()
            for phrase, _ in self.words.before:
                if right.endswith(" " + phrase):
                    right = right[:-len(phrase)]
                    break
        for phrase, qualifier in self.words.after:
            if f" {phrase}" in f" {right} ":
                return qualifier
        return "exact"

    # -- cues ----------------------------------------------------------------------

    def _noun_after(self, toks, n: _Number, limit: int) -> str | None:
        for k in range(n.last + 1, min(len(toks), n.last + 1 + limit)):
            if self._part(toks[k].text) is not None:
                return None
            category = self._word(toks[k].text, self.words.nouns)
            if category:
                return self.words.nouns[category]
        return None

    def _passive_after(self, toks, n: _Number) -> str | None:
        """The category of a passive verb told of the counted people ("and at least six
        others were wounded"): it decides over a verb before the count, which told of
        another group of people ("X was killed and six others were wounded")."""
        aux = self.words.passive_after
        for k in range(n.last + 1, min(len(toks) - 1, n.last + 4)):
            text = toks[k].text
            if self._part(text) is not None or _CLAUSE_END.match(text):
                return None
            if text in aux:
                for verb in (toks[k + 1].text, toks[k + 2].text if k + 2 < len(toks) else ""):
                    if verb in self.words.verbs:
                        return self.words.verbs[verb]
                return None
        return None

    def _verb_before(self, toks, n: _Number, assigned: dict[int, str]) -> str | None:
        for k in range(n.first - 1, max(-1, n.first - 6), -1):
            verb = self._word(toks[k].text, self.words.verbs)
            if verb:
                return self.words.verbs[verb]
            if k in assigned:           # "قتل 5 جنود و3 مدنيين": a further item of the list
                return assigned[k] if n.joined else None
            noun = self._word(toks[k].text, self.words.nouns)
            if noun and toks[n.first - 1].text in ("الي", "to"):   # عدد القتلى إلى 20
                return self.words.nouns[noun]
        return None

    def _joined(self, toks: list[Token], n: _Number) -> bool:
        """Whether number ``n`` is joined by "و" / "and" to what comes before it."""
        first = toks[n.first].text
        if self.arabic:
            return first.startswith("و") and len(first) > 1
        return n.first > 0 and toks[n.first - 1].text == "and"

    def read(self, sentence_index: int) -> dict[str, Count]:
        doc = self.doc
        toks = tokens(doc, doc.sentences[sentence_index])
        found: dict[str, list[Count]] = {}
        assigned: dict[int, str] = {}
        cut = self._other_event_from(toks)
        numbers = [n for n in self.numbers(toks) if n.first < cut]
        for n in numbers:
            if self._not_a_count(toks, n):
                continue
            category = self._passive_after(toks, n) or self._noun_after(toks, n, 2) \
                or self._verb_before(toks, n, assigned) \
                or self._noun_after(toks, n, 3)
            if category is None:
                continue
            for k in range(n.first, n.last + 1):
                assigned[k] = category
            found.setdefault(category, []).append(Count(n.value, self._qualifier(toks, n)))
            self.positions.setdefault(sentence_index, toks[n.first].start)
        number_tokens = {k for n in numbers for k in range(n.first, n.last + 1)}
        for i, tok in enumerate(toks[:min(cut, len(toks) - 1)]):   # مقتل جندي، إصابة شرطيين، لقي حتفه
            verb = self._word(tok.text, self.words.verbs)
            if not verb:
                continue
            category = self.words.verbs[verb]
            if {i + 1, i + 2} & number_tokens:
                continue
            nxt = toks[i + 1].text
            if not self.arabic and nxt in ("a", "an") and i + 2 < len(toks):
                nxt = toks[i + 2].text
                if not self._word(nxt, self.words.singular) and i + 3 < len(toks):
                    nxt = toks[i + 3].text   # "killed a senior commander": one adjective between
            if self._word(nxt, self.words.dual):
                one = Count(2)
            elif self._word(nxt, self.words.singular) or (category == KILLED and nxt in self.words.one_death):
                one = Count(1)
            else:
                continue
            if category in found:
                # "قتل قائد الوحدة وثلاثة من مرافقيه": the person named, and the number joined to him.
                if not any(n.first > i + 1 and assigned.get(n.first) == category and self._joined(toks, n)
                           for n in numbers):
                    continue
                found[category].append(one)
            else:
                found[category] = [one]
            self.positions.setdefault(sentence_index, tok.start)
        return {category: _total(counts) for category, counts in found.items()}


def _nearest(doc: Doc, attacks: list[Attack], sentence: int, position: int | None) -> Attack:
    """The attack whose target or attacker is named nearest to the count (one toll, one
    event; the first attack when nothing tells them apart)."""
    if len(attacks) == 1 or position is None:
        return attacks[0]
    spots: dict[str, list[int]] = {}
    for m in doc.mentions:
        if m.sentence == sentence:
            spots.setdefault(m.entity, []).append(m.nstart)

    def distance(attack: Attack) -> int:
        keys = [k for k in (attack.target, attack.attacker) if k]
        return min((abs(p - position) for k in keys for p in spots.get(k, ())), default=1 << 30)

    return min(attacks, key=distance)


#: How many words open a sentence that retells the strike before ("وأصيب في الغارة").
RETELLING_OPENING = 4


def _retells(doc: Doc, index: int, words) -> bool:
    """The sentence at ``index`` opens with a definite attack noun (a proclitic allowed) and
    names no second strike: it tells more of the strike told just before."""
    if not words.retelling or not 0 <= index < len(doc.sentences):
        return False
    toks = [t.text for t in tokens(doc, doc.sentences[index])]
    if names_another_strike(doc.lang, toks, words.another):
        return False   # "في غارة أخرى"، "في الغارات الأخرى"
    return any(strip_proclitic(w, words.retelling) for w in toks[:RETELLING_OPENING])


def _total(counts: list[Count]) -> Count:
    qualifier = max((c.qualifier for c in counts), key=_LOOSENESS.index)
    return Count(sum(c.value for c in counts), qualifier)


class Casualties:
    """Pipeline component: fills Attack.fatalities and Attack.injured (runs after attacks)."""

    name = "casualties"

    def __call__(self, doc: Doc) -> Doc:
        if not doc.attacks:
            return doc
        reader = CasualtyReader(doc)
        by_sentence: dict[int, list[Attack]] = {}
        for attack in doc.attacks:
            if attack.polarity != DENIED:
                by_sentence.setdefault(attack.evidence.sentence, []).append(attack)
        cache: dict[int, dict[str, Count]] = {}

        def counts(index: int) -> dict[str, Count]:
            if index not in cache:
                cache[index] = reader.read(index) if 0 <= index < len(doc.sentences) else {}
            return cache[index]

        read: set[int] = set()   # sentences whose toll went to an attack
        for index, attacks in by_sentence.items():
            found = counts(index)
            if found:
                attack = _nearest(doc, attacks, index, reader.positions.get(index))
            elif index + 1 not in by_sentence and counts(index + 1):
                found, attack = counts(index + 1), attacks[-1]
                read.add(index + 1)
            else:
                continue
            if attack.fatalities is None and KILLED in found:
                attack.fatalities = found[KILLED]
            if attack.injured is None and INJURED in found:
                attack.injured = found[INJURED]
            if (attack.fatalities is None or attack.injured is None) and index + 1 not in by_sentence \
                    and _retells(doc, index + 1, reader.words):
                more = counts(index + 1)   # "وتسببت الغارة أيضا بإصابة خمسة": the same strike
                read.add(index + 1)
                attack.fatalities = attack.fatalities or more.get(KILLED)
                attack.injured = attack.injured or more.get(INJURED)
        # One strike told in two sentences and merged: the toll told in the other one.
        # (not one naming another strike: "وأصيب خمسة في غارة أخرى" is a strike of its own;
        # "بحسب حصيلة جديدة", "a new toll" restate this one's)
        read.update(i for a in doc.attacks for i in a.told_in
                    if names_another_strike(doc.lang, [t.text for t in tokens(doc, doc.sentences[i])],
                                            reader.words.another))
        add_merged_tolls([a for a in doc.attacks if a.polarity != DENIED], set(by_sentence), read, counts)
        # With their tolls read, one attacker's attack told twice with one toll is one event.
        doc.attacks = merge_split_toll(merge_same_toll(doc.attacks, doc), doc)
        return doc

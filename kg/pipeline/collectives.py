"""Collective actors named by description: "الفصائل المسلحة الموالية لإيران",
"الميليشيات الإيرانية", "وكلاءها", "Iran-backed militias".

Analysts track these as actors of their own, so each becomes a node.  Within a document
every description is grouped by what identifies the group:

* a backer ("الموالية لإيران", "المدعومة من إيران", "Iran-backed", "وكلاء إيران")
  -> the node "<backer>-backed factions", one per backer across all documents;
* else a state's nisba on the noun ("الميليشيات الإيرانية") -> "<nisba> <noun>";
* else (bare "الفصائل", "هذه الفصائل", "the militias") the nearest group described
  before it, or failing that the first described after it.

The affiliation phrase itself is left outside the mention, so relation patterns read
"X الموالية لـY" and write "Y supports X" with its evidence.
"""
from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass, field
from itertools import accumulate

from kg.lang.ar.morphology import ENCLITICS, PROCLITICS
from kg.lang.cues import cues
from kg.model import Doc, Entity
from kg.pipeline.derived import built_once
from kg.pipeline.discovery import Context, clean_label
from kg.pipeline.tokens import MentionIndex, add_mention, sentence_words, sort_mentions, tokens

_ACTOR_CLASSES = {"State", "Organization", "ArmedGroup", "Government", "Coalition", "Actor"}
#: "إحدى الفصائل", "أبرز الفصائل", "one of the militias": the noun classifies, it does
#: not refer to a group.
_PARTITIVES = {"احد", "احدي", "ابرز", "اكبر", "اهم", "اقوي", "one", "among"}


@dataclass
class Occurrence:
    nstart: int
    nend: int
    sentence: int
    head: str                  # English head noun: factions, militias, groups, proxies
    surface: str
    backer: str | None = None
    nisba: str | None = None
    affiliation_text: str = ""
    entity: str | None = None
    proxy_of: str | None = None    # "وكلاء X", "X's proxies": the wording names the backer


@dataclass
class _Group:
    key: str
    labels: dict[str, str]
    aliases: set[tuple[str, str]] = field(default_factory=set)


_HEAD_FORMS: dict[int, tuple[object, dict[str, tuple[str, str, str]]]] = {}


def _head_forms(heads: dict[str, str]) -> dict[str, tuple[str, str, str]]:
    """Every written form of the collective heads -> (proclitic, head, enclitic), built
    once per (long-lived) table in the order a word is read: the longest proclitic
    first, then ل + ال written لل, the bare head, and the enclitics in their order."""
    return built_once(_HEAD_FORMS, heads, _build_head_forms)


_PLAIN_HEAD_FORMS: dict[int, tuple[object, dict[str, tuple[str, str, str]]]] = {}


def _plain_head_forms(heads: dict[str, str]) -> dict[str, tuple[str, str, str]]:
    """The heads as written, without clitics (English): built once per table."""
    return {h: ("", h, "") for h in heads}


def _build_head_forms(heads: dict[str, str]) -> dict[str, tuple[str, str, str]]:
    forms: dict[str, tuple[str, str, str]] = {}
    for pre in sorted(PROCLITICS, key=len, reverse=True):
        if pre.endswith("ل"):
            for head in heads:
                if head.startswith("ال"):
                    forms.setdefault(pre + head[1:], (pre, head, ""))
        for head in heads:
            forms.setdefault(pre + head, (pre, head, ""))
        for enc in ENCLITICS:
            for head in heads:
                forms.setdefault(pre + head + enc, (pre, head, enc))
    return forms


def _split_head(word: str, heads: dict[str, str]) -> tuple[str, str, str] | None:
    """(proclitic, head, enclitic) when word is a collective head with clitics."""
    return _head_forms(heads).get(word)


def nisbas_inside(mentions, occurrences) -> set[int]:
    """``id`` of each nisba mention some occurrence spans (``o.nstart <= m.nstart`` and
    ``m.nend <= o.nend``).  An occurrence holds a nisba when one starting at or before it
    reaches its end: the furthest end so far, by bisection (a test of every mention
    against every occurrence was quadratic in long documents)."""
    spans = sorted((o.nstart, o.nend) for o in occurrences)
    starts = [a for a, _ in spans]
    reach = list(accumulate((b for _, b in spans), max))
    return {id(m) for m in mentions if m.kind == "nisba"
            and (k := bisect_right(starts, m.nstart)) and reach[k - 1] >= m.nend}


class CollectiveActors:
    name = "collectives"

    def __call__(self, doc: Doc) -> Doc:
        occurrences = self._find(doc)
        if not occurrences:
            return doc
        self._group(doc, occurrences)
        # Nisbas read into a collective ("الميليشيات الإيرانية") are part of its mention now.
        inside = nisbas_inside(doc.mentions, occurrences)
        doc.mentions[:] = [m for m in doc.mentions if id(m) not in inside]
        covered = MentionIndex(doc)
        for occ in occurrences:
            if occ.entity and not covered.overlaps(occ.nstart, occ.nend):
                m = add_mention(doc, occ.nstart, occ.nend, occ.entity, "ArmedGroup",
                                "collective." + ("backed" if occ.backer else "nisba" if occ.nisba else "reference"),
                                "collective", occ.sentence)
                m.ref = occ.proxy_of or occ.nisba
                covered.add(occ.nstart, occ.nend)
        sort_mentions(doc)
        return doc

    # -- finding ---------------------------------------------------------------

    def _find(self, doc: Doc) -> list[Occurrence]:
        c = cues(doc.lang)
        affiliation, prefix_aff = c.affiliation, c.affiliation_prefix
        text = doc.norm.text
        found: list[Occurrence] = []
        heads = c.collective_heads
        arabic = doc.lang == "ar"
        forms = _head_forms(heads) if arabic else built_once(_PLAIN_HEAD_FORMS, heads, _plain_head_forms)
        for sentence in doc.sentences:
            # The sentence's word set is shared by the stages: most sentences hold no
            # collective head, and one set test skips them without a lookup per word.
            if forms.keys().isdisjoint(sentence_words(doc, sentence)):
                continue   # no collective head in this sentence: nothing to read
            toks = tokens(doc, sentence)
            splits = [forms.get(tok.text) for tok in toks]
            ctx = Context(doc, sentence, MentionIndex(doc, []))
            ctx.refresh()
            ctx.covered = MentionIndex(doc, ctx.sentence_mentions())
            for i, tok in enumerate(toks):
                split = splits[i]
                if not split or ctx.covered.overlaps(tok.start, tok.end):
                    continue
                pre, head, enclitic = split
                if i > 0 and toks[i - 1].text in _PARTITIVES or (
                        i > 1 and toks[i - 2].text in _PARTITIVES and toks[i - 1].text in ("of", "ابرز", "اكبر")) \
                        or _english_partitive(ctx, toks, i):
                    continue
                start, end = tok.start + len(pre), tok.end
                occ = Occurrence(start, end, sentence.index, c.collective_heads[head], "")
                j = i + 1
                if doc.lang == "ar":
                    # Adjectives and nisbas after the head: الفصائل الشيعية المسلحة العراقية
                    while j < len(toks) and text[toks[j - 1].end:toks[j].start] == " ":
                        m = ctx.mention_at(toks[j].start)
                        if toks[j].text in c.collective_adjectives or "ال" + toks[j].text in c.collective_adjectives:
                            end = toks[j].end
                        elif m is not None and m.kind == "nisba" and m.cls == "State":
                            occ.nisba = occ.nisba or m.entity
                            end = m.nend
                            while j + 1 < len(toks) and toks[j + 1].start < m.nend:
                                j += 1
                        elif not head.startswith("ال") and j == i + 1 and toks[j].text.startswith("ال") \
                                and m is None and toks[j].text not in c.stop_words:
                            end = toks[j].end   # construct state: فصائل المقاومة
                        else:
                            break
                        j += 1
                    if occ.head == "proxies":
                        occ.backer = occ.proxy_of = self._proxy_owner(doc, ctx, toks, i, j, enclitic)
                    elif j == i + 1 and not head.startswith("ال") and not enclitic:
                        # "مواقع ميليشيات إيران": a state's name in construct with the bare
                        # noun owns the militias as "وكلاء إيران" does (eighth real round)
                        owner = self._state_in_construct(ctx, text, toks, j)
                        if owner is not None:
                            occ.backer = occ.proxy_of = owner
                            # the whole construct is a name of the node too
                            occ.affiliation_text = text[toks[j].start:ctx.mention_at(toks[j].start).nend]
                else:
                    # English: adjectives and the affiliation stand before the head.
                    k = i - 1
                    while k >= 0 and toks[k].text in c.collective_adjectives:
                        start = toks[k].start
                        k -= 1
                    if k >= 0:
                        m = ctx.mention_at(toks[k].start)
                        if m is None and toks[k].text.startswith("pro-"):
                            m = ctx.mention_at(toks[k].start + 4)   # "pro-Iran" is one word
                        between = text[m.nend:start] if m is not None else ""
                        if m is not None and m.cls in _ACTOR_CLASSES:
                            # "Iran's proxies": the possessive names whose proxies they are
                            owner = occ.head == "proxies" and between in ("'s ", "’s ")
                            if owner or prefix_aff.fullmatch(between) or text[max(0, m.nstart - 4):m.nstart] == "pro-":
                                occ.backer = occ.proxy_of = m.entity   # the backer is in the wording
                                start = m.nstart - (4 if text[max(0, m.nstart - 4):m.nstart] == "pro-" else 0)
                                if start < m.nstart and m.cls == "State":
                                    m.kind = "nisba"   # "pro-Iran militias": read into the collective
                            elif m.kind == "nisba" and between == " ":
                                occ.nisba = m.entity
                                start = m.nstart
                    if k >= 0 and toks[k].text in ("these", "those"):
                        start = toks[k].start
                if occ.backer is None:
                    aff = affiliation.match(text, end + 1) if text[end:end + 1] == " " else None
                    if aff:
                        m = ctx.mention_at(aff.end())
                        if m is not None and m.cls in _ACTOR_CLASSES:
                            occ.backer = m.entity
                            occ.affiliation_text = text[aff.start():m.nend]
                if occ.backer is None and arabic and pre.startswith("و") and not enclitic:
                    # "إيران والجماعات المدعومة منها": the pronoun is the actor coordinated
                    # just before ("و" on the head), who backs the collective (ninth round)
                    aff = c.affiliation_pronoun.match(text, end + 1) if text[end:end + 1] == " " else None
                    m = next((b for b in ctx.sentence_mentions() if b.nend == tok.start - 1
                              and b.cls in _ACTOR_CLASSES and b.kind != "nisba"), None) if aff else None
                    if m is not None and text[m.nend:tok.start] == " ":
                        occ.backer = m.entity
                        if aff.group("backed"):
                            occ.proxy_of = m.entity   # the wording states the backing
                        occ.affiliation_text = aff.group(0)
                if occ.backer is None and head in c.backed_only_heads:
                    continue   # "مسلحون مجهولون": an agent noun, not a backed collective
                if occ.backer is None and occ.nisba is None and head in c.nisba_only_heads:
                    continue   # "رد المقاومة": no people named, no group of its own
                if head in c.backed_only_heads and arabic and occ.affiliation_text \
                        and _named_after(text, end + 1 + len(occ.affiliation_text), c):
                    continue   # "جماعة موالية لإيران تعرف باسم X": the description is X's
                if head in c.backed_only_heads and not arabic:
                    # English: the occurrence starts at its backer; read what stands before that
                    first = next((k for k, t in enumerate(toks) if t.start >= start), i)
                    nxt = toks[i + 1].text if i + 1 < len(toks) else ""
                    if first == 0 or toks[first - 1].text not in ("a", "an") or nxt in forms \
                            or nxt in c.collective_adjectives or nxt in c.naming_words \
                            or text[tok.end:tok.end + 1] == "," or (first > 1 and _describes_before(
                                ctx, text, toks, first - 1, c)):
                        continue   # "the Iran-backed group" refers back; ", an Iran-backed militia," describes
                elif head in c.backed_only_heads and i > 0 and _describes_before(ctx, text, toks, i, c):
                    continue   # "X، وهي جماعة مدعومة من إيران": a description of X
                occ.nstart, occ.nend = start, end
                occ.surface = clean_label(ctx.original(start, end))
                if pre.endswith("ل") and head.startswith("ال") and not occ.surface.startswith("ال"):
                    occ.surface = "ا" + occ.surface   # للميليشيات: the label keeps its article
                found.append(occ)
        return found

    @staticmethod
    def _state_in_construct(ctx, text, toks, j) -> str | None:
        """The state named right after a bare collective noun, by its name (not its nisba)."""
        if j >= len(toks) or text[toks[j - 1].end:toks[j].start] != " ":
            return None
        m = ctx.mention_at(toks[j].start)
        return m.entity if m is not None and m.cls == "State" and m.kind == "name" else None

    def _proxy_owner(self, doc, ctx, toks, i, j, enclitic) -> str | None:
        """Whose proxies: "وكلاء إيران" (the next mention) or "وكلاءها" (the subject)."""
        if not enclitic and j < len(toks):
            m = ctx.mention_at(toks[j].start)
            return m.entity if m is not None and m.cls in _ACTOR_CLASSES else None
        sentence_start = toks[0].start if toks else 0
        for m in sorted(doc.mentions, key=lambda m: -m.nstart):
            if sentence_start <= m.nstart < toks[i].start and m.cls in _ACTOR_CLASSES and m.kind != "nisba":
                return m.entity
        return None

    # -- grouping --------------------------------------------------------------

    def _group(self, doc: Doc, occurrences: list[Occurrence]) -> None:
        groups: dict[str, _Group] = {}
        for occ in occurrences:
            if occ.backer:
                occ.entity = self._backed_group(doc, groups, occ.backer).key
            elif occ.nisba:
                occ.entity = self._nisba_group(doc, groups, occ).key
        described = [o for o in occurrences if o.entity]
        for occ in occurrences:
            if occ.entity:
                continue
            before = [o for o in described if o.nstart < occ.nstart]
            after = [o for o in described if o.nstart > occ.nstart]
            same_head = [o for o in before if o.head == occ.head]
            pick = (same_head or before)[-1] if before else (after[0] if after else None)
            if pick is not None:
                occ.entity = pick.entity
            else:
                key = "group_" + occ.head + "_" + doc.id
                groups.setdefault(key, _Group(key, {doc.lang: occ.surface}))
                occ.entity = key
        for occ in occurrences:
            g = groups[occ.entity]
            g.aliases.add((occ.surface, doc.lang))
            if occ.affiliation_text:
                g.aliases.add((clean_label(occ.surface + " " + self._orig_aff(doc, occ)), doc.lang))
        for g in groups.values():
            entity = doc.entities.get(g.key)
            if entity is None:
                entity = doc.entities[g.key] = Entity(g.key, "ArmedGroup", dict(g.labels), set(),
                                                      source="collective")
            entity.aliases |= g.aliases

    @staticmethod
    def _orig_aff(doc: Doc, occ: Occurrence) -> str:
        s, e = doc.norm.span_to_original(occ.nend, occ.nend + len(occ.affiliation_text) + 1)
        return doc.text[s:e]

    @staticmethod
    def _label(doc: Doc, key: str, lang: str) -> str:
        e = doc.entities.get(key)
        return (e.labels.get(lang) or e.labels.get("en") or key) if e else key

    def _backed_group(self, doc: Doc, groups: dict, backer: str) -> _Group:
        key = f"{backer}_backed_armed_groups"
        if key not in groups:
            groups[key] = _Group(key, {"en": f"{self._label(doc, backer, 'en')}-backed armed groups",
                                       "ar": f"الجماعات المسلحة المدعومة من {self._label(doc, backer, 'ar')}"})
        return groups[key]

    def _nisba_group(self, doc: Doc, groups: dict, occ: Occurrence) -> _Group:
        key = f"{occ.nisba}_{occ.head}"
        if key not in groups:
            adjective = _english_nisba(doc, occ.nisba)
            groups[key] = _Group(key, {"en": f"{adjective} {occ.head}", doc.lang: occ.surface}
                                 if doc.lang != "en" else {"en": f"{adjective} {occ.head}"})
        return groups[key]


def _named_after(text: str, at: int, c) -> bool:
    """Whether a word that introduces a name stands at ``at`` (after a comma or not)."""
    words = text[at:at + 40].lstrip(" ,،").split(" ", 1)
    return bool(words) and words[0] in c.naming_words


def _describes_before(ctx: Context, text: str, toks, i: int, c) -> bool:
    """Whether the backed-only head at ``toks[i]`` describes what stands before it: a
    comma or an appositive pronoun right before it, or the end of an actor's name
    ("كتائب حزب الله جماعة مدعومة من إيران")."""
    prev = toks[i - 1]
    if prev.text in c.appositive_pronouns or any(ch in text[prev.end:toks[i].start] for ch in ",،"):
        return True
    return any(m.nend == prev.end and m.cls in _ACTOR_CLASSES for m in ctx.sentence_mentions())


def _english_nisba(doc: Doc, key: str) -> str:
    """"Iranian" for iran: the lexicon's English adjective, else the state's name."""
    from kg.lexicon import default_lexicon
    lex = default_lexicon()
    if key in lex:
        for adjective in lex[key].nisba:
            if adjective.isascii():
                return adjective
    e = doc.entities.get(key)
    return e.labels.get("en", key) if e else key


def _english_partitive(ctx, toks, i: int) -> bool:
    """"one of the (extremist) factions", "among the militias": the noun classifies the
    group named before, it refers to no group of its own (eighth real round). Only with
    "the" and plain adjectives: "one of several Tehran-backed militias", "one of the largest
    pro-Iran factions" are still backed collectives."""
    k = i - 1
    while k >= 0 and k >= i - 3 and toks[k].text not in ("of", "among", "the"):
        if not toks[k].text.isalpha() or toks[k].text.startswith(("pro", "anti")) \
                or ctx.mention_at(toks[k].start) is not None:
            return False
        k -= 1   # up to two adjectives before the noun
    if k < 2 or toks[k].text != "the":
        return False
    return toks[k - 1].text == "among" or (toks[k - 1].text == "of" and toks[k - 2].text == "one")


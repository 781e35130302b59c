"""Reported speech, claims and denials: who said what, and what is only denied.

A speech span runs from its complementiser ("أن", "إن", "that", a colon or an opening
quote) to the end of the sentence; its speaker is the actor named right after the verb
(Arabic verb-first order: "وقال أكرم الكعبي ... إن"), right before it ("الجانب الأميركي
يزعم أن", "Iran's foreign minister said"), after "بحسب"/"according to", or, for a verb
with no named subject ("وأضاف", "وأشار إلى أن"), the speaker of the sentence before.
Denial verbs with a noun object ("نفى علاقة طهران بالهجمات") deny the rest of their
clause.  Facts read inside a span carry its speaker; inside a denial they are denied.
"""
from __future__ import annotations

import re
from typing import Callable

from kg.lang import language_data
from kg.lang.ar.morphology import PROCLITICS
from kg.lang.cues import cues
from kg.model import Doc, Mention, Speech
from kg.pipeline.derived import built_once, word_automaton
from kg.pipeline.tokens import MentionIndex, add_mention, sentence_span, sentence_words, sort_mentions, tokens
from kg.text.normalize import normalize_key

_SPEAKER_CLASSES = {"Person", "Organization", "ArmedGroup", "State", "Government", "Coalition", "Actor", "Region"}
# Where reported content ends: a new speech verb after a comma or a space, or a full
# stop. The pattern opens with the one character each kind opens with (a character class
# the engine skips to; an alternation first is entered at every position), then tells
# the kinds apart by that character behind it, in the order of the plain form
# (tests/pipeline/test_speech_spans.py): "[,،;؛]\s*|\s" then V1, "[,،;؛]\s*" then V2, "\.\s".
_SPEECH_AFTER = r"(?:و(?:قال|اضاف|اكد|اوضح|تابع)ت?(?!\w)|but |while |and said)"
_CLAUSE_END = re.compile(r"[,،;؛\s.](?:(?<=[,،;؛])\s*" + _SPEECH_AFTER + r"|(?<=\s)" + _SPEECH_AFTER
                         + r"|(?<=[,،;؛])\s*(?:قال|اضاف|اكد|اوضح|ذكر)ت?(?!\w)|(?<=\.)\s)")
_NEAR = 8   # tokens to look for a speaker after the verb
#: English verbs that close a sentence of reported content: "..., the minister said."
_TRAILING_SAY = frozenset({"said", "says", "added", "stated", "told", "wrote", "noted", "reported", "confirmed"})
#: Words after an English speech verb that do not open its content ("said on Tuesday").
_NOT_CONTENT = frozenset({"on", "in", "at", "late", "earlier", "last", "this", "yesterday", "today",
                          "tuesday", "monday", "wednesday", "thursday", "friday", "saturday", "sunday",
                          "in", "during", "after", "before", "while", "to", "by", "of", "for", "with"})
_OPEN_QUOTE = re.compile(r"[\"\u201c\u00ab\u201e]")
#: A closing quote, and how near and how few words make a quoted term ("defensive").
_CLOSE_QUOTE = re.compile(r"[\"\u201d\u00bb]")
_SCARE_REACH, _SCARE_WORDS = 40, 3
#: What closes a dateline or a heading before the story's first verb: a colon, an
#: asterisk, or an outlet's slash ("شفق نيوز/ أعلنت ..."; not a date's "2024/1/5").
_DATELINE_END = re.compile(r"[:*]|(?<!\d)/(?!\d)")
#: A spaced dash closes a dateline too ("بغداد - شفق نيوز - أعلنت", "BAGHDAD (Reuters) -"),
#: but only near the sentence's start: later it opens an aside ("Hezbollah - which ...").
_DATELINE_DASH = re.compile(r"\s[-\u2013\u2014\u0640]\s")
_DATELINE_REACH = 40


_PLACE_CLASSES = frozenset({"State", "Place", "Region"})
_PLACE_PREPOSITIONS = ("in ", "for ", "to ")


def _place_after_preposition(text: str, m: Mention) -> bool:
    """A place or state named right after "in", "for" or "to" (English)."""
    return m.cls in _PLACE_CLASSES and text[max(0, m.nstart - 4):m.nstart].endswith(_PLACE_PREPOSITIONS)


def _dateline_between(doc: Doc, sentence_start: int, start: int, end: int, m: Mention | None = None) -> bool:
    """Whether a dateline's end stands between ``start`` and ``end`` (for a dash, after
    the mention ``m``: only an outlet's or a parenthesised agency's dash, "Hezbollah -
    which ... - said" is an aside)."""
    text = doc.norm.text
    if _DATELINE_END.search(text, start, end):
        return True
    dash = _DATELINE_DASH.search(text, max(start - 1, 0), end + 1)
    if dash is None or dash.start() - sentence_start > _DATELINE_REACH:
        return False
    if m is None or text[:dash.start() + 1].rstrip().endswith(")"):
        return True
    return doc.is_news_outlet(m.entity)


_AUTOMATA: dict[tuple[str, str], object | None] = {}


def _scanner(lang: str, which: str, words: Callable[[], frozenset[str]]) -> object | None:
    """The automaton of one of a language's cue sets, built on first use (None if empty):
    ``cues``, every speech, denial and attribution word (a necessary condition for a
    sentence to hold speech); ``attribution``, the phrases "بحسب", "according to"."""
    key = (lang, which)
    if key not in _AUTOMATA:
        _AUTOMATA[key] = word_automaton(words())
    return _AUTOMATA[key]


_VERB_FORMS: dict[int, tuple[frozenset[str], frozenset[str]]] = {}
#: The speech and denial verb forms together, per language's cue object.
_ALL_VERB_FORMS: dict[int, tuple[object, frozenset[str]]] = {}


def _verb_forms(verbs: frozenset[str]) -> frozenset[str]:
    """The written forms of ``verbs``: bare or behind و / ف / ول (listed once per
    long-lived verb set, so a word is one set lookup)."""
    forms = set(verbs)
    for p in ("و", "ف", "ول"):
        if p in PROCLITICS:
            forms.update(p + v for v in verbs)
    return frozenset(forms)


_PHRASES: dict[str, re.Pattern] = {}


def _phrase_regex(phrase: str) -> re.Pattern:
    regex = _PHRASES.get(phrase)
    if regex is None:
        regex = _PHRASES[phrase] = re.compile(rf"(?<!\w)[وف]?{re.escape(phrase)}(?!\w)")
    return regex


def _close_to(doc: Doc, m: Mention) -> bool:
    """Whether ``m`` is only what a source is close to: "مصدر مقرب من X"."""
    return cues(doc.lang).close_to_before.search(doc.norm.text, max(0, m.nstart - 20), m.nstart) is not None


def _close_source(doc: Doc, verb_end: int, comp: int, mentions: list[Mention]) -> bool:
    """Whether the subject between a verb and its complementiser is a source close to an
    actor ("وأكد مصدر مقرب من X أن"): someone unnamed speaks."""
    return any(verb_end <= m.nstart < comp and _close_to(doc, m) for m in mentions)


_APPOSITION_REACH = 80   # characters an apposition between a subject and its verb may span


def _apposition_head(text: str, mentions: list[Mention], last: Mention, verb_start: int) -> Mention | None:
    """"P، المقرب من X، قال": the actor right before the verb closes an apposition set
    off by commas; who speaks is the actor the apposition describes (P), named just before
    its first comma."""
    if text[last.nend:verb_start].strip() not in ("،", ","):
        return None
    for m in reversed([m for m in mentions if m.nend < last.nstart]):
        between = text[m.nend:last.nstart]
        if last.nstart - m.nend > _APPOSITION_REACH:
            return None
        if between.lstrip()[:1] in ("،", ",") and sum(between.count(c) for c in "،,") == 1:
            return m
    return None


class ReportedSpeech:
    name = "speech"

    def __call__(self, doc: Doc) -> Doc:
        c = cues(doc.lang)
        text = doc.norm.text
        by_sentence: dict[int, list[Mention]] = {}
        for m in doc.mentions:
            if m.cls in _SPEAKER_CLASSES and m.kind != "nisba":
                by_sentence.setdefault(m.sentence, []).append(m)
        last_speaker: str | None = None
        cue_scan = _scanner(doc.lang, "cues", lambda: c.speech_verbs | c.denial_verbs | c.attribution_phrases)
        attribution_scan = _scanner(doc.lang, "attribution", lambda: c.attribution_phrases)
        # Every written form of the verbs, so each word is one set lookup (the union is
        # made once per language, not per document).
        denial_forms = built_once(_VERB_FORMS, c.denial_verbs, _verb_forms)
        verb_forms = built_once(_ALL_VERB_FORMS, c, lambda c: denial_forms | built_once(
            _VERB_FORMS, c.speech_verbs, _verb_forms))
        for sentence in doc.sentences:
            ns, ne = sentence_span(doc, sentence)
            # The sentence as its own string: pyahocorasick's iter(text, start, end) reads the
            # whole text on every call (quadratic in long documents), a slice only the sentence.
            here = text[ns:ne]
            if next(cue_scan.iter(here), None) is None:
                continue   # no speech, denial or attribution word in this sentence
            toks = tokens(doc, sentence)
            in_sentence = sorted(by_sentence.get(sentence.index, ()), key=lambda m: m.nstart)
            found_speaker = None
            unnamed_source = False   # "وأكد مصدر مقرب من X": a later "وأضاف" is not X's, nor an older speaker's
            resume = -1   # a sentence may report two speakers: "نفى X ...، وقال إن ..."
            # Only the verbs' positions are visited (the scan above also passes words
            # that merely hold a verb's letters); no verb at all costs one set test.
            verbs_at = () if verb_forms.isdisjoint(sentence_words(doc, sentence)) else \
                [i for i, tok in enumerate(toks) if tok.text in verb_forms]
            for i in verbs_at:
                tok = toks[i]
                if tok.start < resume:
                    continue
                denial = tok.text in denial_forms
                if denial and i + 1 < len(toks) and toks[i + 1].text in c.undisclosed:
                    continue   # "رفض الكشف عن هويته": an unnamed source, nothing denied
                comp = self._complementizer(doc, text, toks, i, c.complementizers, ne,
                                            near=3 if denial else 12)
                # "told" is followed by whom it was told, not by the content.
                if comp is None and not denial and doc.lang == "en" and i + 1 < len(toks) \
                        and tok.text != "told" and toks[i + 1].text not in _NOT_CONTENT and text[tok.end:toks[i + 1].start] == " ":
                    comp = toks[i + 1].start   # "Saree said the Houthis targeted ...": no "that"
                if comp is None and not denial:
                    if doc.lang == "en" and i > 0 and tok.text in _TRAILING_SAY and len(toks) - i <= 6:
                        # "..., the minister said." : the speech precedes the verb.
                        comma = text.rfind(",", ns, tok.start)
                        speaker = self._trailing_speaker(toks, i, in_sentence, comma)
                        if comma > ns and speaker is not None:
                            self._add(doc, ns, comma, speaker, tok.text, False)
                            found_speaker = speaker
                    continue
                speaker = self._speaker(doc, toks, i, in_sentence, comp)
                if speaker is None and comp is not None:
                    unnamed_source = unnamed_source or _close_source(doc, toks[i].end, comp, in_sentence)
                # Without a complementiser the content follows the subject ("نفى X أي صلة").
                start = comp if comp is not None else self._after_subject(doc, toks, i, in_sentence, speaker)
                clause = _CLAUSE_END.search(text, start, ne)
                end = clause.start() if clause else ne
                if speaker is None and (comp is None or self._adjacent(toks, i, comp)):
                    speaker = last_speaker   # "وأضاف إن", "وأشار إلى أن": same speaker as before
                self._add(doc, start, end, speaker, tok.text, denial)
                found_speaker = speaker or found_speaker
                resume = end
            # A phrase's regex can match only where the phrase itself stands.
            present = {phrase for _, phrase in attribution_scan.iter(here)} if attribution_scan else ()
            for phrase in c.attribution_phrases if present else ():
                if phrase not in present:
                    continue
                for m in _phrase_regex(phrase).finditer(text[ns:ne]):
                    after = [x for x in in_sentence if x.nstart >= ns + m.end()]
                    if after and after[0].nstart - (ns + m.end()) <= 4:
                        # "بحسب X" attributes the sentence's content to X.
                        self._add(doc, ns, ne, after[0].entity, phrase, False)
                        found_speaker = found_speaker or after[0].entity
            last_speaker = found_speaker or (None if unnamed_source else last_speaker)
        _own_words(doc)
        return doc

    @staticmethod
    def _speaker(doc, toks, i, mentions: list[Mention], comp: int | None) -> str | None:
        """The subject of the verb at toks[i]: after it (Arabic verb-first order, up to the
        complementiser) or right before it ("الجانب الأميركي يزعم", "Iran said")."""
        verb = toks[i]
        limit = comp if comp is not None else toks[min(i + _NEAR, len(toks) - 1)].end
        after = [m for m in mentions if verb.end <= m.nstart < limit]
        text = doc.norm.text
        # A dateline ("أنقرة ـ رويترز: قال الجيش ...") ends at its colon: the agency
        # before it sends the story, it is not the verb's subject.
        before = [m for m in mentions if m.nend <= verb.start and verb.start - m.nend <= 3
                  and not _dateline_between(doc, toks[0].start, m.nend, verb.start, m)]
        opens_clause = i == 0 or _dateline_between(doc, toks[0].start, toks[i - 1].end, verb.start)
        verb_first = doc.lang == "ar" and (verb.text[:1] in "وف" or opens_clause)
        if verb_first:
            # "نفى المتحدث باسم الوزارة ناصر كنعاني": the person in the subject speaks;
            # "وقال مصدر مقرب من الحزب": the party is only what the source is close to.
            after = [m for m in after if not _close_to(doc, m)]
            people = [m for m in after if m.cls == "Person"]
            pick = people[0] if people else (after[0] if after else None)
        elif doc.lang == "en":
            # The subject opens the clause: "Abu Obeida, the spokesman for the Qassam
            # Brigades, said ..." is Abu Obeida speaking.
            earlier = [m for m in mentions if m.nend <= verb.start
                       and not _dateline_between(doc, toks[0].start, m.nend, verb.start, m)]
            people = [m for m in earlier if m.cls == "Person" and verb.start - m.nend <= 120]
            near = [m for m in earlier if verb.start - m.nend <= 40]
            # "The Islamic Resistance Front in Syria said": a place after "in / for / to"
            # says where the subject is, it does not speak (unless nothing else is near).
            near = [m for m in near if not _place_after_preposition(text, m)] or near
            pick = people[0] if people else (near[-1] if near else (after[0] if after else None))
        else:
            pick = before[-1] if before else (after[0] if after else None)
            if before and doc.lang == "ar":
                pick = _apposition_head(text, mentions, before[-1], verb.start) or pick
        return pick.entity if pick else None

    @staticmethod
    def _trailing_speaker(toks, i, mentions: list[Mention], comma: int) -> str | None:
        """The subject of a speech verb closing its sentence ("..., a Pentagon official
        said"): named between the last comma and the verb, or right after the verb
        ("..., said Yahya Saree"); an actor earlier in the sentence is part of what was
        said ("X is an ally of Badr, officials said": unnamed officials speak)."""
        verb = toks[i]
        between = [m for m in mentions if m.nstart > comma and m.nend <= verb.start]
        if between:
            people = [m for m in between if m.cls == "Person"]
            return (people[0] if people else between[-1]).entity
        if verb.text != "told" and i + 1 < len(toks):
            after = [m for m in mentions if m.nstart == toks[i + 1].start]
            if after:
                return after[0].entity
        return None

    @staticmethod
    def _after_subject(doc, toks, i, mentions: list[Mention], speaker) -> int:
        """Where a denial's noun object starts: after its subject, and after the backing
        that describes the subject ("رفضت الفصائل الموالية لطهران الاتهامات": the
        backing is not what is denied)."""
        verb = toks[i]
        if speaker is None:
            return verb.end
        for m in mentions:
            if m.entity == speaker and m.nstart >= verb.end and m.nstart - verb.end < 80:
                end = m.nend
                aff = cues(doc.lang).affiliation.match(doc.norm.text, end + 1) if doc.norm.text[end:end + 1] == " " else None
                if aff:
                    backer = [b for b in mentions if 0 <= b.nstart - aff.end() <= 2]
                    if backer:
                        end = backer[0].nend
                return end
        return verb.end

    @staticmethod
    def _adjacent(toks, i, comp: int) -> bool:
        """Whether at most one word ("إلى") stands between the verb and the complementiser."""
        between = [t for t in toks[i + 1:i + 4] if t.start < comp]
        return len(between) <= 1

    @staticmethod
    def _complementizer(doc, text, toks, i, complementizers, end, near: int) -> int | None:
        """Where the reported content starts: a complementiser, a colon or an opening quote
        within ``near`` words of the verb."""
        window = toks[i + 1:i + 1 + near]
        for t in window:
            if t.text in complementizers:
                return t.start
        limit = window[-1].end if window else toks[i].end
        colon = text.find(":", toks[i].end, min(end, limit))
        if colon >= 0:
            return colon
        ostart, olimit = doc.norm.to_original(toks[i].end), doc.norm.to_original(min(end, limit))
        quote = _OPEN_QUOTE.search(doc.text, ostart, olimit)
        if quote is None:
            return None
        if doc.lang == "en" and doc.text[ostart:quote.start()].strip():
            # 'said it launched a "defensive" strike': a word or two in quotes after the
            # content has begun is the speaker's term, no opening of a quotation.
            close = _CLOSE_QUOTE.search(doc.text, quote.end(), quote.end() + _SCARE_REACH)
            if close is not None and len(doc.text[quote.end():close.start()].split()) <= _SCARE_WORDS:
                return None
        return doc.norm.to_normalized(quote.start())

    @staticmethod
    def _add(doc: Doc, nstart: int, nend: int, speaker, verb: str, denial: bool) -> None:
        s, e = doc.norm.span_to_original(nstart, nend)
        doc.speech.append(Speech(s, e, speaker, verb, denial))


_GROUPS = frozenset({"Organization", "ArmedGroup", "Government", "Coalition"})
_OWN: dict[str, re.Pattern | None] = {}


def _own_pattern(lang: str) -> re.Pattern | None:
    if lang not in _OWN:
        words = sorted({normalize_key(w) for w in language_data(lang, "own_words").get("own_words", [])},
                       key=len, reverse=True)
        glue = "(?:[وف]?)" if lang == "ar" else ""
        _OWN[lang] = re.compile(rf"(?<!\w){glue}(?P<w>{'|'.join(map(re.escape, words))})(?!\w)") if words else None
    return _OWN[lang]


def _own_words(doc: Doc) -> None:
    """"هاجم عناصرنا"، "our fighters targeted": inside a group's statement, the words by
    which it names itself are a mention of the speaking group."""
    pattern = _own_pattern(doc.lang)
    spans = [sp for sp in doc.speech if sp.speaker and sp.speaker in doc.entities
             and doc.entities[sp.speaker].cls in _GROUPS and not sp.denial]
    if pattern is None or not spans:
        return
    covered = MentionIndex(doc)
    sentence_starts = [(s.start, s.end, s.index) for s in doc.sentences]
    added = False
    for sp in spans:
        ns, ne = doc.norm.to_normalized(sp.start), doc.norm.to_normalized(sp.end)
        for hit in pattern.finditer(doc.norm.text, ns, ne):
            start, end = hit.start("w"), hit.end("w")
            if covered.overlaps(start, end):
                continue
            ostart = doc.norm.to_original(start)
            sent = next((i for s, e, i in sentence_starts if s <= ostart < e), -1)
            if sent < 0:
                continue
            entity = doc.entities[sp.speaker]
            add_mention(doc, start, end, sp.speaker, entity.cls, "speech.own_words", "anaphor", sent)
            covered.add(start, end)
            added = True
    if added:
        sort_mentions(doc)

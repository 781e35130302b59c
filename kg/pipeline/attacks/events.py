"""Event-first detection: an assault the sentence reports, whoever did it.

The role frames (sentence_frames.py) need a named attacker or target.  Real reports often
name neither ("انفجرت سيارة مفخخة قرب سوق", "a roadside bomb killed two soldiers"), so
where the frames found nothing this module looks for the event itself:

* a cue word of a kind of assault (event_cues.py, kg/lang/<lang>/events.yaml): ``strong``
  cues name a concrete assault (a car bomb, a clash, an assassination), ``weak`` ones
  (attack, targeting, killing, explosion) also name plans, tallies and commentary;
* told as happening (event_realised.py): a count of people killed or wounded; a strong
  finite past verb ("اغتال"), or a strong cue with the bomb's own past verb ("انفجرت سيارة مفخخة"); or a
  strong cue on a stated day with a casualty word or a second kind of cue;
* not under a threat, plan, hypothesis, prevention, trial, commemoration or response
  word earlier in the cue's clause, not a purpose ("لتفجير"), not right after a negation
  or a tally ("عشرات الهجمات"), not in a question, not history (an old date or year);
* an accusation before the cue ("اتهم X بتفجير") makes it the accuser's reported claim.

The roles are read around the cues by event_roles.py, from any mention, generic ones
(gunmen, police, civilians) included.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from kg.model import ASSERTED, DENIED, REPORTED, Attack, Doc, Sentence
from kg.pipeline.attacks.cues import AttackCues, attack_cues
from kg.pipeline.attacks.items import Item, dates_by_sentence, speech_at, strip_conj
from kg.pipeline.attacks.place_words import site_of_state
from kg.pipeline.attacks.event_blocks import accusation_at, blocked, buried, known_event, own_predicate, tally
from kg.pipeline.attacks.event_cues import Hit, cue_hits, event_cues, matches
from kg.pipeline.attacks.event_details import accuser, event_place
from kg.pipeline.attacks.event_history import earlier_month, hijri_year, relative_asides, story_time
from kg.pipeline.attacks.event_realised import (active_killing, arrest_operation, realised, taken_on_a_day,
                                                weapon_subject)
from kg.pipeline.attacks.event_roles import AGENT_CLASSES, read_roles
from kg.pipeline.attacks.event_subjects import (armed_launch, armed_subject, item_at, named_strike, passive_agent,
                                               verb_first)
from kg.pipeline.attacks.merging import attack_kind, most_specific
from kg.pipeline.attacks.preempted import preempted, preempting_sides
from kg.pipeline.attacks.running_tolls import running_cues, running_toll
from kg.pipeline.attacks.triggers import TriggerRules
from kg.pipeline.speech_spans import polarity_at
from kg.pipeline.tokens import sentence_span, separated_positions, token_text, tokens

# A word glued to a mention by a hyphen ("the Israel-owned ship"), compiled once.
_GLUED = re.compile(r"-(\w+)")

#: How far (in tokens) from a frame's trigger a cue word still tells the frame's kind.
KIND_REACH = 3
#: Most specific kind first: the kind of an event with several cues.
EVENT_KIND_ORDER = ["SuicideBombing", "Airstrike", "GrenadeAttack", "Bombing", "Assassination",
                    "Abduction", "Shelling", "Raid", "ArmedClash", "Shooting", "Siege", "Attack"]


def _dateline_end(doc: Doc, toks, first: Hit, items: list[Item]) -> int:
    """The first item after a dateline colon within the sentence's first six words and
    before its first cue ("لاغوس ـ ا.ف.ب: خطف ..."), else 0."""
    text = doc.norm.text
    for k in range(1, min(first.start + 1, 7, len(toks))):
        if ":" in text[toks[k - 1].end:toks[k].start]:
            return item_at(items, toks[k].start)
    return 0


@dataclass(slots=True)
class EventRead:
    attack: Attack
    #: The cue is definite ("الانفجار", "the blast"): an event the text told before.
    retold: bool


class EventDetector:
    """Finds the assault of a sentence the role frames left empty (see module doc)."""

    @staticmethod
    def has_cue(doc: Doc, sentence: Sentence) -> bool:
        """Whether any cue word stands in the sentence (cheap: one lookup per word)."""
        cues = event_cues(doc.lang).cues
        return any(w in cues for w in cue_words(doc, sentence))

    @staticmethod
    def irrealis(doc: Doc, sentence: Sentence) -> bool:
        """Whether the sentence tells no assault as happening now: history, or every cue
        word under a threat, plan, hypothesis, accusation or negation.  Role frames found
        in such a sentence are dropped too."""
        words, hits, free = _read(doc, sentence)
        if _history(doc, sentence):
            return True
        ec, c = event_cues(doc.lang), attack_cues(doc.lang)
        # A bomber or sniper named beside a threat ("هدد بإرسال انتحاريين") is who would
        # act, not a deed: such a noun is no free cue once another cue is blocked.
        deeds = [ok for h, ok in zip(hits, free) if words[h.end - 1] not in ec.agents]
        if any(deeds) or all(free) and hits:
            return False
        # The role frames' trigger words count as cues here too ("ضرب", "شن").
        trigger_forms = c.forms(c.triggers)
        triggers = [Hit(i, i + 1, "Attack", False, False) for i, w in enumerate(words) if trigger_forms.get(w)]
        commas = _commas(doc, sentence)
        return bool(hits or triggers) and all(blocked(words, h, ec, commas, claims=True) for h in triggers)

    @staticmethod
    def kind(doc: Doc, sentence: Sentence, near: tuple[int, int, int] | None = None) -> str | None:
        """The most specific kind the sentence's unblocked cue words name; with ``near`` (a
        frame's clause span and trigger offset), only the cue words of that clause, and a
        clash word only within KIND_REACH tokens of the trigger ("قال X إنه استهدف مقرا ...
        في أحدث تبادل للاشتباكات": the clash tells the context, the frame is one-sided)."""
        _, hits, free = _read(doc, sentence)
        toks = tokens(doc, sentence)
        if near is not None:
            start, end, trigger = near
            at = next((i for i, tok in enumerate(toks) if tok.end > trigger), len(toks))
            free = [ok and start <= toks[h.start].start < end and (
                h.kind != "ArmedClash" or h.start - KIND_REACH <= at < h.end + KIND_REACH)
                for h, ok in zip(hits, free)]
        kinds = {h.kind for h, ok in zip(hits, free) if ok}
        return next((k for k in EVENT_KIND_ORDER if k in kinds), None)

    def __call__(self, doc: Doc, sentence: Sentence, items: list[Item], c: AttackCues) -> EventRead | None:
        ec = event_cues(doc.lang)
        toks = tokens(doc, sentence)
        words, all_hits, free = _read(doc, sentence)
        if doc.sentence_text(sentence).rstrip().endswith(("?", "؟")):
            return None   # a question reports nothing
        commas = _commas(doc, sentence)
        hits = [h for h, ok in zip(all_hits, free) if ok and not tally(words, h, ec)
                and not running_toll(words, h.start, h.end, running_cues(doc.lang))
                and (not known_event(words, h, ec) or own_predicate(words, h, ec, commas))]
        if not hits:
            return None
        dated = sentence.index in dates_by_sentence(doc)
        real = [h for h in hits if realised(words, h, hits, ec, dated) or own_predicate(words, h, ec, commas)
                or verb_first(items, toks, h, ec) or named_strike(items, toks, h, hits, words, ec)
                or active_killing(items, toks, h, ec) or armed_subject(items, toks, h, ec)
                or armed_launch(items, toks, h, ec) or passive_agent(items, toks, words, h, ec)
                or weapon_subject(hits, words, h, ec) or taken_on_a_day(items, toks, h, words, ec, dated, doc.norm.text)]
        if not real:
            return None
        first = real[0]
        if doc.lang == "ar" and buried(words, all_hits, ec):
            return None
        polarity, speaker = polarity_at(doc, doc.norm.to_original(toks[first.start].start))
        if polarity == DENIED:
            return None
        accused_at = accusation_at(words, first, ec)
        if polarity == ASSERTED and accused_at is not None:
            # "اتهمت الحكومة X بتفجير ...": the accuser's claim, never an asserted event.
            polarity = REPORTED
            speaker = accuser(items, item_at(items, toks[accused_at].start))
        kinds = {h.kind for h in real}
        kind = next(k for k in EVENT_KIND_ORDER if k in kinds)
        if kinds <= {"Raid", "Attack"} and arrest_operation(words, ec):
            return None
        t = item_at(items, toks[first.start].start)
        # A dateline ("بيروت ـ رويترز:") names who reports, never a side of the event.
        roles = [_backer_as_word(doc, it, c) for it in items[_dateline_end(doc, toks, first, items):]]
        shift = len(items) - len(roles)
        cue_items = [item_at(items, toks[h.start].start) - shift for h in real]
        clash = next((h for h in real if h.kind == "ArmedClash"), None)
        clash_at = item_at(items, toks[clash.start].start) - shift if clash is not None else None
        casualty_items = [k for k, it in enumerate(roles) if it.word in ec.casualties]
        speaker_entity = doc.entities.get(speaker) if speaker else None
        agent = speaker if speaker_entity is not None and speaker_entity.cls in AGENT_CLASSES \
            and not _attributed(doc, toks[first.start].start, c) else None
        attacker, target, mutual = read_roles(roles, [k for k in cue_items if k >= 0],
                                              clash_at if clash_at is None or clash_at >= 0 else None,
                                              casualty_items, c, agent, ec.numbers, ec.killing,
                                              frozenset(k for k, it in enumerate(roles) if it.mention is not None
                                                        and site_of_state(doc.norm.text, it.mention, c)))
        weapons = [it.mention.entity for it in items if it.mention and it.mention.cls == "Weapon"]
        # A named weapon can say more than the cue words: "طائرة مسيرة" makes a DroneStrike.
        kind = most_specific(attack_kind(weapons, set()), kind)
        verb = preempted(words, first, ec)
        if verb is not None:
            # "تدمير صاروخين تابعين لـX قبيل إطلاقهما": no launch; the destroyer struck X.
            attacker, target = preempting_sides(items, toks, verb, first)
            if attacker is None:
                return None
            weapons, kind, mutual = [], "Attack", False
        attack = Attack(attacker, target, doc.evidence(sentence, speaker), f"{doc.lang}.event.{kind}",
                        0.6 if first.strong else 0.5, event_place(items, c, {attacker, target}),
                        TriggerRules._date(doc, sentence, items, t, c), list(dict.fromkeys(weapons)),
                        kind, polarity, mutual=mutual)
        return EventRead(attack, _definite(doc, hits[0].start, words, c))


def _attributed(doc: Doc, offset: int, c: AttackCues) -> bool:
    """The cue stands in what a source is cited for ("بحسب X،", "وفقا لـX", "according to
    X"): X told the event, it is no side of it (unlike "قال X إنه أطلق")."""
    span = speech_at(doc, doc.norm.to_original(offset))
    return span is not None and bool(span.verb) and c.word(strip_conj(span.verb.split()[0]), c.attributions) is not None


def _read(doc: Doc, sentence: Sentence) -> tuple[list[str], list[Hit], list[bool]]:
    """The sentence's words, cue hits and which hits are free of irrealis words, read
    once per sentence (the extractor asks several times)."""
    cache = doc.cache.setdefault("event_cues", {})
    read = cache.get(sentence.index)
    if read is None:
        ec = event_cues(doc.lang)
        words = cue_words(doc, sentence)
        hits = cue_hits(words, ec)
        commas = _commas(doc, sentence)
        read = cache[sentence.index] = (words, hits, [not blocked(words, h, ec, commas) for h in hits])
    return read


def _commas(doc: Doc, sentence: Sentence) -> frozenset[int]:
    """Indexes of the sentence's words that follow a comma (a clause end words do not show);
    once per sentence (both :func:`_read` and ``irrealis`` ask)."""
    cache = doc.cache.setdefault("event_commas", {})
    commas = cache.get(sentence.index)
    if commas is None:
        commas = cache[sentence.index] = separated_positions(doc, sentence)
    return commas


def _definite(doc: Doc, i: int, words: list[str], c: AttackCues) -> bool:
    """The cue word carries the article or follows a demonstrative ("هذه الضربات")."""
    if i > 0 and c.word(words[i - 1], c.demonstratives):
        return True
    if doc.lang == "ar":
        return words[i].startswith(("ال", "وال", "فال", "بال", "لل", "ولل", "وبال"))
    return i > 0 and words[i - 1] == "the"


def cue_words(doc: Doc, sentence: Sentence) -> list[str]:
    """The sentence's words as the cue tables spell them (English lower-cased), once."""
    cache = doc.cache.setdefault("event_words", {})
    words = cache.get(sentence.index)
    if words is None:
        # The language is tested once per sentence, not once per word.
        toks = tokens(doc, sentence)
        words = cache[sentence.index] = list(map(token_text, toks)) if doc.lang == "ar" \
            else [t[2].lower() for t in toks]
    return words


def _chronology_entry(doc: Doc, sentence: Sentence, dates) -> bool:
    """A dated entry of a chronology ("* 5 مارس 2005: اغتيال ..."): the date heading
    the sentence is the event's own; the entry reports that event, old or not."""
    text = doc.document.text
    start = sentence.start
    while start < sentence.end and text[start] in " *•ـ-–—\t":
        start += 1
    for d in dates:
        if d.start == start:
            rest = text[d.end:sentence.end].lstrip(" )")
            # "12 يوليو (تموز) 2005:" - the month's other name may follow in brackets
            rest = rest.split(":", 1)
            return len(rest) == 2 and len(rest[0]) <= 24
    return False


def _history(doc: Doc, sentence: Sentence) -> bool:
    """A date more than a year before publication, or a bare year before the publication
    year ("في عام 1995", "in 2004"), makes the sentence history: no new event."""
    ec = event_cues(doc.lang)
    words = cue_words(doc, sentence)
    if ec.earlier and not ec.earlier.keys().isdisjoint(words) and any(
            matches(words, i, rest) for i, w in enumerate(words) for rest in ec.earlier.get(w, ())):
        return True
    if story_time(words, ec):
        return True
    published = doc.document.date
    dates = dates_by_sentence(doc).get(sentence.index, ())
    if hijri_year(words, ec) or earlier_month(words, ec, published) and not any(
            abs((published - d.value).days) <= 31 for d in dates):
        return True   # last July's strike beside yesterday's news does not make it history
    if published is None:
        return False
    if _chronology_entry(doc, sentence, dates):
        return False
    asides = _asides(doc, sentence)
    if any((published - d.value).days > 366 and not _inside(doc.norm.to_normalized(d.start), asides)
           for d in dates):
        return True
    years = [tok for tok in tokens(doc, sentence) if len(tok.text) == 4 and tok.text.isdigit()
             and 1900 <= int(tok.text) < published.year and not _inside(tok.start, asides)]
    if not years:
        return False
    spans = [(doc.norm.to_normalized(d.start), doc.norm.to_normalized(d.end)) for d in dates]
    return any(not any(a <= tok.start < b for a, b in spans) for tok in years)


def _asides(doc: Doc, sentence: Sentence) -> list[tuple[int, int]]:
    """The sentence's relative clauses on an actor that tell no attack (English)."""
    if doc.lang != "en":
        return []
    c = attack_cues(doc.lang)
    ec = event_cues(doc.lang)
    triggers = c.forms(c.triggers)
    start, end = sentence_span(doc, sentence)
    return relative_asides(doc.norm.text, start, end,
                           lambda w: bool(triggers.get(w.lower())) or ec.mentions_any(w.lower()))


def _inside(pos: int, spans: list[tuple[int, int]]) -> bool:
    return any(a <= pos < b for a, b in spans)


def _backer_as_word(doc: Doc, it: Item, c: AttackCues) -> Item:
    """A state or group glued to a backing word before another actor ("clashes with the
    Turkish-backed SNA", "the al-Qaeda-linked HTS"): it qualifies the actor after it and
    takes no side in the event, so the roles read it as a plain word."""
    m = it.mention
    if m is None or m.kind not in ("nisba", "name"):
        return it
    glued = _GLUED.match(doc.norm.text[m.nend:m.nend + 20]) if doc.norm.text.startswith("-", m.nend) else None
    if glued is None or glued.group(1).lower() not in c.backing_words | {"proxy"}:
        return it
    return Item(it.start, it.end, word="·")

"""Which of :func:`~kg.pipeline.attacks.event_blocks.blocked`'s tests can fire in a sentence,
from one look at its words.

``blocked`` runs a dozen tests on every cue hit, each a scan of words around the hit
(a window back for a threat word, forward for a denial, the whole sentence for an
accident word).  Most of them can only fire when one word of a small set stands
somewhere in the sentence (a denial verb, a word of fireworks, a clause opener): when
none does, the test is False for every hit of that sentence.  So the sentence's word set
is built once and each such set is tested against it once; a test whose words are absent
is not run at all.  The gates are necessary conditions only: they decide which tests
run, never what a test finds, so no output changes.
"""
from __future__ import annotations

from dataclasses import dataclass

from kg.pipeline.attacks.event_cues import EventCues
from kg.pipeline.derived import built_once


@dataclass(frozen=True, slots=True)
class Gates:
    """Per test (or group of tests), whether a word it needs is in the sentence."""
    accident: bool      # event_accidents.accident: handling times, fireworks, accident words
    war_toll: bool      # _war_toll: a war noun
    scene: bool         # _scene_after_news: a time conjunction, with or without و
    disputed: bool      # event_stances.disputed: a verb of conflicting accounts
    denied: bool        # event_stances.denied_after: a denial verb
    unreal: bool        # _told_unreal: any of the three below
    weapon_test: bool   # ... a word of weapons tests
    proposal: bool      # ... a proposal phrase's first word ("هو الحل")
    clause: bool        # ... a word its clause test stops at (irrealis, toll, occasion ...)
    condemned: bool     # event_stances.condemned: a word of condemning
    light_noun: bool    # _light_noun: a light verb's verbal noun
    sense: bool         # senses.other_sense: a movement taken, a website, a verb of ending, a cargo


@dataclass(frozen=True, slots=True)
class _GateWords:
    accident: frozenset[str]
    war_toll: frozenset[str]
    scene: frozenset[str]
    disputed: frozenset[str]
    denied: frozenset[str]
    weapon_test: frozenset[str]
    proposal: frozenset[str]
    clause: frozenset[str]
    condemned: frozenset[str]
    light_noun: frozenset[str]
    sense: frozenset[str]


_GATE_WORDS: dict[int, tuple[object, _GateWords]] = {}
_UNREAL_WORDS: dict[int, tuple[object, frozenset[str]]] = {}


def unreal_words(ec: EventCues) -> frozenset[str]:
    """Every word at which event_blocks' ``_told_unreal`` clause test can find the cue
    unreal (a clause break only ends that test): one set test skips it for a window of none."""
    return built_once(_UNREAL_WORDS, ec, _unreal_words)


def _unreal_words(ec: EventCues) -> frozenset[str]:
    return frozenset(ec.future_results | {"قد"} | ec.since | ec.background | ec.finds
                     | (ec.toll_updates or {}).keys() | (ec.occasions or {}).keys() | ec.irrealis.keys())


_SENSE_WORDS: dict[int, tuple[object, frozenset[str]]] = {}


def sense_words(ec: EventCues) -> frozenset[str]:
    """The words senses.other_sense needs somewhere in the sentence (one of them stands
    right after the cue in each of its tests)."""
    return built_once(_SENSE_WORDS, ec, lambda e: e.abducted_abstractions | e.website_nouns | e.ending_verbs | e.cargo_marks)


def _gate_words(ec: EventCues) -> _GateWords:
    """The words each test needs somewhere in the sentence, read off the cue tables once."""
    return _GateWords(
        # _mishandled needs a handling time, _firework a fireworks phrase's first word,
        # _near_accident an accident phrase's first word.
        accident=frozenset(ec.handling_times) | frozenset(ec.fireworks or ()) | frozenset(ec.accidents or ()),
        war_toll=frozenset(ec.wars),
        scene=frozenset(ec.openers) | frozenset("و" + w for w in ec.openers),
        disputed=frozenset(ec.dispute_verbs),
        denied=frozenset(ec.denial_verbs) if ec.denied_anaphors else frozenset(),
        weapon_test=frozenset(ec.weapon_tests), proposal=frozenset(ec.proposals or ()), clause=unreal_words(ec),
        condemned=frozenset(ec.condemnations),
        light_noun=frozenset(ec.light_nouns),
        sense=sense_words(ec))


#: The last sentence's gates: ``blocked`` is called for every hit of one sentence in a
#: row, so one entry is enough.  The words list is kept beside them, so a freed list's
#: reused ``id`` cannot return them for another sentence.
_LAST: list = [None, None, None]


def gates(words: list[str], ec: EventCues) -> Gates:
    """The gates of the sentence ``words`` (the cue words, read once per sentence)."""
    last = _LAST
    if last[0] is words and last[1] is ec:
        return last[2]
    g = built_once(_GATE_WORDS, ec, _gate_words)
    present = frozenset(words)
    d = present.isdisjoint
    weapon_test, proposal, clause = not d(g.weapon_test), not d(g.proposal), not d(g.clause)
    result = Gates(accident=not d(g.accident), war_toll=not d(g.war_toll), scene=not d(g.scene),
                   disputed=not d(g.disputed), denied=not d(g.denied),
                   unreal=weapon_test or proposal or clause, weapon_test=weapon_test, proposal=proposal,
                   clause=clause, condemned=not d(g.condemned), light_noun=not d(g.light_noun),
                   sense=not d(g.sense))
    last[0], last[1], last[2] = words, ec, result
    return result

"""What makes a claim one of responsibility, the one test every claim step asks.

A claim verb alone ("أعلنت", "claimed") may announce anything, or be an allegation; the
claim names a deed its claimer did when it takes "responsibility" ("أعلنت X مسؤوليتها
عن", "claimed responsibility for") or when its verb adopts the deed ("وتبنت X الهجوم",
"تبنته"). The words are data (``responsibility`` and ``adopt_verbs`` of
kg/lang/<lang>/events.yaml) and are matched in their normalised, inflected forms: a test
written by hand here once looked for "مسؤولي" in normalised text, where ؤ is written و,
and never matched; another took "مسؤولين" (officials) for a claim.

The document step that gives an unattributed attack inside a claim read as reported
speech its claimer (:func:`claimed_by_speaker`) lives here too; the claim in a later
clause or sentence is read by claim_clauses.py and extractor._claim.
"""
from __future__ import annotations

import re

from kg.model import Attack, Doc
from kg.pipeline.attacks.cues import ATTACKERS
from kg.pipeline.attacks.event_cues import event_cues
from kg.pipeline.attacks.merging import disagree
from kg.text.normalize import normalize_key


def claims_responsibility(word: str | None, lang: str) -> bool:
    """Whether ``word`` (normalised) is "responsibility" taken for a deed: "مسؤوليتها",
    "المسؤولية", "بمسؤوليتهم", "responsibility"."""
    return bool(word) and word in event_cues(lang).responsibility


def adopts_deed(word: str | None, lang: str) -> bool:
    """Whether ``word`` (normalised) is a verb of adopting a deed, which claims it with no
    "responsibility": "تبنت", "وتبنته", "يتبنى"."""
    return bool(word) and word in event_cues(lang).adopt_verbs


#: The first word of a span of reported content, past a colon or a quote opening it.
_FIRST_WORD = re.compile(r"\w+")


def claimed_by_speaker(attacks: list[Attack], doc: Doc) -> None:
    """"The group claimed responsibility for a drone attack on US troops": an attack read
    without its attacker inside a claim of responsibility (the speech verb adopts the deed,
    or the content opens with "responsibility" or a verb of adopting) was carried out by
    the group that claims it."""
    for sp in doc.speech:
        speaker = doc.entities.get(sp.speaker) if sp.speaker else None
        claimer = sp.speaker
        if speaker is None and not sp.denial:
            # "An Iraqi Shiite militia claimed responsibility for ...": speech reads no
            # speaker in a described group (generic actors come later); the group is its subject
            claimer = described_claimer(doc, sp.start)
            if claimer is None:
                continue
        # Groups claim responsibility; a state read as the claimer is mostly where the
        # group is ("A Shiite militia in Iraq claimed ...").
        elif speaker is None or speaker.cls not in ATTACKERS or speaker.cls == "State" or sp.denial:
            continue
        first = _FIRST_WORD.search(normalize_key(doc.text[sp.start:sp.end]))
        word = first.group() if first else None
        if not (adopts_deed(normalize_key(sp.verb), doc.lang) or claims_responsibility(word, doc.lang)
                or adopts_deed(word, doc.lang)):
            continue
        for a in attacks:
            if a.attacker is None and not a.mutual and a.target != claimer \
                    and a.evidence.start < sp.end and sp.start < a.evidence.end:
                if speaker is None and any(b.attacker == claimer and b.target == a.target and not disagree(a, b)
                                           for b in attacks):
                    continue   # the group's own telling, named later: the document merges into it
                a.attacker = claimer
                a.rule = f"{doc.lang}.attack.claimed"


#: Classes of a group described, not named, that may claim a deed ("an Iraqi militia",
#: "an armed group": kg/lang/<lang>/agents.yaml), as a named group does.
DESCRIBED_CLAIMERS = frozenset({"UnidentifiedArmedGroup"})
#: The most a subject may stand before its speech: the verb and a stated day between
#: ("An Iraqi militia on Monday claimed responsibility").
_SUBJECT_REACH = 40


def described_claimer(doc: Doc, speech_start: int) -> str | None:
    """The described armed group that is the subject of the speech opening at
    ``speech_start`` (original offsets): the last mention before it in its sentence, within
    a few words, with no comma between (else it is the object of an earlier clause)."""
    last = None
    for m in doc.mentions:
        if m.end > speech_start:
            break
        last = m
    # (a described group the text names later points at that group: "generic.member")
    if last is None or not (last.cls in DESCRIBED_CLAIMERS or last.cls in ATTACKERS and last.cls != "State") \
            or last.kind != "generic" \
            or speech_start - last.end > _SUBJECT_REACH:
        return None
    gap = doc.text[last.end:speech_start]
    return None if any(ch in gap for ch in ",،;.") else last.entity

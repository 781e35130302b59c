"""An attack named as one of a group's claimed attacks in a relative clause: "X, which has
claimed dozens of attacks, including the drone strike that killed three soldiers" — the
attack after "including" is X's. The tally ("dozens of attacks") is no attack of its own
(the extractor already reads none from it). The wording is the language's
``including_claim`` in ``kg/lang/<lang>/attacks.yaml``, matched right after the group's
name; only the one attack of the sentence, told without an attacker, is filled.

A stage after :class:`kg.pipeline.attacks.AttackExtractor`: it reads the document's
finished attacks (one per sentence, after merging), then states the opposition the attack
tells, as the extractor does for its own."""
from __future__ import annotations

import re
from functools import lru_cache

from kg.lang import language_data
from kg.model import Doc
from kg.pipeline.attacks.merging import oppositions

#: Claimers: armed groups claim attacks.
_CLAIMERS = frozenset({"ArmedGroup"})


@lru_cache(maxsize=None)
def _pattern(lang: str) -> re.Pattern | None:
    text = language_data(lang, "attacks").get("including_claim")
    return re.compile(text) if text else None


class IncludingClaims:
    """Pipeline component: gives an unattributed attack the group whose claimed attacks
    include it."""

    name = "including_claims"

    def __call__(self, doc: Doc) -> Doc:
        pattern = _pattern(doc.lang)
        if pattern is None or not any(a.attacker is None for a in doc.attacks):
            return doc
        text = doc.norm.text
        filled = False
        by_sentence: dict[int, list] = {}
        for a in doc.attacks:
            by_sentence.setdefault(a.evidence.sentence, []).append(a)
        for k, told in by_sentence.items():
            # One attack told in the sentence: the included one (another would leave it unsure).
            if len(told) != 1 or told[0].attacker is not None:
                continue
            a = told[0]
            groups = [m for m in doc.mentions if m.sentence == k and m.cls in _CLAIMERS and m.entity != a.target
                      and pattern.search(text[m.nend:m.nend + 200])]
            if len({m.entity for m in groups}) == 1:
                a.attacker = groups[0].entity
                a.rule = f"{doc.lang}.attack.including_claim"
                filled = True
        if filled:
            oppositions(doc)
        return doc

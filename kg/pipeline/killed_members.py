"""Members killed, counted first and named later: "أسفرت الغارة عن مقتل قياديين في X."
then, a sentence or more on, "وأفاد ... بأن القتيلين هما A وB": A and B are the members of
X whose deaths were counted (round i13h27). The ``DEADGROUP`` slot of the relation rules
(kg/pipeline/relations.py) is that group: read from the sentences before the naming (and
the naming sentence up to it), only when every such count names the same group (two
groups' dead counted: whose are the named ones is not said).
"""
from __future__ import annotations

import re

from kg.model import Doc, Sentence
from kg.pipeline.patterns import MaskedSentence, mask_sentence

#: A death's noun, then a counted role noun of members (plural or dual, or a number "من"
#: them) and "in / of" a group's mention, or the group in construct ("اثنين من عناصر X")
#: (the masked text: normalised, each mention a «i:Class:kind» token).
_COUNTED = re.compile(
    r"(?<!\S)(?:و|ب|ل)?(?:مقتل|اغتيال|استشهاد|مصرع|قتل|تقتل|يقتل|قتلت|اغتالت|تغتال|يغتال) (?:[^\s«»]+ من )?(?:ال)?"
    r"(?:قياديين|قياديان|قياديي|قاده|عنصرين|عنصران|عناصر|قايدين|قايدان|مسوولين|اعضاء|عضوين|مقاتلين|مقاتلي)"
    r"(?: (?:ال)?(?:بارزين|البارزين|كبار|الكبار|اثنين|ميدانيين))?(?: (?:في|ب|من) ?| )(«\d+:(?:ArmedGroup|Organization):[a-z]+»)")
#: ... or counted as the group's own, by a pronoun: "أعلن حزب الله مقتل اثنين من عناصره"
#: (the group is the one announcing, named before the count; census, issue 13).
_COUNTED_OWN = re.compile(
    r"(?<!\S)(?:و|ب|ل)?(?:مقتل|استشهاد|مصرع) (?:[^\s«»]+ ){1,2}?من "
    r"(?:عناصر|مقاتلي|قادت|قياديي|اعضاء|كوادر)(?:ها|ه|هم)(?!\w)")
_ARMED_TOKEN = re.compile(r"«\d+:ArmedGroup:(?:name|anaphor)»")
#: How many sentences back a count may stand.
_REACH = 4


def _groups(ms: MaskedSentence, end: int) -> set[str]:
    found = {m.entity for x in _COUNTED.finditer(ms.text, 0, end) for m in ms.mentions_in(x.start(1), x.end(1))}
    for x in _COUNTED_OWN.finditer(ms.text, 0, end):
        # The announcing group opens the count's clause ("، وأعلنت Y مقتل ... من
        # عناصرها" after X's count is Y's); with none there (a time or a modifier set
        # off by commas), the sentence's first.
        clause = max(ms.text.rfind("،", 0, x.start()), ms.text.rfind(",", 0, x.start())) + 1
        first = _ARMED_TOKEN.search(ms.text, clause, x.start()) or _ARMED_TOKEN.search(ms.text, 0, x.start())
        found |= {m.entity for m in ms.mentions_in(first.start(), first.end())} if first else set()
    return found


def dead_members_group(doc: Doc, sentence: Sentence, ms: MaskedSentence, start: int) -> list[str]:
    found = _groups(ms, start)
    for s in doc.sentences[max(0, sentence.index - _REACH):sentence.index]:
        mentions = [m for m in doc.mentions if m.sentence == s.index and m.kind != "generic"]
        found |= _groups(mask_sentence(doc, s, mentions), len(doc.norm.text))
    return sorted(found) if len(found) == 1 else []

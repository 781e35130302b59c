"""A group's armed wing described in one place and named in another (round i13l36): "قتل
قيادي في الجناح العسكري لحركة X ..." and, sentences apart, "كتائب Z". The description
alone names no entity and the name alone says nothing of X; together, when the document
names exactly one group whose name has a wing's head noun ("كتائب", "سرايا"; data:
``wing_heads`` in ``kg/lang/<code>/bodies.yaml``) besides X, that group is X's wing.

Silent when the wing is named in apposition (ar.member.arm_then_named reads that), when
two or more wing-like groups are named (which is X's is unknown), or when the wing-like
group is already said to belong to another group."""
from __future__ import annotations

from functools import lru_cache

from kg.lang import language_data, language_words
from kg.model import Doc, Relation
from kg.text.normalize import normalize_key

_GROUPS = frozenset({"ArmedGroup", "Organization"})
#: Head nouns of the group's name after "ل" ("لحركة X"): skipped to reach the mention.
_GAP = 12


@lru_cache(maxsize=None)
def _words(lang: str) -> tuple[tuple[str, ...], frozenset[str]]:
    # The descriptions in file order: the first one found in the text is read.
    descriptions = language_data(lang, "bodies").get("wing_descriptions") or ()
    return (tuple(normalize_key(str(w)) for w in descriptions), language_words(lang, "bodies", "wing_heads"))


def named_wings(doc: Doc, relations: list[Relation]) -> list[Relation]:
    descriptions, heads = _words(doc.lang)
    if not descriptions or not heads:
        return relations
    text = doc.norm.text
    wings = {m.entity for m in doc.mentions if m.cls == "ArmedGroup" and m.kind == "name"
             and normalize_key(text[m.nstart:m.nend]).split(" ", 1)[0].lstrip("وفبل") in heads}
    if len(wings) != 1:
        return relations
    wing = next(iter(wings))
    wing_names = {normalize_key(text[m.nstart:m.nend]) for m in doc.mentions if m.entity == wing}
    if any(r.subject == wing and r.predicate == "memberOf" for r in (*doc.relations, *relations)):
        return relations
    by_start = sorted(doc.mentions, key=lambda m: m.nstart)
    for words in descriptions:
        at = text.find(words)
        while at >= 0:
            end = at + len(words)
            owner = next((m for m in by_start
                          if end < m.nstart <= end + _GAP and m.cls in _GROUPS and m.kind == "name"
                          and text[end:m.nstart].lstrip().startswith("ل")), None)
            # "كتائب حزب الله" is no wing of "حزب الله": a name holding the owner's is another group
            if owner is not None and owner.entity != wing and 0 <= owner.sentence < len(doc.sentences) \
                    and not any(normalize_key(text[owner.nstart:owner.nend]) in n for n in wing_names):
                return relations + [Relation(wing, "memberOf", owner.entity, doc.evidence(doc.sentences[owner.sentence]),
                                             f"{doc.lang}.member.wing_named_apart", 0.6)]
            at = text.find(words, end)
    return relations


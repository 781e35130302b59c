"""A group's unit named after the group's possessive: "Hezbollah's coastal sector",
"Hezbollah's rocket unit", "Hamas's Anti-Tank Missile Unit" (the unit's own words, then
a unit head noun of ``unit_heads`` in ``kg/lang/en/bodies.yaml``). The unit is an armed
group of its own, a member of the group (the mention's ``ref``: the relation stage reads
the membership from the wording, as for "القوة الصاروخية في القوات المسلحة اليمنية").
A rule of :mod:`kg.lang.en.discovery`.

Only a non-state group's possessive (a state's army units are bodies of the lexicon), a
singular head ("Hezbollah's units" are its men, no unit), and one to four words that
are no stop word, determiner of rank ("most", "main", "largest") or other named entity
(a weapon's name may stand in a unit's name: "Anti-Tank Missile Unit")."""
from __future__ import annotations

from functools import lru_cache

from kg.keys import mint_key
from kg.lang import language_data
from kg.lang.cues import cues
from kg.pipeline.discovery import Candidate, Context
from kg.pipeline.tokens import Token

C = cues("en")
_OWNERS = frozenset({"ArmedGroup"})
#: Words that rank or count a group's units ("Hezbollah's most elite unit", "its main
#: force"): a description, no unit's name.
_NOT_NAME = frozenset({"most", "main", "largest", "biggest", "own", "other", "new", "top", "key",
                       "entire", "whole", "only", "first", "second", "third", "best", "strongest",
                       "powerful", "feared", "secretive", "former", "senior", "each", "every", "one"})


#: "X's armed force", "X's elite force": "force" after a group's possessive describes its
#: men, and names a unit only with a name of its own ("X's Radwan Force", in the lexicon).
_DESCRIPTIVE_HEADS = frozenset({"force"})


@lru_cache(maxsize=1)
def _heads() -> frozenset[str]:
    bodies = language_data("en", "bodies")
    return frozenset(str(w).lower() for key in ("unit_heads", "possessive_unit_heads", "possessive_named_heads")
                     for w in bodies.get(key, ())) - _DESCRIPTIVE_HEADS


@lru_cache(maxsize=1)
def _named_heads() -> frozenset[str]:
    return frozenset(str(w).lower() for w in language_data("en", "bodies").get("possessive_named_heads", ()))


#: The owner's possessive: "Hezbollah's", and a bare apostrophe after a name ending in s
#: ("Hamas' rocket unit").
_POSS = ("'s ", "’s ", "s' ", "s’ ")


def unit_head(word: str) -> str | None:
    """The unit's head noun of a word, also with a possessive of its own: in "X's rocket
    unit's commander" the unit ends at "unit" (one token with its "'s")."""
    heads = _heads()
    if word in heads:
        return word
    for poss in ("'s", "’s"):
        if word.endswith(poss) and word[:-2] in heads:
            return word[:-2]
    return None


def _name_word(word: str) -> bool:
    """Capitalised, or an article glued to a capitalised word ("al-Nasr", "el-Din")."""
    return word[:1].isupper() or "-" in word and word.rsplit("-", 1)[1][:1].isupper()


def possessive_units(ctx: Context, toks: list[Token]) -> list[Candidate]:
    out = []
    heads = _heads()
    if not any(unit_head(t.text) for t in toks):
        return out
    for m in ctx.sentence_mentions():
        if m.cls not in _OWNERS or m.kind != "name" or ctx.text[m.nend - 1:m.nend + 2] not in _POSS and \
                ctx.text[m.nend:m.nend + 3] not in _POSS[:2]:
            continue
        k = next((i for i, t in enumerate(toks) if t.start > m.nend), None)
        if k is None:
            continue
        for j in range(k, min(len(toks), k + 5)):
            t = toks[j]
            if j > k and ctx.text[toks[j - 1].end:t.start] != " ":
                break
            head = unit_head(t.text)
            if head in _named_heads() and j > k:
                # "X's Y Z group": the faction's own capitalised name, its key and label
                # without the owner (it is named alone elsewhere)
                if not all(_name_word(ctx.original(w.start, w.end)) for w in toks[k:j]):
                    break
                out.append(Candidate(toks[k].start, t.start + len(head), "ArmedGroup", "en.discover.possessive_unit",
                                     label_span=(toks[k].start, toks[j - 1].end), absorb=True, ref=m.entity))
                break
            if head and j > k:
                end = t.start + len(head)
                out.append(Candidate(toks[k].start, end, "ArmedGroup", "en.discover.possessive_unit",
                                     key=mint_key(f"{ctx.original(m.nstart, m.nend)} {ctx.original(toks[k].start, end)}"),
                                     en_label=ctx.original(m.nstart, end), absorb=True, ref=m.entity))
                break
            inside = ctx.mention_at(t.start)
            if t.text in C.stop_words or t.text in _NOT_NAME or head or \
                    inside is not None and inside.cls != "Weapon":
                break
    return out


possessive_units.cues = (_heads() | {h + p for h in _heads() for p in ("'s", "’s")},)

"""Guards on raw lexicon hits: where a name's letters are another word in running text.

The matcher (kg/pipeline/lexicon_ner.py) finds every lexicon form at word boundaries; these
tests drop a hit the surrounding words read otherwise: an Arabic name that is also a
noun's dual ("البحرين" as two seas), an army's English name used as an adjective ("a US
military base"). They are kept apart from the matcher because they read words around the
hit, not the lexicon.
"""
from __future__ import annotations

from functools import lru_cache

from kg.lang import language_data
from kg.text.normalize import normalize_key


@lru_cache(maxsize=1)
def _dual_names() -> dict[str, tuple[frozenset[str], frozenset[str]]]:
    """Names that are also a noun's dual, with the words after and before that read them so."""
    out = {}
    for name, marks in (language_data("ar", "cues").get("dual_names") or {}).items():
        out[normalize_key(name)] = (frozenset(normalize_key(w) for w in marks.get("after", [])),
                                    frozenset(normalize_key(w) for w in marks.get("before", [])))
    return out


def _read_as_dual(text: str, name: str, word_start: int, stop: int) -> bool:
    """"في البحرين الأحمر والعربي", "كلا البحرين": the two seas, not the state."""
    after, before = _dual_names()[name]
    nxt = text[stop:stop + 30].split(maxsplit=1)
    prev = text[max(0, word_start - 30):word_start].split()
    word = nxt[0] if nxt else ""
    return word in after or (word.startswith("و") and word[1:] in after) or bool(prev and prev[-1] in before)


#: The classes whose names never take the accusative's tanween (a counted noun does: "14
#: صاروخاً"، "242 إسرائيلياً" stay what they are).
_PLACES = frozenset({"Place", "Region", "MilitaryBase"})


def _accusative_word(doc, original: str, start: int, stop: int) -> bool:
    """"عدواناً جوياً" (an air raid): a word written with the accusative's tanween is an adjective or an
    adverb, not a place's name, though its letters spell one (the Lebanese village Jouaiyya,
    جويا; census, issue 13). Normalisation drops the mark, so the original text is read."""
    ostart, oend = doc.norm.span_to_original(start, stop)
    return "\u064b" in original[max(ostart, oend - 2):oend + 1]


@lru_cache(maxsize=1)
def _army_modified_nouns() -> tuple[frozenset[str], frozenset[str]]:
    data = language_data("en", "bodies")
    return (frozenset(w.lower() for w in data.get("army_words", [])),
            frozenset(w.lower() for w in data.get("army_modified_nouns", [])))


def _army_as_adjective(text: str, start: int, stop: int) -> bool:
    """"a US military base", "US military officials", "bases of the US military": an army's
    English name around a noun it describes says whose the thing is, the state's, as the
    golds read it; the army as an actor is the name on its own ("the US military said")."""
    words, nouns = _army_modified_nouns()
    before = text[max(0, stop - 12):stop].split()
    if not before or before[-1].lower() not in words:
        return False
    after = text[stop:stop + 20].split()
    if after and after[0].lower().strip(",.") in nouns:
        return True
    lead = text[max(0, start - 30):start].lower().split()
    if lead and lead[-1] == "the":
        lead = lead[:-1]
    return len(lead) >= 2 and lead[-1] == "of" and lead[-2] in nouns


#: The word that ends an occupier's name ("دولة الاحتلال", "كيان الاحتلال").
_OCCUPATION = normalize_key("الاحتلال")


def occupiers_named_by_adjective(text: str, candidates: list[tuple], cls: dict) -> list[tuple]:
    """A state's name ending in "الاحتلال" that another state's adjective follows names
    that state, adjective included: "فصائل موالية لدولة الاحتلال الإيراني" are Iran's, as
    factions' statements call any state they fight an occupier ("الاحتلال الأمريكي",
    "التركي"); the words name Israel only on their own or with its own adjective."""
    nisbas: dict[int, tuple] = {}
    for c in candidates:
        if c[3] == "nisba" and cls.get(c[2]) == "State":
            nisbas[c[0]] = c
    if not nisbas:
        return candidates
    out = []
    for c in candidates:
        nisba = nisbas.get(c[1] + 1)
        if nisba is not None and nisba[2] != c[2] and c[3] == "name" and cls.get(c[2]) == "State" \
                and text[c[1]:c[1] + 1] == " " and text[c[0]:c[1]].endswith(_OCCUPATION):
            c = (c[0], nisba[1], nisba[2], "name", c[4])
        out.append(c)
    return out

"""What a lexicon name says of another actor, and the entities lexicon matches add.

A matched name may itself name a second actor: a ministry its state ("وزارة الخارجية
الإيرانية"), a site its place ("السفارة الأميركية في بغداد"), a unit its force, a
government the group that runs it, a state's adjective before its capital. These
readings fill the mention's ``ref``; the matcher (kg/pipeline/lexicon_ner.py) calls them
once per chosen name. Kept apart from the matcher, which only finds and picks matches.
"""
from __future__ import annotations

from bisect import bisect_left
from functools import lru_cache

from kg.lang import LANGUAGES, language_data
from kg.lexicon import LexiconEntry
from kg.keys import mint_key
from kg.model import Doc, Entity, Mention
from kg.pipeline.lexicon_entities import _lang, add_lexicon_entity
from kg.text.normalize import normalize_key


@lru_cache(maxsize=1)
def _body_heads() -> frozenset[str]:
    return frozenset(normalize_key(w) for lang in LANGUAGES
                     for w in language_data(lang, "bodies").get("state_body_heads", []))


class _ByStart:
    """Match candidates ``(start, stop, entity, kind, written)`` sorted by start, so the
    ones starting inside a name are a bisection away: each name of a long document
    otherwise scanned every candidate of the document (quadratic)."""

    __slots__ = ("items", "starts")

    def __init__(self, items: list[tuple]):
        self.items = sorted(items, key=_start)   # stable: equal starts keep their order
        self.starts = [c[0] for c in self.items]

    def within(self, start: int, stop: int) -> list[tuple]:
        """The candidates with ``start <= c[0] < stop``."""
        return self.items[bisect_left(self.starts, start):bisect_left(self.starts, stop)]


def _start(c: tuple) -> int:
    return c[0]


def _named_state(entry: LexiconEntry, name: str, start: int, stop: int, states: _ByStart) -> str | None:
    """The state a command's or ministry's name itself names ("القيادة الوسطى الأميركية",
    "US Central Command", "وزارة الخارجية الإيرانية"): the wording says whose body it
    is.  Armed groups are left out ("حزب الله العراقي" is no body of the Iraqi state),
    and so are names without a body's head noun ("المرصد السوري" works in Syria)."""
    if entry.cls not in ("Organization", "Government"):
        return None
    heads = _body_heads()
    # ("للجيش السوري": the match starts after the preposition, at the article's elided ل)
    if not any(w in heads or (w.startswith("ال") and w[2:] in heads) or (w.startswith("ل") and w[1:] in heads)
               for w in name.split()):
        return None
    inside = {c[2] for c in states.within(start, stop) if c[1] <= stop and (c[0], c[1]) != (start, stop)}
    return inside.pop() if len(inside) == 1 else None


@lru_cache(maxsize=1)
def _official_words() -> frozenset[str]:
    return frozenset(normalize_key(w) for lang in LANGUAGES
                     for w in language_data(lang, "bodies").get("official_words", []))


def _official_outlet(entry: LexiconEntry, text: str, start: int, stop: int, states: _ByStart) -> str | None:
    """The state an outlet's name names when the wording calls the outlet official
    ("وكالة الأنباء السورية الرسمية"، "الوكالة الوطنية للإعلام اللبنانية الرسمية"): the one
    state adjective inside the name, with an official word inside it or right after it
    (one state adjective may stand between). Without that word an agency's adjective is
    often only where it works, so ``_named_state`` leaves agencies out."""
    if entry.cls != "Organization" or (entry.cameo or "")[3:] != "MED":
        return None
    words = _official_words()
    after = text[stop:stop + 40].split()
    inside = {c[2] for c in states.within(start, stop) if c[1] <= stop and (c[0], c[1]) != (start, stop)}
    if not inside:
        # the adjective right after the name, before the official word: that case is
        # the relation rules' (the adjective is a mention of its own)
        return None
    tail = after[:1] if after[:1] != ["شبه"] else after[1:2]
    if not (any(w in words for w in text[start:stop].split()) or any(w in words for w in tail)):
        return None
    return inside.pop() if len(inside) == 1 else None


def _named_place(entry: LexiconEntry, text: str, start: int, stop: int, places: _ByStart) -> str | None:
    """The place a site's name puts it in ("السفارة الأميركية في بغداد", "US embassy in
    Baghdad", "الضاحية الجنوبية لبيروت"): only a place after "في"/"in" (or a district's
    "لـ") inside the name, never a mere owner's nisba."""
    if entry.cls not in ("Facility", "MilitaryBase", "Place"):
        return None
    # A district "of" its city: "الضاحية الجنوبية لبيروت" (لـ glued after a space).
    of_city = entry.cls == "Place"
    return _one_named_after(text, start, stop, places, entry.id, ("في ", "in "),
                            lambda c: of_city and text[max(start, c[0] - 2):c[0]] == " ل")


def _region_state(entry: LexiconEntry, start: int, stop: int, states: _ByStart) -> str | None:
    """The state a region's name itself names ("جنوب لبنان", "الجنوب اللبناني", "northern
    Israel"): the region's own state (its ``country``), named by its name or adjective inside
    the region's name, is named by the text too, and the region lies in it."""
    if entry.cls != "Region" or not entry.country:
        return None
    inside = {c[2] for c in states.within(start, stop) if c[1] <= stop and (c[0], c[1]) != (start, stop)}
    return entry.country if inside == {entry.country} else None


def _named_force(entry: LexiconEntry, text: str, start: int, stop: int, forces: _ByStart) -> str | None:
    """The force a unit's name puts it in ("القوات البحرية في القوات المسلحة اليمنية",
    "naval forces of the Yemeni Armed Forces"): an armed group named after "في"/"of"
    inside an armed group's name."""
    if entry.cls != "ArmedGroup":
        return None
    return _one_named_after(text, start, stop, forces, entry.id, ("في ", "of ", "of the "))


def _named_operator(entry: LexiconEntry, start: int, stop: int, forces: _ByStart) -> str | None:
    """The armed group a government's name says runs it ("حكومة الحوثيين", "the Houthi-run
    government"): the one armed group named inside a government's name."""
    if entry.cls != "Government":
        return None
    inside = {c[2] for c in forces.within(start, stop) if c[1] <= stop and (c[0], c[1]) != (start, stop)}
    return inside.pop() if len(inside) == 1 else None


def _one_named_after(text: str, start: int, stop: int, candidates: _ByStart, own_id: str,
                     joints: tuple[str, ...], also=lambda c: False) -> str | None:
    """The one candidate (other than the name's own entity) named inside the name
    [start, stop) right after one of ``joints`` (or where ``also`` says); None when
    there is none or more than one."""
    inside = {c[2] for c in candidates.within(start, stop) if start < c[0] and c[1] <= stop and c[2] != own_id
              and (any(text[max(start, c[0] - len(j)):c[0]] == j for j in joints) or also(c))}
    return inside.pop() if len(inside) == 1 else None


def _capital_named(text: str, start: int, state: str, nisbas: dict[str, list[tuple]]) -> bool:
    """"العاصمة القطرية الدوحة", "the Qatari capital, Doha": a capital the lexicon lists as
    its state's metonym, named here as the city (its state's adjective just before).
    ``nisbas``: the chosen adjective matches by state."""
    for c in nisbas.get(state, ()):
        between = text[c[1]:start]
        if between == " " and text[max(0, c[0] - 8):c[0]].endswith(("العاصمه ", "عاصمه ")):
            return True
        if between in (" capital ", " capital, "):
            return True
    return False


def _add_capital(doc: Doc, state: LexiconEntry, written: str, ostart: int, oend: int, sent: int,
                 start: int, stop: int) -> None:
    """The city as a place of its own (one key for its name), located in its state."""
    key = mint_key(written)
    entity = doc.entities.get(key)
    if entity is None:
        entity = doc.entities[key] = Entity(key, "Place", {_lang(written): written}, set(), source="capital_named")
    entity.aliases.add((written, _lang(written)))
    if state.id not in doc.entities:
        add_lexicon_entity(doc, state)
    doc.mentions.append(Mention(ostart, oend, key, "Place", "capital_named", "name", sent, start, stop, state.id))


def _unit_words(name: str) -> str | None:
    for joint in (" في ", " of "):
        if joint in name:
            return name.split(joint, 1)[0].strip() or None
    return None

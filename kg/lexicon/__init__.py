"""The lexicon: identity data only (names, aliases, class, nisba adjectives, ids).

Entries live in reviewed YAML files under ``kg/lexicon/data/``.  Nothing here says how
entities relate to each other: relations and events come from text alone.

Entry fields::

    id: iran                 # stable key, becomes the entity IRI
    class: State             # an ontology class (kgo: local name)
    ar: إيران                # preferred Arabic label
    en: Iran                 # preferred English label
    aliases: [طهران, Tehran] # other names, any script (metonyms included)
    nisba: [إيراني, Iranian] # adjectives that point at this entity (states, regions)
    wikidata: Q794           # only identifiers checked against a source
    cameo: IRN               # CAMEO actor code (see below)
    country: iraq            # the state a group or institution belongs to, or the state
                             # a place lies in (a State id)

CAMEO actor codes (UniversalPetrarch/Phoenix conventions): a state's entry holds its
three-letter country code (``IRQ``); any other entry holds its agent type (``MIL``,
``COP``, ``REB``, ``INS``, ``GOV``, ``SPY``, ``MED``, ``UAF``) and names its ``country``,
and the loader writes the full code, country first: ``iraqi_army`` (MIL, country iraq)
is ``IRQMIL``, ``hezbollah`` (REB, country lebanon) ``LBNREB``. A group that belongs to
no one state keeps a full code of its own (``IMGINS`` for a transnational militarized
group, ``IGO`` for an intergovernmental body); an agent type with no country is written
``---REB``.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

import yaml

from kg.errors import KgError

DATA = Path(__file__).parent / "data"

CLASSES = frozenset({
    "Actor", "Person", "Organization", "ArmedGroup", "State", "Government", "Coalition",
    "Place", "Region", "MilitaryBase", "Vessel", "Weapon", "Facility",
})


@dataclass(slots=True, frozen=True)
class LexiconEntry:
    id: str
    cls: str
    ar: str | None = None
    en: str | None = None
    aliases: tuple[str, ...] = ()
    nisba: tuple[str, ...] = ()
    wikidata: str | None = None
    cameo: str | None = None
    country: str | None = None

    def names(self) -> list[str]:
        return [n for n in (self.ar, self.en, *self.aliases) if n]


@dataclass(slots=True)
class Lexicon:
    entries: dict[str, LexiconEntry] = field(default_factory=dict)

    def __getitem__(self, key: str) -> LexiconEntry:
        return self.entries[key]

    def __contains__(self, key: str) -> bool:
        return key in self.entries

    def __iter__(self):
        return iter(self.entries.values())

    def __len__(self) -> int:
        return len(self.entries)


def _entry(path: Path, raw: dict) -> LexiconEntry:
    where = f"{path.name}: entry {raw.get('id', '?')!r}"
    if not isinstance(raw, dict) or "id" not in raw or "class" not in raw:
        raise KgError(f"{where}: needs 'id' and 'class'")
    if raw["class"] not in CLASSES:
        raise KgError(f"{where}: unknown class {raw['class']!r}")
    unknown = set(raw) - {"id", "class", "ar", "en", "aliases", "nisba", "wikidata", "cameo", "country", "note"}
    if unknown:
        raise KgError(f"{where}: unknown fields {sorted(unknown)}")
    if not (raw.get("ar") or raw.get("en")):
        raise KgError(f"{where}: needs an 'ar' or 'en' label")
    return LexiconEntry(
        id=str(raw["id"]), cls=raw["class"], ar=raw.get("ar"), en=raw.get("en"),
        aliases=tuple(str(a) for a in raw.get("aliases") or ()),
        nisba=tuple(str(a) for a in raw.get("nisba") or ()),
        wikidata=raw.get("wikidata"), cameo=raw.get("cameo"), country=raw.get("country"))


#: CAMEO codes that stand in the country place themselves (intergovernmental bodies,
#: transnational militarized groups, NGOs, multinational companies).
#: Classes whose ``country`` is the state they lie in, not a CAMEO country part.
PLACE_CLASSES = frozenset({"Place", "Region", "Facility", "MilitaryBase"})

_COUNTRY_LIKE = frozenset({"IGO", "IMG", "NGO", "MNC", "INT"})
_AGENT_TYPES = frozenset({
    "GOV", "MIL", "COP", "JUD", "LEG", "SPY", "REB", "INS", "SEP", "OPP", "UAF", "CRM",
    "CVL", "MED", "EDU", "BUS", "HLH", "HRI", "LAB", "REF", "REL", "ELI", "PTY", "AGR",
    "ENV", "RAD", "MOD", "DEV"})


def _full_cameo(path: Path, entry: LexiconEntry, lex: "Lexicon") -> LexiconEntry:
    """The entry with its full CAMEO code: country part first, then the agent type."""
    code = entry.cameo
    where = f"{path.name}: entry {entry.id!r}"
    if entry.country is not None:
        state = lex.entries.get(entry.country)
        if state is None or state.cls != "State" or not state.cameo:
            raise KgError(f"{where}: country {entry.country!r} is not a State with a CAMEO code")
        if entry.cls in PLACE_CLASSES and code is None:
            return entry   # a place names the state it lies in; it is no actor
        if not code or code not in _AGENT_TYPES:
            raise KgError(f"{where}: with a country, 'cameo' is an agent type such as MIL or REB")
        code = state.cameo[:3] + code
    elif code and entry.cls != "State" and code in _AGENT_TYPES:
        code = "---" + code
    if code and not (len(code) >= 3 and code.isalpha() and code.isupper() or code.startswith("---")):
        raise KgError(f"{where}: CAMEO code {code!r} is not a code")
    return entry if code == entry.cameo else LexiconEntry(
        entry.id, entry.cls, entry.ar, entry.en, entry.aliases, entry.nisba, entry.wikidata,
        code, entry.country)


def load_lexicon(folder: Path | None = None) -> Lexicon:
    """All entries of the YAML files in ``folder`` (default: the bundled lexicon)."""
    lex = Lexicon()
    paths: dict[str, Path] = {}
    for path in sorted((folder or DATA).glob("*.yaml")):
        with open(path, encoding="utf-8") as fh:
            items = yaml.safe_load(fh) or []
        for raw in items:
            entry = _entry(path, raw)
            if entry.id in lex.entries:
                raise KgError(f"{path.name}: duplicate lexicon id {entry.id!r}")
            lex.entries[entry.id] = entry
            paths[entry.id] = path
    # Countries may live in another file: full codes once every entry is read.
    for key, entry in list(lex.entries.items()):
        lex.entries[key] = _full_cameo(paths[key], entry, lex)
    return lex


@lru_cache(maxsize=None)
def default_lexicon() -> Lexicon:
    return load_lexicon()

"""CAMEO actor codes in the lexicon: a group or institution names its state, the loader
writes the full code (country part, then agent type)."""
from __future__ import annotations

import re

import pytest

from kg.errors import KgError
from kg.lexicon import PLACE_CLASSES, default_lexicon, load_lexicon

_ACTORS = {"ArmedGroup", "Organization", "Government", "Coalition", "State"}
_FULL = re.compile(r"^(?:[A-Z]{3}|---)(?:[A-Z]{3}){0,2}$")


def _write(tmp_path, text):
    (tmp_path / "entries.yaml").write_text(text, encoding="utf-8")
    return tmp_path


def test_country_and_agent_type_make_the_full_code(tmp_path):
    lex = load_lexicon(_write(tmp_path, """
- {id: utopia, class: State, en: Utopia, cameo: UTO}
- {id: utopian_police, class: Organization, en: Utopian Police, cameo: COP, country: utopia}
- {id: rovers, class: ArmedGroup, en: Rovers, cameo: REB}
- {id: league, class: Organization, en: League, cameo: IGO}
"""))
    assert lex["utopian_police"].cameo == "UTOCOP"
    assert lex["rovers"].cameo == "---REB"       # an agent type with no country
    assert lex["league"].cameo == "IGO"          # a code that stands in the country place
    assert lex["utopia"].cameo == "UTO"


def test_country_may_be_listed_in_another_file(tmp_path):
    (tmp_path / "a.yaml").write_text("- {id: guards, class: Organization, en: Guards, cameo: MIL, country: zed}\n",
                                     encoding="utf-8")
    (tmp_path / "b.yaml").write_text("- {id: zed, class: State, en: Zed, cameo: ZED}\n", encoding="utf-8")
    assert load_lexicon(tmp_path)["guards"].cameo == "ZEDMIL"


@pytest.mark.parametrize("entries, reason", [
    ("- {id: g, class: ArmedGroup, en: G, cameo: REB, country: nowhere}", "not a State"),
    ("- {id: p, class: Place, en: P}\n- {id: g, class: ArmedGroup, en: G, cameo: REB, country: p}", "not a State"),
    ("- {id: s, class: State, en: S, cameo: SSS}\n- {id: g, class: ArmedGroup, en: G, cameo: SSSREB, country: s}",
     "agent type"),
])
def test_bad_country_is_one_clear_error(tmp_path, entries, reason):
    with pytest.raises(KgError, match=reason):
        load_lexicon(_write(tmp_path, entries + "\n"))


def test_every_bundled_actor_has_a_full_code():
    for entry in default_lexicon():
        if entry.cls in _ACTORS:
            assert entry.cameo and _FULL.match(entry.cameo), (entry.id, entry.cameo)


def test_country_part_is_the_states_code():
    lex = default_lexicon()
    with_country = [e for e in lex if e.country and e.cls not in PLACE_CLASSES]
    assert with_country
    for entry in with_country:
        assert entry.cameo.startswith(lex[entry.country].cameo), entry.id
        assert len(entry.cameo) == 6


def test_a_place_names_the_state_it_lies_in_and_has_no_code():
    lex = default_lexicon()
    places = [e for e in lex if e.cls in PLACE_CLASSES and e.country]
    assert len(places) > 100
    for entry in places:
        assert lex[entry.country].cls == "State" and entry.cameo is None, entry.id
    assert lex["samarra"].country == "iraq" and lex["nablus"].country == "palestine"
    assert lex["red_sea"].country is None     # a sea lies in no one state


def test_a_place_in_no_state_is_a_load_error(tmp_path):
    (tmp_path / "p.yaml").write_text("- {id: t, class: Place, en: Town, country: atlantis}\n", encoding="utf-8")
    with pytest.raises(KgError, match="not a State"):
        load_lexicon(tmp_path)


@pytest.mark.parametrize("key, code", [
    ("iraqi_army", "IRQMIL"), ("iraqi_federal_police", "IRQCOP"), ("hezbollah", "LBNREB"),
    ("hamas", "PSEREB"), ("taliban", "AFGREB"), ("us_marine_corps", "USAMIL"), ("isis", "IMGINS"),
])
def test_codes_of_some_well_known_actors(key, code):
    assert default_lexicon()[key].cameo == code

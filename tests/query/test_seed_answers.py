"""Answers the seed article must give (tests/gold/000_4a950e12de890295.gold.yaml), on both
engines, over the graph that the real pipeline builds from seeds/."""
from __future__ import annotations

from pathlib import Path

import pytest

from kg.query import load_query, run_query
from kg.vocab import ID

QUERIES = Path(__file__).resolve().parents[2] / "queries"
ENGINES = ["rdflib", "oxigraph"]


def ent(key: str):
    return ID["entity/" + key]


def rows(name, engine, params=None):
    result = run_query(load_query(QUERIES / f"{name}.rq"), engine, params or {})
    return result.dicts()


@pytest.mark.parametrize("engine_name", ENGINES)
def test_kaabi_leads_nujaba(engine_name, seed_engines):
    found = rows("leaders_spokespeople_officials", seed_engines[engine_name], {"organization": "ent:nujaba"})
    assert {(r["role"].value.rsplit("#", 1)[1], r["person"]) for r in found} >= {("leaderOf", ent("kaabi"))}


@pytest.mark.parametrize("engine_name", ENGINES)
def test_saree_speaks_for_the_houthis(engine_name, seed_engines):
    found = rows("leaders_spokespeople_officials", seed_engines[engine_name], {"organization": "Houthis"})
    assert any(r["person"] == ent("saree") and r["role"].value.endswith("#spokespersonOf") for r in found)


@pytest.mark.parametrize("engine_name", ENGINES)
def test_iran_supports_the_houthis(engine_name, seed_engines):
    found = rows("who_supports_whom", seed_engines[engine_name], {"backer": "إيران"})
    assert ent("houthis") in {r["backed"] for r in found}


@pytest.mark.parametrize("engine_name", ENGINES)
def test_houthi_attack_on_israel_on_31_october_with_drones_and_missiles(engine_name, seed_engines):
    found = [r for r in rows("attack_timeline", seed_engines[engine_name])
             if r.get("attacker") == ent("houthis") and r["target"] == ent("israel")]
    assert found, "an attack by the Houthis on Israel"
    assert {r["date"].value for r in found if "date" in r} == {"2023-10-31"}
    weapons = {r["weapon"] for r in found if "weapon" in r}
    assert ent("drone") in weapons
    assert weapons & {ent("missile"), ent("ballistic_missile")}

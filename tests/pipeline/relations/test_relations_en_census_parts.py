"""English wordings of the census of unseen English articles (issue 13): what a body is
made of told in its apposition ("composed of A, B and other factions"), an umbrella called
so by someone ("which analysts say is a catch-all for ..."), and a definite backed group
noun referring back to the armed group named before ("the Iran-backed movement"). Every
sentence is our own; each case fails without its change."""
from __future__ import annotations

import pytest

from tests.pipeline.relations.relation_cases import assert_case, case

CASES = [
    # an apposition saying what the body is made of: its parts are members
    case("en.member.apposition_made_of",
         "The PMF, a state body composed of Kataib Hezbollah, Nujaba and other factions, rejected the report.",
         ("kataib_hezbollah", "memberOf", "pmf"), ("nujaba", "memberOf", "pmf")),
    # an umbrella called so by others, its members carrying their backer
    case("en.member.umbrella_of",
         "The Islamic Resistance in Iraq, which officials say is a catch-all for several Iran-aligned "
         "armed groups, fired drones at the base.",
         ("iran_backed_armed_groups", "memberOf", "islamic_resistance_iraq")),
    # a definite backed noun refers back to the group named before, past an organisation
    case("en.supports.backed_definite_refers_back",
         "Israel shelled a Hezbollah post, according to the IDF and an official near the Iran-backed movement.",
         ("iran", "supports", "hezbollah")),
    # a judging adjective before the backer, the group named before in the sentence
    case("en.supports.backed_group_antecedent",
         "Israel shelled a Hezbollah post, a source close to the powerful Iran-backed movement said.",
         ("iran", "supports", "hezbollah")),
    # ... or in the sentence before
    case("en.supports.backed_definite_refers_back",
         "The Houthis fired a missile at a tanker. The Iranian-backed movement later vowed more attacks.",
         ("iran", "supports", "houthis")),
]


@pytest.mark.parametrize("rule_id, sentence, expected", CASES)
def test_relations_en_census_parts(analyze, rule_id, sentence, expected):
    assert_case(analyze(sentence, "en"), rule_id, expected)


@pytest.mark.parametrize("sentence, triple", [
    # parts told by description only describe the body: no collective member
    ("The PMF, a state body composed of dozens of Shiite militias, rejected the report.",
     ("group_militias_test-doc", "memberOf", "pmf")),
    # an indefinite backed noun introduces another group: no referent before it
    ("Hamas fighters clashed with troops. An Iran-backed movement claimed a second attack.",
     ("iran", "supports", "hamas")),
    # a backed noun followed by the group's name is that group, not the one before
    ("Hamas fighters clashed with troops. Later the Iran-backed group Kataib Hezbollah fired rockets.",
     ("iran", "supports", "hamas")),
])
def test_relations_en_census_parts_not(analyze, sentence, triple):
    assert triple not in analyze(sentence, "en").triples

"""The chief or commander of a state's forces told by a proxy mention ("Israel's army",
"US forces": kg/lang/en/discovery.py state proxies) is the state's official
(en.official.state_title_person), never the state's head (en.leader.org_title_person read
"Israel's army chief, P" as P leading Israel). Sentences of our own."""
from __future__ import annotations

import pytest

from kg.keys import person_key
from tests.pipeline.relations.relation_cases import assert_case, case

P = "Karim Hadi Mansour"

CASES = [
    case("en.official.state_title_person",
         f"Israel's army chief, Lt. Gen. {P}, toured the northern border on Monday.",
         (person_key(P), "officialOf", "israel")),
    case("en.official.state_title_person",
         f"US forces commander {P} visited the base in Syria.",
         (person_key(P), "officialOf", "usa")),
    case("en.official.state_title_person",
         f"Iran's military chief, {P}, said the drills would go on.",
         (person_key(P), "officialOf", "iran")),
]


@pytest.mark.parametrize("rule_id, sentence, expected", CASES)
def test_a_proxy_s_chief_is_the_state_s_official(analyze, rule_id, sentence, expected):
    assert_case(analyze(sentence, "en"), rule_id, expected)


@pytest.mark.parametrize("sentence, state", [
    (f"Israel's army chief, Lt. Gen. {P}, toured the northern border on Monday.", "israel"),
    (f"US forces commander {P} visited the base in Syria.", "usa"),
])
def test_a_proxy_s_chief_heads_no_state(analyze, sentence, state):
    a = analyze(sentence, "en")
    assert (person_key(P), "leaderOf", state) not in a.triples, a.describe()


@pytest.mark.parametrize("sentence, triple", [
    # a group's and a state body's leader still lead them (no proxy there)
    (f"Hezbollah leader {P} spoke on Friday.", (person_key(P), "leaderOf", "hezbollah")),
    (f"The Lebanese army's chief of staff, {P}, met the envoy in Beirut.",
     (person_key(P), "leaderOf", "lebanese_army")),
])
def test_a_named_body_s_chief_still_leads_it(analyze, sentence, triple):
    a = analyze(sentence, "en")
    assert triple in a.triples, a.describe()

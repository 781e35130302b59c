"""English phrasings of the fifteenth English round of issue 13: a bare "Prime Minister P"
guarded as the Arabic bare titles (no document's country when an armed group opens the
sentence, another state is named in it and not before the title, or P holds a post read
elsewhere), a premier's title after "In <state>, ...", a state army's chief of staff
heading the army, and "the army chief P" heading the state army named last before. Every sentence is our own; each case fails without its change (guards
beside them)."""
from __future__ import annotations

import pytest

from kg.keys import person_key
from tests.pipeline.relations.relation_cases import assert_case, case

#: Three sentences that make Iraq the document's country (its most-named state).
IRAQ = ("Rockets struck a logistics base in Iraq on Sunday. Officials in Iraq said the base in Iraq "
        "was damaged. Police in Iraq opened an inquiry. ")

CASES = [
    # a premier's title right after a state opening the sentence as its place
    case("en.official.prime_minister_in_state",
         IRAQ + "In Lebanon, Prime Minister Karim Hadi Mansour condemned the raid.",
         (person_key("Karim Hadi Mansour"), "officialOf", "lebanon")),
    # a state army's chief of staff heads the army (an ArmedGroup's is one of its officers)
    case("en.leader.army_chief_of_staff",
         "IDF Chief of Staff Lt. Gen. Karim Hadi Mansour toured the northern border on Monday.",
         (person_key("Karim Hadi Mansour"), "leaderOf", "idf")),
    case("en.leader.army_chief_of_staff",
         "The Lebanese army's chief of staff, Karim Hadi Mansour, met the envoy in Beirut.",
         (person_key("Karim Hadi Mansour"), "leaderOf", "lebanese_army")),
    # "the army chief" with no state named: the state army named last before
    case("en.leader.the_army_chief",
         "The Lebanese army sent troops to the south on Monday. The army chief, Gen. Karim Hadi Mansour, "
         "said they would stay.",
         (person_key("Karim Hadi Mansour"), "leaderOf", "lebanese_army")),
]


@pytest.mark.parametrize("rule_id, sentence, expected", CASES)
def test_bare_titles_rule_generalises(analyze, rule_id, sentence, expected):
    assert_case(analyze(sentence, "en"), rule_id, expected)


@pytest.mark.parametrize("sentence, triple", [
    # the document's country is kept when the sentence names it before the title, whatever
    # state it names after ("who is to visit Tehran")
    (IRAQ + "Iraq's state TV said the envoy will meet Prime Minister Karim Hadi Mansour, who is "
     "expected to visit Tehran on Friday.", (person_key("Karim Hadi Mansour"), "officialOf", "iraq")),
    # and with no other state named
    (IRAQ + "Prime Minister Karim Hadi Mansour condemned the attack.",
     (person_key("Karim Hadi Mansour"), "officialOf", "iraq")),
])
def test_bare_titles_found(analyze, sentence, triple):
    assert triple in analyze(sentence, "en").triples


@pytest.mark.parametrize("sentence, triple", [
    # another state named in the sentence, none before the title: another country's premier
    (IRAQ + "Prime Minister Karim Hadi Mansour said Israel would press on with the campaign.",
     (person_key("Karim Hadi Mansour"), "officialOf", "iraq")),
    # an armed group opens the sentence: its own government's premier
    (IRAQ + "The Houthis said Prime Minister Karim Hadi Mansour was killed in the raid.",
     (person_key("Karim Hadi Mansour"), "officialOf", "iraq")),
    # a post read elsewhere in the text wins over the guess
    (IRAQ + "Israeli Prime Minister Karim Hadi Mansour spoke on Monday. Later, Prime Minister "
     "Karim Hadi Mansour left for the border.", (person_key("Karim Hadi Mansour"), "officialOf", "iraq")),
    # a non-state armed group's chief of staff is no state army's head (en.member.org_staff_post_person)
    ("PMF Chief of Staff Karim Hadi Mansour inspected the brigade.",
     (person_key("Karim Hadi Mansour"), "leaderOf", "pmf")),
    # "the army chief" after a non-state group named nearer, or "its": no state army's head
    ("The IDF struck Gaza on Monday. Hamas said the army chief Karim Hadi Mansour survived.",
     (person_key("Karim Hadi Mansour"), "leaderOf", "idf")),
    ("The IDF struck Gaza on Monday. Hamas said its army chief Karim Hadi Mansour survived.",
     (person_key("Karim Hadi Mansour"), "leaderOf", "idf")),
])
def test_bare_titles_guard(analyze, sentence, triple):
    assert triple not in analyze(sentence, "en").triples

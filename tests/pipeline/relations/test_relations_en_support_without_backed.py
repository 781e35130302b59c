"""English support and alliance without a "-backed" adjective (issue 13, the eighth real
round's kind 3). Sentences are our own."""
from __future__ import annotations

import pytest

from tests.pipeline.relations.relation_cases import assert_case, case

# The new rules, one case each (counted by test_relations_en_every_rule_has_a_case).
CASES = [
    case("en.supports.enjoyed_nisba_support", "Kataib Hezbollah has enjoyed Iranian military support for years.",
         ("iran", "supports", "kataib_hezbollah")),
    case("en.supports.with_backing_from",
         "The SDF launched a new push with backing from its own artillery and American jets, officials said.",
         ("usa", "supports", "sdf")),
    case("en.allied.joint_assault",
         "Clashes broke out between the Houthis and the Iran-backed Hezbollah as they wage a joint assault on the port.",
         ("houthis", "alliedWith", "hezbollah")),
]


@pytest.mark.parametrize("rule_id, sentence, expected", CASES)
def test_support_rule_reads_its_case(analyze, rule_id, sentence, expected):
    assert_case(analyze(sentence, "en"), rule_id, expected)


def test_it_is_the_group_named_first_before(analyze):
    a = analyze("Kataib Hezbollah changed its name twice. It has long enjoyed Iranian support.", "en")
    assert a.relations("iran", "supports", "kataib_hezbollah"), a.describe()
    assert not a.relations("kataib_hezbollah", "supports", "iran"), a.describe()


def test_a_states_troops_are_not_read_as_the_state_backed(analyze):
    # The golds keep a state's army apart from the state: no "Iran supports Iraq" here.
    a = analyze("Iraqi troops have launched a new push with backing from their own aircraft and Iranian drones.", "en")
    assert not a.relations("iran", "supports", "iraq"), a.describe()


@pytest.mark.parametrize("sentence", [
    pytest.param("A Houthi commander was killed near Marib by fighters affiliated with Kataib Hezbollah, "
                 "one of the factions incorporated within the PMF.", id="after-affiliated-with"),
    pytest.param("Kataib Hezbollah, one of the armed factions incorporated within the PMF, denied the report.",
                 id="adjective-before-the-noun"),
])
def test_one_of_the_factions_incorporated_within(analyze, sentence):
    # "one of the factions" classifies the group before it: no collective node of its own.
    a = analyze(sentence, "en")
    assert a.relations("kataib_hezbollah", "memberOf", "pmf"), a.describe()
    assert not [m for m in a.mentions() if m.kind == "collective"], a.describe()


def test_the_factions_alone_still_refer(analyze):
    a = analyze("The factions said they would retaliate.", "en")
    assert [m for m in a.mentions() if m.kind == "collective"], a.describe()

"""A group's statement on its commanders (kg/lang/ar/relations.yaml: ar.leader.second_post,
ar.member.others_of_its_own). Every sentence is our own; each test was checked to fail
without its rule."""
from __future__ import annotations

import pytest

from tests.pipeline.relations.relation_cases import assert_case, case

# The new rules, one case each (counted by test_relations_ar_every_rule_has_a_case).
CASES = [
    case("ar.leader.second_post", "ونعت سرايا القدس القائد سامر يوسف (أبو خالد) عضو المجلس العسكري وقائد لواء الوسطى.",
         ("سامر_يوسف", "leaderOf", "لواء_الوسطي")),
    case("ar.member.others_of_its_own", "أعلنت سرايا القدس أن نادر سلمان وثلاثة آخرين من عناصرها أصيبوا في قصف.",
         ("نادر_سلمان", "memberOf", "al_quds_brigades")),
]


@pytest.mark.parametrize("rule_id, sentence, expected", CASES)
def test_obituary_rule_reads_its_case(analyze, rule_id, sentence, expected):
    assert_case(analyze(sentence, "ar"), rule_id, expected)


@pytest.mark.parametrize("sentence", [
    "ونعت سرايا القدس القائد سامر يوسف (أبو خالد) عضو المجلس العسكري وقائد لواء الوسطى.",
    "ونعت سرايا القدس القائد سامر يوسف، عضو المكتب الأمني وقائد لواء الوسطى.",
])
def test_a_command_after_a_first_post_in_apposition(analyze, sentence):
    result = analyze(sentence, "ar")
    assert result.relations("سامر_يوسف", "leaderOf"), result.describe()


def test_a_deputy_as_the_second_post_commands_nothing(analyze):
    result = analyze("ونعت سرايا القدس القائد سامر يوسف عضو المجلس العسكري ونائب قائد لواء الوسطى.", "ar")
    assert not result.relations("سامر_يوسف", "leaderOf"), result.describe()


@pytest.mark.parametrize("sentence", [
    "قالت سرايا القدس، الجناح العسكري لحركة الجهاد الإسلامي، في بيان إن القائد سامر يوسف "
    "(أبو خالد) قائد لواء الوسطى واثنين آخرين من قادتها قتلوا في المعارك.",
    "أعلنت سرايا القدس أن نادر سلمان وثلاثة آخرين من عناصرها أصيبوا في قصف.",
])
def test_one_named_with_others_of_its_commanders_is_its_member(analyze, sentence):
    result = analyze(sentence, "ar")
    assert any(r.predicate == "memberOf" and r.object == "al_quds_brigades" and r.rule.endswith("others_of_its_own")
               for r in result.relations()), result.describe()

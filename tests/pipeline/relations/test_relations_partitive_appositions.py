"""Two kinds of the ninth real round of issue 13, on sentences of our own: a group in
apposition to "one of the most prominent factions" that a state backs, loyal to it or allied
with it (a partitive "إحدى"/"أحد" and a superlative "أبرز"/"أهم" together before the
descriptive noun, and a nisba on the group's name before the comma); and sides "united in
fighting" ("متحدة في قتال") a coordinated list, each opposed, with a pronoun for the sides
read in a rule of its own; and a list opened by "among them" with a colon ("بينها: A، B")
after "comprises" or "consists of" several groups."""
from __future__ import annotations

import pytest

from tests.pipeline.relations.relation_cases import assert_case, case

CASES = [
    case("ar.supports.apposition_backed",
         "وتوعدت كتائب سيد الشهداء، إحدى أبرز الفصائل المسلحة الحليفة لإيران، بالرد على القصف.",
         ("kataib_sayyid_al_shuhada", "alliedWith", "iran")),
    case("ar.supports.apposition_backed",
         "وأعلنت عصائب أهل الحق العراقية، أحد أهم الفصائل الموالية لطهران، انسحابها من الحكومة.",
         ("iran", "supports", "asaib_ahl_al_haq")),
    case("ar.opposes.united_in_opposing",
         "وكانت حركة حماس والجهاد الإسلامي متحدتين في قتال تنظيم داعش والجيش الإسرائيلي.",
         ("hamas", "opposes", "isis"), ("pij", "opposes", "isis"), ("hamas", "opposes", "idf")),
    case("ar.opposes.united_in_opposing_pronoun",
         "وتنشط حركة الجهاد الإسلامي في غزة. وهي متحدة في قتال الجيش الإسرائيلي وتنظيم داعش.",
         ("pij", "opposes", "idf"), ("pij", "opposes", "isis")),
    case("ar.member.verb_first_includes",
         "ويضم الإطار التنسيقي قوى سياسية عدة، بينها: \"منظمة بدر\"، \"تيار الحكمة\".",
         ("badr", "memberOf", "coordination_framework"), ("hikma", "memberOf", "coordination_framework")),
    case("ar.member.verb_first_consists",
         "ويتكون الإطار التنسيقي من أحزاب سياسية عدة، بينها: منظمة بدر، تيار الحكمة.",
         ("badr", "memberOf", "coordination_framework"), ("hikma", "memberOf", "coordination_framework")),
]


@pytest.mark.parametrize("rule_id, sentence, expected", CASES)
def test_partitive_superlative_apposition_reads_its_case(analyze, rule_id, sentence, expected):
    assert_case(analyze(sentence, "ar"), rule_id, expected)


def test_the_descriptive_noun_gets_no_backing_of_its_own(analyze):
    # the named group is the one backed: no collective node for "الفصائل" carries it
    a = analyze("وأعلنت كتائب سيد الشهداء، إحدى أبرز الفصائل المدعومة من إيران، انسحابها.", "ar")
    assert [r.object for r in a.relations("iran", "supports")] == ["kataib_sayyid_al_shuhada"], a.describe()


def test_allied_to_is_alliance_not_backing(analyze):
    a = analyze("وتوعدت كتائب سيد الشهداء، إحدى أبرز الفصائل المسلحة الحليفة لإيران، بالرد على القصف.", "ar")
    assert not a.relations("iran", "supports"), a.describe()


def test_a_named_side_lends_nothing_to_the_group_before_it(analyze):
    # "الحوثيون متحدون في ..." after a sentence about other factions: only the named side
    a = analyze("وقاتلت الفصائل تنظيم داعش سنوات. والحوثيون متحدون في قتال التحالف الذي تقوده السعودية.", "ar")
    opposers = {r.subject for r in a.relations(predicate="opposes", obj="saudi_led_coalition")}
    assert opposers == {"houthis"}, a.describe()

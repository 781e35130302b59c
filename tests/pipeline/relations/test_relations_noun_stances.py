"""Support and hostility said with nouns, two coordinated verbs of a relative clause
(issue 13, the eighth real round's kinds 2 and 7). Sentences are our own."""
from __future__ import annotations

import pytest

from tests.pipeline.relations.relation_cases import assert_case, case

# The new rules, one case each (counted by test_relations_ar_every_rule_has_a_case).
CASES = [
    case("ar.supports.among_supporters_of", "ويعد الحرس الثوري من أبرز داعمي جماعة الحوثي.",
         ("irgc", "supports", "houthis")),
    case("ar.opposes.among_opponents_of", "وكان حزب الله ألد معارضي إسرائيل في المنطقة.",
         ("hezbollah", "opposes", "israel")),
    case("ar.opposes.united_in_opposing", "وكانت حركة حماس والجهاد الإسلامي متحدتين في معارضة إسرائيل.",
         ("hamas", "opposes", "israel"), ("pij", "opposes", "israel")),
    case("ar.opposes.opposition_noun_of", "وكانت سوريا قد دعمت معارضة حركة حماس لإسرائيل في التسعينات.",
         ("hamas", "opposes", "israel"), ("syria", "supports", "hamas")),
    case("ar.allied.person_close_relations", "ويرتبط هادي العامري بعلاقات وثيقة مع سوريا منذ سنوات.",
         ("amiri", "alliedWith", "syria")),
    case("ar.leader.which_is_led_and_backed_by",
         "وانتقد الحزب منظمة بدر، التي يمولها ويقودها وزير الداخلية هادي العامري.",
         ("amiri", "leaderOf", "badr"), ("amiri", "supports", "badr")),
    case("ar.supports.support_given_by_list", "وأشاد البيان بالدعم الذي قدمته سوريا وإيران لحركة حماس.",
         ("syria", "supports", "hamas"), ("iran", "supports", "hamas")),
]


@pytest.mark.parametrize("rule_id, sentence, expected", CASES)
def test_noun_stance_rule_reads_its_case(analyze, rule_id, sentence, expected):
    assert_case(analyze(sentence, "ar"), rule_id, expected)


@pytest.mark.parametrize("sentence, triple", [
    # A pronoun for the one named first in the sentence before.
    pytest.param("وقالت حركة الجهاد الإسلامي إنها لن تتراجع. وهي من أبرز داعمي حركة حماس.",
                 ("pij", "supports", "hamas"), id="pronoun-supporters"),
    # A heading names the subject of a description ending in "the main supporter of".
    pytest.param("الحرس الثوري\nهو جيش عقائدي تأسس بعد الثورة والداعم الرئيسي لحزب الله في لبنان.",
                 ("irgc", "supports", "hezbollah"), id="heading-main-supporter"),
    # A singular "he" is not the factions named just before it.
    pytest.param("ويرتبط هادي العامري بعلاقات وثيقة مع سوريا. وله صلات بفصائل مسلحة وهو من أشد خصوم مقتدى الصدر.",
                 ("amiri", "opposes", "sadr"), id="singular-pronoun-skips-collective"),
    # The supporter of an opposition as the antecedent of "التي", and verb first.
    pytest.param("وتحدثت الصحيفة عن سوريا التي دعمت معارضة حركة حماس لإسرائيل.",
                 ("syria", "supports", "hamas"), id="relative-supported-opposition"),
    pytest.param("وأيد الحرس الثوري معارضة حركة النجباء للولايات المتحدة.",
                 ("irgc", "supports", "nujaba"), id="verb-first-supported-opposition"),
    pytest.param("وتحدثت الصحيفة عن حركة النجباء التي يقودها ويمولها الحرس الثوري في سوريا.",
                 ("irgc", "leaderOf", "nujaba"), id="led-and-funded"),
])
def test_noun_stance_kind_gives_the_fact(analyze, sentence, triple):
    a = analyze(sentence, "ar")
    assert a.relations(*triple), a.describe()


def test_the_pronoun_after_factions_is_not_them(analyze):
    a = analyze("ويرتبط هادي العامري بعلاقات وثيقة مع سوريا. وله صلات بفصائل مسلحة وهو من أشد خصوم مقتدى الصدر.", "ar")
    assert not [r for r in a.relations(predicate="opposes", obj="sadr") if r.subject != "amiri"], a.describe()


def test_opposition_with_the_article_is_no_construct(analyze):
    # "المعارضة" with the article is the opposition as a body, not whose opposition.
    a = analyze("وقالت المعارضة حماس لإسرائيل إن الحوار انتهى.", "ar")
    assert not a.rule_matches("ar.opposes.opposition_noun_of"), a.describe()


def test_thanks_for_support_go_to_the_speakers_group(analyze):
    a = analyze("وتحدث الأمين العام لحركة النجباء أكرم الكعبي في احتفال ببغداد. "
                "وقال: \"نحن ممتنون للدعم الذي قدمته سوريا وحزب الله\".", "ar")
    assert a.relations("syria", "supports", "nujaba") and a.relations("hezbollah", "supports", "nujaba"), a.describe()

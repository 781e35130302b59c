"""Round i13a14 of issue 13 (Arabic): kinds found by probing unannotated press pages on
Hezbollah's and the PIJ's succession, Hamas's leaders, the Quds Force and the Iraqi
factions, written as sentences of our own. A title the speaker names a person by stands
outside a denial of the killing around it; the one succeeded is named by the post and an
adjective of time ("خلفاً للأمين العام الراحل N"); an appointment to "its" post after a
description of the person; "والذي يترأسه P" after a group's body. Each case was checked to
fail on main (guards excepted)."""
from __future__ import annotations

import pytest

from kg.keys import mint_key
from kg.model import DENIED
from tests.pipeline.relation_cases import assert_case, case

CASES = [
    # the one succeeded, named by the post and "الراحل" / "السابق"
    case("ar.leader.predecessor",
         "وأعلن حزب الله اختيار الشيخ محمود ياسين أميناً عاماً جديداً للحزب، خلفاً للأمين العام الراحل حسن نصر الله.",
         ("nasrallah", "leaderOf", "hezbollah")),
    case("ar.leader.predecessor",
         "وانتخبت حركة الجهاد الإسلامي خالد يوسف أميناً عاماً للحركة خلفاً للأمين العام السابق رمضان شلح.",
         (mint_key("رمضان شلح"), "leaderOf", "pij")),
    # an appointment to "its" post, with a description of the person before the title
    case("ar.leader.appointed_to_its_post",
         "وأعلنت حركة حماس أمس اختيار سامي عمر، قائد الهجوم على معبر كرم أبو سالم، رئيسا جديدا لمكتبها السياسي.",
         (mint_key("سامي عمر"), "leaderOf", "hamas")),
    case("ar.leader.appointed_to_its_post",
         "وأكد حزب الله تعيين محمود ياسين القيادي المخضرم في الجنوب أميناً عاماً له.",
         (mint_key("محمود ياسين"), "leaderOf", "hezbollah")),
    # "و" opening the clause of the head after a group's political body
    case("ar.leader.which_is_led_by",
         "ويختلف المكتب السياسي لحركة حماس، والذي يترأسه حاليا خليل الحية، عن جناحها العسكري.",
         ("hayya", "leaderOf", "hamas")),
]


@pytest.mark.parametrize("rule_id, sentence, expected", CASES)
def test_titles_successions(analyze, rule_id, sentence, expected):
    assert_case(analyze(sentence), rule_id, expected)


# A title inside a denial of something else: the post is not denied.
PRESUPPOSED = [
    pytest.param("ونفت حركة الجهاد الإسلامي أنباء عن مقتل الأمين العام للحركة خالد يوسف في غارة على دمشق.",
                 (mint_key("خالد يوسف"), "leaderOf", "pij"), id="title-org-person"),
    pytest.param("ونفى الحرس الثوري صحة التقارير عن مصير قائد فيلق القدس إسماعيل قاآني بعد الغارة.",
                 ("qaani", "leaderOf", "quds_force"), id="commander"),
    pytest.param("ونفى حزب الله صحة الأنباء عن مقتل عضو المجلس التنفيذي للحزب حسين الحاج.",
                 (mint_key("حسين الحاج"), "memberOf", "hezbollah"), id="body-member"),
]


@pytest.mark.parametrize("sentence, triple", PRESUPPOSED)
def test_title_inside_a_denial_is_not_denied(analyze, sentence, triple):
    result = analyze(sentence)
    found = result.relations(*triple)
    assert found and all(r.polarity != DENIED for r in found), result.describe()


def test_a_title_that_is_the_denied_predicate_stays_denied(analyze):
    # "أن P قائد X": the person opens the "that" clause, whose predicate is the post
    result = analyze("ونفت الحركة أن سامي عمر قائد كتائب القسام.")
    assert result.relations(mint_key("سامي عمر"), "leaderOf", "qassam_brigades"), result.describe()
    assert not [r for r in result.relations(mint_key("سامي عمر"), "leaderOf", "qassam_brigades")
                if r.polarity != DENIED], result.describe()

"""Group anaphora made precise (kg/pipeline/definite_anaphors.py, nisba_anaphors.py):
a definite head noun points back only when one group it fits stands in the antecedent's
sentence; an aside after a name tells of that name; an Arabic head noun with a state's
adjective points back to the one group of that state. Sentences are our own."""
from __future__ import annotations

import pytest


def _anaphors(result, rule="coref.definite_head"):
    return [m for m in result.mentions() if m.rule == rule]


@pytest.mark.parametrize("text, lang, key", [
    pytest.param("أصدرت حركة حماس بيانا مساء أمس. وقالت الحركة إن وفدها سيصل إلى القاهرة.", "ar", "hamas",
                 id="ar-movement-named-with-its-head"),
    pytest.param("قصفت إسرائيل مواقع في الجنوب. ونعى حزب الله أحد عناصره. وأعلن الحزب أنه رد بصواريخ.", "ar",
                 "hezbollah", id="ar-party"),
    pytest.param("تبنت جماعة الحوثي إطلاق صاروخين. وأكدت الجماعة أنها ستواصل عملياتها.", "ar", "houthis",
                 id="ar-group"),
    pytest.param("Kataib Hezbollah warned Washington on Monday. The group said its fighters were ready.", "en",
                 "kataib_hezbollah", id="en-group"),
])
def test_one_group_the_noun_fits_is_its_referent(analyze, text, lang, key):
    result = analyze(text, lang)
    assert [m.entity for m in _anaphors(result)] == [key], result.describe()


@pytest.mark.parametrize("text, lang", [
    pytest.param("انفصلت ميليشيا النجباء عن ميليشيا العصائب قبل سنوات. وتتلقى الجماعة منذ سنوات دعما من طهران.", "ar",
                 id="ar-two-militias-one-sentence"),
    pytest.param("التقى وفد من حركة حماس وفدا من حركة الجهاد الإسلامي. وقالت الحركة إن اللقاء كان إيجابيا.",
                 "ar", id="ar-two-movements"),
    pytest.param("Kataib Hezbollah and Harakat al-Nujaba held talks on Sunday. The group said it would "
                 "keep its weapons.", "en", id="en-two-groups"),
])
def test_two_groups_the_noun_fits_leave_it_unresolved(analyze, text, lang):
    result = analyze(text, lang)
    assert not _anaphors(result), result.describe()


def test_two_groups_leave_no_support_fact_on_the_nearer(analyze):
    result = analyze("انفصلت ميليشيا النجباء عن ميليشيا العصائب قبل سنوات. وتتلقى الجماعة منذ سنوات دعما من إيران.", "ar")
    assert not result.relations("iran", "supports"), result.describe()


def test_an_earlier_topic_decides_between_two_groups(analyze):
    # the movement was already the topic: the same noun goes on naming it
    result = analyze("أعلنت حركة النجباء تعليق عملياتها. وقالت الحركة إن القرار نهائي. "
                     "والتقى وفد من الحركة وفدا من حركة حماس. وأكدت الحركة أن الحوار مستمر.", "ar")
    assert {m.entity for m in _anaphors(result)} == {"nujaba"}, result.describe()


def test_a_unit_of_the_group_is_no_rival(analyze):
    result = analyze("The Radwan Force is Hezbollah's elite unit. Its founder was a senior commander "
                     "in the group for decades.", "en")
    assert [m.entity for m in _anaphors(result)] == ["hezbollah"], result.describe()


def test_an_aside_after_a_name_tells_of_that_name(analyze):
    result = analyze("وقالت المقاومة الإسلامية في العراق، وهي تحالف فصائل مرتبطة بالحرس الثوري الإيراني، "
                     "إنها قصفت قاعدة. وأصدرت الجماعة لاحقا بيانا ثانيا.", "ar")
    assert [m.entity for m in _anaphors(result)] == ["islamic_resistance_iraq"], result.describe()


def test_arabic_head_noun_with_a_state_adjective_points_back(analyze):
    result = analyze("واصلت المقاومة الإسلامية في العراق قصف القواعد الأميركية في سوريا. "
                     "وأعلنت الميليشيا العراقية، في بيان، استهداف قاعدة الشدادي بطائرة مسيرة.", "ar")
    assert [m.entity for m in _anaphors(result, "coref.nisba_head")] == ["islamic_resistance_iraq"], \
        result.describe()
    assert any(a.attacker == "islamic_resistance_iraq" and a.target == "shaddadi" for a in result.attacks), \
        result.describe()


@pytest.mark.parametrize("text", [
    pytest.param("قصفت كتائب حزب الله وحركة النجباء قاعدتين. وأعلنت الجماعة العراقية، في بيان، أنها ستواصل.",
                 id="two-groups-of-that-state"),
    pytest.param("أطلق حزب الله مسيرات على الجليل. وقالت الجماعة العراقية إنها لم تشارك.",
                 id="no-group-of-that-state"),
    pytest.param("قتل الأمين العام للجماعة اللبنانية حزب الله في غارة.", id="noun-names-the-next-name"),
])
def test_arabic_head_noun_with_a_state_adjective_refers_to_nothing(analyze, text):
    result = analyze(text, "ar")
    assert not _anaphors(result, "coref.nisba_head"), result.describe()


def test_an_apposition_after_a_name_tells_of_that_name(analyze):
    result = analyze("أعلنت سرايا القدس، الجناح العسكري لحركة الجهاد الإسلامي، قصف مستوطنة. "
                     "وقالت الجماعة إنها ستواصل.", "ar")
    assert [m.entity for m in _anaphors(result)] == ["al_quds_brigades"], result.describe()

"""Cue words used in a sense that is no assault (kg/pipeline/attacks/senses.py), kinds
found among the outside sentences' false positives (issue 12, precision round i12g13):
an authority attacked in words, a movement or an office "kidnapped", websites stormed by
hackers, a raid that ended in arrests. Sentences are our own; documents are published on
Wednesday 2024-01-31 (conftest.PUBLISHED)."""
from __future__ import annotations

import pytest


def test_an_authority_attacked_in_words(analyze):
    # "السلطات الإسرائيلية" is Israel's authorities: the freed prisoner's words, no force
    result = analyze("وشكر الأسير المحرر كل من ساعد في الإفراج عنه، لكنه هاجم السلطات الإسرائيلية على "
                     "معاملتها له في السجن.", "ar")
    assert not result.doc.attacks, result.describe()


def test_gunmen_attacking_a_police_post_stay(analyze):
    result = analyze("هاجم مسلحون مركزا للشرطة في المدينة أمس وقتلوا اثنين من عناصره.", "ar")
    assert result.doc.attacks, result.describe()


@pytest.mark.parametrize("sentence", [
    pytest.param("وقال القيادي إن هؤلاء اختطفوا الحركة ثم اختطفوا القرار الوطني.", id="the-movement-and-the-decision"),
    pytest.param("بعدما اختطفوا الثورة ومن بعدها الدولة، لم يبق لنا شيء.", id="the-revolution-then-the-state"),
])
def test_a_movement_or_an_office_kidnapped_is_a_metaphor(analyze, sentence):
    result = analyze(sentence, "ar")
    assert not result.doc.attacks, result.describe()


def test_journalists_kidnapped_stay(analyze):
    result = analyze("وقالت الشرطة إن مسلحين اختطفوا ثلاثة صحافيين أمس في بغداد.", "ar")
    assert result.doc.attacks, result.describe()


def test_websites_stormed_by_hackers(analyze):
    result = analyze("وقالت الشركة إن مجموعة قرصنة اقتحمت 40 موقعا حكوميا أمس.", "ar")
    assert not result.doc.attacks, result.describe()


def test_a_military_post_stormed_stays(analyze):
    # "موقع" is a post too: without a word of hacking it is one
    result = analyze("اقتحم مسلحون موقعا عسكريا أمس وقتلوا جنديين.", "ar")
    assert result.doc.attacks, result.describe()


@pytest.mark.parametrize("sentence", [
    pytest.param("وقام رجال العشيرة بغارات انتهت باعتقال عدد من مسلحي «القاعدة» في الريف.", id="ended-in-arrests"),
    pytest.param("وشن الحراس غارات تكللت بالقبض على عشرة من عناصر «القاعدة».", id="crowned-by-captures"),
])
def test_raids_that_ended_in_arrests_are_no_assault(analyze, sentence):
    result = analyze(sentence, "ar")
    assert not result.doc.attacks, result.describe()


def test_a_raid_that_killed_stays(analyze):
    # the first result is a death: an assault, arrests or not
    result = analyze("ونفذت القوات الأميركية غارة أسفرت عن مقتل ثلاثة مسلحين واعتقال خمسة أمس.", "ar")
    assert result.doc.attacks, result.describe()


def test_munitions_on_board_are_a_cargo(analyze):
    # the ship was seized; the launchers it carried were fired at no one
    result = analyze("واستولى القراصنة على السفينة «سيرين» قبالة السواحل الصومالية أمس وعلى متنها 20 دبابة "
                     "وقاذفات صواريخ.", "ar")
    assert [a.kind for a in result.doc.attacks] == ["Hijacking"], result.describe()


def test_rockets_fired_at_a_ship_stay_a_missile_attack(analyze):
    result = analyze("وأطلق مسلحون صواريخ على سفينة شحن قرب الميناء أمس.", "ar")
    assert [a.kind for a in result.doc.attacks] == ["MissileAttack"], result.describe()

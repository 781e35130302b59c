"""Entity identity and class, twelfth round of issue 13 (kg/lexicon/data, kg/lang/ar):
Lebanese parties by their names, short names of a faction and a news agency, a
joined kunya spelling, units of a state's army. Sentences are our own."""
from __future__ import annotations

import pytest


@pytest.mark.parametrize("sentence, key, cls", [
    ("وانتقد نواب التيار الوطني الحر موازنة الحكومة.", "free_patriotic_movement", "Organization"),
    # "القوات اللبنانية" in Lebanese politics is the party, not the state's forces
    ("وحصل مرشحو القوات اللبنانية بزعامة سمير جعجع على أربعة مقاعد.", "lebanese_forces_party",
     "Organization"),
    # the faction's short name without "الإسلامي"
    ("وقالت حركة الجهاد إن عناصرها فجروا عبوة في جنين.", "pij", "ArmedGroup"),
    # the agency's short name with the country's nisba
    ("وذكرت الوكالة الوطنية اللبنانية أن مسيرة حلقت فوق القرى.", "nna_lebanon", "Organization"),
    # the kunya joined to the family name in one word
    ("واستقبل الوفد موسى أبومرزوق في العاصمة القطرية.", "abu_marzouk", "Person"),
    ("ونعت الحركة صالح العاروري بعد الغارة.", "arouri", "Person"),
])
def test_lexicon_ar_identity_of_names_seen_on_the_probe(analyze, sentence, key, cls):
    result = analyze(sentence, "ar")
    assert key in result.keys, result.describe()
    assert all(m.cls == cls for m in result.mentions() if m.entity == key), result.describe()


@pytest.mark.parametrize("sentence, unit", [
    ("وأعلن الجيش الإسرائيلي أن قوات الفرقة 98 فجرت عشرات المباني في القطاع.", "الفرقة 98"),
    # a target named further on is no owner of the unit
    ("وقال الجيش الإسرائيلي إن الفرقة 36 دمرت مواقع تابعة لحزب الله.", "الفرقة 36"),
    ("وأكد الجيش العراقي أن الفرقة 14 تسلمت مواقع الحشد الشعبي.", "الفرقة 14"),
])
def test_discovery_ar_a_numbered_unit_in_a_state_armys_report_is_its_unit(analyze, sentence, unit):
    result = analyze(sentence, "ar")
    assert result.mention(unit).cls == "Organization", result.describe()


@pytest.mark.parametrize("sentence, unit", [
    # the unit belongs to the group named right after it
    ("وقصف الجيش الإسرائيلي مقر اللواء 45 التابع للحشد الشعبي قرب القائم.", "اللواء 45"),
    ("وقصف الجيش العراقي مواقع اللواء 30 في الحشد الشعبي.", "اللواء 30"),
    # a group's statement: the unit is the group's
    ("وأعلنت كتائب حزب الله أن الجيش الأميركي استهدف اللواء 46.", "اللواء 46"),
    # no army named: the unit stays a group of its own
    ("وقال بيان إن الفرقة 91 دفعت بتعزيزات إلى الشمال.", "الفرقة 91"),
])
def test_discovery_ar_a_numbered_unit_near_a_group_stays_an_armed_group(analyze, sentence, unit):
    result = analyze(sentence, "ar")
    assert result.mention(unit).cls == "ArmedGroup", result.describe()


@pytest.mark.parametrize("sentence", [
    # the staff of a wing, not a man named Arkan
    "وتحدث المصدر عن قيادة أركان الجناح العسكري للحركة.",
    # a past verb after a title chain or a faction's name is no name word
    "وقال رئيس المجلس السياسي الأعلى أصدر التكليف للوزير الجديد.",
    "وذكر المصدر أن فرقة السلطان مراد تأسست بدعم من أنقرة.",
])
def test_discovery_ar_no_person_from_a_staff_noun_or_a_verb(analyze, sentence):
    result = analyze(sentence, "ar")
    assert not [m for m in result.mentions() if m.cls == "Person"], result.describe()


def test_discovery_ar_a_verb_of_distance_after_a_place_noun_names_no_place(analyze):
    result = analyze("وقتل رجل في غارة على سيارة في منطقة تبعد نحو 20 كلم عن الحدود.", "ar")
    assert not [m for m in result.mentions() if m.cls == "Place"], result.describe()


def test_discovery_ar_arkan_with_a_family_name_is_still_a_person(analyze):
    result = analyze("والتقى الوفد أركان الجبوري في بغداد.", "ar")
    assert result.mention("أركان الجبوري").cls == "Person", result.describe()


@pytest.mark.parametrize("text, name", [
    # the navy's prefix in quotes, then the ship by its name alone: one node
    ('واستهدف الحوثيون المدمرة "يو إس إس كول" بصاروخ. وقالت البحرية إن المدمرة كول لم تصب.', "كول"),
    # ... and without quotes
    ("وأصاب صاروخ المدمرة يو إس إس ماسون قرب الحديدة. وقالت البحرية إن المدمرة ماسون لم تتضرر.", "ماسون"),
])
def test_discovery_ar_a_ship_with_and_without_its_navys_prefix_is_one_node(analyze, text, name):
    result = analyze(text, "ar")
    ships = {m.entity for m in result.mentions() if m.cls == "Vessel"}
    assert len(ships) == 1 and result.entity(ships.pop()).labels["ar"] == name, result.describe()


def test_discovery_ar_a_ship_named_before_a_definite_nisba(analyze):
    result = analyze("واستهدفت الجماعة سفينة بلو ستار اليونانية قبالة الحديدة.", "ar")
    m = result.mention("سفينة بلو ستار")
    assert m.cls == "Vessel" and result.entity(m.entity).labels["ar"] == "بلو ستار", result.describe()


@pytest.mark.parametrize("sentence", [
    "واستهدفت الجماعة سفينة تجارية يونانية قبالة الحديدة.",
    "واستهدفت الجماعة سفينة تجارية اليونانية قبالة الحديدة.",
])
def test_discovery_ar_no_ship_name_from_an_adjective_and_a_nisba(analyze, sentence):
    result = analyze(sentence, "ar")
    assert not [m for m in result.mentions() if m.cls == "Vessel"], result.describe()


@pytest.mark.parametrize("sentence, name", [
    ("وأكد المجلس تعيين سالم أحمد حمدان قائماً بأعمال الوزارة.", "سالم أحمد حمدان"),
    ("وبقي سالم حمدان صامداً في موقعه.", "سالم حمدان"),
])
def test_discovery_ar_a_word_with_the_accusatives_tanween_ends_a_name(analyze, sentence, name):
    result = analyze(sentence, "ar")
    persons = {result.surface(m) for m in result.mentions() if m.cls == "Person"}
    assert persons == {name}, result.describe()


@pytest.mark.parametrize("sentence, name", [
    # after a killing's noun "باسم" can only be the given name
    ("وأعلنت الكتائب استشهاد باسم حمدان قائد الكتيبة.", "باسم حمدان"),
    ("وأعلن الجيش مقتل باسم الصافي في الغارة.", "باسم الصافي"),
])
def test_discovery_ar_basim_after_a_killing_is_a_given_name(analyze, sentence, name):
    result = analyze(sentence, "ar")
    assert result.mention(name).cls == "Person", result.describe()


@pytest.mark.parametrize("sentence", [
    # ... and "on behalf of" after a spokesman; a ministry is no name either
    "وقال المتحدث باسم وزارة الدفاع إن الغارة دقيقة.",
    "وأكد متحدث باسم حكومة الإقليم أن الوضع مستقر.",
    "وقال المتحدث باسم فصائل المقاومة إن الرد قادم.",
])
def test_discovery_ar_no_person_after_on_behalf_of(analyze, sentence):
    result = analyze(sentence, "ar")
    assert not [m for m in result.mentions() if m.cls == "Person"], result.describe()

"""A kunya in any grammatical case, numbered units with their arm, and officials the
lexicon lists (kg/pipeline/lexicon_ner.py, kg/lang/ar/person_names.py,
kg/lang/ar/discovery.py, kg/lexicon/data/region_officials_bodies.yaml). Sentences of our
own wording."""
from __future__ import annotations

import pytest

from kg.keys import mint_key


@pytest.mark.parametrize("sentence, surface", [
    pytest.param("وجرى تشييع أبي فدك المحمداوي في موكب كبير.", "أبي فدك المحمداوي", id="genitive"),
    pytest.param("ورأى المراقبون أبا فدك المحمداوي في الصفوف الأولى.", "أبا فدك المحمداوي", id="accusative"),
    pytest.param("والتقى الوفد بأبي فدك المحمداوي في المقر.", "أبي فدك المحمداوي", id="after-preposition"),
])
def test_lexicon_kunya_is_read_in_every_case(analyze, sentence, surface):
    result = analyze(sentence, "ar")
    assert result.mention(surface).entity == "abu_fadak", result.describe()


@pytest.mark.parametrize("sentence, surface", [
    pytest.param("ونعى الفصيل قائده الميداني الملقب بأبي ياسر الدراجي.", "أبي ياسر الدراجي", id="nicknamed"),
    pytest.param("وأكدت المصادر مقتل أبي ياسر الدراجي بالغارة.", "أبي ياسر الدراجي", id="killing-noun"),
])
def test_discovered_kunya_in_the_genitive_names_the_person_in_the_nominative(analyze, sentence, surface):
    result = analyze(sentence, "ar")
    m = result.mention(surface)
    assert m.cls == "Person" and m.entity == mint_key("أبو ياسر الدراجي"), result.describe()
    assert result.entity(m.entity).labels["ar"] == "أبو ياسر الدراجي"


def test_the_same_person_by_kunya_in_two_cases_is_one_node(analyze):
    result = analyze("وأعلن الفصيل مقتل أبي ياسر الدراجي. وكان أبو ياسر الدراجي قد نجا من غارة سابقة.", "ar")
    assert result.mention("أبي ياسر الدراجي").entity == result.mention("أبو ياسر الدراجي").entity


@pytest.mark.parametrize("sentence, surface, label", [
    pytest.param("وأصيب عدد من جنود سرية الإسناد 214 في الانفجار.", "سرية الإسناد 214", "سرية الإسناد 214",
                 id="company-with-its-arm"),
    pytest.param("وتمركزت كتيبة المدفعية 33 قرب الحدود.", "كتيبة المدفعية 33", "كتيبة المدفعية 33",
                 id="battalion-with-its-arm"),
    pytest.param("وقال بيان إن الفرقة 91 دفعت بتعزيزات إلى الشمال.", "الفرقة 91", "فرقة 91", id="division"),
    pytest.param("واستهدفت الضربة مقر الكتيبة 57 جنوب المدينة.", "الكتيبة 57", "كتيبة 57", id="battalion"),
])
def test_numbered_units_with_and_without_their_arm(analyze, sentence, surface, label):
    result = analyze(sentence, "ar")
    m = result.mention(surface)
    assert (m.cls, m.rule) == ("ArmedGroup", "ar.discover.numbered_unit"), result.describe()
    assert result.entity(m.entity).labels["ar"] == label


def test_a_unit_the_lexicon_names_keeps_its_entry(analyze):
    result = analyze("ونسبت الصحيفة العملية إلى الوحدة 8200 في الجيش.", "ar")
    assert result.mention("الوحدة 8200").entity == "unit_8200", result.describe()


@pytest.mark.parametrize("sentence, surface, key", [
    pytest.param("وتحدث دانييل هاجاري للصحفيين مساء أمس.", "دانييل هاجاري", "daniel_hagari", id="spokesman-spelling"),
    pytest.param("وحذرت الأونروا من نفاد الوقود في المستشفيات.", "الأونروا", "unrwa", id="un-agency"),
    pytest.param("UNAMI called on all sides to show restraint.", "UNAMI", "unami", id="un-mission-en"),
    pytest.param("وأعلن المجلس الوزاري الأمني المصغر موافقته على الخطة.", "المجلس الوزاري الأمني المصغر",
                 "israel_security_cabinet", id="cabinet"),
    pytest.param("ونقلت صحيفة هآرتس عن ضابط كبير أن الخطة تغيرت.", "صحيفة هآرتس", "haaretz", id="newspaper"),
])
def test_officials_and_bodies_of_the_region_are_known(analyze, sentence, surface, key):
    result = analyze(sentence)
    assert result.mention(surface).entity == key, result.describe()


@pytest.mark.parametrize("sentence, name", [
    pytest.param("وتبنت جماعة تطلق على نفسها «حراس الفجر» إطلاق الصواريخ.", "حراس الفجر", id="calls-itself"),
    pytest.param("وهدد فصيل مسلح يطلق على نفسه اسم \"رجال العهد\" بضرب المصالح الأجنبية.", "رجال العهد",
                 id="calls-itself-by-the-name"),
])
def test_a_quoted_name_a_group_gives_itself_is_an_armed_group(analyze, sentence, name):
    result = analyze(sentence, "ar")
    m = result.mention(name)
    assert (m.cls, m.rule) == ("ArmedGroup", "ar.discover.self_named"), result.describe()


def test_a_quoted_name_without_a_group_noun_is_no_group(analyze):
    result = analyze("ورفع المحتجون لافتات تحمل اسم «ساحة الأحرار» أمام المبنى.", "ar")
    assert not [m for m in result.mentions() if m.rule == "ar.discover.self_named"], result.describe()


def test_a_noun_after_a_group_name_is_not_read_as_its_adjective(analyze):
    result = analyze("وتبنت سرايا درع الوطن المسؤولية عن التفجير.", "ar")
    m = result.mention("سرايا درع الوطن")
    assert m.cls == "ArmedGroup", result.describe()


def test_brigades_in_the_plural_open_a_group_name(analyze):
    result = analyze("وأعلنت ألوية الصمود مسؤوليتها عن القصف.", "ar")
    assert result.mention("ألوية الصمود").cls == "ArmedGroup", result.describe()


@pytest.mark.parametrize("sentence, name", [
    pytest.param("Witnesses said Abu Karrar al-Zaidi left the compound before the raid.", "Abu Karrar al-Zaidi",
                 id="kunya-and-family-name"),
    pytest.param("The drone hit a car carrying Abu Zainab Hamid Kadhum near the airport.", "Abu Zainab Hamid Kadhum",
                 id="kunya-and-two-names"),
])
def test_discovery_en_a_kunya_opens_a_person_name(analyze, sentence, name):
    result = analyze(sentence, "en")
    m = result.mention(name)
    assert (m.cls, m.rule) == ("Person", "en.discover.kunya"), result.describe()


@pytest.mark.parametrize("sentence", [
    pytest.param("Officials in Abu Dhabi welcomed the truce.", id="place"),
    pytest.param("The Saraya Abu Karrar al-Zaidi fighters withdrew.", id="inside-a-longer-name"),
])
def test_discovery_en_a_kunya_run_that_is_no_person(analyze, sentence):
    result = analyze(sentence, "en")
    assert not [m for m in result.mentions() if m.rule == "en.discover.kunya"], result.describe()


def test_discovery_en_a_person_after_an_abbreviated_rank(analyze):
    result = analyze("Col. Avi Mordechai told reporters the unit had pulled back.", "en")
    assert result.mention("Avi Mordechai").cls == "Person", result.describe()


def test_a_unit_number_with_the_article_is_the_same_unit(analyze):
    result = analyze("ودمرت الغارة مستودعا للواء الـ38، وقال مصدر إن اللواء 38 أخلى المقر قبل يومين.", "ar")
    first, second = result.mention("لواء الـ38"), result.mention("اللواء 38")
    assert first.rule == "ar.discover.numbered_unit" and first.entity == second.entity, result.describe()


def test_discovery_en_a_unit_named_by_its_number_after_the_noun(analyze):
    result = analyze("Drones struck a depot of Brigade 19 near the border.", "en")
    m = result.mention("Brigade 19")
    assert (m.cls, m.rule) == ("ArmedGroup", "en.discover.numbered_unit"), result.describe()


def test_a_two_word_given_name_with_allah_opens_a_person_name(analyze):
    result = analyze("وأفاد شهود بأن مسلحين أطلقوا النار على نعمة الله كريمي أمام منزله.", "ar")
    m = result.mention("نعمة الله كريمي")
    assert m.cls == "Person", result.describe()


@pytest.mark.parametrize("sentence, name", [
    pytest.param("وأصيب حسن الخزعلي بجروح في الانفجار.", "حسن الخزعلي", id="given-name"),
    pytest.param("ونعى الفصيل أبا علي الخزعلي.", "أبا علي الخزعلي", id="kunya"),
])
def test_a_known_persons_family_name_after_another_given_name_is_another_person(analyze, sentence, name):
    result = analyze(sentence, "ar")
    m = result.mention(name)
    assert m.cls == "Person" and m.entity != "khazali", result.describe()


def test_a_known_persons_family_name_alone_or_after_his_own_given_name_is_him(analyze):
    result = analyze("وقال الخزعلي إن الحركة لن تتراجع، وأكد قيس الخزعلي ذلك.", "ar")
    assert result.mention("الخزعلي").entity == result.mention("قيس الخزعلي").entity == "khazali"

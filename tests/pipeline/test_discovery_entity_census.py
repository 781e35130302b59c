"""Entity census of unseen articles (issue 13; kg/lang/ar/person_names.py, cues.yaml,
kg/lang/ar/state_phrases.py, kg/lexicon): a building or plot named after a person is no
person, a death notice's year of birth and a compass word end a name, the army named as
"the occupation forces" with its state's adjective is that army, and "قوات نظام الأسد"
is Syria's army. Sentences are our own."""
from __future__ import annotations

import pytest


@pytest.mark.parametrize("sentence", [
    "ونقل المصابون إلى مستشفى أبو حسن الزين في المدينة.",
    "وقال طبيب في مجمع سامر الطبي إن الجرحى وصلوا تباعا.",
    "وسقطت قذيفة قرب مسجد عبد الرحمن سلامة وسط الحي.",
    "واحتمى النازحون في مدرسة الشهيد خالد عمران غرب البلدة.",
    "وتوغلت الآليات داخل بيارة أبو ناصر شرقي المخيم.",
])
def test_discovery_ar_a_building_named_after_a_person_names_no_person(analyze, sentence):
    result = analyze(sentence, "ar")
    assert not [m for m in result.mentions() if m.cls == "Person"], result.describe()


def test_discovery_ar_a_person_is_still_named_near_a_building(analyze):
    # the building noun is the person's destination, not the head of their name
    result = analyze("وزار وزير الصحة المستشفى، وقال خالد عمران إن الوضع صعب.", "ar")
    assert [m for m in result.mentions() if m.cls == "Person" and result.surface(m) == "خالد عمران"], \
        result.describe()


@pytest.mark.parametrize("sentence, name", [
    ("ونعت الحركة مقاتلها سامر حسن يوسف مواليد عام 1990 من بلدة الخيام.", "سامر حسن يوسف"),
    ("وقتل خالد عمران جنوبي البلدة في غارة ليلية.", "خالد عمران"),
])
def test_discovery_ar_a_name_ends_before_a_birth_year_or_a_compass_word(analyze, sentence, name):
    result = analyze(sentence, "ar")
    persons = [result.surface(m) for m in result.mentions() if m.cls == "Person"]
    assert persons == [name], result.describe()


@pytest.mark.parametrize("sentence, lang", [
    ("وقصفت قوات الاحتلال الإسرائيلي منزلا في الحي الشرقي.", "ar"),
    ("وأطلقت قوات الاحتلال الإسرائيلية النار على الصيادين.", "ar"),
    ("The Israeli occupation forces raided the camp at dawn.", "en"),
])
def test_lexicon_the_occupation_forces_with_a_states_adjective_are_its_army(analyze, sentence, lang):
    result = analyze(sentence, lang)
    assert "idf" in result.keys and "israel" not in result.keys, result.describe()


def test_discovery_ar_the_bare_occupation_after_its_army_is_the_state(analyze):
    # "مدفعية الاحتلال" refers back to the state whose army an earlier sentence named
    result = analyze("قصفت قوات الاحتلال الإسرائيلي منزلا في البلدة. ثم قصفت مدفعية الاحتلال أطراف الوادي.", "ar")
    assert [m for m in result.mentions("israel") if result.surface(m) == "الاحتلال"], result.describe()


def test_lexicon_ar_the_army_named_by_its_ruler(analyze):
    result = analyze("وهاجم مسلحون حاجزا لقوات نظام الأسد في البادية.", "ar")
    assert "syrian_army" in result.keys, result.describe()


@pytest.mark.parametrize("sentence, name", [
    ("وأعلنت قيادة عمليات حزام الموصل تفكيك عبوة ناسفة.", "قيادة عمليات حزام الموصل"),
    ("وقال قائد عمليات غرب الأنبار إن القوات صدت الهجوم.", "عمليات غرب الأنبار"),
    ("وأصيب معاون قائد عمليات البصرة في الانفجار.", "عمليات البصرة"),
])
def test_discovery_ar_an_operations_command_named_by_its_area(analyze, sentence, name):
    result = analyze(sentence, "ar")
    assert [m for m in result.mentions() if m.cls == "Organization" and result.surface(m) == name], \
        result.describe()


def test_discovery_ar_operations_in_a_place_name_no_command(analyze):
    # no "قيادة" and no post before "عمليات": the operations, not a command
    result = analyze("وتواصلت عمليات البحث في الموصل، واستمرت عمليات بغداد الأمنية.", "ar")
    assert not [m for m in result.mentions() if m.cls == "Organization"], result.describe()


def test_discovery_ar_an_operations_command_the_lexicon_knows_keeps_its_key(analyze):
    result = analyze("وقال قائد عمليات سامراء إن المنطقة آمنة.", "ar")
    assert "samarra_operations_command" in result.keys, result.describe()


@pytest.mark.parametrize("sentence, name", [
    ("The tanker is owned by Cypriot company Blue Harbour Lines.", "Blue Harbour Lines"),
    ("Singaporean shipping giant Tarnow halted its sailings through the strait.", "Tarnow"),
    ("The bulk carrier is managed by the Maltese firm Orvane Marine.", "Orvane Marine"),
])
def test_discovery_en_a_company_named_after_its_noun(analyze, sentence, name):
    result = analyze(sentence, "en")
    assert [m for m in result.mentions() if m.cls == "Organization" and result.surface(m) == name], \
        result.describe()


def test_discovery_en_a_date_after_a_company_noun_is_no_company(analyze):
    result = analyze("The firm Monday said it would reroute its ships.", "en")
    assert not [m for m in result.mentions() if m.cls == "Organization"], result.describe()


@pytest.mark.parametrize("sentence, name", [
    ("The army said its troops eliminated Karim Adel Mansour near the border.", "Karim Adel Mansour"),
    ("A drone strike killed Walid Saeed Khoury and two of his aides.", "Walid Saeed Khoury"),
])
def test_discovery_en_a_person_named_after_a_killing_verb(analyze, sentence, name):
    result = analyze(sentence, "en")
    assert [m for m in result.mentions() if m.cls == "Person" and result.surface(m) == name], result.describe()


def test_discovery_en_a_headlines_capitals_after_killed_name_no_person(analyze):
    result = analyze("Strike Killed Three Fighters Near Border Town", "en")
    assert not [m for m in result.mentions() if m.cls == "Person"], result.describe()


@pytest.mark.parametrize("sentence, key", [
    ("وتصدى مقاتلو المقاومة الفلسطينية لتوغل الآليات شرق المدينة.", "palestine_factions"),
    ("وقالت المقاومة العراقية إنها قصفت القاعدة بطائرتين مسيرتين.", "iraq_factions"),
])
def test_collective_ar_a_peoples_resistance_is_its_factions_not_its_state(analyze, sentence, key):
    result = analyze(sentence, "ar")
    resistance = [m for m in result.mentions() if result.surface(m).startswith("المقاومة")]
    assert resistance and resistance[0].entity == key, result.describe()


def test_collective_ar_a_bare_resistance_names_no_group(analyze):
    result = analyze("وقال المتحدث إن رد المقاومة سيكون موجعا.", "ar")
    assert not [m for m in result.mentions() if m.cls == "ArmedGroup"], result.describe()


@pytest.mark.parametrize("sentence, name", [
    ("وأسفر الهجوم عن مقتل ضابط يدعى سامر خالد منير الحلبي، ينحدر من حمص.", "سامر خالد منير الحلبي"),
    ("وقتل شاب يدعى محمد علي الليلة الماضية.", "محمد علي"),
    ("وقتل شاب يدعى محمد علي الأحد الماضي.", "محمد علي"),
])
def test_discovery_ar_a_name_after_yudaa_keeps_its_family_name(analyze, sentence, name):
    result = analyze(sentence, "ar")
    persons = [result.surface(m) for m in result.mentions() if m.cls == "Person"]
    assert persons == [name], result.describe()


@pytest.mark.parametrize("sentence, lang", [
    ("وقالت جمعية الهلال الأحمر الفلسطيني إن طواقمها نقلت الجرحى.", "ar"),
    ("The Palestinian Red Crescent said its crews moved the wounded.", "en"),
])
def test_lexicon_the_palestine_red_crescent(analyze, sentence, lang):
    result = analyze(sentence, lang)
    assert "prcs" in result.keys and "palestine" not in result.keys, result.describe()

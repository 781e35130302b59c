"""Persons the lexicon does not know, fifth round of issue 13 (kg/lang/en/discovery.py,
kg/lang/ar/person_names.py): role nouns the English press puts before a name, and where
an Arabic name stops. Sentences and names are our own."""
from __future__ import annotations

import pytest

from kg.keys import mint_key, person_key


@pytest.mark.parametrize("sentence, name", [
    ("The movement said its fighter Karim Haddad died of his wounds.", "Karim Haddad"),
    ("According to analyst Samir Touma, the truce will not hold.", "Samir Touma"),
    ("Local resident Nabil Fares said the house collapsed.", "Nabil Fares"),
    ("The video was filmed by journalist Rami Aoun near the border.", "Rami Aoun"),
])
def test_discovery_en_role_noun_before_a_name(analyze, sentence, name):
    result = analyze(sentence, "en")
    assert person_key(name) in result.keys, result.describe()
    assert result.entity(person_key(name)).cls == "Person"


@pytest.mark.parametrize("sentence, name", [
    # a kunya in quotes or brackets after the name is no part of it
    ('ونعت الحركة المقاتل حسن داود حمدان "أبو ياسر" من قرية حولا.', "حسن داود حمدان"),
    ("ونعت الحركة المقاتل حسن داود حمدان «أبو ياسر» من قرية حولا.", "حسن داود حمدان"),
    # an accusative role noun after a kunya ends the name
    ("وعمل أبو ياسر قائدا في الحركة لسنوات.", "أبو ياسر"),
])
def test_discovery_ar_name_stops_before_quotes_and_role_nouns(analyze, sentence, name):
    result = analyze(sentence, "ar")
    persons = [result.surface(m) for m in result.mentions() if m.cls == "Person"]
    assert name in persons, result.describe()
    assert not any(p.startswith(name) and p != name for p in persons), result.describe()


def test_discovery_a_news_agency_after_a_title_word_is_no_person(analyze):
    # "official" is also a title; a capitalised run ending in "Agency" is an organisation.
    result = analyze("The official Dijla News Agency said the drone fell near the airport.", "en")
    m = result.mention("Dijla News Agency")
    assert m.cls == "Organization", result.describe()


def test_discovery_ar_ambiguous_given_name_is_not_a_proclitic_and_a_name(analyze):
    # "كريم" after a rank is the name itself, never "ك" + the name "ريم"
    result = analyze("وأكد المقدم كريم العبيدي أن الدورية عادت سالمة.")
    assert "كريم العبيدي" in {result.surface(m) for m in result.mentions()}, result.describe()


def test_discovery_ar_a_state_after_the_speakers_name_is_no_surname(analyze):
    # "وشكر P الجمهورية": the state is the verb's object, never P's family name, also
    # when P is named by his surname alone
    for text in ("وشكر سامر منصور الجمهورية الإسلامية على دعمها.", "وشكر منصور الجمهورية الإسلامية على دعمها."):
        result = analyze(text)
        persons = [result.surface(m) for m in result.mentions() if m.cls == "Person"]
        assert not any("الجمهورية" in p for p in persons), result.describe()


def test_discovery_ar_the_footage_a_title_appears_in_is_no_name(analyze):
    # "ظهر القائد في فيديو يطلق ...": the title's "في" reaches the footage, not a name
    result = analyze("وبثت الجماعة تسجيلا ظهر فيه القائد في فيديو يطلق صاروخا نحو الميناء.")
    assert not any(m.cls == "Person" for m in result.mentions()), result.describe()


def test_discovery_ar_agent_word_after_a_title_opens_a_name(analyze):
    # "طالب" is a student (a generic agent) on its own, a given name after a title
    titled = analyze("ونعت الحركة القيادي طالب منصور الذي قضى في القصف.")
    assert titled.mention("طالب منصور").cls == "Person", titled.describe()
    plain = analyze("وأصيب طالب جامعي في القصف على الحي.")
    assert not any(m.cls == "Person" for m in plain.mentions()), plain.describe()


@pytest.mark.parametrize("text, lang", [
    ("وأعلن الجيش الأمريكي أنه أسقط طائرتين مسيرتين فوق البحر الأحمر.", "ar"),
    ("The US military said it shot down two drones over the Red Sea.", "en"),
])
def test_a_states_army_is_a_body_of_the_state_not_the_state(analyze, text, lang):
    # "الجيش الأميركي" / "US military" is the army (an organisation), apart from the state
    result = analyze(text, lang)
    army = [m for m in result.mentions() if m.entity != "usa" and m.cls == "Organization"]
    assert army and not result.mentions("usa"), result.describe()


def test_forces_named_with_the_state_stay_the_state(analyze):
    # "القوات الأميركية" is the state acting, as the golds read it; only the army is a body
    result = analyze("وانسحبت القوات الأميركية من القاعدة الجوية قبل عام.")
    assert result.mentions("usa") and not result.mentions("us_military"), result.describe()


def test_a_patrol_of_a_states_army_stands_for_the_army(analyze):
    # "دورية للجيش الأميركي": the patrol is the army's, one mention, not a bare noun
    result = analyze("وأصيب جنديان حين انفجرت عبوة ناسفة لدى مرور قافلة للجيش الأميركي قرب الفلوجة.")
    convoy = [m for m in result.mentions("us_military") if result.surface(m).startswith("قافلة")]
    assert convoy and convoy[0].kind == "proxy", result.describe()


@pytest.mark.parametrize("sentence, name, state", [
    ("وقال القيادي في منظمة بدر علي تركي إن الحشد لن يتدخل.", "علي تركي", "turkey"),
    ("وأعلن المحافظ أحمد المصري إغلاق الطرق المؤدية إلى المدينة.", "أحمد المصري", "egypt"),
])
def test_a_states_adjective_after_a_given_name_is_the_family_name(analyze, sentence, name, state):
    # "علي تركي" is a person, not Ali and Turkey
    result = analyze(sentence, "ar")
    assert person_key(name) in result.keys, result.describe()
    assert not result.mentions(state), result.describe()


def test_a_states_adjective_after_a_common_noun_stays_the_state(analyze):
    # "مسؤول تركي": a nationality after a noun, no one's name
    result = analyze("وقال مسؤول تركي إن المحادثات ستستأنف الأسبوع المقبل.", "ar")
    assert not [m for m in result.mentions() if m.cls == "Person"], result.describe()


def test_an_armys_name_before_a_noun_it_modifies_is_the_state(analyze):
    # "a US military base": the state's base, as "US forces" are the state
    result = analyze("Tower 22, a US military base near the border, was hit by a drone.", "en")
    assert result.mentions("usa") and not result.mentions("us_military"), result.describe()


def test_an_armys_name_after_a_noun_of_it_is_the_state(analyze):
    # "two outposts of the US military": whose outposts they are, the state's
    result = analyze("A militia said it fired drones at two outposts of the US military in Syria.", "en")
    assert result.mentions("usa") and not result.mentions("us_military"), result.describe()
    # the army on its own, as the one who speaks, stays the army
    result = analyze("The US military said two drones were shot down near the outposts.", "en")
    assert result.mentions("us_military"), result.describe()


def test_a_flag_adjective_before_a_ship_noun_names_no_ship(analyze):
    a = analyze("Houthi rebels fired two missiles at a Liberian-flagged vessel in the Red Sea on Tuesday.", "en")
    assert not [m for m in a.mentions() if m.cls == "Vessel"], a.describe()
    # the unnamed ship struck at sea is an attack on the sea that stands for it (at_sea.unnamed_ship)
    assert all(x.target == "red_sea" for x in a.attacks), a.describe()

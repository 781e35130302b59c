"""Entity recall, fifteenth round of issue 13 (kg/lang/ar, kg/lang/en, kg/lexicon): a nom
de guerre after "الاسم الحركي" (also past a stray full stop), a named road junction as a
place, the State Department and Beirut's southern suburbs by their other English names.
Sentences are our own."""
from __future__ import annotations

import pytest


@pytest.mark.parametrize("sentence, name", [
    ("وقتل نائبه الذي يستخدم الاسم الحركي الحاج رضا في الغارة.", "الحاج رضا"),
    # a stray full stop between the cue and the name splits the sentence
    ("وأصيب في القصف مساعده، الذي يستخدم الاسم الحركي. الحاج رضا", "الحاج رضا"),
    ("ونعى الفصيل مقاتلا اسمه الحركي: سامر، قتل في الغارة.", "سامر"),
])
def test_discovery_ar_a_nom_de_guerre_after_its_cue_is_a_person(analyze, sentence, name):
    result = analyze(sentence, "ar")
    assert [m for m in result.mentions() if m.cls == "Person" and result.surface(m) == name], result.describe()


def test_discovery_ar_no_nom_de_guerre_without_a_name(analyze):
    result = analyze("وكان يحمل اسما حركيا غير معروف.", "ar")
    assert not [m for m in result.mentions() if m.cls == "Person"], result.describe()


@pytest.mark.parametrize("sentence, name", [
    ("A roadside bomb went off at the Karkur Junction on Sunday.", "Karkur Junction"),
    ("Police closed the Ra'anana junction after the stabbing.", "Ra'anana junction"),
])
def test_discovery_en_a_named_junction_is_a_place(analyze, sentence, name):
    result = analyze(sentence, "en")
    assert [m for m in result.mentions() if m.cls == "Place" and result.surface(m) == name], result.describe()


@pytest.mark.parametrize("sentence, key", [
    ("The U.S. Department of State added the faction to its terror list.", "state_department"),
    ("A drone hit a flat in the southern suburbs of Beirut overnight.", "dahiyeh"),
    ("Jets struck the Beirut southern suburbs for a second time.", "dahiyeh"),
])
def test_lexicon_en_other_names_of_known_bodies_and_places(analyze, sentence, key):
    result = analyze(sentence, "en")
    assert key in result.keys, result.describe()


def test_attack_en_a_states_own_government_body_is_not_who_struck_it(analyze):
    # the body is the clause's subject; the group it listed carried out the attacks
    result = analyze("In reply, the State Department also listed Harakat al-Nujaba and its chief Akram "
                     "al-Kaabi – another Iran-aligned faction that has staged attacks on American personnel "
                     "in Syria.", "en")
    attackers = {a.attacker for a in result.doc.attacks}
    assert "state_department" not in attackers, result.describe()
    assert attackers == {"nujaba"}, result.describe()


def test_discovery_en_a_second_person_named_after_and_as(analyze):
    result = analyze("The army named the commander as Ali Hassan Darwish and his deputy as Ibrahim Issa.", "en")
    assert [m for m in result.mentions() if m.cls == "Person" and result.surface(m) == "Ibrahim Issa"], \
        result.describe()


def test_discovery_en_a_second_thing_named_after_and_as_is_no_person(analyze):
    result = analyze("The army named the first unit as Golden Lions and the second as Silver Hawks.", "en")
    assert not [m for m in result.mentions() if m.cls == "Person"], result.describe()


def test_discovery_ar_a_bare_parliament_is_the_documents_states(analyze):
    result = analyze("وقال مسؤول في بغداد إن البرلمان سيصوت الأسبوع المقبل على قانون الخدمة في العراق.", "ar")
    assert [m for m in result.mentions() if m.cls == "Government" and result.surface(m) == "البرلمان"
            and m.entity == "iraqi_parliament"], result.describe()


def test_discovery_ar_no_bare_parliament_without_a_state(analyze):
    result = analyze("وقال النائب إن البرلمان سيصوت على القانون الأسبوع المقبل.", "ar")
    assert not [m for m in result.mentions() if m.cls == "Government"], result.describe()

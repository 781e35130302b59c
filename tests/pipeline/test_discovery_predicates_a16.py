"""Spurious Arabic persons that hid facts (round i13a16): the word after a given name that
goes on with the sentence by its shape ends the name; a verb glued to "و" after a title is
no name. Sentences are our own."""
from __future__ import annotations

import pytest


def _persons(result):
    return [result.surface(m) for m in result.mentions() if m.cls == "Person"]


@pytest.mark.parametrize("sentence, name", [
    # a body's noun behind a glued preposition
    ("وأرسل سالم عيسى لغرفة التنسيق تقريرا عن الهجوم.", "سالم عيسى"),
    # a hollow participle before its preposition, after a kunya
    ("وقال أبو قصرة حائز على ثقة الفصائل إن الجيش موحد.", "أبو قصرة"),
    # a derived participle and a derived verb by their prefixes
    ("وقال عمار حسن متابع للملف إن المفاوضات توقفت.", "عمار حسن"),
    ("وقال محمد حسن يواصل العمل في المنطقة.", "محمد حسن"),
])
def test_discovery_ar_a_predicate_after_a_name_ends_it(analyze, sentence, name):
    result = analyze(sentence, "ar")
    assert _persons(result) == [name], result.describe()


@pytest.mark.parametrize("sentence", [
    "وأكد القائد خالد لغرفة العمليات أن الهجوم بدأ.",
    "وأكد سعيد ناصر مستعد للحوار مع الحكومة.",
])
def test_discovery_ar_a_given_name_and_a_predicate_is_no_person(analyze, sentence):
    result = analyze(sentence, "ar")
    assert not _persons(result), result.describe()


def test_discovery_ar_a_verb_with_waw_after_a_title_is_no_name(analyze):
    result = analyze("ويعين وزير الدفاع ويبحث دمج الفصائل في الجيش.", "ar")
    assert not _persons(result), result.describe()


@pytest.mark.parametrize("sentence, name", [
    # guards: family names of these letters stay names
    ("وقال حسين يزبك إن الحزب سيرد.", "حسين يزبك"),
    ("وقال المتحدث محمد رائد حائك إن الحزب سيرد.", "محمد رائد حائك"),
    ("وقال القائد علي متولي إن القوات جاهزة.", "علي متولي"),
])
def test_discovery_ar_family_names_of_these_shapes_stay(analyze, sentence, name):
    result = analyze(sentence, "ar")
    assert name in _persons(result), result.describe()


@pytest.mark.parametrize("sentence, students", [
    ("وتحدث مسؤول أمني للوكالة طالبًا عدم كشف هويته.", False),
    ("وأضاف المصدر الذي تحدث طالبا عدم الكشف عن اسمه أن القصف مستمر.", False),
    ("واعتقلت القوات 20 طالبًا من الجامعة.", True),   # counted: students
])
def test_generic_ar_asking_before_adam_is_no_student(analyze, sentence, students):
    result = analyze(sentence, "ar")
    assert ("students" in result.keys) == students, result.describe()


def test_discovery_ar_a_count_after_a_title_is_no_name(analyze):
    """"رئيس الوزراء وثلاثة نواب": people counted after the title, no person named
    "وثلاثة نواب" (who was read as an official of the only state named)."""
    result = analyze("وأعلن الحوثيون مقتل رئيس الوزراء وثلاثة نواب في الغارة الإسرائيلية.", "ar")
    assert not _persons(result), result.describe()
    assert not [t for t in result.triples if t[1] == "officialOf"], result.describe()

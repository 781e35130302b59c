"""A second strike's toll against a restated toll of the same strike (casualties.py,
merged_tolls.py, merging.merge_split_toll, ``casualty_words.names_another_strike``): a
sentence names another strike only when an ``another_strike`` word qualifies an attack
noun ("غارة أخرى", "another strike"); the word alone ("حصيلة جديدة", "a new toll") is the
same strike told again, whose toll is read. Sentences of our own."""
from __future__ import annotations

import pytest

from kg.model import Count


def _one(a, target):
    found = [x for x in a.doc.attacks if x.target == target]
    assert len(found) == 1, a.describe()
    return found[0]


def test_a_restated_toll_in_the_next_sentence_is_the_strike_s_own_ar(analyze):
    a = analyze("قتل ثلاثة أشخاص في غارة إسرائيلية على بلدة عيتا الشعب يوم الاثنين. "
                "وتسببت الغارة أيضا بإصابة خمسة آخرين بحسب حصيلة جديدة.", "ar")
    assert _one(a, "aita_al_shaab").injured == Count(5), a.describe()


def test_a_second_strike_in_the_next_sentence_keeps_its_toll_ar(analyze):
    a = analyze("قتل ثلاثة أشخاص في غارة إسرائيلية على بلدة عيتا الشعب يوم الاثنين. "
                "وتسببت الغارة أيضا بإصابة خمسة آخرين في غارة إسرائيلية أخرى.", "ar")
    assert _one(a, "aita_al_shaab").injured is None, a.describe()


def test_a_restated_toll_in_a_merged_retelling_is_read_en(analyze):
    a = analyze("Rockets fell on the Ain al-Asad air base on Monday. The base hosts American troops. "
                "Rockets fell on the Ain al-Asad air base on Monday, wounding five soldiers, "
                "according to a new toll.", "en")
    assert _one(a, "ain_al_asad").injured == Count(5), a.describe()


def test_a_second_strike_merged_in_keeps_its_toll_en(analyze):
    a = analyze("Rockets fell on the Ain al-Asad air base on Monday. The base hosts American troops. "
                "Rockets fell on the Ain al-Asad air base on Monday in a second strike, "
                "wounding five soldiers.", "en")
    assert _one(a, "ain_al_asad").injured is None, a.describe()


@pytest.mark.parametrize("lang, words, another", [
    ("ar", ["اصيب", "خمسه", "في", "غاره", "اخري"], True),
    ("ar", ["في", "الغارات", "الاسراييليه", "الاخري"], True),
    ("ar", ["بحسب", "حصيله", "جديده"], False),
    ("ar", ["لليوم", "الثاني", "علي", "التوالي"], False),
    ("en", ["in", "another", "israeli", "drone", "strike"], True),
    ("en", ["according", "to", "a", "new", "toll"], False),
    ("en", ["for", "a", "second", "day"], False),
])
def test_another_word_names_a_strike_only_beside_an_attack_noun(lang, words, another):
    from kg.pipeline.casualty_words import casualty_words, names_another_strike
    assert names_another_strike(lang, words, casualty_words(lang).another) is another

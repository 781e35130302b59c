"""Later references to entities already introduced (kg/pipeline/coref.py): surnames and
definite heads ("الحركة", "the group")."""
from __future__ import annotations

import pytest

from kg.keys import mint_key, person_key


@pytest.mark.parametrize("text, surname, key", [
    pytest.param("وقال المتحدث باسم كتائب حزب الله جعفر الحسيني إن الهدنة انتهت. "
                 "وأضاف الحسيني أن الفصائل ستواصل عملياتها.", "الحسيني", mint_key("جعفر الحسيني"),
                 id="ar-discovered-person"),
    pytest.param("وأكد أكرم الكعبي أن المقاومة مستمرة. وقال الكعبي إن الحركة لن تتوقف.", "الكعبي", "kaabi",
                 id="ar-lexicon-person"),
    pytest.param("British Defence Secretary Grant Shapps said the strikes were limited. "
                 "Shapps added that Britain did not seek escalation.", "Shapps", person_key("Grant Shapps"),
                 id="en-discovered-person"),
    pytest.param("Israel killed a senior Hamas official, Yasser al-Qudsi, in Beirut. "
                 "Qudsi had lived in Lebanon for years.", "Qudsi", person_key("Yasser al-Qudsi"),
                 id="en-al-surname"),
])
def test_coref_surname(analyze, text, surname, key):
    result = analyze(text)
    m = result.mention(surname)
    assert m.entity == key and m.rule == "coref.surname", result.describe()


def test_coref_shared_surname_goes_to_the_nearest_earlier_person(analyze):
    result = analyze("نيجيرفان بارزاني التقى مسرور بارزاني في أربيل. "
                     "وقال بارزاني إن الإقليم يرفض الهجمات.", "ar")
    refs = [m for m in result.mentions() if m.rule == "coref.surname"]
    assert [m.entity for m in refs] == ["barzani_masrour"], result.describe()


def test_coref_surname_in_a_longer_word_is_no_reference(analyze):
    result = analyze("British Defence Secretary Grant Shapps spoke. The Shappsfield plant closed.", "en")
    assert not [m for m in result.mentions() if m.rule == "coref.surname"], result.describe()


@pytest.mark.parametrize("text, anaphor, key", [
    pytest.param("وأعلنت حركة النجباء تعليق عملياتها. وقالت الحركة في بيان إن القرار نهائي.",
                 "الحركة", "nujaba", id="ar-movement"),
    pytest.param("وأصدرت حركة النجباء بيانا. وقال مسؤول للحركة إن القرار نهائي.",
                 "لحركة", "nujaba", id="ar-lam-contraction"),
    pytest.param("وتعرضت قاعدة عين الأسد لهجوم صاروخي. وقالت مصادر إن القاعدة لم تتضرر.",
                 "القاعدة", "ain_al_asad", id="ar-base"),
    pytest.param("وتبنت جماعة الحوثي الهجوم. وقالت الجماعة إنها ستواصل عملياتها.",
                 "الجماعة", "houthis", id="ar-group"),
    pytest.param("Kataib Hezbollah announced a suspension. The group said it acted alone.",
                 "The group", "kataib_hezbollah", id="en-group"),
    pytest.param("A drone hit Tower 22. The base houses about 350 troops.",
                 "The base", "tower_22", id="en-base"),
    pytest.param("The Houthis attacked the tanker Marlin Luanda. The ship caught fire.",
                 "The ship", mint_key("Marlin Luanda"), id="en-ship"),
])
def test_coref_definite_head(analyze, text, anaphor, key):
    result = analyze(text)
    m = result.mention(anaphor)
    assert (m.entity, m.kind, m.rule) == (key, "anaphor", "coref.definite_head"), result.describe()


def test_coref_the_group_owns_the_body_named_with_its_possessive(analyze):
    result = analyze("Hamas's Shura Council, the group's top body, met in Doha.", "en")
    assert result.mention("the group").entity == "hamas", result.describe()


def test_coref_a_body_named_with_its_owner_is_not_the_group_a_later_sentence_means(analyze):
    # no apposition here: the possessive alone says the council belongs to the group
    result = analyze("Hezbollah's Shura Council met in Beirut on Friday. The group said it had chosen "
                     "a new leader.", "en")
    assert result.mention("The group").entity == "hezbollah", result.describe()


def test_coref_nearest_antecedent_with_that_head(analyze):
    result = analyze("وأعلنت حركة حماس موقفها. ثم أصدرت حركة النجباء بيانا. وقالت الحركة إن القرار نهائي.", "ar")
    assert result.mention("الحركة").entity == "nujaba", result.describe()


@pytest.mark.parametrize("text", [
    pytest.param("وقال مسؤول إن الحركة ستواصل عملياتها.", id="ar-no-antecedent"),
    pytest.param("وقالت الحركة إن القرار نهائي. وأعلنت حركة النجباء تعليق عملياتها.", id="ar-no-cataphora"),
    pytest.param("أعلنت حركة النجباء تعليق عملياتها. وقالت الحركة الإسلامية في بيان إن القرار نهائي.",
                 id="ar-described-noun-is-no-anaphor"),
    pytest.param("The group said it acted alone.", id="en-no-antecedent"),
])
def test_coref_no_anaphor(analyze, text):
    result = analyze(text)
    assert not [m for m in result.mentions() if m.kind == "anaphor"], result.describe()


def test_coref_anaphor_feeds_relations(analyze):
    # "الحركة" stands for the movement in a relation pattern.
    result = analyze("وأعلنت حركة النجباء تعليق عملياتها. "
                     "وقال أكرم الكعبي، الأمين العام للحركة، إن القرار نهائي.", "ar")
    assert ("kaabi", "leaderOf", "nujaba") in result.triples, result.describe()


def test_coref_head_noun_written_before_a_quoted_name(analyze):
    # حركة «X»: the kind stands before the name, and "الحركة" later is X.
    result = analyze('تبنت حركة "المقاومة الإسلامية في العراق" الهجوم. وقالت الحركة إنها ستواصل عملياتها.')
    m = result.mention("الحركة")
    assert m.entity == "islamic_resistance_iraq" and m.rule == "coref.definite_head", result.describe()


def test_coref_kunya_after_a_name_is_that_person(analyze):
    # A kunya given right after a name, and used alone later, is one person.
    result = analyze("وقتلت الغارة القيادي في حركة النجباء حسن كاظم المعروف باسم «أبو زينب». "
                     "وكان أبو زينب مسؤولا عن وحدة الصواريخ.")
    first = result.mention("حسن كاظم")
    later = [m for m in result.mentions() if result.surface(m) == "أبو زينب"]
    assert later and all(m.entity == first.entity for m in later), result.describe()
    assert (first.entity, "memberOf", "nujaba") in result.triples, result.describe()


def test_coref_kunya_does_not_join_two_named_people(analyze):
    result = analyze("والتقى محمد كاظم بالقيادي علي جبار في بغداد.")
    assert result.mention("محمد كاظم").entity != result.mention("علي جبار").entity, result.describe()


def test_coref_backed_group_still_refers_back(analyze):
    # "الجماعة المدعومة من إيران": the adjective says who backs the group named before.
    result = analyze("وقالت حركة الجهاد الإسلامي إنها قصفت مستوطنة. وتنفي الحركة المدعومة من إيران أي تهدئة.")
    assert ("iran", "supports", "pij") in result.triples, result.describe()


def test_coref_repeated_noun_keeps_its_topic(analyze):
    # The movement named inside the sentence about "الحركة" is what was said of it.
    result = analyze("تبنت حركة المقاومة الإسلامية في العراق الهجوم. وقالت الحركة التي تضم فصائل "
                     "أبرزها حركة النجباء إن مقاتليها نفذوا العملية. وأضافت الحركة أن العمليات ستستمر.", "ar")
    repeated = [m for m in result.mentions() if m.rule == "coref.definite_head"]
    assert [m.entity for m in repeated] == ["islamic_resistance_iraq"] * 2, result.describe()


def test_coref_new_sentence_may_change_the_referent(analyze):
    result = analyze("وقالت حركة حماس إنها ترفض العرض. وأصدرت حركة النجباء بيانا. وقالت الحركة إن "
                     "القرار نهائي.", "ar")
    assert result.mention("الحركة").entity == "nujaba", result.describe()


@pytest.mark.parametrize("text, anaphor, key", [
    pytest.param("Kataib Hezbollah, one of several Iran-backed militias, claimed the attack. "
                 "The militia said it used drones.", "The militia", "kataib_hezbollah",
                 id="en-singular-is-not-the-collective"),
    pytest.param("Kataib Hezbollah claimed the attack, CENTCOM said. The militia said it used drones.",
                 "The militia", "kataib_hezbollah", id="en-militia-is-an-armed-group"),
    pytest.param("أعلن حزب الله استهداف موقع إسرائيلي. وقالت الجماعة إنها استخدمت مسيرات.",
                 "الجماعة", "hezbollah", id="ar-group-by-class"),
])
def test_coref_group_nouns_by_class(analyze, text, anaphor, key):
    result = analyze(text)
    assert result.mention(anaphor).entity == key, result.describe()


def test_coref_the_same_group(analyze):
    result = analyze("Kataib Hezbollah said it attacked Ain al-Asad on Friday. The same group on Thursday "
                     "claimed a drone attack near Erbil.", "en")
    assert result.mention("The same group").entity == "kataib_hezbollah", result.describe()


def test_coref_owner_in_an_apposition_is_not_the_name_it_describes(analyze):
    result = analyze("Hezbollah said late on Friday that its Shura Council, the group's highest body, named a new chief.", "en")
    assert result.mention("the group").entity == "hezbollah", result.describe()


def test_coref_word_before_reads_what_the_regex_found():
    # The word before a name is read backwards from the space; it must be what the
    # search for "(\w+) $" over the 30 characters before finds, on any text.
    import random
    import re

    from kg.pipeline.definite_anaphors import _word_before
    rng = random.Random(15)
    letters = "ابت ج_3x \n\n،,-"
    for _ in range(20000):
        text = "".join(rng.choice(letters) for _ in range(rng.randint(0, 40)))
        start = rng.randint(0, len(text))
        m = re.search(r"(\w+) $", text[max(0, start - 30):start])
        assert _word_before(text, start) == (m.group(1) if m else ""), (text, start)

@pytest.mark.parametrize("text", [
    'ونعت الحركة المقاتل حسن داود حمدان "أبو ياسر". وكان أبو ياسر قد أصيب سابقا.',
    "ونعت الحركة المقاتل حسن داود حمدان (أبو ياسر). وكان أبو ياسر قد أصيب سابقا.",
])
def test_coref_kunya_in_quotes_or_brackets_is_the_named_person(analyze, text):
    # The kunya quoted right after a full name is that person, there and later.
    result = analyze(text, "ar")
    key = mint_key("حسن داود حمدان")
    kunyas = [m for m in result.mentions() if result.surface(m) == "أبو ياسر"]
    assert len(kunyas) == 2 and all(m.entity == key for m in kunyas), result.describe()


def test_coref_kunya_without_quotes_is_no_alias(analyze):
    # Without quotes or brackets the words after a name may be another person's kunya.
    result = analyze("والتقى حسن حمدان وأبو ياسر في المدينة.", "ar")
    kunyas = [m for m in result.mentions() if result.surface(m) == "أبو ياسر"]
    assert all(m.entity != mint_key("حسن حمدان") for m in kunyas), result.describe()


def test_coref_the_group_is_no_state_army(analyze):
    # "the group's" after a state's army named first: the army is no "group", so no
    # relation is read for it from a role of "the group" (a unit's commander here).
    result = analyze("The Israeli military said Samir Khoury was the acting commander of the group's "
                     "naval unit.", "en")
    anaphors = [m for m in result.mentions() if m.kind == "anaphor"]
    assert all(m.entity != "idf" for m in anaphors), result.describe()
    assert not result.relations(predicate="leaderOf", obj="idf"), result.describe()


def test_a_group_s_name_without_its_place_is_the_group_named_in_full(analyze):
    a = analyze('تبنت "المقاومة الإسلامية" هجوما بطائرة مسيرة على قاعدة عين الأسد، وهي تحالف من فصائل '
                'عراقية تطلق على نفسها اسم المقاومة الإسلامية في العراق.', "ar")
    assert a.attack("ain_al_asad").attacker == "islamic_resistance_iraq", a.describe()


def test_a_core_followed_by_another_place_is_another_group(analyze):
    a = analyze("أعلنت المقاومة الإسلامية في العراق استهداف قاعدة حرير، فيما أعلنت المقاومة الإسلامية "
                "في لبنان قصف موقع للجيش الإسرائيلي.", "ar")
    assert not [m for m in a.mentions() if m.rule == "coref.short_name"], a.describe()

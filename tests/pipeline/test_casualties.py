"""Casualty counts read from attack sentences. Every sentence here was written for this
test; expectations are the numbers the sentence states."""
from __future__ import annotations

import pytest

from kg.lang import language_data
from kg.model import COUNT_QUALIFIERS, Attack, Count
from kg.pipeline.casualties import Casualties, CasualtyReader


def counts(analysis, sentence=0):
    return CasualtyReader(analysis.doc).read(sentence)


@pytest.mark.parametrize("text, killed, injured", [
    ("قتل 4 أشخاص وأصيب 9 آخرون في انفجار قرب جسر.", Count(4), Count(9)),
    ("أسفر الانفجار عن مقتل ستة عمال وإصابة أحد عشر آخرين.", Count(6), Count(11)),
    ("قتل ثلاثة وثلاثون شخصا في الهجوم.", Count(33), None),
    ("جرح ١٥ شخصا في القصف.", None, Count(15)),                         # Arabic-Indic digits
    ("أدى الحادث إلى مقتل شرطيين وإصابة طفل.", Count(2), Count(1)),       # dual, singular
    ("لقي سائق حتفه حين انفجرت العبوة.", Count(1), None),
    ("سقط 8 قتلى و14 جريحا في الهجوم.", Count(8), Count(14)),
    ("قتل 6 جنود و2 من المدنيين في الكمين.", Count(8), None),            # a list adds up
    ("ارتفع عدد القتلى إلى 17 في المدينة.", Count(17), None),
    ("قتل ثلاثمئة شخص في المعارك.", Count(300), None),
    ("Nine people were killed and twenty-two wounded when the bomb went off.", Count(9), Count(22)),
    ("The blast killed four guards and two drivers.", Count(6), None),
    ("قتل خلال الاشتباك المسلحون الثلاثة.", Count(3), None),               # a definite number
    ("أصيب 9 أشخاص بينهم 4 أطفال بجروح.", None, Count(9)),                 # a part is no addition
    ("The bomb wounded 12 people, including three children.", None, Count(12)),
])
def test_counts_in_words_and_digits(analyze, text, killed, injured):
    found = counts(analyze(text))
    assert found.get("killed") == killed and found.get("injured") == injured, found


@pytest.mark.parametrize("text, category, count", [
    ("قتل 5 أشخاص على الأقل في الانفجار.", "killed", Count(5, "at-least")),
    ("قتل ما لا يقل عن 12 شخصا.", "killed", Count(12, "at-least")),
    ("أدى الانفجار إلى مقتل 9 أشخاص في الأقل.", "killed", Count(9, "at-least")),
    ("أصيب أكثر من 30 شخصا بجروح.", "injured", Count(30, "more-than")),
    ("قتل نحو 40 شخصا في القصف.", "killed", Count(40, "about")),
    ("قد يصل عدد الجرحى إلى ما يصل إلى 50 شخصا.", "injured", Count(50, "up-to")),
    ("At least 11 people were killed in the raid.", "killed", Count(11, "at-least")),
    ("The shelling wounded more than 60 people.", "injured", Count(60, "more-than")),
])
def test_qualifiers(analyze, text, category, count):
    assert counts(analyze(text)).get(category) == count
    assert count.qualifier in COUNT_QUALIFIERS


@pytest.mark.parametrize("text", [
    "قتل رجل يبلغ من العمر 62 عاما.",                 # age
    "أعلن اللواء 15 أن الطريق مفتوح.",               # a unit number, no cue
    "قتل الشاعر في عام 1982 في بيروت.",               # a year
    "وقع الهجوم في 14 آذار وقتل فيه حارس.",           # the day of a date
    "قتل في الساعة 10 صباحا.",                        # a time
    "A man aged 40 was killed on 3 May 2021.",
])
def test_dates_ages_years_and_units_are_no_counts(analyze, text):
    found = counts(analyze(text))
    assert all(c.value in (1,) for c in found.values()), found


def _with_attack(analysis, sentence=0):
    """The analysed document with one attack on its ``sentence`` (the attack extractor is
    not under test here), then the casualties component run over it."""
    doc = analysis.doc
    doc.attacks[:] = [Attack(None, None, doc.evidence(doc.sentences[sentence]), "test", 1.0)]
    return Casualties()(doc).attacks[0]


def test_attack_gets_the_counts_of_its_sentence(analyze):
    attack = _with_attack(analyze("انفجرت عبوة ناسفة قرب سوق فقتلت 3 أشخاص وجرحت 7 آخرين."))
    assert (attack.fatalities, attack.injured) == (Count(3), Count(7))


def test_counts_from_the_next_sentence_when_it_reports_no_attack_of_its_own(analyze):
    attack = _with_attack(analyze("انفجرت سيارة قرب مقر للشرطة. وقالت مصادر إن 4 قتلى سقطوا."))
    assert attack.fatalities == Count(4)


def test_no_count_stays_unknown(analyze):
    attack = _with_attack(analyze("انفجرت عبوة قرب دورية دون وقوع إصابات."))
    assert attack.fatalities is None and attack.injured is None


@pytest.mark.parametrize("lang", ["ar", "en"])
def test_casualty_data_is_well_formed(lang):
    data = language_data(lang, "casualties")
    for category in ("killed", "injured"):
        assert data[category]["verbs"] and data[category]["nouns"]
    for side in ("before", "after"):
        assert set(data["qualifiers"][side].values()) <= set(COUNT_QUALIFIERS)


@pytest.mark.parametrize("text", [
    "شنت الطائرات غارات على مخازن ردا على الهجوم الذي أودى بحياة ثلاثة جنود.",
    "The jets struck two depots in response to the attack that killed four soldiers.",
    "قصفت المدفعية القرية انتقاما لمقتل خمسة جنود.",
])
def test_the_toll_of_another_event_is_not_counted(analyze, text):
    assert counts(analyze(text)) == {}


def test_toll_goes_to_the_attack_named_nearest(analyze):
    doc = analyze("قصفت الطائرات مخزنا في الموصل، وهاجم مسلحون حاجزا في كركوك ما أدى إلى مقتل 4 جنود.").doc
    ev = doc.evidence(doc.sentences[0])
    doc.attacks[:] = [Attack(None, "mosul", ev, "test", 1.0), Attack(None, "kirkuk", ev, "test", 1.0)]
    Casualties()(doc)
    assert [a.fatalities for a in doc.attacks] == [None, Count(4)]


def test_toll_in_the_next_sentence_goes_to_the_last_attack(analyze):
    doc = analyze("قصفت الطائرات مخزنا في الموصل وهاجم مسلحون حاجزا في كركوك. وأدى الهجوم إلى مقتل 5.").doc
    ev = doc.evidence(doc.sentences[0])
    doc.attacks[:] = [Attack(None, "mosul", ev, "test", 1.0), Attack(None, "kirkuk", ev, "test", 1.0)]
    Casualties()(doc)
    assert [a.fatalities for a in doc.attacks] == [None, Count(5)]


@pytest.mark.parametrize("text, killed, injured", [
    ("أسفر القصف عن استشهاد مقاوم وإصابة اثنين آخرين.", Count(1), Count(2)),   # a fighter, named alone
    ("قتل قيادي في الحركة بغارة على سيارته.", Count(1), None),
    ("A drone strike killed a senior commander of the group.", Count(1), None),  # one adjective between
    ("قتل قائد الوحدة وثلاثة من مرافقيه في الغارة.", Count(4), None),            # the one and those joined to him
    ("The strike killed a commander and two of his guards.", Count(3), None),
    ("قتل جندي في الانفجار وأصيب 3 آخرون.", Count(1), Count(3)),                # another toll is not joined
])
def test_counts_of_one_named_person(analyze, text, killed, injured):
    found = counts(analyze(text))
    assert found.get("killed") == killed and found.get("injured") == injured, found


@pytest.mark.parametrize("text, killed, injured", [
    # "others" are another group: the passive verb after their count tells what befell them
    ("A guard was also killed and at least five others were wounded.", None, Count(5, "at-least")),
    ("The shelling killed a guard, and three others were also injured.", Count(1), Count(3)),
    ("The bomb wounded a driver and two more passengers were killed.", Count(2), Count(1)),
])
def test_a_passive_verb_after_the_count_decides_its_kind(analyze, text, killed, injured):
    found = counts(analyze(text, "en"))
    assert found.get("killed") == killed and found.get("injured") == injured, found


def test_a_qualifier_before_the_next_count_is_not_the_first_counts(analyze):
    found = counts(analyze("A mortar round killed four workers and at least seven others were hurt.", "en"))
    assert found.get("killed") == Count(4) and found.get("injured") == Count(7, "at-least"), found

"""Event-first attacks told by a weak cue verb whose subject is armed men (kg/pipeline/
attacks/event_subjects.py `verb_first`, `armed_subject`, `armed_launch`; kg/lang/ar/events.yaml `assault_verbs`,
kg/lang/en/events.yaml `past_verbs`): "هاجم" and
"attacked" also criticise, but armed men attacking is force. Sentences are our own;
documents are published on Wednesday 2024-01-31 (conftest.PUBLISHED)."""
from __future__ import annotations

import pytest



@pytest.mark.parametrize("sentence", [
    pytest.param("هاجم مسلحون مجهولون مزرعة قرب بلدة الخالص مساء أمس.", id="ar-verb-first"),
    pytest.param("وهاجم ملثمون حاجزا للجيش على طريق المطار فجر اليوم.", id="ar-after-conjunction"),
    pytest.param("Gunmen attacked a farm outside Kirkuk on Monday night.", id="en-gunmen"),
    # subject first, in what a source says
    pytest.param("قال مصدر في الشرطة إن مسلحين هاجموا نقطة تفتيش شمال المدينة أمس.", id="ar-subject-first"),
])
def test_armed_men_attacking_is_an_event(analyze, sentence):
    assert analyze(sentence).events, sentence


def test_armed_men_are_the_attacker(analyze):
    a = analyze("هاجم مسلحون مجهولون مزرعة قرب بلدة الخالص مساء أمس.")
    assert [x.attacker for x in a.events] == ["gunmen"], a.describe()


@pytest.mark.parametrize("sentence", [
    # The same verb with a speaker as its subject is words, not force.
    pytest.param("هاجم الوزير منتقديه في مؤتمر صحفي أمس.", id="ar-minister-criticises"),
    # Armed men describing the named group after them: the role frames read that group.
    pytest.param("هاجم المتمردون الحوثيون ميناء على البحر الأحمر أمس.", id="ar-described-group"),
])
def test_no_armed_men_event(analyze, sentence):
    assert not [x for x in analyze(sentence).events if x.attacker in ("gunmen", "insurgents")], sentence


def test_the_teller_of_an_attack_is_not_its_target(analyze):
    # "أفاد مسؤولون محليون بأن": who tells the news, right before "بأن", is no side of it.
    for sentence in ("قالت الشرطة إن سيارة مفخخة انفجرت قرب سوق الخضار صباح اليوم.",
                     "أفاد مسؤولون محليون بأن عبوة ناسفة انفجرت على طريق القرية أمس."):
        result = analyze(sentence)
        found = result.events
        assert len(found) == 1, result.describe()
        assert found[0].target is None, result.describe()


@pytest.mark.parametrize("sentence", [
    pytest.param("شن مسلحون هجوما عنيفا على حاجز للشرطة في الموصل أمس.", id="shanna"),
    pytest.param("ونفذ مسلحون مجهولون فجر اليوم هجوما على نقطة تفتيش للجيش شمال بعقوبة.", id="naffadha"),
])
def test_armed_men_launching_an_attack_is_an_event(analyze, sentence):
    result = analyze(sentence, "ar")
    assert any(a.attacker == "gunmen" for a in result.attacks), result.describe()


def test_a_threat_to_launch_an_attack_stays_no_event(analyze):
    result = analyze("وهدد مسلحون بشن هجوم على حاجز للشرطة في الموصل.", "ar")
    assert not result.attacks, result.describe()

"""What the sentence tells besides an assault (kg/pipeline/attacks/event_blocks.py with
kg/lang/ar/events.yaml), eleventh round: a clause of time after a main clause that tells
other news is a side remark; the toll of an event a demonstrative points back to is no
event; a bomb that went off in its own men's hands is no assault; a sentence opening on
conflicting accounts is about the dispute.  Sentences are our own;
documents are published on Wednesday 2024-01-31 (conftest.PUBLISHED)."""
from __future__ import annotations

import pytest



@pytest.mark.parametrize("sentence", [
    # the attack dates and illustrates the main clause's news (a group's hold on a port);
    # the role frame (a named group, "نفذ هجوما") is dropped too
    pytest.param("وظهرت سيطرة جيش المهدي على الميناء جلية في البصرة صباح الأحد عندما نفذ هجوما على "
                 "قاعدة بريطانية صغيرة في وسط المدينة.", id="time-clause-after-other-news-frame"),
    pytest.param("وبدت قوة المسلحين في البلدة واضحة أمس حين فجروا سيارة مفخخة قرب مقر المحافظ.",
                 id="time-clause-after-other-news-event"),
    # the main clause's attack was foiled: the time clause tells how, no assault of its own
    pytest.param("وقال المتحدث إن الجيش أحبط هجوما على الجسر أمس عندما أطلق جنوده النار على سيارة مفخخة "
                 "فانفجرت قبل وصولها.", id="time-clause-after-a-foiled-attack"),
])
def test_a_time_clause_after_other_news_is_a_side_remark(analyze, sentence):
    result = analyze(sentence, "ar")
    assert not result.events, result.describe()


@pytest.mark.parametrize("sentence", [
    # the main clause tells the dead: the time clause tells how they died
    pytest.param("قتل ثلاثة جنود أمس حين انفجرت قنبلة قرب دوريتهم.", id="main-clause-with-its-dead"),
    # the main clause names the incident itself
    pytest.param("وأفادت الشرطة بأن الحادث الذي وقع أمس عندما انفجرت قنبلة أمام مقر الحزب لم يسفر عن "
                 "إصابات.", id="main-clause-names-the-incident"),
    # the main clause's attacks are expected, not foiled: the latest one is told in the time clause
    pytest.param("وتوقع التقرير زيادة الهجمات على القوات الأجنبية، وآخرها كان يوم الجمعة عندما فجر انتحاري "
                 "نفسه قرب دورية وأصيب جندي بجروح.", id="main-clause-expects-more"),
])
def test_a_time_clause_after_the_incident_stays_an_event(analyze, sentence):
    result = analyze(sentence, "ar")
    assert result.events, result.describe()


def test_the_toll_of_an_event_told_before_is_no_event(analyze):
    # "in this attack": a demonstrative points back to an event told before; its toll
    # tells no event of its own
    result = analyze("وقال أحد السكان إن ثلاثة أطفال وامرأة قتلوا في هذا الهجوم.", "ar")
    assert not result.events, result.describe()


def test_a_toll_in_a_named_attack_stays_an_event(analyze):
    result = analyze("وقال أحد السكان إن ثلاثة أطفال وامرأة قتلوا في الهجوم على السوق صباح أمس.", "ar")
    assert result.events, result.describe()


def test_the_event_told_before_keeps_its_own_sentence(analyze):
    result = analyze("انفجرت سيارة مفخخة قرب سوق في المدينة صباح أمس. وقال أحد السكان إن ثلاثة أطفال "
                     "قتلوا في هذا الهجوم.", "ar")
    assert len(result.events) == 1, result.describe()


@pytest.mark.parametrize("sentence", [
    pytest.param("وقال المتحدث إن العبوة انفجرت أثناء محاولة المسلحين زرعها قرب الجسر.", id="while-planting"),
    pytest.param("قتل مسلحان أمس بانفجار عبوة ناسفة خلال تصنيعها في منزل بالبلدة.", id="while-building"),
])
def test_a_bomb_that_went_off_in_its_own_men_s_hands_is_no_assault(analyze, sentence):
    result = analyze(sentence, "ar")
    assert not result.events, result.describe()


def test_a_bomb_that_went_off_while_its_victims_cooked_stays_an_assault(analyze):
    # the verbal noun of handling names what the victims did, not the bomb
    result = analyze("انفجرت عبوة ناسفة أمس أثناء إعداد الطعام في مطعم مزدحم وقتلت خمسة أشخاص.", "ar")
    assert result.events, result.describe()


def test_a_sentence_opening_on_conflicting_accounts_is_about_the_dispute(analyze):
    # the versions it quotes ("إنه اغتيل", "إنه قتل في انفجار") are no report of their own
    result = analyze("وتضاربت أمس الروايات حول مقتل القاضي، ففيما قال شهود إنه اغتيل برصاص قناص، قالت الشرطة "
                     "إنه قتل في انفجار عبوة.", "ar")
    assert not result.events, result.describe()

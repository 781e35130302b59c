"""Where in the sentence the assault is told (kg/pipeline/attacks/event_blocks.py with
kg/lang/ar/events.yaml), eleventh round: a clause of time after a main clause that tells
other news is a side remark.  Sentences are our own; documents are published on
Wednesday 2024-01-31 (conftest.PUBLISHED)."""
from __future__ import annotations

import pytest

from kg.model import DENIED


def events(result):
    return [a for a in result.attacks if a.polarity != DENIED]


@pytest.mark.parametrize("sentence", [
    # the attack dates and illustrates the main clause's news (a group's hold on a port);
    # the role frame (a named group, "نفذ هجوما") is dropped too
    pytest.param("وظهرت سيطرة جيش المهدي على الميناء جلية في البصرة صباح الأحد عندما نفذ هجوما على "
                 "قاعدة بريطانية صغيرة في وسط المدينة.", id="time-clause-after-other-news-frame"),
    pytest.param("وبدت قوة المسلحين في البلدة واضحة أمس حين فجروا سيارة مفخخة قرب مقر المحافظ.",
                 id="time-clause-after-other-news-event"),
])
def test_a_time_clause_after_other_news_is_a_side_remark(analyze, sentence):
    result = analyze(sentence, "ar")
    assert not events(result), result.describe()


@pytest.mark.parametrize("sentence", [
    # the main clause tells the dead: the time clause tells how they died
    pytest.param("قتل ثلاثة جنود أمس حين انفجرت قنبلة قرب دوريتهم.", id="main-clause-with-its-dead"),
    # the main clause names the incident itself
    pytest.param("وأفادت الشرطة بأن الحادث الذي وقع أمس عندما انفجرت قنبلة أمام مقر الحزب لم يسفر عن "
                 "إصابات.", id="main-clause-names-the-incident"),
])
def test_a_time_clause_after_the_incident_stays_an_event(analyze, sentence):
    result = analyze(sentence, "ar")
    assert events(result), result.describe()

"""What the sentence tells besides an assault (kg/lang/ar/events.yaml ``irrealis``),
thirteenth round on the outside sentences' precision: a deed that is the object of a
condemnation ("أدانت X قتل ...", no doer named) is what is condemned; the news is the
condemning. A sentence that tells the deed with its own verb in another clause still tells
it. A deed weighed as an option ("أن ضرب X هو الحل") is proposed, not done.
Sentences are our own; documents are published on Wednesday 2024-01-31
(conftest.PUBLISHED)."""
from __future__ import annotations

import pytest



@pytest.mark.parametrize("sentence", [
    # the killing of hostages is the object of "أدانت": the news is the condemning
    pytest.param("أدانت الهند أمس قتل أربعة من رعاياها خطفهم مسلحون في دلتا النهر، وفق ما قالت "
                 "وزارة خارجيتها.", id="condemning-verb-before-the-deed"),
    # a paragraph that condemns, its toll in the relative clause of the condemned deed
    pytest.param("وأصر الوفد على أن يتضمن القرار فقرة تدين القصف الجوي على القرى والذي أسفر عن قتل "
                 "عدد من المزارعين الذين تجاوز عددهم 40 قتيلا.", id="a-clause-that-condemns-with-its-toll"),
    pytest.param("وأعلن الاتحاد عن إدانته لتفجير السيارة المفخخة قرب مقر البلدية والذي أسفر عن مقتل "
                 "ثلاثة.", id="condemnation-as-a-verbal-noun"),
])
def test_a_condemned_deed_is_no_report(analyze, sentence):
    result = analyze(sentence, "ar")
    assert not result.events, result.describe()


def test_a_deed_told_by_its_own_verb_before_the_condemnation_stays(analyze):
    result = analyze("فجر انتحاري سيارة مفخخة قرب مركز للشرطة في المدينة أمس، ما أدى إلى مقتل خمسة "
                     "أشخاص، وأدانت الحكومة الهجوم.", "ar")
    assert result.events, result.describe()


@pytest.mark.parametrize("sentence", [
    pytest.param("وقال المحلل إن هجوم إسرائيل على إيران هو الخيار الأفضل.", id="the-best-option"),
    pytest.param("ويشير الباحث إلى أن هجوم إسرائيل على إيران هو الحل العملي.", id="the-practical-solution"),
])
def test_a_deed_weighed_as_an_option_is_no_report(analyze, sentence):
    result = analyze(sentence, "ar")
    assert not result.events, result.describe()


def test_a_deed_that_caused_something_stays(analyze):
    # a predicate of cause, not of choice: the strikes happened
    result = analyze("وقال المحلل إن الغارات الإسرائيلية على غزة هي السبب في تصاعد الغضب.", "ar")
    assert result.events, result.describe()

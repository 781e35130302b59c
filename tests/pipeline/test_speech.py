"""Reported speech, claims and denials (kg/pipeline/speech.py): the span of what was
said, who said it, and whether it was a denial."""
from __future__ import annotations

import pytest


def spans(result):
    return [(s.speaker, s.denial, result.doc.text[s.start:s.end]) for s in result.doc.speech]


@pytest.mark.parametrize("text, speaker, content", [
    pytest.param("وقال أكرم الكعبي إن المقاومة ستستمر.", "kaabi", "إن المقاومة ستستمر.", id="ar-verb-first"),
    pytest.param("الجانب الأميركي يزعم أن الفصائل تهاجم قواعده.", "usa", "أن الفصائل تهاجم قواعده.",
                 id="ar-subject-first"),
    pytest.param("وأكدت وزارة الخارجية الإيرانية أن طهران لا علاقة لها بالهجوم.", "iran_foreign_ministry",
                 "أن طهران لا علاقة لها بالهجوم.", id="ar-ministry"),
    pytest.param("وقال المتحدث باسم البنتاغون بات رايدر: \"الهجوم فشل\".", "ryder", ": \"الهجوم فشل\".",
                 id="ar-colon"),
    pytest.param("The Pentagon said that the attack failed.", "pentagon", "that the attack failed.",
                 id="en-said-that"),
    pytest.param("The attack failed, a Pentagon official said.", "pentagon", "The attack failed",
                 id="en-content-before-verb"),
])
def test_speech_span_and_speaker(analyze, text, speaker, content):
    result = analyze(text)
    assert (speaker, False, content) in spans(result), result.describe()


def test_speech_person_in_the_subject_speaks_for_the_organisation(analyze):
    result = analyze("وقال المتحدث باسم الخارجية الإيرانية ناصر كنعاني إن طهران لا تتدخل.", "ar")
    assert [s.speaker for s in result.doc.speech] == ["kanaani"], result.describe()


def test_speech_continuation_verb_keeps_the_speaker(analyze):
    result = analyze("وقال أكرم الكعبي إن المقاومة ستستمر. وأضاف أن الحركة جاهزة.", "ar")
    assert [s.speaker for s in result.doc.speech] == ["kaabi", "kaabi"], result.describe()


@pytest.mark.parametrize("text, speaker", [
    pytest.param("وبحسب المرصد السوري فإن الغارات استهدفت مواقع.", "sohr", id="ar-bihasab"),
    pytest.param("ووفقا لوكالة رويترز فإن الهجوم فشل.", "reuters", id="ar-wifqan-li"),
    pytest.param("According to Reuters, the attack failed.", "reuters", id="en-according-to"),
])
def test_speech_attribution_phrase_covers_the_sentence(analyze, text, speaker):
    result = analyze(text)
    assert result.doc.speech, result.describe()
    s = result.doc.speech[-1]
    assert s.speaker == speaker and not s.denial
    assert (s.start, s.end) == (result.doc.sentences[0].start, result.doc.sentences[0].end)


@pytest.mark.parametrize("text, speaker, content", [
    pytest.param("ونفت طهران أنها تدعم الحوثيين.", "iran", "أنها تدعم الحوثيين.", id="ar-clause"),
    pytest.param("ونفى كنعاني علاقة طهران بالهجوم، وقال إن إيران لا تتدخل.", "kanaani", " علاقة طهران بالهجوم",
                 id="ar-noun-object-ends-at-clause"),
    pytest.param("Kanaani denied that Iran was involved.", "kanaani", "that Iran was involved.", id="en-that"),
])
def test_speech_denials(analyze, text, speaker, content):
    result = analyze(text)
    assert (speaker, True, content) in spans(result), result.describe()


def test_speech_no_verb_no_speech(analyze):
    result = analyze("وتدعم طهران الحوثيين بالأسلحة.", "ar")
    assert not result.doc.speech, result.describe()


def test_speech_verb_without_content_is_no_span_in_arabic(analyze):
    result = analyze("وأعلنت حركة النجباء تعليق عملياتها.", "ar")
    assert not result.doc.speech, result.describe()


@pytest.mark.parametrize("text, surface, key, lang", [
    pytest.param('وقالت حركة النجباء في بيان: "استهدف مجاهدونا موقعا للعدو بصاروخين".', "مجاهدونا", "nujaba", "ar",
                 id="ar-statement"),
    pytest.param("أعلنت كتائب حزب الله مسؤوليتها. وقالت الميليشيا في بيانها إن عناصرنا عادوا سالمين.",
                 "عناصرنا", "kataib_hezbollah", "ar", id="ar-anaphor-speaker"),
    pytest.param('"Our forces shot down an American drone over Marib," the Houthis said.', "Our forces", "houthis",
                 "en", id="en-trailing-speaker"),
])
def test_speech_own_words_are_the_speaking_group(analyze, text, surface, key, lang):
    result = analyze(text, lang)
    m = result.mention(surface)
    assert m.entity == key and m.rule == "speech.own_words", result.describe()


def test_speech_own_words_of_a_person_speaker_are_not_a_group(analyze):
    result = analyze("وقال قيس الخزعلي إن مقاتلينا لن يسلموا السلاح.", "ar")
    assert not [m for m in result.mentions() if m.rule == "speech.own_words"], result.describe()


def test_speech_dateline_agency_is_not_the_speaker(analyze):
    # "<city> ـ <agency>: قال X": the agency sends the story; the verb's subject follows it.
    result = analyze("بيروت ـ رويترز: قال الجيش اللبناني إن جنوده اشتبكوا مع مسلحين قرب الحدود.", "ar")
    speakers = [s.speaker for s in result.doc.speech]
    assert speakers and "reuters" not in speakers, result.describe()
    assert speakers[0] == result.mention("الجيش اللبناني").entity, result.describe()


def test_speech_a_refusal_ends_where_another_speaker_begins(analyze):
    # "رفض X التعليق، قالت Y إن ...": Y's report is not inside X's refusal.
    result = analyze("بينما رفض متحدث باسم وزارة الداخلية التعليق على النبأ، قالت حركة حماس إن مسلحين "
                     "اختطفوا أمس أحد قادتها في رام الله.", "ar")
    denials = [s for s in result.doc.speech if s.denial]
    assert denials and all("اختطفوا" not in result.doc.text[s.start:s.end] for s in denials), result.describe()
    assert result.attacks and all(a.polarity != "denied" for a in result.attacks), result.describe()


@pytest.mark.parametrize("text", [
    pytest.param("السومرية نيوز/ أكدت قيادة العمليات المشتركة أن صاروخين سقطا قرب المطار.", id="ar-slash"),
    pytest.param("الموصل - السومرية نيوز - أكدت قيادة العمليات المشتركة أن صاروخين سقطا قرب المطار.",
                 id="ar-dash"),
])
def test_speech_outlet_dateline_is_not_the_speaker(analyze, text):
    # "<outlet>/ أعلن X", "<city> - <outlet> - أعلن X": the outlet sends the story; X speaks.
    result = analyze(text, "ar")
    speakers = [s.speaker for s in result.doc.speech]
    assert speakers and speakers[0] == result.mention("قيادة العمليات المشتركة").entity, result.describe()
    assert result.mention("السومرية نيوز").entity not in speakers, result.describe()


def test_speech_denial_leaves_the_subjects_backing_outside(analyze):
    # The backing describes who denies; what is denied is the object after it.
    result = analyze("ونفت الجماعات المسلحة المقربة من طهران التقارير الغربية عن تسليحها.", "ar")
    denials = [result.doc.text[s.start:s.end] for s in result.doc.speech if s.denial]
    assert denials and all("طهران" not in d for d in denials), result.describe()
    assert all(r.polarity != "denied" for r in result.relations(subject="iran", predicate="supports")), \
        result.describe()


@pytest.mark.parametrize("text", [
    pytest.param("The new commander is a longtime ally of the Badr Organization, two officials said.",
                 id="en-unnamed-officials"),
    pytest.param("Harakat al-Nujaba now answers to Kataib Hezbollah, security sources told reporters.",
                 id="en-unnamed-sources-told"),
])
def test_speech_trailing_unnamed_speaker_is_not_the_actor_before_the_comma(analyze, text):
    # An actor inside what was said does not become its speaker.
    result = analyze(text, "en")
    speakers = {s.speaker for s in result.doc.speech}
    assert not speakers & {"badr", "kataib_hezbollah", "nujaba"}, result.describe()


def test_speech_trailing_named_speaker_after_the_comma(analyze):
    result = analyze("Kataib Hezbollah fired the drone, the Pentagon said.", "en")
    assert [s.speaker for s in result.doc.speech] == ["pentagon"], result.describe()


def test_speech_dash_aside_keeps_the_subject(analyze):
    # A dash after a group that is no outlet opens an aside, not a dateline.
    result = analyze("Hezbollah - in a short statement - said its fighters hit an Israeli post.", "en")
    assert [s.speaker for s in result.doc.speech] == ["hezbollah"], result.describe()


def test_speech_a_source_declining_to_be_named_denies_nothing(analyze):
    # "رفض الكشف عن هويته": an unnamed source; what he reports is no denial
    result = analyze("ونقلت الإذاعة عن ضابط رفض الكشف عن هويته أن مسلحين خطفوا مهندسين اثنين صباح أمس.", "ar")
    assert not any(s.denial for s in result.doc.speech), result.describe()
    assert any(a.kind == "Abduction" and a.polarity != "denied" for a in result.attacks), result.describe()


@pytest.mark.parametrize("text, speaker", [
    # the subject first, an apposition naming another actor between it and the verb
    ("حركة النجباء، المقربة من الحرس الثوري، قالت إن الضربة لن تمر.", "nujaba"),
    ("الشيخ قيس الخزعلي، زعيم عصائب أهل الحق، قال إن الانسحاب قريب.", "khazali"),
])
def test_speech_subject_before_an_apposition_speaks(analyze, text, speaker):
    result = analyze(text)
    assert [s.speaker for s in result.doc.speech] == [speaker], result.describe()


def test_speech_a_source_close_to_a_group_is_not_the_group(analyze):
    # "مصدر مقرب من X": an unnamed source speaks, X is only what it is close to
    result = analyze("وذكر مصدر مقرب من حزب الله أن القيادة اجتمعت ليلاً.")
    assert result.doc.speech and all(s.speaker != "hezbollah" for s in result.doc.speech), result.describe()


def test_speech_after_a_close_source_a_continuation_keeps_no_older_speaker(analyze):
    # "وأضاف" after an unnamed source is that source's, not the previous named speaker's
    result = analyze("وقال أكرم الكعبي إن الرد قادم. وأكد مصدر مقرب من حركة النجباء أن القرار اتخذ. "
                     "وأضاف أن التنفيذ سيكون قريباً.")
    assert [s.speaker for s in result.doc.speech] == ["kaabi", None, None], result.describe()

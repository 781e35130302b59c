"""Kinds of phrasing found by the census of the outside Arabic sentences (issue #12, GSR
round): a passive deed with its armed agent, strikes "directed", a ceasefire's "وقف", deeds
called "earlier", two attempts counted and a risk ("معرض للاغتيال"). The sentences are our own; documents are
published on Wednesday 2024-01-31 (conftest.PUBLISHED)."""
from __future__ import annotations

import pytest

from kg.model import Document
from kg.pipeline import analyze as run_pipeline
from kg.pipeline.attacks import events
from kg.pipeline.attacks.event_blocks import tally
from kg.pipeline.attacks.event_cues import event_cues


def _hits(sentence: str) -> list[tuple[str, bool, bool]]:
    """Each cue word of the sentence: (word, free of blocks, counted as a tally)."""
    doc = run_pipeline(Document(id="d", text=sentence, language="ar"))
    ec = event_cues("ar")
    words, hits, free = events._read(doc, doc.sentences[0])
    return [(words[h.start], ok, tally(words, h, ec)) for h, ok in zip(hits, free)]


@pytest.mark.parametrize("sentence, kind", [
    pytest.param("وقالت الشرطة إن مهندسا أجنبيا خطف في وسط المدينة من قبل ثلاثة مسلحين.", "Abduction",
                 id="passive-min-qibal"),
    pytest.param("أفاد مصدر أمني بأن سائقا خطف قرب الحدود على أيدي مسلحين مجهولين.", "Abduction",
                 id="passive-ala-aydi"),
    pytest.param("وجهت الطائرات الحربية أمس ضربة جوية إلى مواقع المسلحين.", "Airstrike", id="directed-strike"),
    pytest.param("خرقت الجماعة اتفاق وقف إطلاق النار واحتجزت عشرين رهينة في فندق بالعاصمة.", "Abduction",
                 id="hostages-after-a-ceasefire"),
    # an exhibition ("معرض" with no ل after it) is no risk
    pytest.param("زار الوزير معرض الكتاب أمس حيث انفجرت عبوة ناسفة قرب المدخل فقتل شخصان.", "Bombing",
                 id="exhibition"),
])
def test_an_assault_told_so_is_an_event(analyze, sentence, kind):
    found = analyze(sentence, "ar").events
    assert [a.kind for a in found] == [kind]


@pytest.mark.parametrize("sentence", [
    # a relative clause recalls what happened to someone
    pytest.param("وقال إن الرجل الذي خطف من قبل مسلحين عاد إلى منزله.", id="passive-in-a-relative"),
    # a verbal noun with its pronoun is no passive verb
    pytest.param("استعادت الشرطة شاحنة بعد سرقتها وخطفها من قبل مجموعة مسلحة.", id="noun-with-pronoun"),
    # a charge is directed, not a strike
    pytest.param("وجهت المحكمة تهمة التفجير إلى ثلاثة رجال.", id="directed-charge"),
    # a call for a ceasefire is still no event
    pytest.param("دعا المجلس إلى وقف إطلاق النار.", id="ceasefire-called-for"),
    pytest.param("وقال إن الحركة نفذت عمليات انتحارية سابقة في المدينة.", id="earlier-deeds"),
    pytest.param("وقارن المسؤول العملية بمحاولتي اغتيال الوزيرين.", id="two-attempts"),
    # liable to: a risk, no deed
    pytest.param("قال المسؤول إن الوزير معرض للاغتيال في أي وقت.", id="liable"),
    pytest.param("وقال إن المسؤولين أصبحوا أكثر عرضة أو أكثر استهدافا لسيارة مفخخة أو عبوات ناسفة.",
                 id="more-liable"),
])
def test_no_event_where_none_is_told(analyze, sentence):
    assert analyze(sentence, "ar").events == []


@pytest.mark.parametrize("sentence, word", [
    pytest.param("وقال إن الحركة شنت هجمات سابقة على المدينة.", "هجمات", id="right-after"),
    # after the cue's own adjective
    pytest.param("وقال إن الحركة نفذت عمليات انتحارية سابقة في المدينة.", "انتحاريه", id="after-its-adjective"),
    pytest.param("وذكر البيان بالتفجير الانتحاري السابق في السوق.", "الانتحاري", id="definite"),
])
def test_earlier_as_the_cues_adjective_blocks_it(sentence, word):
    # past deeds recalled, no news
    assert [ok for w, ok, _ in _hits(sentence) if w == word] == [False]


@pytest.mark.parametrize("sentence, word", [
    # a definite cue, then a bare "سابقة": a precedent, the predicate of the attack
    pytest.param("وقال المحافظ إن الهجوم سابقة خطيرة.", "الهجوم", id="precedent"),
    # "السابق" qualifies the person after the cue
    pytest.param("اغتال مسلحون أمس الرئيس السابق للبلدية.", "اغتال", id="former-president"),
])
def test_earlier_elsewhere_blocks_nothing(sentence, word):
    assert any(w == word and ok for w, ok, _ in _hits(sentence))


def test_two_attempts_are_a_tally():
    assert ("اغتيال", True, True) in _hits("وقارن المسؤول العملية بمحاولتي اغتيال الوزيرين.")


@pytest.mark.parametrize("sentence", [
    pytest.param("وقالت الشرطة إن مهندسا أجنبيا خطف في وسط المدينة من قبل ثلاثة مسلحين.", id="counted-min-qibal"),
    pytest.param("وقالت الشرطة إن مهندسا أجنبيا خطف في وسط المدينة من قبل مسلحين.", id="min-qibal"),
])
def test_the_agent_after_a_passive_is_the_attacker_even_counted(analyze, sentence):
    assert [a.attacker for a in analyze(sentence, "ar").events] == ["gunmen"]

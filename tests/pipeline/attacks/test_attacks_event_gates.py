"""The gates of event_blocks.blocked (kg/pipeline/attacks/event_gates.py) skip a test only
where it cannot fire: on sentences of our own that hold each gated test's words, and on
sentences that hold none, blocked gives the same answer for every cue hit with the gates
as with every test run."""
from __future__ import annotations

import pytest

from kg.pipeline.attacks import event_blocks, event_gates
from kg.pipeline.attacks.event_cues import cue_hits, event_cues
from kg.pipeline.attacks.events import _commas, cue_words

OPEN = event_gates.Gates(*([True] * len(event_gates.Gates.__slots__)))

SENTENCES = [
    # a condemnation before the cue
    ("ونددت الوزارة أمس بتفجير سيارة مفخخة قرب السوق الشعبي.", "condemned"),
    # conflicting accounts open the sentence
    ("وتضاربت الأنباء حول اغتيال الضابط في منزله مساء الأحد.", "disputed"),
    # a denial after the cue points back at it
    ("وقال سكان إن مسلحين قتلوا حارسا في المزرعة ونفى آخرون ذلك.", "denied"),
    # a time clause after news that tells no violence
    ("وارتفعت أسعار الخبز في المدينة عندما نفذ مسلحون هجوما على المخبز.", "scene"),
    # an accident word beside a weak cue
    ("قتل ثلاثة عمال في انفجار اسطوانة غاز داخل مطعم وسط البلدة.", "accident"),
    # a war's running toll
    ("وتستمر الحرب التي قتلت آلاف المدنيين في الإقليم.", "war_toll"),
    # a light verb's noun carrying the cue, under a threat
    ("وهدد المتحدث بإمكانية قيام الجيش بقصف المخازن.", "light_noun"),
    # a proposal after the cue
    ("ويرى الكاتب أن ضرب المخازن هو الحل الوحيد.", "proposal"),
    # a weapons test
    ("وأطلق الجيش صاروخا في الصحراء ضمن تجربة جديدة.", "weapon_test"),
    # none of the gated words: every gate shut
    ("قتل مسلحون شرطيين اثنين في هجوم على حاجز قرب الجسر.", None),
]


@pytest.mark.parametrize("text,gate", SENTENCES, ids=[g or "none" for _, g in SENTENCES])
def test_gates_change_no_answer(analyze, monkeypatch, text, gate):
    doc = analyze(text).doc
    ec = event_cues(doc.lang)
    checked = 0
    for sentence in doc.sentences:
        words = cue_words(doc, sentence)
        commas = _commas(doc, sentence)
        g = event_gates.gates(words, ec)
        if gate is None:
            assert not any(getattr(g, name) for name in ("accident", "war_toll", "scene", "disputed",
                                                         "denied", "condemned", "light_noun"))
        else:
            assert getattr(g, gate), gate
        for hit in cue_hits(words, ec):
            for claims in (False, True):
                gated = event_blocks.blocked(words, hit, ec, commas, claims=claims)
                with monkeypatch.context() as m:
                    m.setattr(event_blocks, "gates", lambda w, e: OPEN)
                    full = event_blocks.blocked(words, hit, ec, commas, claims=claims)
                assert gated == full, (words[hit.start], claims)
                checked += 1
    assert checked


def test_gate_kept_per_sentence():
    ec = event_cues("ar")
    words = ["قتل", "مسلحون", "شرطيا"]
    assert event_gates.gates(words, ec) is event_gates.gates(words, ec)
    other = list(words)
    assert event_gates.gates(other, ec) == event_gates.gates(words, ec)


@pytest.mark.parametrize("text", [
    "قتل مسلحون شرطيين اثنين في هجوم على حاجز قرب الجسر.",
    "وقال الوزير إن الهجوم قد يكون أوقع عشرين قتيلا.",
    "وأسفر انفجار عبوة ناسفة عن مقتل ثلاثة جنود وإصابة خمسة آخرين.",
    "وتحدث الوزير عن الهجوم على الحاجز.",
])
def test_counted_casualties_kept_per_sentence_answers_as_the_word_loop(analyze, text):
    """counted_casualties keeps its answer for the sentence's words list and skips a
    sentence without a casualty word; the answer is the word loop's, every time."""
    doc = analyze(text).doc
    ec = event_cues(doc.lang)
    for sentence in doc.sentences:
        words = cue_words(doc, sentence)
        loop = event_blocks._counted_casualties(words, ec)
        assert event_blocks.counted_casualties(words, ec) == loop
        assert event_blocks.counted_casualties(list(words), ec) == loop   # another list: asked again
        assert event_blocks.counted_casualties(words, ec) == loop


def test_attribution_set_test_answers_as_the_word_lookup():
    """sources_unsaid skips a sentence by one set test over its words' forms: a word is a
    key of the attribution index exactly when AttackCues.word finds it there."""
    from kg.pipeline.attacks.cues import attack_cues
    for lang in ("ar", "en"):
        c = attack_cues(lang)
        forms = c.forms(c.attributions)
        probes = list(forms) + [w + "x" for w in forms] + ["و" + w for w in c.attributions] \
            + ["قال", "الجيش", "said", "", "ب"]
        for w in probes:
            assert (w in forms) == bool(c.word(w, c.attributions)), w

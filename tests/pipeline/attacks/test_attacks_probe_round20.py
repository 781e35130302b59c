"""Kinds of phrasing left by the nineteenth round's probe of unseen real Arabic articles
(issue #12, twentieth round). The sentences are our own; documents are published on
Wednesday 2024-01-31 (conftest.PUBLISHED)."""
from __future__ import annotations

import pytest


@pytest.mark.parametrize("sentence, attacker, target", [
    pytest.param("قال شهود إن الطيران الإسرائيلي نفذ غارة على بلدة الخيام، كما شن غارة ثانية على بلدة عيترون.",
                 "israel", "عيترون", id="kama-verb"),
    pytest.param("شن الجيش الإسرائيلي غارة على بلدة الخيام، كما نفذ غارة أخرى على بلدة عيترون.",
                 "idf", "عيترون", id="kama-deed-verb"),
    pytest.param("وقالت مصادر إن الطائرات الأميركية قصفت مواقع في الحديدة، كما شنت غارات على صنعاء.",
                 "usa", "sanaa", id="reported"),
])
def test_a_coordinated_clause_with_no_subject_shares_the_attacker_of_the_clause_before(
        analyze, sentence, attacker, target):
    # "نفذ X غارة على A، كما شن غارة على B": the verb after "كما" drops its subject, which
    # is the subject of the clause it is coordinated with
    found = analyze(sentence).events
    assert (attacker, target) in {(a.attacker, a.target) for a in found}


def test_a_coordinated_clause_naming_its_own_subject_keeps_it(analyze):
    found = analyze("قصف الجيش الإسرائيلي بلدة الخيام، كما قصف حزب الله موقع المطلة.").events
    assert ("idf", "المطله") not in {(a.attacker, a.target) for a in found}


def test_a_coordinated_plural_verb_has_its_own_subject(analyze):
    # "كما شنوا": the plural pronoun is the verb's subject (not the state of the clause before)
    found = analyze("قصفت القوات الأميركية مواقع في الحديدة، كما شنوا هجوما على بلدة عيترون.").events
    assert ("usa", "عيترون") not in {(a.attacker, a.target) for a in found}


@pytest.mark.parametrize("sentence", [
    pytest.param("وأعلنت كتائب حزب الله أن المقاومة هي من استهدفت قاعدة عين الأسد.", id="man"),
    pytest.param("وأعلن المتحدث باسم كتائب حزب الله أن المقاومة هي التي نفذت الهجوم على قاعدة التنف.",
                 id="alladhi-deed"),
])
def test_the_speaker_is_not_the_doer_a_cleft_names(analyze, sentence):
    # "أعلنت X أن المقاومة هي من استهدفت": the noun before "هي من" did it; the announcer
    # is not the attacker even when that noun names no known actor
    found = analyze(sentence).events
    assert "kataib_hezbollah" not in {a.attacker for a in found}


def test_a_cleft_on_the_speakers_own_pronoun_keeps_the_speaker(analyze):
    # "أعلنت X أنها هي من استهدفت": the pronoun is the speaker's
    found = analyze("وأعلنت كتائب حزب الله أنها هي من استهدفت قاعدة عين الأسد.").events
    assert [(a.attacker, a.target) for a in found] == [("kataib_hezbollah", "ain_al_asad")]


def test_a_named_actor_in_a_cleft_is_the_attacker(analyze):
    found = analyze("وقال حزب الله إن المقاومة الإسلامية في العراق هي من استهدفت قاعدة التنف.").events
    assert [(a.attacker, a.target) for a in found] == [("islamic_resistance_iraq", "al_tanf")]


@pytest.mark.parametrize("sentence, target", [
    pytest.param("قصف جيش الكيان بلدة عيتا الشعب بالمدفعية.", "aita_al_shaab", id="verb-subject"),
    pytest.param("وقال المتحدث إن جيش الكيان قصف بلدة الخيام.", "khiam", id="subject-verb"),
])
def test_the_army_of_the_entity_is_the_israeli_army_and_strikes_as_subject(analyze, sentence, target):
    # "جيش الكيان" names the Israeli army as "جيش الاحتلال" does: the subject, the attacker
    found = analyze(sentence).events
    assert [(a.attacker, a.target) for a in found] == [("idf", target)]


def test_a_coordinated_verb_other_than_waging_may_have_its_own_subject(analyze):
    # "كما استهدفت قذائف مدينة X": the shells are the verb's subject; the state of the
    # clause before did not fire them
    found = analyze("شنت إسرائيل غارات على مدينة غزة، كما استهدفت قذائف مدينة عسقلان.").events
    assert ("israel", "ashkelon") not in {(a.attacker, a.target) for a in found}

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

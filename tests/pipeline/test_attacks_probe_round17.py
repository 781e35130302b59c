"""Kinds of phrasing found by probing unseen real Arabic articles (issue #12, seventeenth
round: Gaza and south Lebanon outlets, US strikes on the PMF, Israeli strikes near
Damascus). The sentences are our own; documents are published on Wednesday 2024-01-31
(conftest.PUBLISHED)."""
from __future__ import annotations

import pytest

from kg.model import DENIED


def events(result):
    return [a for a in result.attacks if a.polarity != DENIED]


@pytest.mark.parametrize("sentence, target", [
    pytest.param("وقالت مصادر محلية إن الاحتلال الإسرائيلي قصف منزلا غرب مدينة دير البلح أمس.",
                 "deir_al_balah", id="subject"),
    pytest.param("قتل ثلاثة مواطنين أمس في قصف الاحتلال الإسرائيلي لبلدة بيت حانون.", "civilians",
                 id="genitive-agent"),
])
def test_the_occupation_with_a_states_adjective_is_that_state(analyze, sentence, target):
    # "الاحتلال الإسرائيلي" as Palestinian and Lebanese outlets name the army: the state
    # acting, as "العدوان الأميركي" is (the bare noun names no state)
    found = events(analyze(sentence))
    assert ("israel", target) in {(a.attacker, a.target) for a in found}


@pytest.mark.parametrize("sentence", [
    pytest.param("استشهد أربعة مواطنين أمس في قصف الجيش الإسرائيلي لبلدة بيت حانون.", id="verb"),
    pytest.param("وأعلنت الوزارة استشهاد أربعة مواطنين أمس في قصف الجيش الإسرائيلي لبلدة بيت حانون.",
                 id="verbal-noun"),
])
def test_a_martyrs_death_tells_the_strike_as_done(analyze, sentence):
    # "استشهد ..."، "استشهاد ...": a death as these outlets tell it, a casualty like "قتل"
    found = events(analyze(sentence))
    assert [(a.attacker, a.fatalities.value if a.fatalities else None) for a in found] == [("idf", 4)]


@pytest.mark.parametrize("sentence", [
    pytest.param("وصعّدت الفصائل العراقية من هجماتها على القواعد الأميركية في سوريا.", id="escalated"),
    pytest.param("وكثّفت الفصائل العراقية هجماتها على القواعد الأميركية في سوريا.", id="intensified"),
])
def test_a_trend_of_attacks_is_no_event(analyze, sentence):
    # "صعّدت من هجماتها"، "كثّفت هجماتها": many attacks over a span, no one of them told
    assert events(analyze(sentence)) == []


@pytest.mark.parametrize("sentence", [
    pytest.param("وقال مسؤول إن القوات الأميركية ردت على هجوم استهدف قاعدة حرير الجوية.", id="subject-first"),
    pytest.param("وردت القوات الأميركية أمس على هجوم استهدف قاعدة حرير الجوية.", id="verb-first"),
])
def test_the_side_that_answered_did_not_make_the_attack_it_answered(analyze, sentence):
    # "ردت X على هجوم استهدف Y": X answered the attack on Y (its own base), it did not make it
    found = events(analyze(sentence))
    assert "usa" not in {a.attacker for a in found}


def test_an_answer_with_its_means_is_the_answerers_attack(analyze):
    # "ردت X بقصف ...": no "على", the strike after the verb is the answer itself
    found = events(analyze("وردت إسرائيل أمس بقصف بلدة عيترون."))
    assert "israel" in {a.attacker for a in found}

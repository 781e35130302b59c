"""Kinds of phrasing found by probing unseen real Arabic articles (issue #12, nineteenth
round: US strikes on the PMF in Baghdad, Houthi attacks on ships, drones and rockets on
bases in Iraq and Syria, Israeli strikes on Gaza and south Lebanon). The sentences are our
own; documents are published on Wednesday 2024-01-31 (conftest.PUBLISHED)."""
from __future__ import annotations

import pytest

from kg.model import DENIED


def events(result):
    return [a for a in result.attacks if a.polarity != DENIED]


@pytest.mark.parametrize("sentence, attacker", [
    pytest.param("ذكرت وسائل إعلام محلية أن قاعدة حرير الجوية التي تضم قوات التحالف الدولي، "
                 "قصفت بالصواريخ مساء أمس.", "coalition", id="hosts"),
    pytest.param("ويظهر الهجوم على الناقلة التي ترفع علم ليبيريا مدى استهداف الحوثيين للسفن.",
                 "liberia", id="flag"),
])
def test_who_a_relative_clause_names_in_what_was_struck_did_not_strike(analyze, sentence, attacker):
    # "التي تضم X"، "التي ترفع علم X": X is the object of the relative clause's verb and
    # describes what was struck; it is not the subject of the cue after the clause
    found = events(analyze(sentence))
    assert attacker not in {a.attacker for a in found}


def test_the_base_a_relative_clause_describes_before_its_passive_is_the_target(analyze):
    found = events(analyze("قالت مصادر إن قاعدة حرير التي تضم قوات أميركية قصفت الليلة الماضية بصاروخين."))
    assert [(a.attacker, a.target) for a in found] == [(None, "harir")]


def test_the_doer_of_a_relative_clause_on_the_deed_stays_its_attacker(analyze):
    # "الغارة التي شنتها X": the verb carries the deed as its object pronoun, X is its subject
    found = events(analyze("وقالت الشرطة إن الغارة التي شنتها القوات الأميركية، قتلت خمسة مسلحين أمس."))
    assert "usa" in {a.attacker for a in found}

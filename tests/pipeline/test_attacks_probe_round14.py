"""Kinds of phrasing found by probing unseen real Arabic articles (issue #12, fourteenth
round). The sentences are our own; documents are published on Wednesday 2024-01-31
(conftest.PUBLISHED)."""
from __future__ import annotations

import pytest

from kg.model import DENIED


def events(result):
    return [a for a in result.attacks if a.polarity != DENIED]


def test_the_owner_of_a_cited_outlet_is_no_attacker(analyze):
    # "بحسب إعلام X": X's media tell the strike; the state's aircraft struck
    found = events(analyze("وبحسب إعلام الحوثيين، فإن الطيران الأميركي قصف مطار صنعاء بثلاث غارات أمس."))
    assert found and "houthis" not in {a.attacker for a in found}
    assert {a.attacker for a in found} == {"usa"}


def test_a_second_cited_agency_is_no_target(analyze):
    # two agencies joined after "وفق": both tell it, neither was struck
    found = events(analyze("وتعرضت قرى عدة في جنوب لبنان أمس لغارات إسرائيلية، وفق وكالة فرانس برس "
                           "والوكالة الوطنية للإعلام."))
    assert found and "nna_lebanon" not in {a.target for a in found}
    assert {a.attacker for a in found} == {"israel"}


def test_a_strike_referred_to_is_the_one_just_told(analyze):
    # "في إشارة إلى الغارة ...": the statement's strike named again, not a second attack
    found = events(analyze("أعلن الجيش الإسرائيلي أمس استهداف قيادي في حزب الله قرب مدينة صور، "
                           "في إشارة إلى الغارة الإسرائيلية على دراجة نارية في بلدة البازورية."))
    assert [(a.attacker, a.target) for a in found] == [("idf", "hezbollah")]

"""kg.pipeline.person_antecedents: no relation reads a person where none can stand (sentences
of our own, thirteenth round of issue 13; both gave the false fact on main)."""
from __future__ import annotations


def test_his_commander_after_a_person_heads_no_one(analyze):
    """"قائده" after a person is his commander: no one heads a person."""
    result = analyze("وقاتل إسماعيل قاآني سنوات طويلة إلى جانب قائده قاسم سليماني في سوريا.")
    assert not result.relations(predicate="leaderOf", obj="qaani"), result.describe()


def test_arm_of_the_group_named_after_a_person_is_no_backing(analyze):
    """"P.. قيادي في X ومؤسس جناحها العسكري": the arm is X's own, P backs nothing."""
    result = analyze("خالد البطش.. قيادي في حركة الجهاد ومؤسس جناحها العسكري")
    assert not result.relations(predicate="supports"), result.describe()

"""A state and its own army are one side when tellings of one attack are merged
(kg/pipeline/attacks/merging.py same_side): the army named in one sentence and the
state's adjective in the next tell one strike, whose hurt people were aboard or nearby.
Sentences of our own."""
from __future__ import annotations

import pytest


@pytest.mark.parametrize("text, lang", [
    ("The Israeli military carried out an airstrike on a Hezbollah position in Khiam. "
     "An Israeli airstrike also wounded two civilians there.", "en"),
    ("قصفت قوات الاحتلال الإسرائيلي بالمدفعية منزلا في بلدة عيترون. "
     "وأدى القصف الإسرائيلي إلى إصابة ثلاثة مدنيين.", "ar"),
])
def test_the_army_and_its_states_adjective_tell_one_strike(analyze, text, lang):
    a = analyze(text, lang)
    assert len(a.doc.attacks) == 1 and a.doc.attacks[0].attacker == "idf", a.describe()


def test_two_states_armies_stay_two_sides(analyze):
    a = analyze("The Israeli military carried out an airstrike on a Hezbollah position in Khiam. "
                "A US airstrike also wounded two civilians in Yemen.", "en")
    assert {x.attacker for x in a.doc.attacks} >= {"idf", "usa"}, a.describe()

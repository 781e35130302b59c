"""An unnamed force "belonging to" a named actor is that actor acting
(kg/pipeline/attacks/owned_forces.py): "الطيران التابع لـX"، "الطائرات التابعة لـX"،
"القوات التابعة لـX" as the subject after or before the verb, or as the agent after a
strong agent word. A site belonging to an actor stays what was struck, and forces
belonging to an actor that undergo an attack are no attacker. Sentences of our own."""
from __future__ import annotations

import pytest


def _sides(a):
    return {(x.attacker, x.target) for x in a.doc.attacks}


@pytest.mark.parametrize("text, attacker, target", [
    # the verb, then the force and its owner, then what was struck
    ("قصف الطيران التابع لإسرائيل بلدة عيتا الشعب فجر الثلاثاء.", "israel", "aita_al_shaab"),
    # a described force ("القوات", a generic actor) owned by a named group
    ("استهدفت القوات التابعة للحرس الثوري قاعدة حرير شمالي أربيل.", "irgc", "harir"),
    # the force before the verb
    ("الطائرات التابعة لإسرائيل قصفت بلدة عيتا الشعب مساء الاثنين.", "israel", "aita_al_shaab"),
    # the agent after a strong agent word
    ("غارة على بلدة عيتا الشعب شنها الطيران التابع لإسرائيل.", "israel", "aita_al_shaab"),
])
def test_an_owned_force_is_its_owner_acting(analyze, text, attacker, target):
    a = analyze(text, "ar")
    assert (attacker, target) in _sides(a), a.describe()


def test_forces_owned_by_the_target_are_no_attacker(analyze):
    # the forces are what was struck: their owner is the target, not the doer
    a = analyze("قصفت حماس القوات التابعة لإسرائيل في بلدة عيتا الشعب.", "ar")
    assert all(x.attacker != "israel" for x in a.doc.attacks), a.describe()


def test_owned_forces_under_attack_are_no_attacker(analyze):
    a = analyze("تعرضت القوات التابعة للتحالف الدولي لهجوم قرب بلدة عيتا الشعب.", "ar")
    assert all(x.attacker != "coalition" for x in a.doc.attacks), a.describe()

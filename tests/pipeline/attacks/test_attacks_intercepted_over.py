"""A drone or missile brought down over a site was an attack on it, its sender untold
(kg/pipeline/attacks/intercepted_over.py); a state's own drone brought down over the
shooter's land was none. Sentences are our own."""
from __future__ import annotations

import pytest


@pytest.mark.parametrize("sentence, lang, target", [
    pytest.param("Base defences downed an explosive-laden drone above Ain al-Asad airbase on Tuesday.", "en", "ain_al_asad",
                 id="en-active"),
    pytest.param("A drone was shot down late on Friday over Erbil airport.", "en", "erbil_airport", id="en-passive"),
    pytest.param("أسقطت الدفاعات الجوية طائرة مسيرة فوق قاعدة عين الأسد فجر الأربعاء.", "ar", "ain_al_asad",
                 id="ar-over"),
    pytest.param("واعترضت الدفاعات طائرة مسيرة بالقرب من مطار أربيل.", "ar", "erbil_airport", id="ar-near"),
])
def test_a_round_downed_over_a_site_struck_at_it(analyze, sentence, lang, target):
    a = analyze(sentence, lang)
    found = a.attack(target)
    assert found.attacker is None and "drone" in found.weapons, a.describe()


@pytest.mark.parametrize("sentence, lang", [
    pytest.param("Hezbollah shot down an Israeli drone over Nabatieh on Monday.", "en", id="en-enemy-drone"),
    pytest.param("أسقطت المقاومة طائرة مسيرة أمريكية فوق مدينة بعقوبة.", "ar", id="ar-enemy-drone"),
    pytest.param("The destroyer shot down three drones over the Red Sea.", "en", id="over-a-sea"),
    pytest.param("Air defences could intercept drones near Erbil airport.", "en", id="not-done"),
])
def test_no_attack_on_the_place(analyze, sentence, lang):
    a = analyze(sentence, lang)
    assert not any(x.rule.endswith("intercepted_over") for x in a.attacks), a.describe()

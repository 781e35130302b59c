"""A state named as the owner or backer of those struck or acting is neither target nor
attacker (issue 13, the eighth real round's false attacks). Sentences are our own."""
from __future__ import annotations


def test_state_in_construct_with_militias_is_not_struck(analyze):
    a = analyze("قصفت طائرات أمريكية مواقع تابعة لميليشيات روسيا في ريف حماة.", "ar")
    assert a.attacks_on("russia_backed_armed_groups"), a.describe()
    assert not a.attacks_on("russia"), a.describe()


def test_state_after_proxies_is_not_struck(analyze):
    a = analyze("قصفت طائرات أمريكية مواقع تابعة لوكلاء روسيا في ريف حماة.", "ar")
    assert not a.attacks_on("russia"), a.describe()


def test_a_state_proxy_is_not_the_state_as_agent(analyze):
    a = analyze("Rebels stormed a depot near the air base in Homs, which was seized last week by the Russian proxy.", "en")
    assert not [x for x in a.attacks if x.attacker == "russia"], a.describe()


def test_a_state_adjective_on_warplanes_still_acts(analyze):
    a = analyze("The town was shelled by Israeli warplanes on Monday.", "en")
    assert [x for x in a.attacks if x.attacker == "israel"], a.describe()

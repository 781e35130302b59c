"""A claim that opens a bulleted list of attacks (issue 13, real-news dev round): each
line's attack, told without an attacker, is the claimer's. Our own sentences; each test
was checked to fail with kg/pipeline/attacks/claimed_lists.py disabled."""
from __future__ import annotations

_EN = ("Kataib Hezbollah has claimed responsibility for several attacks on American forces:\n"
       "- On March 3, 2024, a rocket attack targeted Ain al-Asad air base.\n"
       "- On March 9, 2024, drone attacks were launched on U.S. forces at Tower 22 in Jordan.\n")


def test_each_listed_attack_is_the_claimers(analyze):
    result = analyze(_EN, "en")
    listed = [a for a in result.attacks if a.date is not None]
    assert len(listed) == 2 and all(a.attacker == "kataib_hezbollah" for a in listed), result.describe()


def test_a_line_after_the_list_is_not_claimed(analyze):
    result = analyze(_EN + "On March 12, 2024, a rocket attack targeted U.S. forces at Erbil airport.\n", "en")
    late = [a for a in result.attacks if a.date is not None and a.date.day == 12]
    assert late and all(a.attacker is None for a in late), result.describe()


def test_a_list_without_a_claim_is_not_attributed(analyze):
    text = ("Kataib Hezbollah was blamed by officials for a string of incidents, among them:\n"
            "- On March 3, 2024, a rocket attack targeted Ain al-Asad air base.\n")
    result = analyze(text, "en")
    assert not any(a.attacker == "kataib_hezbollah" for a in result.attacks), result.describe()


def test_arabic_claim_opens_a_list(analyze):
    text = ("وتبنت كتائب حزب الله الهجمات التالية:\n"
            "- في 3 آذار 2024، استهدف هجوم صاروخي قاعدة عين الأسد.\n"
            "- في 9 آذار 2024، استهدف هجوم بطائرة مسيرة قاعدة حرير.\n")
    result = analyze(text, "ar")
    listed = [a for a in result.attacks if a.date is not None]
    assert listed and all(a.attacker == "kataib_hezbollah" for a in listed), result.describe()

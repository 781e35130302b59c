"""A claim of several deeds told after them (kg/pipeline/attacks/plural_claims.py): the
claimer carried out each attack told just before with no attacker; not attacks another
side carried out, nor a tally. Sentences are our own."""
from __future__ import annotations

import pytest

_TWO_AR = "تعرضت قاعدة عين الأسد لهجوم بطائرة مسيرة صباح اليوم. كما تعرضت قاعدة حرير لقصف صاروخي. "
_TWO_EN = "Two drones struck Ain al-Asad air base on Monday. Rockets also hit Harir base in Erbil. "


@pytest.mark.parametrize("text, lang", [
    pytest.param(_TWO_AR + "وتبنت المقاومة الإسلامية في العراق العمليتين في بيان.", "ar", id="ar-adopts-dual"),
    pytest.param(_TWO_AR + "وأعلنت المقاومة الإسلامية في العراق مسؤوليتها عن الهجومين.", "ar",
                 id="ar-responsibility-dual"),
    pytest.param(_TWO_AR + "وأعلنت المقاومة الإسلامية في العراق مسؤوليتها عن العمليات.", "ar",
                 id="ar-responsibility-plural"),
    pytest.param(_TWO_EN + "Late on Monday Kataib Hezbollah claimed responsibility for the attacks.", "en",
                 id="en-responsibility-plural"),
])
def test_attacks_plural_claims_fill_every_attack_told(analyze, text, lang):
    result = analyze(text, lang)
    claimer = "islamic_resistance_iraq" if lang == "ar" else "kataib_hezbollah"
    by_target = {a.target: a.attacker for a in result.events}
    assert by_target.get("ain_al_asad") == claimer, result.describe()
    assert by_target.get("harir") == claimer, result.describe()


def test_attacks_plural_claims_stop_at_another_sides_attack(analyze):
    # the strike by the US between them is not the group's; what was told before it neither
    text = ("تعرضت قاعدة عين الأسد لهجوم بطائرة مسيرة صباح اليوم. وشنت الطائرات الأمريكية غارة على مدينة القائم. "
            "وأعلنت المقاومة الإسلامية في العراق مسؤوليتها عن العمليات.")
    result = analyze(text, "ar")
    assert "islamic_resistance_iraq" not in {a.attacker for a in result.events}, result.describe()


def test_attacks_plural_claims_singular_claim_takes_the_last(analyze):
    result = analyze(_TWO_AR + "وأعلنت المقاومة الإسلامية في العراق مسؤوليتها عن الهجوم.", "ar")
    by_target = {a.target: a.attacker for a in result.events}
    assert by_target.get("ain_al_asad") is None, result.describe()


def test_attacks_plural_claims_tally_claims_nothing_told(analyze):
    result = analyze(_TWO_AR + "وكانت المقاومة الإسلامية في العراق قد أعلنت مسؤوليتها عن عشرات الهجمات.", "ar")
    assert "islamic_resistance_iraq" not in {a.attacker for a in result.events}, result.describe()


@pytest.mark.parametrize("claim", [
    pytest.param("Kataib Hezbollah said it carried out the attacks.", id="said-carried-out"),
    pytest.param("Kataib Hezbollah said it was behind the strikes.", id="said-behind"),
])
def test_attacks_plural_claims_said_it_carried_out(analyze, claim):
    result = analyze(_TWO_EN + claim, "en")
    by_target = {a.target: a.attacker for a in result.events}
    assert by_target.get("ain_al_asad") == "kataib_hezbollah", result.describe()
    assert by_target.get("harir") == "kataib_hezbollah", result.describe()


def test_attacks_plural_claims_said_about_the_attacks_claims_nothing(analyze):
    result = analyze(_TWO_EN + "Kataib Hezbollah said the attacks were a warning.", "en")
    assert "kataib_hezbollah" not in {a.attacker for a in result.events}, result.describe()

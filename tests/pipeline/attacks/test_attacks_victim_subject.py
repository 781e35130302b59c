"""A killing told with the victim as the death verb's subject and the attacker only as a
state's nisba on the strike is one attack (kg/pipeline/attacks/event_blocks.py,
_told_casualties; kg/pipeline/attacks/merging.py, merge_retellings). Every sentence is
our own; each test was checked to fail without the change it covers."""
from __future__ import annotations

import pytest


@pytest.mark.parametrize("sentence", [
    # the victim's posts in apposition put the death verb far before "إثر"
    "استشهد سامر يوسف، القيادي في حزب الله وقائد وحدة النيران في قطاع الجنوب، الخميس، "
    "إثر غارة شنتها طائرة مسيرة إسرائيلية على سيارة في بلدة عيترون.",
    "استشهد الشاب نادر سلمان، المسؤول في حركة حماس وعضو لجنة الإمداد في المخيم الشرقي، "
    "فجر اليوم، إثر غارة نفذتها طائرة حربية إسرائيلية على منزل في بلدة بيت لاهيا.",
])
def test_a_long_apposition_keeps_the_death_as_the_event(analyze, sentence):
    result = analyze(sentence, "ar")
    attacks = [a for a in result.events if a.attacker == "israel"]
    assert len(attacks) == 1, result.describe()
    assert result.entity(attacks[0].target).cls == "Person", result.describe()


def test_a_demonstrative_retelling_is_the_strike_told_before(analyze):
    result = analyze("لقي أربعة مقاتلين من فصائل المقاومة مصرعهم مساء الاثنين في غارة أمريكية "
                     "استهدفت شاحنتهم قرب مدينة القائم. وقال الجيش الأمريكي في بيان، إن هذه الغارة "
                     'قتلت "قياديا كبيرا" في حركة النجباء، مضيفا أنها جاءت "ردا على الهجمات ضد جنودنا".', "ar")
    assert len(result.events) == 1, result.describe()
    # the group the retelling names, not the factions described, was struck
    assert (result.events[0].attacker, result.events[0].target) == ("usa", "nujaba"), result.describe()


def test_a_retelling_of_another_day_stays_apart(analyze):
    result = analyze("لقي أربعة مقاتلين من فصائل المقاومة مصرعهم يوم 3 يناير في غارة أمريكية "
                     "قرب مدينة القائم. وقال الجيش الأمريكي في بيان، إن غارة يوم 9 يناير قتلت "
                     '"قياديا كبيرا" في حركة النجباء.', "ar")
    assert not any(a.attacker == "usa" and a.target == "nujaba" for a in result.events), result.describe()

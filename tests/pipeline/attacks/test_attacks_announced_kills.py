"""Round i13h28: an army announcing that an enemy "was killed in a strike" carried the
strike out, and an Arabic definite retelling ("في الغارة"، "بالهجوم") is the attack told
before; sentences of our own."""
from __future__ import annotations


def test_an_army_announcing_an_enemy_killed_struck_him(analyze):
    result = analyze("أعلن الجيش الإسرائيلي أن قائدا في كتائب القسام، محمد سالم، قتل في غارة جوية "
                     "على مخيم جباليا.", "ar")
    assert {a.attacker for a in result.attacks} == {"idf"}, result.describe()


def test_not_when_the_army_announces_its_own_loss(analyze):
    """Soldiers or civilians of its side named, or the group as the attack's owner."""
    for text in ("أعلن الجيش الإسرائيلي أن جنديين قتلا في هجوم لحزب الله على موقع عسكري في الجليل.",
                 "أعلن الجيش الإسرائيلي أن شخصا قتل في هجوم لحزب الله على مستوطنة المطلة."):
        result = analyze(text, "ar")
        assert "idf" not in {a.attacker for a in result.attacks}, result.describe()


def test_a_definite_retelling_joins_the_attack_told_before(analyze):
    result = analyze("شنت مسيرة إسرائيلية غارة على سيارة في بلدة كفرشمسية قضاء صور. "
                     "وأفادت مصادر بأن المستهدف هو سامر عبد الكريم، القيادي في حزب الله، الذي قتل "
                     "بالهجوم على سيارته.", "ar")
    assert [a for a in result.attacks if a.attacker is None] == [], result.describe()
    assert {a.attacker for a in result.attacks} == {"israel"}, result.describe()


def test_a_term_adjective_stays_in_the_governments_mention(analyze):
    result = analyze("واتهمت الحكومة السورية المؤقتة مقاتلين بعبور الحدود.", "ar")
    assert result.mention("الحكومة السورية المؤقتة").entity == "syria_government", result.describe()


def test_the_lebanese_civil_defense(analyze):
    result = analyze("وأفاد الدفاع المدني اللبناني بمقتل شخص في غارة.", "ar")
    assert result.mention("الدفاع المدني اللبناني").cls == "Organization", result.describe()

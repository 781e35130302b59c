"""A group's statement claiming an attack with the verbal noun carrying the group's pronoun:
"أعلنت X استهدافها Y" (kind read since the twenty-second round), and the same with the
masculine or plural pronoun, "أعلن X استهدافه Y", "أعلن الحوثيون استهدافهم Y" (round
i13l36: kg/lang/ar/attacks.yaml triggers). The pronoun is the claimer, the attacker; the
object after the noun is the target. Sentences are our own."""
from __future__ import annotations

import pytest


@pytest.mark.parametrize("sentence, attacker, target", [
    pytest.param("وأعلن الحوثيون استهدافهم قاعدة أمريكية بصواريخ.", "houthis", "usa", id="plural"),
    pytest.param("وأعلن حزب الله اللبناني استهدافه موقعا للجيش الإسرائيلي بصواريخ.", "hezbollah", "idf",
                 id="masculine"),
    pytest.param("وأعلنت المقاومة الإسلامية في العراق، في بيان مقتضب مساء الأحد، استهدافها "
                 "مطار أربيل بطائرة مسيرة.", "islamic_resistance_iraq", "erbil_airport",
                 id="feminine-statement-between"),
    pytest.param("وأعلن الحوثيون عن استهدافهم لمطار أربيل بطائرة مسيرة.", "houthis", "erbil_airport",
                 id="plural-with-prepositions"),
])
def test_the_pronoun_of_the_verbal_noun_is_the_claimer(analyze, sentence, attacker, target):
    a = analyze(sentence, "ar")
    assert (attacker, target) in {(x.attacker, x.target) for x in a.attacks}, a.describe()


def test_the_masculine_pronoun_of_a_later_claim_is_the_last_claimers(analyze):
    found = analyze("تعرضت قاعدة التنف لهجوم بالمسيرات، أعلن حزب الله مسؤوليته عنه. كذلك، أعلن "
                    "استهدافه قاعدة حرير بطائرة مسيرة.", "ar").attacks
    assert ("hezbollah", "harir") in {(a.attacker, a.target) for a in found}


@pytest.mark.parametrize("sentence", [
    pytest.param("ونفى الجيش استهدافه المدنيين في المدينة.", id="denied"),
    pytest.param("وطالب الأهالي الجيش بوقف استهدافه الأحياء السكنية.", id="asked-to-stop"),
])
def test_a_denied_or_refused_targeting_is_no_asserted_attack(analyze, sentence):
    a = analyze(sentence, "ar")
    assert not [x for x in a.attacks if x.polarity == "asserted"], a.describe()

"""Generic participants take the state their sentence is set in
(kg/pipeline/attacks/place_country.py with the places' ``country`` in the lexicon).
Sentences are our own."""
from __future__ import annotations

from kg.lexicon import default_lexicon


def test_civilians_killed_in_a_named_town_are_of_its_state(analyze):
    result = analyze("قتل أربعة مدنيين بانفجار عبوة ناسفة في سامراء صباح اليوم.", "ar")
    state = default_lexicon()["samarra"].country
    assert result.role_codes("target") == {default_lexicon()[state].cameo + "CVL"}, result.describe()


def test_police_in_a_named_state_are_of_that_state(analyze):
    result = analyze("أصيب ثلاثة من رجال الشرطة بانفجار سيارة مفخخة في باكستان أمس.", "ar")
    assert result.role_codes("target") == {"PAKCOP"}, result.describe()


def test_two_states_in_the_sentence_leave_the_country_unknown(analyze):
    result = analyze("قتل أربعة مدنيين بانفجار عبوة ناسفة في سامراء أمس بعد عودتهم من إيران.", "ar")
    assert result.role_codes("target") == {"---CVL"}, result.describe()


def test_gunmen_do_not_take_the_country_of_the_place_they_struck(analyze):
    result = analyze("اغتال مسلحون مجهولون موظفا في الموصل صباح اليوم.", "ar")
    assert all(c.startswith("---") for c in result.role_codes("attacker")), result.describe()


def test_a_state_named_as_an_adjective_does_not_place_the_victims(analyze):
    # The soldier's adjective tells his own state, not that of the people killed with him.
    result = analyze("قتل خمسة مدنيين وجندي أميركي بانفجار عبوة ناسفة على طريق صباح اليوم.", "ar")
    assert "USACVL" not in result.role_codes("target"), result.describe()


def test_victims_in_a_pakistani_town_are_of_pakistan(analyze):
    result = analyze("قتل خمسة مدنيين بانفجار عبوة ناسفة في سوق بمدينة بيشاور صباح اليوم.", "ar")
    assert result.role_codes("target") == {"PAKCVL"}, result.describe()


def test_a_bare_army_is_that_of_the_state_the_document_names_for_its_soldiers(analyze):
    # Two states in the sentence: the place alone could not tell whose army it is.
    result = analyze("وكان عشرة جنود أتراك قد قتلوا أمس في هجوم انتحاري على ثكنة للجيش قرب الحدود مع إيران "
                     "وسوريا.", "ar")
    assert result.role_codes("target") == {"TURMIL"}, result.describe()


def test_civilians_do_not_take_the_country_of_named_settlers(analyze):
    result = analyze("هاجم مستوطنون المواطنين في قرية قرب نابلس صباح أمس وأصابوا ثلاثة منهم بجروح.", "ar")
    assert "ISRCVL" not in result.role_codes("target"), result.describe()

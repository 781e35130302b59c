"""Which side and which country a generic actor gets (kg/pipeline/generic_actors.py,
kg/pipeline/attacks/place_country.py, kg/lang/ar/agents.yaml). Our own sentences."""
from __future__ import annotations

import pytest


@pytest.mark.parametrize("sentence, victim", [
    # an indefinite plural before one person's name is the subject, not the person's title
    pytest.param("اغتال مسلحون سالم حداد قرب منزله في الموصل.", "سالم حداد", id="plural-nominative"),
    pytest.param("اغتال مسلحون مجهولون سالم حداد قرب منزله.", "سالم حداد", id="with-qualifier"),
])
def test_plural_before_a_name_is_the_attacker(analyze, sentence, victim):
    a = analyze(sentence, "ar")
    target = a.mention(victim).entity
    attack = a.attack(target)
    assert attack.attacker is not None, a.describe()
    assert a.entity(attack.attacker).cameo == "---UAF", a.describe()


def test_singular_title_before_a_name_stays_a_title(analyze):
    # "الصحفي X": the singular word is X's title; no journalist node of its own
    a = analyze("قال الصحفي سالم حداد إن القصف استمر ساعتين.", "ar")
    assert a.mention("سالم حداد").kind == "name", a.describe()
    assert not [m for m in a.mentions() if m.kind == "generic"], a.describe()


@pytest.mark.parametrize("sentence", [
    pytest.param("قصفت قوات الاحتلال منزلا في نابلس فقتلت طفلين.", id="occupation-forces"),
    pytest.param("قتل جنود الاحتلال ثلاثة مدنيين في نابلس.", id="occupation-soldiers"),
])
def test_occupier_takes_no_country_from_the_place(analyze, sentence):
    # the place's state is the occupied one: the occupier keeps "---", the victims take it
    a = analyze(sentence, "ar")
    assert "---MIL" in a.role_codes("attacker"), a.describe()
    assert not any(c.startswith("PSE") for c in a.role_codes("attacker")), a.describe()


@pytest.mark.parametrize("sentence", [
    pytest.param("قصفت القوات منزلا في نابلس فقتلت طفلين.", id="forces"),
    pytest.param("قتل جنود ثلاثة مدنيين في نابلس.", id="soldiers"),
])
def test_plain_forces_still_take_the_place(analyze, sentence):
    # the guard is the occupation word: the same forces without it stay localised
    a = analyze(sentence, "ar")
    assert "PSEMIL" in a.role_codes("attacker"), a.describe()
    assert "PSECVL" in a.role_codes("target"), a.describe()


@pytest.mark.parametrize("sentence, surface, code", [
    # a pilot is an airman (MIL), of the state its adjective names
    pytest.param("خطف مسلحون طيارين كينيين اثنين قرب المطار.", "طيارين كينيين", "KENMIL", id="pilots"),
    # Europeans struck in Mogadishu are not Somalia's civilians: the region's code
    pytest.param("خطف مسلحون ثلاثة عمال أوروبيين في مقديشو.", "عمال أوروبيين", "EURCVL", id="europeans"),
])
def test_stated_nationality_beats_the_place(analyze, sentence, surface, code):
    a = analyze(sentence, "ar")
    m = a.mention(surface)
    assert m.kind == "generic" and a.entity(m.entity).cameo == code, a.describe()
    assert code in a.role_codes("target"), a.describe()


def test_a_drone_has_no_pilot(analyze):
    # "طائرة بدون طيار": after "without" no pilot is there to be a participant
    a = analyze("قصفت طائرة أميركية بدون طيار منزلا في القرية.", "ar")
    assert not [m for m in a.mentions() if m.kind == "generic"], a.describe()


@pytest.mark.parametrize("sentence, code", [
    # described armed men, then the people they killed: active, the armed men attacked
    pytest.param("قتل مسلحون عنصرين من الشرطة العراقية في كركوك.", "IRQCOP", id="oblique-dual"),
    pytest.param("قتل مسلحون مجهولون شرطيين في الموصل.", "IRQCOP", id="described-object"),
])
def test_killing_verb_with_an_object_is_active(analyze, sentence, code):
    a = analyze(sentence, "ar")
    assert a.role_codes("attacker") == {"---UAF"}, a.describe()
    assert code in a.role_codes("target"), a.describe()


def test_killing_verb_without_an_object_stays_passive(analyze):
    # "قُتل مسلحون في اشتباك": the gunmen were killed
    a = analyze("قتل مسلحون في اشتباك مع الشرطة قرب كركوك.", "ar")
    assert "---UAF" not in a.role_codes("attacker"), a.describe()

"""An Arabic verbal noun annexed to an actor, with a direct object after it, takes that
actor as its doer (kg/pipeline/attacks/verbal_noun_agents.py): "استهداف الحوثيين تل أبيب"
tells that the Houthis struck Tel Aviv. With no object after it, the annexed actor may be
what was struck, and the rule stays silent. Sentences are our own (round i13g26)."""
from __future__ import annotations

import pytest


@pytest.mark.parametrize("sentence, attacker, target", [
    pytest.param("جاءت الغارات ردا على استهداف الحوثيين تل أبيب بصاروخ باليستي.", "houthis", "tel_aviv",
                 id="named-object"),
    pytest.param("أعلن الجيش الإسرائيلي رصد استهداف حزب الله حيفا بعشرات الصواريخ مساء الأحد.", "hezbollah",
                 "haifa", id="named-object-in-what-was-announced"),
])
def test_the_annexed_actor_did_it(analyze, sentence, attacker, target):
    a = analyze(sentence, "ar")
    assert a.attack(target).attacker == attacker, a.describe()
    assert not a.attacks_on(attacker), a.describe()


@pytest.mark.parametrize("sentence, group", [
    pytest.param("نددت الحكومة باستهداف حزب الله في الضاحية.", "hezbollah", id="no-object-after"),
    pytest.param("أدانت الحكومة استهداف حماس بالصواريخ.", "hamas", id="a-weapon-after"),
])
def test_without_an_object_the_annexed_actor_is_no_doer(analyze, sentence, group):
    a = analyze(sentence, "ar")
    assert all(x.attacker != group for x in a.attacks), a.describe()


@pytest.mark.parametrize("sentence, attacker, target", [
    pytest.param("وجاءت الغارات بعد قصف الحوثيين مدينة إيلات بالصواريخ.", "houthis", "eilat", id="verb-like-noun-after-governor"),
    pytest.param("وندد البيان بقصف الأمريكيين مواقع الحشد الشعبي.", "usa", "pmf", id="state-people-plural"),
    pytest.param("وتأتي الغارة بعد اجتياح الجيش الإسرائيلي مدينة رفح.", "idf", "rafah", id="raid-noun-place-head"),
])
def test_doer_of_a_verbal_noun_before_a_headed_object(analyze, sentence, attacker, target):
    a = analyze(sentence, "ar")
    assert a.attack(target).attacker == attacker, a.describe()


def test_a_verb_like_noun_opening_a_clause_stays_a_verb(analyze):
    a = analyze("قصف الحوثيون مدينة إيلات بالصواريخ.", "ar")
    assert a.attack("eilat").attacker == "houthis", a.describe()
    assert not a.attacks_on("houthis"), a.describe()

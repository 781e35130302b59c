"""States named together as one side of an attack (kg/pipeline/attacks/allies.py): each is an
attacker. Sentences are our own."""
from __future__ import annotations

import pytest


def _attackers(result) -> set[str]:
    return {k for a in result.attacks for k in (a.attacker, *a.allies) if k}


@pytest.mark.parametrize("text, lang", [
    pytest.param("قصفت طائرات أميركية وبريطانية مواقع للحوثيين قرب الحديدة أمس.", "ar", id="ar-proxy-and-nisba"),
    pytest.param("أصيب أربعة صيادين في غارة جوية بريطانية وأميركية قرب ميناء الحديدة أمس.", "ar", id="ar-nisbas"),
    pytest.param("US and British warplanes struck Houthi positions near Hodeidah on Monday.", "en",
                 id="en-name-and-nisba"),
    pytest.param("British and American jets hit Houthi radar sites near Hodeidah on Monday.", "en", id="en-nisbas"),
])
def test_every_state_of_a_coordinated_list_attacked(analyze, text, lang):
    result = analyze(text, lang)
    assert {"usa", "uk"} <= _attackers(result), result.describe()


def test_a_state_named_on_the_target_side_is_no_ally(analyze):
    # The village is Iraqi: the list "عراقية وسورية" is on the target side, not the attacker's.
    result = analyze("قتل خمسة مدنيين في غارة جوية أميركية على قرية عراقية أمس.", "ar")
    assert _attackers(result) == {"usa"}, result.describe()


def test_two_bare_state_names_are_no_list(analyze):
    # "Israel and Iran": two names side by side are as often two sides as one.
    result = analyze("Israel and Iran traded accusations after a drone struck a ship near Eilat on Monday.", "en")
    assert "iran" not in _attackers(result), result.describe()

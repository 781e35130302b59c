"""English "the group" after a group named only as a possessor, ninth round of issue 13
(kg/pipeline/definite_anaphors.py): the possessor does not take over the topic of the last "the
group". Our own sentences."""
from __future__ import annotations


def test_possessor_does_not_take_over_the_topic(analyze):
    result = analyze("Nujaba said it would halt its attacks. The group, which Washington sanctioned in "
                     "2019, has thousands of fighters. Most of them serve in the PMF's 12th Brigade. "
                     "Hussein Mounes, the group's military official, confirmed the halt.", "en")
    assert ("hussein_mounes", "memberOf", "nujaba") in result.triples, result.describe()
    assert ("hussein_mounes", "memberOf", "pmf") not in result.triples, result.describe()


def test_a_group_named_as_subject_still_takes_over(analyze):
    result = analyze("Nujaba said it would halt its attacks. The group has thousands of fighters. "
                     "The PMF rejected the statement. The group said its units obey the state.", "en")
    groups = [m.entity for m in result.mentions() if m.rule == "coref.definite_head"]
    assert groups == ["nujaba", "pmf"], result.describe()


def test_the_rebels_and_the_militants_refer_back_to_a_named_armed_group(analyze):
    # the press names a group once, then calls it by what it is (kg/lang/en/cues.yaml anaphors)
    result = analyze("Harakat al-Nujaba has fired at US bases for weeks. On Friday the militants "
                     "shelled Erbil airport.", "en")
    assert result.mention("the militants").entity == "nujaba", result.describe()
    result = analyze("The Houthis blockaded the port for a month. Then the rebels seized a tanker.", "en")
    assert result.mention("the rebels").entity == "houthis", result.describe()


def test_the_militants_with_no_group_named_before_stay_a_collective(analyze):
    result = analyze("Gunmen stormed a checkpoint near Kirkuk. The militants fled north.", "en")
    assert all(m.kind != "anaphor" for m in result.mentions()), result.describe()

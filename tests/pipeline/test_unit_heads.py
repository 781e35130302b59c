"""The head of a unit that the text places in a group is a member of that group
(kg/pipeline/unit_heads.py): two facts the text states, one membership they imply. Our
own sentences; the first case fails on main."""
from __future__ import annotations


def test_unit_head_named_a_sentence_later_is_a_member(analyze):
    result = analyze("وأعلن الجيش الإسرائيلي أنه قتل قائد الوحدة 127 في حزب الله. "
                     "وقال الجيش إن حسن علي سلامة، الذي كان قائد الوحدة 127، قتل في الغارة.")
    assert ("حسن_علي_سلامه", "memberOf", "hezbollah") in result.triples, result.describe()
    derived = result.relations("حسن_علي_سلامه", "memberOf", "hezbollah")
    assert [r.rule for r in derived] == ["derived.unit_head_member"], result.describe()


def test_a_groups_head_is_no_member_of_its_coalition(analyze):
    """A group is no unit: its leader is not made a member of the whole it belongs to."""
    result = analyze("ويضم محور المقاومة حزب الله وجماعة الحوثي. "
                     "وقال الأمين العام لحزب الله نعيم قاسم إن الحزب لن يتراجع.")
    assert ("hezbollah", "memberOf", "axis_of_resistance") in result.triples, result.describe()
    assert ("naim_qassem", "memberOf", "axis_of_resistance") not in result.triples, result.describe()


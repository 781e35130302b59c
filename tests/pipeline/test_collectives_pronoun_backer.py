"""A collective coordinated with an actor and tied to it by a pronoun ("إيران والجماعات
المدعومة منها") is grouped with that actor's backed groups; the backing is stated only by
"backed by" or "loyal to" it, not by "linked to" it (ninth real round). Our own sentences."""
from __future__ import annotations


def test_groups_backed_by_it_are_the_coordinated_states(analyze):
    a = analyze("وتتهم واشنطن إيران والجماعات المدعومة منها بشن الهجمات على قواعدها.", "ar")
    assert a.relations("iran", "supports", "iran_backed_armed_groups"), a.describe()


def test_factions_loyal_to_it_after_a_group(analyze):
    a = analyze("وقصفت الطائرات مواقع لحزب الله والفصائل الموالية له قرب الحدود.", "ar")
    assert a.relations("hezbollah", "supports", "hezbollah_backed_armed_groups"), a.describe()


def test_linked_to_it_makes_the_node_but_states_no_backing(analyze):
    a = analyze("وقصفت الطائرات مواقع لفيلق القدس والفصائل المرتبطة به شرقي سوريا.", "ar")
    assert any(m.entity == "quds_force_backed_armed_groups" for m in a.doc.mentions), a.describe()
    assert not a.relations("quds_force", "supports"), a.describe()


def test_no_pronoun_no_backer(analyze):
    # "الحكومة والفصائل" with no affiliation after: a plain reference, no backer read
    a = analyze("وقالت إيران والفصائل إن الهجوم لن يمر.", "ar")
    assert not a.relations("iran", "supports"), a.describe()

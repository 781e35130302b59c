"""A government that a clause says a group runs (kg/pipeline/run_by_group.py): the clause
changes which government it is, when the lexicon lists one named after the group.
Sentences are our own."""
from __future__ import annotations


def test_run_by_group_clause_names_the_group_run_government(analyze):
    result = analyze("وأعلنت الحكومة اليمنية التي تسيطر عليها جماعة الحوثي تعيين وزير جديد للدفاع.")
    assert result.mention("الحكومة اليمنية").entity == "houthi_government", result.describe()
    assert ("houthi_government", "operatedBy", "houthis") in result.triples, result.describe()
    # the recognised government is not named in this text
    assert "yemen_government" not in result.doc.entities, result.describe()


def test_run_by_group_without_the_clause_the_name_is_the_recognised_government(analyze):
    result = analyze("وقالت الحكومة اليمنية إن جماعة الحوثي ترفض الهدنة.")
    assert result.mention("الحكومة اليمنية").entity == "yemen_government", result.describe()
    assert not result.relations(predicate="operatedBy"), result.describe()

"""The pipeline runner (kg/pipeline/runner.py)."""
from __future__ import annotations

import pytest

from kg.model import Doc, Document
from kg.pipeline import Pipeline, analyze, default_pipeline


def test_runner_default_components_in_order():
    assert default_pipeline().names == ["lexicon_ner", "discovery", "coref", "collectives", "dates",
                                        "speech", "own_units", "run_by_group", "relations", "named_wings", "generic_actors",
                                        "attacks",
                                        "casualties"]


def test_runner_rejects_a_component_that_returns_no_doc():
    def broken(doc: Doc):
        return None
    broken.name = "broken"
    with pytest.raises(TypeError, match="broken"):
        Pipeline([broken])(Document(id="x", text="Iran funds Hamas."))


def test_runner_runs_components_in_order():
    seen = []

    def first(doc):
        seen.append("first")
        return doc

    def second(doc):
        seen.append("second")
        return doc
    doc = Pipeline([first, second])(Document(id="x", text="نص قصير."))
    assert seen == ["first", "second"]
    assert doc.lang == "ar" and len(doc.sentences) == 1


@pytest.mark.parametrize("text, lang", [("وتدعم طهران الحوثيين.", "ar"), ("Tehran funds Hamas.", "en")])
def test_runner_detects_the_language_when_not_given(text, lang):
    doc = analyze(Document(id="x", text=text))
    assert doc.lang == lang
    assert ("iran", "supports") in {(r.subject, r.predicate) for r in doc.relations}


def test_runner_documents_are_independent():
    first = analyze(Document(id="a", text="وشنت كتائب حزب الله هجوما على قاعدة التنف.", language="ar"))
    second = analyze(Document(id="b", text="وتبنت المقاومة الإسلامية في العراق الهجوم.", language="ar"))
    # A claim in the second document must not attach to the first document's attack.
    assert len(first.attacks) == 1 and not second.attacks

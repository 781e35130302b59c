"""Generated ontology documentation (kg.ontology.docs): everything comes from the
ontology file, in Markdown and HTML."""
from __future__ import annotations

import html
import re

import pytest

from kg.errors import UsageError
from kg.ontology import ontology_docs
from kg.ontology.files import short
from kg.vocab import ACLED, CAMEO, KGO


@pytest.fixture(scope="module")
def markdown(tmp_path_factory) -> str:
    path = tmp_path_factory.mktemp("docs") / "ontology.md"
    assert ontology_docs(path) == path
    return path.read_text(encoding="utf-8")


def test_every_term_is_documented_with_both_labels_and_its_comment(markdown, tbox):
    for name in sorted(KGO.terms):
        term = tbox.term(KGO.iri(name))
        assert f"kgo:{name}" in markdown
        for text in (term.labels["en"], term.labels["ar"], term.comment.split("\n")[0]):
            assert text in markdown, (name, text)


def test_classes_and_properties_have_anchors_that_links_resolve_to(markdown):
    anchors = set(re.findall(r'<a id="([^"]+)"></a>', markdown))
    links = set(re.findall(r"\]\(#([^)]+)\)", markdown))
    assert links and links <= anchors


def test_alignments_and_codes_appear(markdown, tbox):
    for name in ("memberOf", "leaderOf", "locatedIn", "attacker", "saidBy", "Document"):
        iri = KGO.iri(name)
        targets = tbox.superproperties(iri) + tbox.superclasses(iri)
        for kind in tbox.matches(iri).values():
            targets += kind
        for target in targets:
            assert short(target) in markdown, (name, target)
    for scheme in (CAMEO.base, ACLED.base):
        for concept in tbox.concepts(scheme):
            assert f"`{tbox.concept(concept)['notation']}`" in markdown


def test_html_output_is_escaped_and_marks_arabic(tmp_path, tbox):
    path = ontology_docs(tmp_path / "ontology.html")
    page = path.read_text(encoding="utf-8")
    assert page.startswith("<!DOCTYPE html>")
    assert f'<span lang="ar" dir="rtl">{html.escape(tbox.label(KGO.iri("Person"), "ar"))}</span>' in page
    assert html.escape(tbox.term(KGO.iri("Statement")).comment.split("\n")[0]) in page
    assert "<script" not in page


def test_unknown_output_format_is_a_usage_error(tmp_path):
    with pytest.raises(UsageError, match="ontology.pdf"):
        ontology_docs(tmp_path / "ontology.pdf")
    assert not (tmp_path / "ontology.pdf").exists()

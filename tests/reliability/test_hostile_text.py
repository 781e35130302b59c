"""Hostile text, property-based (hypothesis): offsets always lead back to the exact
source text, and every built graph survives serialising and re-parsing in every output
format unchanged (rdflib.compare.isomorphic).

Not repeated here: query parameters that try to change a query's structure and
FROM/SERVICE refusal (tests/query/test_params.py, tests/query/test_safety.py), and the
HTML view executing nothing from article text (tests/view/test_page_in_browser.py)."""
from __future__ import annotations

import pytest
import rdflib
from hypothesis import HealthCheck, example, given, settings, strategies as st
from pyoxigraph import RdfFormat, parse
from rdflib.compare import isomorphic

from kg.io.documents import make_document
from kg.pipeline import analyze
from kg.rdf.iris import document_iri
from kg.rdf.mapping import doc_to_nquads
from kg.rdf.serialize import QuadWriter
from kg.text.normalize import NormalizedText, normalize, unglue_quotes

pytestmark = pytest.mark.filterwarnings("ignore::DeprecationWarning:rdflib")  # rdflib's own parsers

NIF = "http://persistence.uni-leipzig.org/nlp2rdf/ontologies/nif-core#"

# -- text made of what news text is made of, and worse ------------------------------------------

LETTERS = st.sampled_from(
    list("ابتثجحخدذرزسشصضطظعغفقكلمنهويءآأإؤئىة") + list("پچژگکیۀ")          # Arabic, Persian
    + [chr(c) for c in range(0x064B, 0x0653)] + ["\u0670", "\u0640"]          # harakat, tatweel
    + list("abcXYZéÉÀçÇøØ") + list("0189٠١٩۰۴۹")                                # Latin, digits
    + list(" \n\t.,،؛؟!?:\"'«»“”‘’()-–—/%&<>")                                  # punctuation
    + ["\u200b", "\u200c", "\u200d", "\u200e", "\u200f", "\u202a", "\u202b", "\u202c",
       "\u202d", "\u202e", "\u2066", "\u2069", "\ufeff", "\u00ad", "\u00a0", "\u2009"]
    + ["\U0001f600", "\u0301", "ﻻ", "ﷲ", "İ", "ß", "ﬁ"])
WORDS = st.sampled_from([
    "إيران", "الحوثيين", "حزب الله", "اليمن", "لبنان", "إسرائيل", "الولايات المتحدة", "العراق",
    "تدعم", "يدعم", "هاجم", "استهدفت", "طائرة مسيرة", "قاعدة عين الأسد", "في", "على", "قال", "إن",
    "Iran", "Houthis", "Hezbollah", "supports", "attacked", "drone", "said", "U.S.", "Yemen",
    " ", " ", ". ", ".\n", "\n\n", "،", "«", "»", '"'])
TEXT = st.lists(st.one_of(WORDS, LETTERS, st.text(LETTERS, max_size=6)), min_size=1, max_size=60).map("".join)


@settings(max_examples=400, deadline=None)
@given(st.text(LETTERS, max_size=300))
@example("أَحْمَدُ\u200dـــ\u202eإيران\u202c «Hezbollah» ﻻ")
@example('X"X')
def test_hostile_normalized_offsets_map_back_exactly(original):
    n = NormalizedText(original)
    source = unglue_quotes(original)   # a quote glued between Latin letters stands for a space
    hit = set()
    for i, ch in enumerate(n.text):
        j = n.to_original(i)
        assert normalize(source[j]) == ch             # char i comes from char j by the table
        assert n.to_normalized(j) == i
        hit.add(j)
    # The original characters no normalised one comes from are exactly the deleted ones.
    assert {j for j in range(len(original)) if j not in hit} == \
           {j for j, c in enumerate(source) if normalize(c) == ""}
    for s in range(0, len(n.text) + 1, 7):
        for e in range(s, min(len(n.text), s + 40) + 1, 3):
            a, b = n.span_to_original(s, e)
            assert normalize(source[a:b]) == n.text[s:e]


def rdflib_of(path) -> rdflib.Graph | rdflib.Dataset:
    fmt = {".ttl": "turtle", ".nt": "nt", ".jsonld": "json-ld", ".rdf": "xml", ".nq": "nquads",
           ".trig": "trig"}[path.suffix]
    if path.suffix in (".nq", ".trig"):
        ds = rdflib.Dataset()
        ds.parse(path, format=fmt)
        return ds
    return rdflib.Graph().parse(path, format=fmt)


def named_graphs(ds: rdflib.Dataset) -> dict[str, rdflib.Graph]:
    out = {}
    for g in ds.graphs():
        if len(g):
            copy = rdflib.Graph()
            for t in g:
                copy.add(t)
            out[str(g.identifier)] = copy
    return out


@pytest.fixture(scope="module")
def workdir(tmp_path_factory):
    return tmp_path_factory.mktemp("hostile")


@settings(max_examples=100, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(TEXT, st.sampled_from(["doc", "وثيقة 1", "a\"b<c>", "x\u202ey", "id with spaces#part-2"]))
@example("قالت وزارة الدفاع إن الحوثيين هاجموا قاعدة عين الأسد بطائرة مسيرة. "
         "وأضاف أن إيران تدعم حزب الله في لبنان. Iran supports the Houthis in Yemen.", "seedlike")
def test_hostile_built_graphs_round_trip_in_every_format(workdir, text, doc_id):
    try:
        document = make_document("generated", doc_id, text, {})
    except Exception as exc:                                  # only "no text" may refuse it
        assert "no text" in str(exc), exc
        return
    doc = analyze(document)
    # Offsets of every mention lead back to the text it was read from.
    for m in doc.mentions:
        assert 0 <= m.start < m.end <= len(document.text)
        if m.nstart >= 0:
            assert normalize(document.text[m.start:m.end]) == doc.norm.text[m.nstart:m.nend]
    data, count = doc_to_nquads(doc)
    graph = document_iri(document.id)
    reference = rdflib.Dataset()
    reference.parse(data=data.decode("utf-8"), format="nquads")
    ref_graphs = named_graphs(reference)
    assert set(ref_graphs) == {graph.value}

    # nif:anchorOf is always the slice of nif:isString that the indexes name.
    quads = list(parse(data, format=RdfFormat.N_QUADS))
    by_subject: dict = {}
    for q in quads:
        by_subject.setdefault(q.subject, {})[q.predicate.value] = q.object.value
    text = by_subject[graph][NIF + "isString"]
    assert text == document.text
    for props in by_subject.values():
        if NIF + "anchorOf" in props:
            b, e = int(props[NIF + "beginIndex"]), int(props[NIF + "endIndex"])
            assert text[b:e] == props[NIF + "anchorOf"]

    for ext in (".nq", ".trig", ".ttl", ".nt", ".jsonld", ".rdf"):
        path = workdir / f"g{ext}"
        with QuadWriter(path) as writer:
            writer.write_nquads(data, graph)
        parsed = rdflib_of(path)
        if isinstance(parsed, rdflib.Dataset):
            got = named_graphs(parsed)
            assert set(got) == set(ref_graphs), ext
            assert all(isomorphic(got[g], ref_graphs[g]) for g in got), ext
        else:
            assert isomorphic(parsed, ref_graphs[graph.value]), ext

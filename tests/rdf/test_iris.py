"""IRIs minted from any name are valid IRIs (kg.rdf.iris), checked three ways: a strict
RFC 3987 grammar written here, pyoxigraph's parser, and an N-Triples round trip through
both pyoxigraph and rdflib."""
from __future__ import annotations

import datetime as dt
import re
from urllib.parse import unquote

import rdflib
from hypothesis import example, given, settings, strategies as st
from pyoxigraph import Literal, NamedNode, RdfFormat, Triple, parse, serialize

from kg.keys import MAX_KEY, mint_key
from kg.rdf.iris import attack_iri, document_iri, entity_iri, sentence_iri, statement_iri

# -- a strict RFC 3987 checker (absolute IRIs with an authority, as ours all are) -------------

_UCS = ("\u00a0-\ud7ff\uf900-\ufdcf\ufdf0-\uffef\U00010000-\U0001fffd\U00020000-\U0002fffd"
        "\U00030000-\U0003fffd\U00040000-\U0004fffd\U00050000-\U0005fffd\U00060000-\U0006fffd"
        "\U00070000-\U0007fffd\U00080000-\U0008fffd\U00090000-\U0009fffd\U000a0000-\U000afffd"
        "\U000b0000-\U000bfffd\U000c0000-\U000cfffd\U000d0000-\U000dfffd\U000e1000-\U000efffd")
_IUNRESERVED = f"A-Za-z0-9\\-._~{_UCS}"
_SUB_DELIMS = re.escape("!$&'()*+,;=")
_IPCHAR = f"(?:[{_IUNRESERVED}{_SUB_DELIMS}:@]|%[0-9A-Fa-f]{{2}})"
_IPRIVATE = "\ue000-\uf8ff\U000f0000-\U000ffffd\U00100000-\U0010fffd"
IRI = re.compile(
    r"[A-Za-z][A-Za-z0-9+\-.]*:"                                      # scheme
    rf"//(?:[{_IUNRESERVED}{_SUB_DELIMS}:]|%[0-9A-Fa-f]{{2}})*"        # iauthority
    rf"(?:/{_IPCHAR}*)*"                                              # ipath-abempty
    rf"(?:\?(?:{_IPCHAR}|[/?{_IPRIVATE}])*)?"                          # iquery
    rf"(?:#(?:{_IPCHAR}|[/?])*)?")                                    # ifragment
# RFC 3987 section 4.1: IRIs MUST NOT contain bidirectional formatting characters.
BIDI = re.compile("[\u200e\u200f\u202a-\u202e\u2066-\u2069]")


def assert_valid_iri(node: NamedNode) -> None:
    iri = node.value
    assert IRI.fullmatch(iri), f"not an RFC 3987 IRI: {iri!r}"
    assert not BIDI.search(iri), f"bidi control in IRI: {iri!r}"
    NamedNode(iri)                                             # oxigraph's own check
    line = serialize([Triple(node, node, Literal("x"))], format=RdfFormat.N_TRIPLES)
    assert [t.subject for t in parse(line, format=RdfFormat.N_TRIPLES)] == [node]
    graph = rdflib.Graph().parse(data=line.decode(), format="nt")
    assert {str(s) for s in graph.subjects()} == {iri}


# Arbitrary Unicode (hypothesis leaves out surrogates, so add them) plus the usual suspects.
HOSTILE = st.sampled_from(list("\"'<>{}|\\^` \n\r\t%#?/&;=+@:[]") +
                          ["\u202e", "\u202a", "\u2066", "\u200e", "\u200d", "\u200c", "\ufeff",
                           "\ud800", "\udfff", "\U0001f600", "\U0001f1ee", "\U0001f1f7", "\x00", "\x7f",
                           "\u0651", "\ue000", "\ufffe", "\U0010ffff", "ٱ", "ی", "ک", "٣"])
NAMES = st.text(alphabet=st.one_of(st.characters(), HOSTILE), max_size=200)


@settings(max_examples=500, deadline=None)
@given(NAMES)
@example('"Hamas" <script>alert(1)</script>')
@example("\u202eسياسي\u202c\n\nname")
@example("\ud800")
@example("%zz%")
@example("x" * 10_000)
def test_iris_minted_from_any_name_are_valid(name):
    key = mint_key(name)
    node = entity_iri(key)
    assert_valid_iri(node)
    assert mint_key(name) == key                              # deterministic
    assert len(node.value) <= len(entity_iri("").value) + 3 * (MAX_KEY + 20)


@settings(max_examples=300, deadline=None)
@given(NAMES)
def test_iris_entity_and_document_iris_from_raw_strings_are_valid(text):
    assert_valid_iri(entity_iri(text))
    assert_valid_iri(document_iri(text))
    assert_valid_iri(sentence_iri(text, 0, len(text)))
    assert_valid_iri(statement_iri(text, text, "supports", text, 0, 5, "asserted"))
    assert_valid_iri(attack_iri(text, text or None, text, dt.date(2023, 10, 7), 3))


@given(NAMES, NAMES)
def test_iris_distinct_keys_and_ids_get_distinct_iris(a, b):
    if a != b:
        assert entity_iri(a) != entity_iri(b)
        assert document_iri(a) != document_iri(b)


@given(st.text(max_size=100))
def test_iris_document_iri_reverses_with_unquote(doc_id):
    # kg.store lists the documents of a store by unquoting their graph names.
    base = document_iri("").value
    assert unquote(document_iri(doc_id).value[len(base):]) == doc_id


def test_iris_invisible_and_bidi_characters_do_not_change_the_entity():
    plain = mint_key("حزب الله")
    for noise in ("\u200d", "\u202e", "\u200f", "\u2066", "\u00ad", "\ufeff"):
        assert mint_key(f"حزب{noise} ال{noise}له") == plain


def test_iris_checker_rejects_what_rfc_3987_forbids():
    import pytest
    for bad in ["http://a/\u202eb", "http://a/b\u200e", "http://a/%zz", "http://a/\ue000", "http://a/b c",
                "http://a/<b>", "http://a/\"", "http://a/{x}", "http://a/\\", "no-scheme/x"]:
        with pytest.raises(AssertionError):
            assert IRI.fullmatch(bad) and not BIDI.search(bad)
    assert IRI.fullmatch("https://w3id.org/shabaka/id/entity/حزب_الله%3C")

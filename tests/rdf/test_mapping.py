"""The fast N-Quads path of the RDF mapping writes exactly what pyoxigraph would."""
from __future__ import annotations

from pathlib import Path

from pyoxigraph import RdfFormat, serialize

from kg.io import iter_documents
from kg.pipeline import analyze
from kg.rdf.mapping import doc_to_nquads, doc_to_quads

ROOT = Path(__file__).resolve().parents[2]


def test_mapping_nquads_equal_serialised_quads():
    inputs = [ROOT / "seeds", *sorted((ROOT / "tests/gold/dev").glob("*.md"))]
    checked = 0
    for document in iter_documents(inputs):
        doc = analyze(document)
        quads = doc_to_quads(doc)
        data, count = doc_to_nquads(doc)
        assert data == serialize(quads, format=RdfFormat.N_QUADS), document.id
        assert count == len(quads) == len(set(quads))
        checked += 1
    assert checked >= 10


# -- attacks as news reports them: unknown roles, clashes, casualties, scoped actors ----------

import datetime as dt  # noqa: E402

import pytest  # noqa: E402

from kg.model import Attack, Count, Document, Entity  # noqa: E402
from kg.rdf.iris import attack_iri, entity_iri  # noqa: E402
from kg.vocab import KGO, RDFS, XSD  # noqa: E402

# Our own sentences: a bombing with no named side, and a clash between a described
# group and a state's army.
EVENT_TEXT = ("A car bomb exploded near a market in Baghdad, killing at least seven people. "
              "Gunmen clashed with the Iraqi army for two hours; three soldiers were wounded.")


def _event_doc(doc_id="events"):
    doc = analyze(Document(id=doc_id, text=EVENT_TEXT, language="en", date=dt.date(2007, 3, 4)))
    doc.relations, doc.attacks = [], []
    doc.entities["gunmen"] = Entity("gunmen", "UnidentifiedArmedGroup", {"en": "gunmen"},
                                    cameo="---UAF", source="test", scope=doc_id)
    doc.entities["iraq_army"] = Entity("iraq_army", "SecurityForces", {"en": "Iraqi army"},
                                       cameo="IRQMIL", source="test")
    doc.entities["baghdad_x"] = Entity("baghdad_x", "Place", {"en": "Baghdad"}, source="test")
    s0, s1 = doc.sentences[:2]
    doc.attacks = [
        Attack(None, None, doc.evidence(s0), "test-bomb", 0.7, place="baghdad_x",
               kind="Bombing", fatalities=Count(7, "at-least")),
        Attack("gunmen", "iraq_army", doc.evidence(s1), "test-clash", 0.6, kind="ArmedClash",
               mutual=True, injured=Count(3)),
    ]
    return doc


def _objects(quads, subject, predicate):
    return {q.object for q in quads if q.subject == subject and q.predicate == predicate}


def test_attack_without_target_or_attacker_has_no_role_triples_and_a_stable_iri():
    doc = _event_doc()
    quads = doc_to_quads(doc)
    bomb = doc.attacks[0]
    node = attack_iri(doc.id, None, None, None, bomb.evidence.start, "Bombing", "baghdad_x")
    assert _objects(quads, node, KGO.target) == _objects(quads, node, KGO.attacker) == set()
    assert _objects(quads, node, KGO.place) == {entity_iri("baghdad_x")}
    label, = _objects(quads, node, RDFS.label)
    assert "unknown attacker" in label.value and "unknown target" in label.value
    # Same input, same IRI; a different kind in the same sentence is another node.
    assert doc_to_quads(_event_doc()) == quads
    assert attack_iri(doc.id, None, None, None, bomb.evidence.start, "Shooting", "baghdad_x") != node


def test_casualties_are_non_negative_integers_with_their_qualifier():
    doc = _event_doc()
    quads = doc_to_quads(doc)
    nodes = {q.subject for q in quads if q.predicate == KGO.extractionRule}
    by_rule = {next(iter(_objects(quads, n, KGO.extractionRule))).value: n for n in nodes}
    bomb, clash = by_rule["test-bomb"], by_rule["test-clash"]
    fatalities, = _objects(quads, bomb, KGO.fatalities)
    assert (fatalities.value, fatalities.datatype) == ("7", XSD.nonNegativeInteger)
    assert {o.value for o in _objects(quads, bomb, KGO.fatalitiesQualifier)} == {"at-least"}
    assert _objects(quads, bomb, KGO.injured) == set()
    injured, = _objects(quads, clash, KGO.injured)
    assert injured.value == "3"
    assert {o.value for o in _objects(quads, clash, KGO.injuredQualifier)} == {"exact"}


def test_mutual_clash_writes_both_sides_in_both_roles():
    doc = _event_doc()
    quads = doc_to_quads(doc)
    clash = next(q.subject for q in quads if q.predicate == KGO.extractionRule
                 and q.object.value == "test-clash")
    sides = {entity_iri("gunmen", doc.id), entity_iri("iraq_army")}
    assert _objects(quads, clash, KGO.attacker) == _objects(quads, clash, KGO.target) == sides
    label, = _objects(quads, clash, RDFS.label)
    assert "between gunmen and Iraqi army" in label.value


def test_scoped_entities_get_an_iri_inside_their_document():
    one, two = doc_to_quads(_event_doc("one")), doc_to_quads(_event_doc("two"))
    gunmen_one, gunmen_two = entity_iri("gunmen", "one"), entity_iri("gunmen", "two")
    assert gunmen_one != gunmen_two != entity_iri("gunmen")
    assert {q.subject for q in one if q.predicate == KGO.cameoCode} >= {gunmen_one, entity_iri("iraq_army")}
    assert gunmen_two in {q.subject for q in two} and gunmen_one not in {q.subject for q in two}
    # The unscoped institution is one node across documents.
    assert entity_iri("iraq_army") in {q.subject for q in one} & {q.subject for q in two}
    assert {o.value for o in _objects(one, gunmen_one, KGO.cameoCode)} == {"---UAF"}


def test_a_scoped_description_in_no_fact_is_not_written_but_a_named_entity_is():
    doc = _event_doc("bare")
    doc.attacks = []
    mentioned = {m.entity for m in doc.mentions}
    scoped = {k for k in mentioned if doc.entities[k].scope is not None}
    named = mentioned - scoped
    assert scoped and named, "the text mentions both kinds"
    subjects = {q.subject for q in doc_to_quads(doc)}
    assert not {entity_iri(k, "bare") for k in scoped} & subjects
    assert {entity_iri(k) for k in named} <= subjects
    # The same description taking part in an attack is written.
    doc = _event_doc("bare")
    assert entity_iri("gunmen", "bare") in {q.subject for q in doc_to_quads(doc)}


@pytest.mark.parametrize("scope", ["one", "a/b", "x y%"])
def test_scoped_iri_is_deterministic_and_keeps_the_key(scope):
    node = entity_iri("the_gunmen", scope)
    assert node == entity_iri("the_gunmen", scope) and node.value.endswith("/the_gunmen")


def test_clash_with_one_side_unknown_keeps_that_side_in_its_own_role():
    doc = _event_doc()
    clash = doc.attacks[1]
    clash.target = None
    quads = doc_to_quads(doc)
    node = next(q.subject for q in quads if q.predicate == KGO.extractionRule
                and q.object.value == "test-clash")
    assert _objects(quads, node, KGO.attacker) == {entity_iri("gunmen", doc.id)}
    assert _objects(quads, node, KGO.target) == set()


# -- the N-Quads writer's own term text -----------------------------------------------------

def test_literal_text_is_pyoxigraph_s_on_every_code_point():
    """Literals are written as text, not through pyoxigraph: every character, alone and
    inside a phrase, with and without a language tag, must give pyoxigraph's bytes."""
    from pyoxigraph import Literal

    from kg.rdf.mapping import _lit
    checked = 0
    for cp in range(0x110000):
        if 0xD800 <= cp <= 0xDFFF:
            continue
        value = f"قال {chr(cp)} x"
        assert _lit(value) == str(Literal(value)), hex(cp)
        assert _lit(value, "AR") == str(Literal(value, language="AR")), hex(cp)
        checked += 1
    assert checked > 1_000_000


def test_a_lone_surrogate_fails_as_pyoxigraph_does():
    import pytest
    from pyoxigraph import Literal

    from kg.rdf.mapping import _lit
    with pytest.raises(Exception) as ours:
        _lit("a\ud800b")
    with pytest.raises(Exception) as theirs:
        Literal("a\ud800b")
    assert type(ours.value) is type(theirs.value)
